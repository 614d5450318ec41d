"""GraphQL for full-text search: ``searchMessages`` and its ranked, highlighted hits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from models.policy import describe_query
from models.search import HIGHLIGHT_END, HIGHLIGHT_START, HitKind
from resolvers import search as use
from resolvers.context import RequestContext
from schema.descriptions import After, First, described_enum
from schema.relay import Connection

if TYPE_CHECKING:
    from schema.threads import MessageType, ThreadType

MessageRef = Annotated["MessageType", strawberry.lazy("schema.threads")]
ThreadRef = Annotated["ThreadType", strawberry.lazy("schema.threads")]
Info = strawberry.Info[RequestContext]

SearchHitKind = described_enum(
    HitKind,
    {
        "MESSAGE": "A message's body matched; `message` is set.",
        "THREAD": "A thread's subject matched; `message` is null.",
    },
    name="SearchHitKind",
)


@strawberry.type(description="One match of `searchMessages`.")
class SearchHit:
    kind: SearchHitKind = strawberry.field(description="What matched: a message body or a subject.")
    rank: float = strawberry.field(description="Relevance: higher is better (this query only).")
    snippet: str = strawberry.field(
        description=f"The matched text around the matches, each match between "
        f"`{HIGHLIGHT_START}` and `{HIGHLIGHT_END}`; the rest is the text HTML-escaped "
        "(safe to render as HTML)."
    )
    message: MessageRef | None = strawberry.field(description="The message, for body matches.")
    thread: ThreadRef = strawberry.field(description="The thread (of the message).")

    @classmethod
    def of(cls, result: use.SearchResult) -> SearchHit:
        """The hit type of a use-case result."""
        return cls(
            kind=result.hit.kind,
            rank=result.hit.rank,
            snippet=result.hit.snippet,
            message=result.message,  # type: ignore[arg-type]
            thread=result.thread,  # type: ignore[arg-type]
        )


QueryText = Annotated[
    str,
    strawberry.argument(
        description='Web-search syntax: words (all must occur), "a phrase", OR between '
        "alternatives, -word to exclude; words are matched whole, ignoring case."
    ),
]


@strawberry.type
class SearchQuery:
    @strawberry.field(
        description="Full-text search over message bodies and thread subjects in your scope, "
        "best match first (INTERNAL notes only for the service team). "
        + describe_query("searchMessages")
    )
    async def search_messages(
        self, info: Info, query: QueryText, first: First = 20, after: After = None
    ) -> Connection[SearchHit]:
        page = await use.search_messages(info.context, query, first, after)
        return Connection[SearchHit].from_page(page.with_rows([SearchHit.of(r) for r in page.rows]))
