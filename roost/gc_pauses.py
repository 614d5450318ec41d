"""Garbage-collection pauses: measured, and made rarer for what lives as long as the process.

A full collection walks every tracked object; with thousands of open subscriptions that
freezes every push. After start-up the objects that live as long as the process (schema,
models, settings) are moved out of the collector's reach with ``gc.freeze()``, and so is
what survives each full collection (:class:`Refreezer`), and every
collection is timed into the ``roost_gc_pause_seconds`` histogram (per generation), so
pauses are seen on ``/metrics`` rather than guessed.
"""

from __future__ import annotations

import gc
import time
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web
from prometheus_client import Histogram

#: Pause buckets in seconds: the issue's budget is 20 ms.
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0, 5.0)


class PauseTimer:
    """A ``gc.callbacks`` entry that times each collection into ``histogram``."""

    def __init__(self, histogram: Histogram) -> None:
        self.histogram = histogram
        self._started: float | None = None
        #: The histogram's series per generation (young collections run many times a second).
        self._series: dict[Any, Any] = {}

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        elif self._started is not None:
            pause = time.perf_counter() - self._started
            generation = info.get("generation", "?")
            series = self._series.get(generation)
            if series is None:
                series = self._series[generation] = self.histogram.labels(str(generation))
            series.observe(pause)
            self._started = None


def timed_collections(histogram: Histogram) -> Any:
    """A cleanup context: time every collection until the application stops."""

    async def context(_: web.Application) -> AsyncIterator[None]:
        timer = PauseTimer(histogram)
        gc.callbacks.append(timer)
        try:
            yield
        finally:
            gc.callbacks.remove(timer)

    return context


#: Longest time between two thaws, once the frozen objects have doubled: a safety net for
#: reference cycles that die frozen. A closed socket leaves none (``roost.ws_release``,
#: ``tests/test_ws_cycles.py``), so what waits for it is the rare cycle of anything else.
THAW_SECONDS = 3600.0


class Refreezer:
    """A ``gc.callbacks`` entry that keeps full collections as short as young ones.

    What survives a full collection is long-lived (open sockets and subscriptions, caches):
    it is frozen after each full collection, so the next one walks only what was created
    since, not every subscription again. Frozen objects that die are still freed by
    reference counting, and a closed socket leaves nothing in reference cycles
    (``roost.ws_release``), so sockets coming and going, even thousands at once, call for
    no walk. A cycle that becomes garbage while frozen waits for a thaw, after which the
    next full collection walks (and frees) everything once, a pause as long as the heap is
    large (about 0.2 s per million objects here): it comes only when the frozen objects
    have doubled since the last one *and* :data:`THAW_SECONDS` have passed.

    Its own work is as small as the collection it follows: it adds up the survivors each
    collection walked, an upper bound of the frozen objects (frozen objects die unseen),
    and never counts them (``gc.get_freeze_count()`` walks every frozen object: 50-250 ms
    at a million, a pause of its own). The bound may call a doubling early; the time
    between thaws still decides.
    """

    def __init__(self, thaw_seconds: float = THAW_SECONDS) -> None:
        self.thaw_seconds = thaw_seconds
        self.base = max(1, gc.get_freeze_count())
        #: The frozen objects, at most.
        self.frozen = self.base
        self.thawed_at = time.monotonic()
        self.thawing = False
        #: Thaws so far (each makes one full collection walk every object).
        self.thaws = 0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase != "stop" or info.get("generation") != 2:
            return
        survivors = len(gc.get_objects(generation=2))  # not the frozen ones
        gc.freeze()
        if self.thawing:  # this collection walked everything
            self.thawing = False
            self.base = self.frozen = max(1, survivors)
            return
        self.frozen += survivors
        now = time.monotonic()
        if self.frozen > 2 * self.base and now - self.thawed_at >= self.thaw_seconds:
            gc.unfreeze()
            self.thawing, self.thaws = True, self.thaws + 1
            self.thawed_at = now


#: A served process's collector thresholds: young collections as Python's default, a
#: middle one after 2 young ones (instead of 10) and a full one after every second middle
#: one (instead of every tenth). With the survivors of each full collection frozen, a full
#: collection walks only what the young and middle ones promoted since the last one, so
#: walking it more often makes each walk shorter while the objects walked in all stay the
#: same (each is walked once, then frozen). `bench push --full` (3,000 subscriptions
#: starting, then 3,000 sockets dropped at once and resumed), two runs each on the same
#: day: at (700, 10, 3) each full collection walked 30,000-40,000 objects and 5-9 of them
#: (set-up) and 4-17 (drop and resume) took over 20 ms, the longest 50-100 ms; at
#: (700, 2, 1) each walks about 9,000, none took over 20 ms, and the collector's time in
#: all was no larger. Cyclic garbage frozen on the way (it waits for a thaw) stayed a few
#: hundred objects after a whole benchmark, as before.
SERVING_THRESHOLDS = (700, 2, 1)


def freeze_built() -> None:
    """Before serving: collect once and freeze what building the application created
    (the long walk over every object happens here, not as a pause while serving)."""
    gc.collect()
    gc.freeze()


def collect_young_less() -> None:
    """For a batch command (``roost import``): :func:`freeze_built`, then the young
    collection every 100,000 new objects instead of 700. A batch makes hundreds of
    thousands of short-lived objects (rows, plans, instances) that reference counting
    frees, and the collector walking them again and again cost the import a tenth of its
    time; memory stays flat (nothing the import keeps is cyclic)."""
    freeze_built()
    gc.set_threshold(100_000, 50, 100)


async def freeze_after_start_up(_: web.Application) -> None:
    """``on_startup`` of a served process (not of the many test apps, for whom a full
    collection per start would cost more than it saves): collect once, then keep what
    start-up created out of every later collection, and what survives a full collection
    out of the next ones (:class:`Refreezer`), with shorter full collections, more often
    (:data:`SERVING_THRESHOLDS`)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*SERVING_THRESHOLDS)
    # First in line: on a collection's "stop" it runs before the pause timer
    # (``timed_collections``), so its work is timed as part of the pause.
    gc.callbacks.insert(0, Refreezer())
