"""Full collections walk only what was created since the last one (``roost.gc_pauses``):
what survives one is frozen, and thawed once it has doubled, so garbage cycles among
long-lived objects are still freed."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from roost.gc_pauses import Refreezer


class Node:
    """A long-lived object in a reference cycle (as a subscription's parts are)."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def refreezer() -> Iterator[Refreezer]:
    """A refreezer installed on a process whose start-up was frozen; removed after."""
    gc.collect()
    gc.freeze()
    refreezer = Refreezer()
    gc.callbacks.append(refreezer)
    try:
        yield refreezer
    finally:
        gc.callbacks.remove(refreezer)
        gc.unfreeze()


def test_a_full_collection_does_not_walk_what_survived_the_last_one(
    refreezer: Refreezer,
) -> None:
    # given many long-lived objects created after start-up (open subscriptions)
    kept = [Node() for _ in range(300_000)]

    # when full collections have seen them
    for _ in range(3):
        gc.collect()

    # then they are frozen: the oldest generation, which the next full collection walks,
    # holds almost nothing (without the refreezer it would hold all of them)
    assert gc.get_freeze_count() >= len(kept)
    assert len(gc.get_objects(generation=2)) < len(kept) / 3


def test_cycles_that_died_while_frozen_are_freed_once_the_frozen_objects_doubled(
    refreezer: Refreezer,
) -> None:
    # given long-lived cycles frozen by full collections, then dropped
    dead = [Node() for _ in range(50_000)]
    probe = weakref.ref(dead[0])
    gc.collect()
    gc.collect()
    del dead
    gc.collect()
    assert probe() is not None  # frozen: it waits

    # when the long-lived objects more than double (more subscriptions)
    more = [Node() for _ in range(2 * refreezer.base)]
    gc.collect()
    gc.collect()

    # then the frozen objects were thawed once and the dead cycles freed
    assert refreezer.thaws >= 1
    assert probe() is None
    assert more
