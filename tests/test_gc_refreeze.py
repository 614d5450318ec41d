"""Full collections walk only what was created since the last one (``roost.gc_pauses``):
what survives one is frozen, and thawed once it has doubled and there is garbage to free
(sockets closed, or time passed), so garbage cycles among long-lived objects are still
freed, while a burst of new subscriptions makes no walk over everything.

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

from roost.gc_pauses import THAW_SECONDS, Refreezer, SocketChurn


class Node:
    """A long-lived object in a reference cycle (as a subscription's parts are)."""

    def __init__(self) -> None:
        self.me = self


@contextmanager
def refreezer(
    sockets: SocketChurn | None = None, thaw_seconds: float = THAW_SECONDS
) -> Iterator[Refreezer]:
    """A refreezer installed on a process whose start-up was frozen; removed after."""
    gc.collect()
    gc.freeze()
    installed = Refreezer(sockets or SocketChurn(), thaw_seconds)
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


def frozen_then_dropped(installed: Refreezer, churn: SocketChurn) -> tuple[Any, list[Node]]:
    """Long-lived cycles (a socket's objects) frozen by full collections, then dropped as
    the socket closes, a probe on one of them; then as many long-lived objects again as
    were frozen (more subscriptions)."""
    churn.opened()
    dead = [Node() for _ in range(installed.base // 2)]
    probe = weakref.ref(dead[0])
    gc.collect()
    gc.collect()
    del dead
    churn.released()
    gc.collect()
    assert probe() is not None  # frozen: it waits
    more = [Node() for _ in range(2 * installed.base)]
    gc.collect()
    gc.collect()
    return probe, more


def dead_frozen_cycles_are_freed() -> None:
    """The scenario of the second test (run in a fresh interpreter)."""
    # given a socket open, and one that will close
    churn = SocketChurn()
    churn.opened()
    with refreezer(churn) as installed:
        # when the frozen objects double, among them the closed socket's dead cycles
        probe, more = frozen_then_dropped(installed, churn)

        # then the frozen objects were thawed once and the dead cycles freed
        assert installed.thaws == 1
        assert probe() is None
        assert churn.closed == 0  # counted again from the thaw
        assert more


def growth_alone_walks_nothing_until_its_time() -> None:
    """The scenario of the third test (run in a fresh interpreter)."""
    # given many sockets open, one of them to close
    churn = SocketChurn()
    for _ in range(10):
        churn.opened()
    with refreezer(churn) as installed:
        # when the frozen objects double (subscriptions arriving)
        probe, more = frozen_then_dropped(installed, churn)

        # then nothing was thawed: no full collection walked every object
        assert installed.thaws == 0
        assert probe() is not None
        assert gc.get_freeze_count() >= len(more)

    with refreezer(churn, thaw_seconds=0) as installed:
        # but once the longest time between thaws has passed, the garbage goes
        probe, more = frozen_then_dropped(installed, churn)
        assert installed.thaws == 1
        assert probe() is None


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


def test_subscriptions_arriving_make_no_walk_over_every_object() -> None:
    run_alone(growth_alone_walks_nothing_until_its_time)
