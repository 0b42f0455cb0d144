"""One crawl shared by `yilian crawl` processes on any machines, coordinated through Redis.

scrapy-redis shares the request queue and the duplicate filter; what it does not share is written here as
small atomic Lua scripts run by redis-py, all timed by the Redis server's clock (machines' clocks may differ):

- membership: which processes take part in a crawl (heartbeats that expire, so a killed process drops out),
  which of them may still produce requests (busy), and whether a process that starts opens a new crawl or
  joins the running one;
- politeness: a source's turn to send, taken by whoever sends next and given back when the answer is in,
  so the source's delay holds between the requests of all processes together, as the site sees them;
- the request queue, one per source: a process takes only a request it can start now (its own slot for
  that source has room, and a source with a delay has no request in flight at another process), the best
  by priority among those. One shared queue let each process move up to 16 requests into its own download
  slots, where the others could not take them: at a crawl's end one process fetched what it held while the
  other idled, and a site's requests sat at one process waiting for its turn.
- a reliable take: the pop moves the request into the taker's own hash of taken requests, and the
  taker removes it from there (``ack``) only once its crawl state has recorded it. A process killed
  between the pop and that record (a kill -9 lands there now and then; the request was lost with it)
  leaves the request in its hash, and whoever next sees its heartbeat lapsed (a process joining, or an
  idle one asking whether the crawl may still grow) puts it back in its source's queue.

No Scrapy here: crawler/distributed.py adapts these to Scrapy's scheduler, download handler and signals.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass

import redis

HEARTBEAT_S = 2.0  # a process refreshes its membership this often
MEMBER_TTL_S = 10.0  # and drops out of the crawl this long after its last heartbeat (killed, frozen, cut off)
IN_FLIGHT_POLL_S = 0.02  # how soon to ask again for a source's turn while its request is in flight

# Put back what a process had taken and not yet recorded (see ``pop``) in each request's source queue.
# ``sources``: the sources with requests queued (CrawlKeys.queue; a source's queue is that key, ':', its id).
_GIVE_BACK = """
local function give_back(taken, sources)
  local held = redis.call('HGETALL', taken)
  for i = 1, #held, 2 do
    local score, source = held[i + 1]:match('^(%S+) (.+)$')
    redis.call('ZADD', sources .. ':' .. source, score, held[i])
    redis.call('ZADD', sources, 0, source)
  end
  redis.call('DEL', taken)
end
"""

# The start of the scripts that drop members whose heartbeat expired (KEYS[1]: the members, KEYS[3]: the
# sources with requests queued, ARGV[#ARGV]: CrawlKeys.taken_prefix): what each had taken and not recorded
# goes back to the queue, so a killed process loses no request. Sets ``now`` (milliseconds, server clock).
_REAP = _GIVE_BACK + """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
for _, dead in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)) do
  give_back(ARGV[#ARGV] .. dead, KEYS[3])
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
"""

# Remove members whose heartbeat expired (_REAP); with none left and nothing queued, the last crawl is
# over: forget what it saw and start a new one. Then add this process (to the crawl's members and to every
# crawl's live processes, KEYS[5]). Returns 1 when this process opened a new crawl.
_JOIN = _REAP + """
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now)
local fresh = 0
if redis.call('ZCARD', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[3]) == 0 then
  redis.call('DEL', KEYS[2], KEYS[4])
  fresh = 1
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('ZADD', KEYS[5], now + tonumber(ARGV[2]), ARGV[1])
return fresh
"""

_BEAT = """
local t = redis.call('TIME')
local expires = t[1] * 1000 + math.floor(t[2] / 1000) + tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], expires, ARGV[1])
redis.call('ZADD', KEYS[2], expires, ARGV[1])
return 1
"""

# Whether the crawl may still grow: requests queued, or another live member busy (its responses may yield more).
_OTHERS_WORKING = _REAP + """
if redis.call('ZCARD', KEYS[3]) > 0 then return 1 end
for _, member in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if member ~= ARGV[1] then
    if redis.call('ZSCORE', KEYS[1], member) then return 1 end
    redis.call('SREM', KEYS[2], member)
  end
end
return 0
"""

# A source's turn to send. KEYS[1]: when the source is next free (microseconds, server clock); KEYS[2]: the
# process whose request is in flight, if any (KEYS[3]: the live processes: a dead one's turn is void). A turn
# is given only when none is in flight and the free time has come, and the free time is set when that
# request's answer is back: so the site sees every request at least one delay after the previous one ended,
# whichever process sent it and however late a busy machine sent it.
# Returns 0 (turn taken), -1 (a request in flight: ask again shortly) or the microseconds until the free time.
_ACQUIRE = """
local t = redis.call('TIME')
local now = t[1] * 1000000 + t[2]
local holder = redis.call('GET', KEYS[2])
if holder then
  local alive = redis.call('ZSCORE', KEYS[3], holder)
  if alive and tonumber(alive) * 1000 > now then return -1 end
  redis.call('DEL', KEYS[2])
end
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
if now < free then return free - now end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return 0
"""

_RELEASE = """
local t = redis.call('TIME')
local now = t[1] * 1000000 + t[2]
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
redis.call('SET', KEYS[1], string.format('%.0f', now + tonumber(ARGV[2])), 'PX', math.floor(tonumber(ARGV[2]) / 1000) + 1000)
return 1
"""


# A process leaves (KEYS: members, live, busy, its taken requests, the sources with requests queued):
# what it took and did not record (a request it could not hand on) goes back to the queue.
_LEAVE = _GIVE_BACK + """
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('SREM', KEYS[3], ARGV[1])
give_back(KEYS[4], KEYS[5])
return 1
"""

# Queue a request unless its fingerprint was seen (ARGV[1] empty: not filtered), in one round trip.
# KEYS[1]: the seen set; KEYS[2]: the sources with requests queued; KEYS[3]: the source's queue (score:
# -priority, as scrapy-redis's PriorityQueue). Returns 1 when queued, 0 when seen before.
_PUSH = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[2], 0, ARGV[4])
return 1
"""

# Take the best request (lowest score; at equal scores the lesser as Lua compares strings) among the sources
# this process can start now, into this process's taken requests (score and source kept to give it back).
# KEYS[1]: the sources with requests queued; KEYS[2]: the live processes; then per candidate source its
# queue and its in-flight key; last, this process's taken requests. ARGV per candidate: its id and 1 when
# its turn must be free (a source with a delay: a request in flight at a live process makes it wait there).
_POP = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local best, bestscore, bestkey, bestsource
for i = 1, #ARGV, 2 do
  local queue, inflight = KEYS[2 + i], KEYS[3 + i]
  local free = true
  if ARGV[i + 1] == '1' then
    local holder = redis.call('GET', inflight)
    local alive = holder and redis.call('ZSCORE', KEYS[2], holder)
    if alive and tonumber(alive) > now then free = false end
  end
  if free then
    local head = redis.call('ZRANGE', queue, 0, 0, 'WITHSCORES')
    if head[1] then
      local score = tonumber(head[2])
      if not best or score < tonumber(bestscore) or (score == tonumber(bestscore) and head[1] < best) then
        best, bestscore, bestkey, bestsource = head[1], head[2], queue, ARGV[i]
      end
    end
  end
end
if not best then return false end
redis.call('ZREM', bestkey, best)
redis.call('HSET', KEYS[#KEYS], best, bestscore .. ' ' .. bestsource)
if redis.call('ZCARD', bestkey) == 0 then redis.call('ZREM', KEYS[1], bestsource) end
return best
"""


@dataclass(frozen=True)
class CrawlKeys:
    """The Redis keys of one shared crawl. ``crawl`` names it: the same sources make the same crawl."""

    crawl: str
    prefix: str = "yilian"

    def _key(self, name: str) -> str:
        return f"{self.prefix}:crawl:{{{self.crawl}}}:{name}"

    @property
    def queue(self) -> str:
        """The sources with requests queued (a sorted set: empty when nothing is queued)."""
        return self._key("requests")

    def source_queue(self, source_id: str) -> str:
        return f"{self.queue}:{source_id}"  # as _GIVE_BACK builds it

    @property
    def dupefilter(self) -> str:
        return self._key("dupefilter")

    def taken(self, worker: str) -> str:
        """What ``worker`` took from the queue and has not yet recorded in its crawl state (a hash)."""
        return self.taken_prefix + worker

    @property
    def taken_prefix(self) -> str:
        return self._key("taken:")

    @property
    def members(self) -> str:
        return self._key("members")

    @property
    def busy(self) -> str:
        return self._key("busy")

    @property
    def live(self) -> str:
        """Every crawl's live processes: whose turn to send a source is still good."""
        return f"{self.prefix}:live"


def politeness_keys(source_id: str, prefix: str = "yilian") -> tuple[str, str]:
    """Per source, not per crawl: two crawls that both include a source share its politeness too."""
    return f"{prefix}:politeness:{{{source_id}}}:free", f"{prefix}:politeness:{{{source_id}}}:inflight"


def connect(url: str) -> redis.Redis:
    """A client for YILIAN_REDIS_URL; raises redis.ConnectionError at once when the server is unreachable."""
    client = redis.Redis.from_url(url, socket_connect_timeout=10, socket_timeout=30, health_check_interval=30)
    client.ping()
    return client


def worker_name() -> str:
    """Unique per process, readable by an operator: host, pid and a random tail."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def join(client: redis.Redis, keys: CrawlKeys, worker: str) -> bool:
    """Take part in the crawl; True when this process opened a new one (no live member, nothing queued)."""
    fresh = client.eval(_JOIN, 5, keys.members, keys.dupefilter, keys.queue, keys.busy, keys.live, worker,
                        int(MEMBER_TTL_S * 1000), keys.taken_prefix)
    return bool(fresh)


def heartbeat(client: redis.Redis, keys: CrawlKeys, worker: str) -> None:
    client.eval(_BEAT, 2, keys.members, keys.live, worker, int(MEMBER_TTL_S * 1000))


def set_busy(client: redis.Redis, keys: CrawlKeys, worker: str, busy: bool) -> None:
    """Busy from taking a request until the process is idle again: until then it may still queue more."""
    if busy:
        client.sadd(keys.busy, worker)
    else:
        client.srem(keys.busy, worker)


def others_working(client: redis.Redis, keys: CrawlKeys, worker: str) -> bool:
    """Whether an idle process must stay: requests are queued, or another live member may queue more."""
    return bool(client.eval(_OTHERS_WORKING, 3, keys.members, keys.busy, keys.queue, worker, keys.taken_prefix))


def leave(client: redis.Redis, keys: CrawlKeys, worker: str) -> None:
    client.eval(_LEAVE, 5, keys.members, keys.live, keys.busy, keys.taken(worker), keys.queue, worker)


def acquire(client: redis.Redis, keys: CrawlKeys, source_id: str, worker: str, lease: float) -> float:
    """0.0 when ``worker`` may send its request to ``source_id`` now (send at once, then ``release``), else
    the seconds to wait before asking again. ``lease``: the longest a turn is kept (a request's timeout); a
    turn whose process died is void once its heartbeat expired."""
    wait = client.eval(_ACQUIRE, 3, *politeness_keys(source_id, keys.prefix), keys.live, worker, int(lease * 1000))
    return IN_FLIGHT_POLL_S if wait < 0 else int(wait) / 1_000_000


def release(client: redis.Redis, keys: CrawlKeys, source_id: str, worker: str, delay: float) -> None:
    """The worker's request is answered (or failed): the source is free again ``delay`` seconds from now."""
    client.eval(_RELEASE, 2, *politeness_keys(source_id, keys.prefix), worker, int(delay * 1_000_000))


def push(client: redis.Redis, keys: CrawlKeys, source_id: str, priority: int, data: bytes,
         fingerprint: str | None) -> bool:
    """Queue an encoded request of ``source_id`` unless ``fingerprint`` was seen (None: not filtered);
    False when it was seen."""
    return bool(client.eval(_PUSH, 3, keys.dupefilter, keys.queue, keys.source_queue(source_id),
                            fingerprint or "", -priority, data, source_id))


def pop(client: redis.Redis, keys: CrawlKeys, worker: str, ready: list[tuple[str, bool]]) -> bytes | None:
    """The best queued request among the sources in ``ready`` (id, whether its turn must be free), or None.
    It stays among ``worker``'s taken requests until ``ack``: given back to the queue should the worker die
    first (the pop and the crawl state's record of it cannot be one transaction)."""
    if not ready:
        return None
    names, args = [keys.queue, keys.live], []
    for source_id, needs_turn in ready:
        names += [keys.source_queue(source_id), politeness_keys(source_id, keys.prefix)[1]]
        args += [source_id, "1" if needs_turn else "0"]
    return client.eval(_POP, len(names) + 1, *names, keys.taken(worker), *args)


def ack(client: redis.Redis, keys: CrawlKeys, worker: str, data: bytes) -> None:
    """``worker`` recorded the request it popped (``data``) where it resumes from: no longer to give back."""
    client.hdel(keys.taken(worker), data)


def taken(client: redis.Redis, keys: CrawlKeys, worker: str) -> int:
    """The requests ``worker`` popped and has not acknowledged."""
    return client.hlen(keys.taken(worker))


def queued(client: redis.Redis, keys: CrawlKeys) -> int:
    """The requests queued, every source's."""
    pipe = client.pipeline(transaction=False)
    for source_id in client.zrange(keys.queue, 0, -1):
        pipe.zcard(keys.source_queue(source_id.decode()))
    return sum(pipe.execute())


def clear_queue(client: redis.Redis, keys: CrawlKeys) -> None:
    sources = [keys.source_queue(s.decode()) for s in client.zrange(keys.queue, 0, -1)]
    client.delete(keys.queue, *sources)
