"""Where a source's crawl may go: http(s) URLs without credentials, on the source's own hosts, matching
its ``allow`` patterns, served from public addresses.

Pure functions over URL strings and IP addresses: yilian/sources.py validates ``hosts`` and start URLs
with them at load, ``crawler/middlewares.py`` applies them to every request Scrapy is about to send
(start URLs, followed links, redirects), the spider to the links it finds.
``allow`` is matched against ``scheme://host[:port]/path`` of the parsed URL, never the raw string:
a pattern met only in the query or the fragment (``?/news/``, ``#/news/``) does not let a URL in.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")
# cloud metadata services; some sit in ranges Python calls global
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "100.100.100.200", "192.0.0.192", "fd00:ec2::254",
))
ALLOW_PRIVATE_HINT = "set YILIAN_ALLOW_PRIVATE_NETWORKS=1 to crawl private networks"


@dataclass(frozen=True)
class HostPattern:
    """One entry of a source's host list: ``www.example.cn``, ``www.example.cn:8080`` or ``*.example.cn``."""

    host: str
    port: int | None = None  # None: the scheme's default port
    subdomains: bool = False  # ``*.example.cn``: any host below example.cn (not example.cn itself)

    def matches(self, host: str, port: int, scheme: str) -> bool:
        if port != (self.port if self.port is not None else DEFAULT_PORTS[scheme]):
            return False
        return host.endswith("." + self.host) if self.subdomains else host == self.host

    def __str__(self) -> str:
        name = f"*.{self.host}" if self.subdomains else self.host
        return f"{name}:{self.port}" if self.port is not None else name


@dataclass(frozen=True)
class Scope:
    hosts: tuple[HostPattern, ...]
    allow: tuple[re.Pattern[str], ...] = ()


def normal_host(host: str) -> str:
    """Lower case, no trailing dot, IDNA (punycode) form, so one host has one spelling."""
    host = host.lower().rstrip(".")
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def parse_host_pattern(text: str) -> HostPattern:
    """``host``, ``host:port`` or ``*.domain`` as written in a source's ``hosts``; ValueError when it is a URL."""
    text = text.strip()
    if not text or "/" in text or "@" in text:
        raise ValueError(f"a host is a name with an optional :port, not a URL: {text!r}")
    subdomains = text.startswith("*.")
    parts = urlsplit("//" + text.removeprefix("*."))
    if not parts.hostname:
        raise ValueError(f"not a host name: {text!r}")
    return HostPattern(normal_host(parts.hostname), parts.port, subdomains)


def url_host(url: str) -> HostPattern:
    """The host (and explicit port) of a start URL, as a host-list entry."""
    parts = urlsplit(url)
    return HostPattern(normal_host(parts.hostname or ""), parts.port)


def make_scope(start_urls: list[str], hosts: list[str], allow: list[str]) -> Scope:
    """A source's scope: its configured hosts, else its start URLs' hosts; its ``allow`` patterns."""
    patterns = [parse_host_pattern(h) for h in hosts] if hosts else [url_host(u) for u in start_urls]
    return Scope(tuple(dict.fromkeys(patterns)), tuple(re.compile(p) for p in allow))


def url_refusal(url: str) -> str | None:
    """Why no request may go to ``url`` whatever the source (scheme, credentials, no host), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in range
    except ValueError as exc:
        return f"malformed URL ({exc})"
    if parts.scheme.lower() not in SCHEMES:
        return f"scheme {parts.scheme or 'none'!r} is not http(s)"
    if "@" in parts.netloc:
        return "credentials in the URL (user@host)"
    if not parts.hostname:
        return "no host in the URL"
    return None


def _scope_target(parts: SplitResult) -> str:
    """What ``allow`` is matched against: scheme, host, explicit port and path, nothing else."""
    port = f":{parts.port}" if parts.port is not None else ""
    return f"{parts.scheme.lower()}://{normal_host(parts.hostname or '')}{port}{parts.path or '/'}"


def scope_refusal(url: str, scope: Scope) -> str | None:
    """Why ``url`` is outside a source's scope, or None when the source may fetch it."""
    reason = url_refusal(url)
    if reason:
        return reason
    parts = urlsplit(url)
    scheme, host = parts.scheme.lower(), normal_host(parts.hostname or "")
    port = parts.port if parts.port is not None else DEFAULT_PORTS[scheme]
    if not any(pattern.matches(host, port, scheme) for pattern in scope.hosts):
        listed = ", ".join(str(p) for p in scope.hosts)
        return f"host {host}:{port} is not one of the source's hosts ({listed})"
    if scope.allow and not any(p.search(_scope_target(parts)) for p in scope.allow):
        return "path does not match the source's allow patterns"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for (mapped, 6to4, Teredo, NAT64), if any."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in NAT64_PREFIX:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_refusal(address: str) -> str | None:
    """Why a crawl may not connect to this resolved address (not a public unicast one), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            reason = address_refusal(str(embedded))
            return f"{address} embeds {reason}" if reason else None
    if ip in METADATA_ADDRESSES:
        kind = "cloud metadata"
    elif ip.is_loopback:
        kind = "loopback"
    elif ip.is_link_local:
        kind = "link-local"
    elif ip.is_unspecified:
        kind = "unspecified"
    elif ip.is_multicast:
        kind = "multicast"
    elif ip.is_private:
        kind = "private"
    elif not ip.is_global:
        kind = "reserved (not publicly routable)"
    else:
        return None
    return f"{ip} is a {kind} address"
