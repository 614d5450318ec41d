"""An executor that is no reference cycle: reference counting frees it with its request.

graphql-core's executor keeps ``async_helpers``, a tuple of two of its own bound methods,
so every executor, and all it holds (the context, the caller, the variables), is left to
the garbage collector. A subscription's executor lives as long as its socket: in a served
process it is frozen by the time the socket closes (``roost.gc_pauses``) and would wait
for a thaw, a full collection walking every object. Here the helpers reach the executor
through a weak reference (it runs while a resolver uses them).
"""

from __future__ import annotations

import weakref
from collections.abc import Awaitable, Sequence
from typing import Any

from graphql import GraphQLResolveInfoHelpers
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext


class AcyclicExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor without the reference cycle through ``async_helpers``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.async_helpers = weak_helpers(weakref.ref(self))


def weak_helpers(executor: weakref.ref[Any]) -> GraphQLResolveInfoHelpers:
    """The helpers a field's info gives its resolver, calling ``executor``'s."""

    def gather(values: Sequence[Awaitable[Any]]) -> Awaitable[list[Any]]:
        return executor().gather_async_work(values)  # type: ignore[union-attr]

    def track(values: Sequence[Any]) -> None:
        executor().track_async_work(values)  # type: ignore[union-attr]

    return GraphQLResolveInfoHelpers(gather=gather, track=track)
