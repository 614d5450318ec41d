"""searchMessages: full-text search over the messages and thread subjects in the caller's scope.

The caller's row scope (``resolvers.scope``) decides what can match: customers and
providers never find an INTERNAL note nor another customer's thread, and a message
rewritten by ``erasePersonalData`` is found only by its new text (the indexes follow the
rows). Ranking, snippets and the SQL live in :mod:`models.search`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import models as m
from models import search
from resolvers.access import allowed_query
from resolvers.context import RequestContext
from resolvers.errors import BadUserInput
from resolvers.pagination import Page, decode_cursor, encode_cursor, page_size
from resolvers.scope import scoped
from roost.i18n import N_

#: Why a query is refused, in the caller's language (the ids of ``models.search``).
_REFUSALS = {
    search.QueryProblem.TOO_LONG: N_("The search query is too long."),
    search.QueryProblem.UNCLOSED_QUOTE: N_("The search query has an unclosed quote."),
    search.QueryProblem.MISPLACED_OR: N_("OR must stand between two words."),
    search.QueryProblem.TOO_MANY_TERMS: N_("The search query has too many words."),
    search.QueryProblem.NO_WORD: N_("The search query needs at least one word to find."),
}


@dataclass(frozen=True)
class SearchResult:
    """A hit with its rows: the message (body hits) and its thread, both in scope."""

    hit: search.Hit
    thread: m.Thread
    message: m.Message | None


def _after(cursor: str | None) -> list[object] | None:
    if cursor is None:
        return None
    values = decode_cursor(cursor, "after")
    valid = (
        len(values) == 3
        and isinstance(values[0], int | float)
        and values[1] in set(search.HitKind)
        and isinstance(values[2], int)
    )
    if not valid:
        raise BadUserInput(N_("Invalid cursor."), field="after")
    return values


async def search_messages(
    context: RequestContext, text: str, first: int | None, after: str | None
) -> Page[SearchResult]:
    """Hits for ``text`` in the caller's scope, best first, ``first`` after cursor ``after``."""
    principal = context.require_principal()
    allowed_query(principal, "searchMessages")
    try:
        query = search.parse(text)
    except search.BadSearchQuery as problem:
        raise BadUserInput(_REFUSALS[problem.problem], field="query") from None
    size = page_size(first, "first", context.settings.max_page_size)
    start = _after(after)
    messages = scoped(m.Message, principal).values_list("id", flat=True)
    threads = scoped(m.Thread, principal).values_list("id", flat=True)
    hits = await search.search(query, messages, threads, size + 1, start) if size else []
    more = len(hits) > size
    hits = hits[:size]
    loaders = context.loaders
    threads_read = await asyncio.gather(*(loaders.load(m.Thread, h.thread_id) for h in hits))
    messages_read = await asyncio.gather(
        *(loaders.load(m.Message, h.id if h.kind is search.HitKind.MESSAGE else None) for h in hits)
    )
    results = [
        SearchResult(hit=hit, thread=thread, message=message)
        for hit, thread, message in zip(hits, threads_read, messages_read, strict=True)
        if thread is not None
    ]

    async def total() -> int:
        return await search.count(
            query,
            scoped(m.Message, principal).values_list("id", flat=True),
            scoped(m.Thread, principal).values_list("id", flat=True),
        )

    return Page(
        rows=results,
        cursors=[encode_cursor(r.hit.sort_key) for r in results],
        has_next_page=more,
        has_previous_page=start is not None,
        count=total,
    )
