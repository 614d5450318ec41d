"""An executor that is no reference cycle: reference counting frees it with its request.

graphql-core's executor keeps ``async_helpers``, a tuple of two of its own bound methods,
so every executor, and all it holds (the context, the caller, the variables), is left to
the garbage collector. A subscription's executor lives as long as its socket: in a served
process it is frozen by the time the socket closes (``roost.gc_pauses``) and would wait
for a thaw, a full collection walking every object. Here the helpers are made when a
field's info asks for them.
"""

from __future__ import annotations

from graphql import GraphQLResolveInfoHelpers
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext


class AcyclicExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor without the reference cycle through ``async_helpers``."""

    @property
    def async_helpers(self) -> GraphQLResolveInfoHelpers:
        """The helpers a field's info gives its resolver, bound to this executor."""
        return GraphQLResolveInfoHelpers(self.gather_async_work, self.track_async_work)

    @async_helpers.setter
    def async_helpers(self, _: GraphQLResolveInfoHelpers) -> None:
        """graphql-core's constructor sets them; they are made when asked for instead."""
