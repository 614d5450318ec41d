"""Full collections walk only what was created since the last one (``roost.gc_pauses``):
what survives one is frozen. Frozen objects that die outside any reference cycle (a
closed socket's, ``tests/test_ws_cycles.py``) are freed at once by reference counting;
frozen cycles are thawed and freed only once the frozen objects have doubled and the
longest time between thaws has passed, so neither a burst of new subscriptions nor
thousands of sockets closing make a walk over everything.

Each scenario runs in a fresh interpreter, as a served process starts: what is frozen (and
so the doubling that thaws it) must not depend on how much the test session holds.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from roost.gc_pauses import THAW_SECONDS, Refreezer


class Leaf:
    """A long-lived object in no reference cycle (as a closed socket's objects are now)."""


class Node:
    """A long-lived object in a reference cycle."""

    def __init__(self) -> None:
        self.me = self


@contextmanager
def refreezer(thaw_seconds: float = THAW_SECONDS) -> Iterator[Refreezer]:
    """A refreezer installed on a process whose start-up was frozen; removed after."""
    gc.collect()
    gc.freeze()
    installed = Refreezer(thaw_seconds)
    gc.callbacks.append(installed)
    try:
        yield installed
    finally:
        gc.callbacks.remove(installed)
        gc.unfreeze()


def full_collections_skip_survivors() -> None:
    """The scenario of the first test (run in a fresh interpreter)."""
    with refreezer():
        # given many long-lived objects created after start-up (open subscriptions)
        kept = [Node() for _ in range(300_000)]

        # when full collections have seen them
        for _ in range(3):
            gc.collect()

        # then they are frozen: the oldest generation, which the next full collection
        # walks, holds almost nothing (without the refreezer it would hold all of them)
        assert gc.get_freeze_count() >= len(kept)
        assert len(gc.get_objects(generation=2)) < len(kept) / 3


def frozen_then_dropped(installed: Refreezer, kind: type) -> tuple[Any, list[Node]]:
    """Long-lived objects of ``kind`` frozen by full collections, then dropped (a socket
    closing), a probe on one of them; then as many long-lived objects again as were
    frozen (more subscriptions)."""
    dead = [kind() for _ in range(installed.base // 2)]
    probe = weakref.ref(dead[0])
    gc.collect()
    gc.collect()
    del dead
    gc.collect()
    more = [Node() for _ in range(2 * installed.base)]
    gc.collect()
    gc.collect()
    return probe, more


def frozen_objects_without_cycles_go_at_once() -> None:
    """The scenario of the second test (run in a fresh interpreter)."""
    with refreezer() as installed:
        # when frozen objects in no cycle are dropped, and the frozen objects double
        probe, more = frozen_then_dropped(installed, Leaf)

        # then they were freed without any thaw
        assert probe() is None
        assert installed.thaws == 0
        assert gc.get_freeze_count() >= len(more)


def dead_frozen_cycles_wait_for_their_time() -> None:
    """The scenario of the third test (run in a fresh interpreter)."""
    with refreezer() as installed:
        # when frozen cycles are dropped and the frozen objects double
        probe, more = frozen_then_dropped(installed, Node)

        # then nothing was thawed within the longest time between thaws: no full
        # collection walked every object
        assert installed.thaws == 0
        assert probe() is not None
        assert gc.get_freeze_count() >= len(more)

    with refreezer(thaw_seconds=0) as installed:
        # but once that time has passed, the frozen objects are thawed once and the dead
        # cycles freed
        probe, more = frozen_then_dropped(installed, Node)
        assert installed.thaws == 1
        assert probe() is None
        assert more


def run_alone(scenario: Callable[[], None]) -> None:
    """Run ``scenario`` of this module in a fresh interpreter; its assertions must hold."""
    code = f"from tests.test_gc_refreeze import {scenario.__name__} as s; s()"
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr


def test_a_full_collection_does_not_walk_what_survived_the_last_one() -> None:
    run_alone(full_collections_skip_survivors)


def test_frozen_objects_in_no_cycle_are_freed_without_a_thaw() -> None:
    run_alone(frozen_objects_without_cycles_go_at_once)


def test_frozen_cycles_are_freed_once_doubled_and_the_longest_time_between_thaws_passed() -> None:
    run_alone(dead_frozen_cycles_wait_for_their_time)
