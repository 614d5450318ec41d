"""``node(id:)`` and ``nodes(ids:)``: any governed object by its opaque global id."""

from __future__ import annotations

import asyncio
from typing import Annotated

import strawberry
from strawberry import relay

from resolvers.context import RequestContext
from resolvers.errors import BadUserInput
from resolvers.ids import parse_pk
from roost.i18n import N_
from schema.policy import NODE_TYPES
from schema.relay import parse_global_id

Info = strawberry.Info[RequestContext]


async def load_node(info: Info, global_id: str) -> relay.Node | None:
    """The object behind ``global_id`` if the caller may reach it.

    Malformed ids, unknown types, missing rows and rows outside the caller's scope
    all give ``None``: the answers cannot be told apart.
    """
    loaders = info.context.loaders
    parsed = parse_global_id(global_id)
    if parsed is None or parsed[0] not in NODE_TYPES:
        return None
    _, model = NODE_TYPES[parsed[0]]
    return await loaders.load(model, parse_pk(parsed[1]))


async def load_nodes(info: Info, global_ids: list[strawberry.ID]) -> list[relay.Node | None]:
    """The objects behind ``global_ids``, in order, as :func:`load_node` gives each.

    All are requested at once, so the dataloaders fetch each type in one query.
    """
    limit = info.context.settings.max_node_ids
    if len(global_ids) > limit:
        raise BadUserInput(N_("Give at most {most} ids."), {"most": limit}, field="ids", max=limit)
    return list(await asyncio.gather(*(load_node(info, gid) for gid in global_ids)))


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Any object by its global id; null when not visible.")
    async def node(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The object's global id.")],
    ) -> relay.Node | None:
        return await load_node(info, id)

    @strawberry.field(
        description="Several objects by global id, in order; null where not visible. At most "
        "`ROOST_MAX_NODE_IDS` ids (default 100); one query per type."
    )
    async def nodes(
        self,
        info: Info,
        ids: Annotated[
            list[strawberry.ID],
            strawberry.argument(description="Global ids; the answer has one entry per id."),
        ],
    ) -> list[relay.Node | None]:
        return await load_nodes(info, ids)
