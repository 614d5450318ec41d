"""Full collections walk only what was created since the last one (``roost.gc_pauses``):
what survives one is frozen, and thawed once it has doubled, so garbage cycles among
long-lived objects are still freed.

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

from roost.gc_pauses import Refreezer


class Node:
    """A long-lived object in a reference cycle (as a subscription's parts are)."""

    def __init__(self) -> None:
        self.me = self


@contextmanager
def refreezer() -> Iterator[Refreezer]:
    """A refreezer installed on a process whose start-up was frozen; removed after."""
    gc.collect()
    gc.freeze()
    installed = Refreezer()
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


def dead_frozen_cycles_are_freed() -> None:
    """The scenario of the second test (run in a fresh interpreter)."""
    with refreezer() as installed:
        # given long-lived cycles frozen by full collections, then dropped
        dead = [Node() for _ in range(50_000)]
        probe = weakref.ref(dead[0])
        gc.collect()
        gc.collect()
        del dead
        gc.collect()
        assert probe() is not None  # frozen: it waits

        # when the long-lived objects more than double (more subscriptions)
        more = [Node() for _ in range(2 * installed.base)]
        gc.collect()
        gc.collect()

        # then the frozen objects were thawed once and the dead cycles freed
        assert installed.thaws >= 1
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


def test_cycles_that_died_while_frozen_are_freed_once_the_frozen_objects_doubled() -> None:
    run_alone(dead_frozen_cycles_are_freed)
