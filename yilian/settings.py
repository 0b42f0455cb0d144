"""All configuration in one place, read from the environment (prefix-free, as operators expect)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    # Elasticsearch: ES_URL points at a user's own cluster (several nodes: comma-separated URLs, so the
    # client fails over when one stops); unset means the local node(s).
    es_url: str | None = Field(default=None, alias="ES_URL")
    es_api_key: str | None = Field(default=None, alias="ES_API_KEY")
    es_user: str | None = Field(default=None, alias="ES_USER")
    es_password: str | None = Field(default=None, alias="ES_PASSWORD")
    es_ca_certs: str | None = Field(default=None, alias="ES_CA_CERTS")
    es_version: str = Field(default="8.19.7", alias="YILIAN_ES_VERSION")
    es_port: int = Field(default=9200, alias="YILIAN_ES_PORT")
    es_nodes: int = Field(
        default=1, ge=1, le=9, alias="YILIAN_ES_NODES",
        description="local nodes `yilian es up` runs: 1 is a single node; N > 1 a cluster on YILIAN_ES_PORT .. +N-1 "
                    "(transport ports 100 above)",
    )
    es_heap: str = Field(default="1g", alias="YILIAN_ES_HEAP")
    es_java_home: Path = Field(default=Path("/usr/lib/jvm/java-17-openjdk-amd64"), alias="ES_JAVA_HOME")
    es_start_timeout: float = Field(default=180.0, alias="YILIAN_ES_START_TIMEOUT")

    es_home: Path | None = Field(default=None, alias="YILIAN_ES_HOME")

    index_alias: str = Field(default="articles", alias="YILIAN_INDEX")
    index_outage_window: float = Field(
        default=600.0,
        ge=0,
        alias="YILIAN_INDEX_OUTAGE_WINDOW",
        description="seconds writes are retried while Elasticsearch is down or rejecting them, before they wait "
                    "in the spool for the next crawl or `yilian index replay`",
    )
    index_shards: int = Field(
        default=1, ge=1, le=1024, alias="YILIAN_INDEX_SHARDS",
        description="primary shards of each new index (about one per 2-3 million announcements, see README)",
    )
    index_replicas: str = Field(
        default="0-1", pattern=r"^\d+(-(\d+|all))?$", alias="YILIAN_INDEX_REPLICAS",
        description="copies of each shard: a number, or a range that follows the node count "
                    "(0-1: none on one node, one as soon as a second node joins)",
    )
    redis_url: str | None = Field(
        default=None, alias="YILIAN_REDIS_URL",
        description="a Redis server shared by crawl processes on any machines: set, `yilian crawl` processes of the "
                    "same sources share one queue, one duplicate filter and each source's delay (scrapy-redis); unset, "
                    "each crawl runs alone",
    )
    progress_interval: float = Field(default=5.0, gt=0, alias="YILIAN_PROGRESS_INTERVAL",
                                     description="seconds between a crawl's progress lines on stderr")
    state_dir: Path = Field(default=PROJECT_ROOT / ".yilian", alias="YILIAN_STATE_DIR")
    cache_dir: Path = Field(
        default_factory=lambda: Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "yilian",
        alias="YILIAN_CACHE_DIR",
        description="built data worth keeping between runs (the decode stage's character model)",
    )
    sources_file: Path = Field(default=PROJECT_ROOT / "config" / "sources.yaml", alias="YILIAN_SOURCES")
    shared_dir: Path = Field(
        default=PROJECT_ROOT.parent / "shared",
        alias="YILIAN_SHARED_DIR",
        description="data every developer and CI run has beside the project (real pages with gold); never copied in",
    )

    schedule_timezone: str = Field(default="Asia/Shanghai", alias="YILIAN_TIMEZONE",
                                   description="the zone cron schedules are read in")
    schedule_jitter: float = Field(default=300.0, ge=0, alias="YILIAN_SCHEDULE_JITTER",
                                   description="seconds over which a batch's sources start, each at its own offset")
    schedule_batch: int = Field(default=50, ge=1, alias="YILIAN_SCHEDULE_BATCH",
                                description="sources crawled together in one process")
    schedule_workers: int = Field(default=2, ge=1, alias="YILIAN_SCHEDULE_WORKERS",
                                  description="crawl processes the scheduler runs at once")
    schedule_poll: float = Field(default=5.0, gt=0, alias="YILIAN_SCHEDULE_POLL",
                                 description="seconds between looks for due sources and crawl-now requests")
    ops_token: str | None = Field(default=None, alias="YILIAN_OPS_TOKEN",
                                  description="bearer token for operator endpoints that change state; unset: they answer 403")

    clean_timeout: float = Field(
        default=20.0, gt=0, alias="YILIAN_CLEAN_TIMEOUT",
        description="seconds cleaning one page may take, plus YILIAN_CLEAN_TIMEOUT_PER_MB per megabyte; "
                    "past that the page is recorded as failed (yilian/guard.py)",
    )
    clean_timeout_per_mb: float = Field(default=10.0, ge=0, alias="YILIAN_CLEAN_TIMEOUT_PER_MB")
    clean_workers: int = Field(default=0, ge=0, alias="YILIAN_CLEAN_WORKERS",
                               description="processes cleaning pages at once (0: one per core)")

    allow_private_networks: bool = Field(
        default=False,
        alias="YILIAN_ALLOW_PRIVATE_NETWORKS",
        description="let crawls fetch loopback, private and link-local addresses (the fixture web); host scope still applies",
    )

    public_url: str = Field(default="http://127.0.0.1:8000", alias="YILIAN_PUBLIC_URL",
                            description="where users reach the search page: the links in alert messages")
    smtp_host: str = Field(default="127.0.0.1", alias="YILIAN_SMTP_HOST")
    smtp_port: int = Field(default=25, alias="YILIAN_SMTP_PORT")
    smtp_user: str | None = Field(default=None, alias="YILIAN_SMTP_USER")
    smtp_password: str | None = Field(default=None, alias="YILIAN_SMTP_PASSWORD")
    smtp_starttls: bool = Field(default=False, alias="YILIAN_SMTP_STARTTLS")
    smtp_from: str = Field(default="yilian@localhost", alias="YILIAN_SMTP_FROM", description="sender of alert e-mails")
    alert_timeout: float = Field(default=10.0, alias="YILIAN_ALERT_TIMEOUT", description="seconds per webhook or SMTP call")
    alert_max_attempts: int = Field(default=6, alias="YILIAN_ALERT_MAX_ATTEMPTS",
                                    description="tries per alert before it stays failed (backoff 1 min to 6 h)")

    api_host: str = Field(default="127.0.0.1", alias="YILIAN_API_HOST")
    api_port: int = Field(default=8000, alias="YILIAN_API_PORT")
    log_level: str = Field(default="WARNING", alias="YILIAN_LOG_LEVEL")

    def smtp(self) -> "SmtpSettings":
        from yilian.notify import SmtpSettings

        return SmtpSettings(self.smtp_host, self.smtp_port, self.smtp_from, self.smtp_user, self.smtp_password,
                            self.smtp_starttls, self.alert_timeout)

    @property
    def es_dir(self) -> Path:
        """Where the local node lives; apart from state_dir so a scratch crawl state reuses the same node."""
        return self.es_home or self.state_dir / "es"

    @property
    def spool_dir(self) -> Path:
        """Writes Elasticsearch did not take, kept until it does (indexer/spool.py)."""
        return self.state_dir / "spool"

    @property
    def local_es_url(self) -> str:
        return f"http://127.0.0.1:{self.es_port}"

    @property
    def local_es_urls(self) -> list[str]:
        """One URL per local node (YILIAN_ES_NODES), on consecutive ports."""
        return [f"http://127.0.0.1:{self.es_port + offset}" for offset in range(self.es_nodes)]

    @property
    def es_hosts(self) -> list[str]:
        """Every node the client may talk to: ES_URL's comma-separated URLs, else the local nodes."""
        if self.es_url:
            return [url.strip() for url in self.es_url.split(",") if url.strip()]
        return self.local_es_urls

    @property
    def effective_es_url(self) -> str:
        return ",".join(self.es_hosts)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
