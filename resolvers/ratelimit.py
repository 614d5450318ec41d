"""Rate limits: an in-process token bucket per action and caller, configured as data.

Each action (``threads``, ``messages``, ``uploads``, ``link_guesses``, ``anonymous``) has
a bucket of ``requests`` tokens per caller that refills evenly over ``seconds``
(``ROOST_RATE_LIMITS``). A caller is a user (or a guest's link) when authenticated, else
an IP address; link guesses always count per IP address. An empty bucket refuses with
``RATE_LIMITED`` and ``retryAfter``, the whole seconds until a token is back. Buckets live
in one process: behind a load balancer each instance counts on its own.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from resolvers.errors import RoostError

#: Buckets kept before full ones (callers who came back to their whole allowance) are dropped.
MAX_BUCKETS = 10_000


class RateLimited(RoostError):
    code = "RATE_LIMITED"


@dataclass(frozen=True)
class Rate:
    """``requests`` per ``seconds``: the size of a full bucket and how fast it refills."""

    requests: int
    seconds: float

    @property
    def per_second(self) -> float:
        """Tokens added back per second."""
        return self.requests / self.seconds


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token buckets per ``(action, caller)``; actions without a rate are not limited."""

    def __init__(
        self,
        rates: Iterable[tuple[str, int, float]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rates = {action: Rate(requests, seconds) for action, requests, seconds in rates}
        self.clock = clock
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def retry_after(self, action: str, caller: str) -> int:
        """Take one token for ``caller``: 0 if there was one, else seconds until there is."""
        rate = self.rates.get(action)
        if rate is None:
            return 0
        now = self.clock()
        bucket = self._buckets.get((action, caller))
        if bucket is None:
            self._forget_full(now)
            bucket = self._buckets[action, caller] = _Bucket(float(rate.requests), now)
        bucket.tokens = min(rate.requests, bucket.tokens + (now - bucket.updated) * rate.per_second)
        bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0
        return max(1, math.ceil((1 - bucket.tokens) / rate.per_second))

    def _forget_full(self, now: float) -> None:
        """Bound memory: drop the buckets that have refilled (they start full anyway)."""
        if len(self._buckets) < MAX_BUCKETS:
            return
        for key, bucket in list(self._buckets.items()):
            rate = self.rates[key[0]]
            if bucket.tokens + (now - bucket.updated) * rate.per_second >= rate.requests:
                del self._buckets[key]
