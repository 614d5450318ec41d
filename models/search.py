"""Full-text search over message bodies and thread subjects, ranked, with snippets.

PostgreSQL reads GIN expression indexes on ``to_tsvector('simple', …)`` with
``websearch_to_tsquery``, ``ts_rank`` and ``ts_headline``; SQLite reads the FTS5 tables
``message_search`` and ``thread_search`` (external content, kept in sync by triggers; both
created by the migration) with ``bm25`` and ``snippet``. The ``simple`` configuration
(lower-cased words, no stemming, no stop words) because messages are written in several
languages, and it splits words like SQLite's ``unicode61`` tokenizer: a word finds the
same rows on both databases.

Queries use the web-search syntax on both: words (all must occur), ``"a phrase"``,
``OR`` between alternatives, ``-word`` to exclude. :func:`parse` checks it once, so a
query one database would reject is refused the same way on the other.

Hits come ranked best first (a higher ``rank`` is better), ties broken by kind and id,
and a page starts strictly after the hit of its cursor (keyset paging). Row scope is
given by the caller as querysets of the ids in scope, embedded as sub-selects.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tortoise.queryset import AwaitableQuery

from models.sql import execute, is_postgres, subquery

#: Longest query accepted, in characters, and most terms in it.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 16
#: Marks around matched words in snippets (the rest of a snippet is HTML-escaped).
HIGHLIGHT_START = "<mark>"
HIGHLIGHT_END = "</mark>"
#: What the database puts around matches: characters no escaping touches, replaced by the
#: marks once the text is escaped.
_MATCH_START, _MATCH_END = "\ue000", "\ue001"
#: Words around the matches in a snippet.
SNIPPET_WORDS = 12

_TOKEN = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)|(")')
_WORD = re.compile(r"\w+")


class QueryProblem(StrEnum):
    """Why a query is not valid web-search syntax."""

    TOO_LONG = "TOO_LONG"
    UNCLOSED_QUOTE = "UNCLOSED_QUOTE"
    MISPLACED_OR = "MISPLACED_OR"
    TOO_MANY_TERMS = "TOO_MANY_TERMS"
    NO_WORD = "NO_WORD"


class BadSearchQuery(ValueError):
    """A query that is not valid web-search syntax, and why."""

    def __init__(self, problem: QueryProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


class HitKind(StrEnum):
    """What a hit is: a message (its body matched) or a thread (its subject matched)."""

    MESSAGE = "MESSAGE"
    THREAD = "THREAD"


@dataclass(frozen=True)
class Term:
    """A word or phrase of a query (its words), excluded when ``negated``."""

    words: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """A checked query: alternatives (OR) of terms that must all occur, and exclusions."""

    text: str
    alternatives: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    def fts5(self) -> str:
        """The same query in FTS5 syntax, every word quoted (no operator comes through)."""

        def phrase(term: Term) -> str:
            return '"' + " ".join(term.words) + '"'

        ors = " OR ".join(
            "(" + " AND ".join(phrase(t) for t in group) + ")" for group in self.alternatives
        )
        return "(" + ors + ")" + "".join(f" NOT {phrase(t)}" for t in self.excluded)


@dataclass(frozen=True)
class Hit:
    """One ranked match: a message, or a thread by its subject."""

    kind: HitKind
    id: int
    thread_id: int
    rank: float
    snippet: str

    @property
    def sort_key(self) -> list[Any]:
        """The values a cursor holds for this hit."""
        return [self.rank, self.kind.value, self.id]


def parse(text: str) -> SearchQuery:
    """Check ``text`` against the web-search syntax; :class:`BadSearchQuery` if it fails."""
    if len(text) > MAX_QUERY_LENGTH:
        raise BadSearchQuery(QueryProblem.TOO_LONG)
    groups: list[list[Term]] = [[]]
    excluded: list[Term] = []
    pending_or = False
    count = 0
    for match in _TOKEN.finditer(text):
        if match.group(5):
            raise BadSearchQuery(QueryProblem.UNCLOSED_QUOTE)
        quoted = match.group(2) is not None
        negated = bool(match.group(1) if quoted else match.group(3))
        raw = match.group(2) if quoted else match.group(4)
        if not quoted and not negated and raw.lower() == "or":
            if not groups[-1] or pending_or:
                raise BadSearchQuery(QueryProblem.MISPLACED_OR)
            pending_or = True
            continue
        words = tuple(word.lower() for word in _WORD.findall(raw))
        if not words:
            continue
        count += 1
        if count > MAX_TERMS:
            raise BadSearchQuery(QueryProblem.TOO_MANY_TERMS)
        if negated:
            excluded.append(Term(words, negated=True))
            continue
        if pending_or:
            groups.append([])
            pending_or = False
        groups[-1].append(Term(words))
    if pending_or:
        raise BadSearchQuery(QueryProblem.MISPLACED_OR)
    if not groups[0]:
        raise BadSearchQuery(QueryProblem.NO_WORD)
    return SearchQuery(text, tuple(tuple(g) for g in groups), tuple(excluded))


def _hits_sql(
    query: SearchQuery, messages: AwaitableQuery[Any], threads: AwaitableQuery[Any]
) -> tuple[str, list[Any]]:
    """The union of message and subject hits in scope, with kind, ids and rank."""
    message_scope, message_values = subquery(messages)
    thread_scope, thread_values = subquery(threads)
    if is_postgres():
        text = (
            "SELECT 'MESSAGE' AS kind, m.id AS id, m.thread_id AS thread_id,"
            " ts_rank(to_tsvector('simple', m.body), q)::float8 AS rank"
            " FROM message m, websearch_to_tsquery('simple', ?) q"
            f" WHERE to_tsvector('simple', m.body) @@ q AND m.id IN ({message_scope})"
            " UNION ALL"
            " SELECT 'THREAD', t.id, t.id, ts_rank(to_tsvector('simple', t.subject), q)::float8"
            " FROM thread t, websearch_to_tsquery('simple', ?) q"
            f" WHERE to_tsvector('simple', t.subject) @@ q AND t.id IN ({thread_scope})"
        )
    else:
        text = (
            "SELECT 'MESSAGE' AS kind, m.id AS id, m.thread_id AS thread_id,"
            " -bm25(message_search) AS rank"
            " FROM message_search JOIN message m ON m.id = message_search.rowid"
            f" WHERE message_search MATCH ? AND m.id IN ({message_scope})"
            " UNION ALL"
            " SELECT 'THREAD', t.id, t.id, -bm25(thread_search)"
            " FROM thread_search JOIN thread t ON t.id = thread_search.rowid"
            f" WHERE thread_search MATCH ? AND t.id IN ({thread_scope})"
        )
    term = query.text if is_postgres() else query.fts5()
    return text, [term, *message_values, term, *thread_values]


def highlighted(excerpt: str) -> str:
    """The database's excerpt HTML-escaped, its matches between the highlight marks: a
    message's own markup never reaches a client that renders snippets as HTML."""
    escaped = html.escape(excerpt, quote=False)
    return escaped.replace(_MATCH_START, HIGHLIGHT_START).replace(_MATCH_END, HIGHLIGHT_END)


def _snippet_sql() -> str:
    """The highlighted excerpt of the hit ``p`` for the query ``?``."""
    if is_postgres():
        options = (
            f"StartSel={_MATCH_START}, StopSel={_MATCH_END}, MaxWords={SNIPPET_WORDS * 2},"
            f" MinWords={SNIPPET_WORDS}, MaxFragments=2, FragmentDelimiter=…"
        )
        return (
            "ts_headline('simple', CASE WHEN p.kind = 'MESSAGE'"
            " THEN (SELECT body FROM message WHERE id = p.id)"
            " ELSE (SELECT subject FROM thread WHERE id = p.id) END,"
            f" websearch_to_tsquery('simple', ?), '{options}')"
        )
    args = f"'{_MATCH_START}', '{_MATCH_END}', '…', {SNIPPET_WORDS * 2}"
    return (
        "CASE WHEN p.kind = 'MESSAGE'"
        f" THEN (SELECT snippet(message_search, 0, {args}) FROM message_search"
        "  WHERE message_search MATCH ? AND rowid = p.id)"
        f" ELSE (SELECT snippet(thread_search, 0, {args}) FROM thread_search"
        "  WHERE thread_search MATCH ? AND rowid = p.id) END"
    )


async def search(
    query: SearchQuery,
    messages: AwaitableQuery[Any],
    threads: AwaitableQuery[Any],
    limit: int,
    after: Sequence[Any] | None = None,
) -> list[Hit]:
    """Up to ``limit`` hits best first, after the hit whose sort key is ``after``.

    ``messages`` and ``threads`` select the ids of the messages and threads in scope.
    """
    hits, values = _hits_sql(query, messages, threads)
    where = ""
    if after is not None:
        rank, kind, last_id = after
        where = " WHERE h.rank < ? OR (h.rank = ? AND (h.kind > ? OR (h.kind = ? AND h.id > ?)))"
        values += [rank, rank, kind, kind, last_id]
    term = query.text if is_postgres() else query.fts5()
    snippet_values = [term] if is_postgres() else [term, term]
    text = (
        f"SELECT p.kind, p.id, p.thread_id, p.rank, {_snippet_sql()}"
        " AS snippet FROM ("
        f"SELECT h.kind, h.id, h.thread_id, h.rank FROM ({hits}) h{where}"
        " ORDER BY h.rank DESC, h.kind, h.id LIMIT ?"
        ") p ORDER BY p.rank DESC, p.kind, p.id"
    )
    rows = await execute(text, [*snippet_values, *values, limit])
    return [
        Hit(
            kind=HitKind(row["kind"]),
            id=row["id"],
            thread_id=row["thread_id"],
            rank=float(row["rank"]),
            snippet=highlighted(row["snippet"] or ""),
        )
        for row in rows
    ]


async def count(
    query: SearchQuery, messages: AwaitableQuery[Any], threads: AwaitableQuery[Any]
) -> int:
    """How many hits ``query`` has in scope, over all pages."""
    hits, values = _hits_sql(query, messages, threads)
    rows = await execute(f"SELECT COUNT(*) AS n FROM ({hits}) h", values)
    return int(rows[0]["n"])
