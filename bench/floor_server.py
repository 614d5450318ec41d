"""The floor: the least a server can do to answer Roost's hottest requests.

A minimal aiohttp + asyncpg server over Roost's own tables. Each endpoint runs ONE SQL
statement that builds the whole JSON answer (as ``{"data": …}``, shaped like Roost's),
with the caller's row scope in its WHERE clause; no ORM, no GraphQL, no policy engine.
The caller is named by the ``X-User`` header (a user id): the floor verifies nothing.

``python -m bench.floor_server --port P --dsn postgresql://…``; ``GET /healthz``.
"""

from __future__ import annotations

import argparse
from typing import Any

import asyncpg
from aiohttp import web

_RANK = "CASE t.urgency WHEN 'URGENT' THEN 0 WHEN 'ACTION_REQUIRED' THEN 1 ELSE 2 END"

#: The inbox; {seq}/{last}/{activity} name the audience's columns, {scope} the row scope, {key}
#: the tally key of the caller's threads.
_INBOX = """
WITH page AS (
  SELECT t.id, t.subject, t.urgency, t.status, t.booking_id, t.{last} AS last,
         {activity} AS activity, {rank} AS rank
  FROM thread t WHERE {scope}
  ORDER BY rank, activity DESC, t.id DESC LIMIT $2
)
SELECT json_build_object('data', json_build_object(
  'unreadTotal', GREATEST(0,
     (SELECT coalesce(sum({total}), 0) FROM thread_tally WHERE key = {key})
     - coalesce((SELECT read_total FROM reader_tally WHERE user_id = $1), 0)),
  'inbox', json_build_object('edges', coalesce(json_agg(json_build_object('node',
    json_build_object(
      'id', p.id, 'subject', p.subject, 'urgency', p.urgency, 'status', p.status,
      'lastActivityAt', p.activity,
      'unreadCount', GREATEST(0, p.last - coalesce(r.last_read_seq, 0)),
      'booking', json_build_object('reference', b.reference),
      'lastMessage', CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object(
        'id', m.id, 'seq', m.{seq}, 'body', m.body, 'authorName', u.name,
        'createdAt', m.created_at) END))
    ORDER BY p.rank, p.activity DESC, p.id DESC), '[]'))))::text
FROM page p
LEFT JOIN booking b ON b.id = p.booking_id
LEFT JOIN read_marker r ON r.thread_id = p.id AND r.user_id = $1
LEFT JOIN message m ON m.thread_id = p.id AND m.{seq} = p.last
LEFT JOIN "user" u ON u.id = m.author_id
"""

SQL = {
    # A customer's threads, as the parties see them (notes neither shown nor counted).
    "customer_inbox": _INBOX.format(
        seq="public_seq",
        last="last_public_seq",
        activity="coalesce(t.last_public_activity_at, t.created_at)",
        rank=_RANK,
        scope="t.customer_id = $1 AND t.last_public_seq >= 1",
        total="public_total",
        key="'customer_id=' || $1::int",
    ),
    # Every thread, as the service team sees them.
    "agent_inbox": _INBOX.format(
        seq="seq",
        last="last_seq",
        activity="t.last_activity_at",
        rank=_RANK,
        scope="$1::int IS NOT NULL",
        total="staff_total",
        key="'*'",
    ),
    "bookings": """
SELECT json_build_object('data', json_build_object('bookings', json_build_object('edges',
  coalesce(json_agg(json_build_object('node', json_build_object(
    'id', b.id, 'reference', b.reference, 'status', b.status, 'startsAt', b.starts_at,
    'customer', json_build_object('name', c.name, 'email', c.email),
    'provider', json_build_object('name', o.name))) ORDER BY b.starts_at DESC, b.id), '[]'))))::text
FROM (SELECT * FROM booking WHERE $1::int IS NOT NULL ORDER BY starts_at DESC, id LIMIT $2) b
JOIN "user" c ON c.id = b.customer_id
JOIN organisation o ON o.id = b.provider_id
""",
    "messages": """
SELECT json_build_object('data', json_build_object('thread', json_build_object('messages',
  json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
    'id', m.id, 'seq', m.public_seq, 'body', m.body, 'authorName', u.name,
    'createdAt', m.created_at)) ORDER BY m.public_seq), '[]')))))::text
FROM (
  SELECT m.* FROM message m
  JOIN thread t ON t.id = m.thread_id AND t.customer_id = $1 AND t.last_public_seq >= 1
  WHERE m.thread_id = $3 AND m.visibility = 'ALL'
  ORDER BY m.public_seq DESC LIMIT $2
) m LEFT JOIN "user" u ON u.id = m.author_id
""",
    # A customer's message: number it, store it, move the author's marker and the tallies.
    "send": """
WITH t AS (
  UPDATE thread SET last_seq = last_seq + 1, last_public_seq = last_public_seq + 1,
    last_activity_at = now(), last_public_activity_at = now()
  WHERE id = $2 AND customer_id = $1
  RETURNING id, customer_id, provider_id, last_seq, last_public_seq
), m AS (
  INSERT INTO message (thread_id, seq, public_seq, author_id, kind, visibility, body,
                       client_message_id, created_at)
  SELECT id, last_seq, last_public_seq, $1, 'TEXT', 'ALL', $3, $4, now() FROM t
  RETURNING id, public_seq, created_at
), old AS (
  SELECT last_read_seq FROM read_marker WHERE user_id = $1 AND thread_id = $2
), marker AS (
  INSERT INTO read_marker (user_id, thread_id, last_read_seq, read_at)
  SELECT $1, id, last_public_seq, now() FROM t
  ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_seq = excluded.last_read_seq,
    read_at = excluded.read_at
), reader AS (
  INSERT INTO reader_tally (user_id, read_total)
  SELECT $1, t.last_public_seq - coalesce((SELECT last_read_seq FROM old), 0) FROM t
  ON CONFLICT (user_id) DO UPDATE SET read_total = reader_tally.read_total + excluded.read_total
), tally AS (
  INSERT INTO thread_tally (key, shard, public_total, staff_total)
  SELECT k, t.id % 8, 1, 1 FROM t,
    unnest(ARRAY['*', 'customer_id=' || t.customer_id, 'provider_id=' || t.provider_id]) k
  ON CONFLICT (key, shard) DO UPDATE SET
    public_total = thread_tally.public_total + 1, staff_total = thread_tally.staff_total + 1
)
SELECT json_build_object('data', json_build_object('sendMessage', json_build_object(
  'message', json_build_object('id', m.id, 'seq', m.public_seq, 'createdAt', m.created_at),
  'errors', '[]'::json)))::text FROM m
""",
}

#: Each statement's parameters after the user id ($1), from the request's JSON body.
PARAMETERS = {
    "customer_inbox": ("first",),
    "agent_inbox": ("first",),
    "bookings": ("first",),
    "messages": ("last", "thread"),
    "send": ("thread", "body", "clientMessageId"),
}

POOL_KEY = web.AppKey("pool", asyncpg.Pool)


async def answer(request: web.Request) -> web.Response:
    """Run the named statement for the ``X-User`` caller; its JSON is the answer."""
    name = request.match_info["name"]
    if name not in SQL:
        raise web.HTTPNotFound()
    body: dict[str, Any] = await request.json() if request.can_read_body else {}
    args = [int(request.headers["X-User"]), *(body[key] for key in PARAMETERS[name])]
    async with request.app[POOL_KEY].acquire() as connection:
        text = await connection.fetchval(SQL[name], *args)
    if text is None:
        raise web.HTTPNotFound()
    return web.Response(text=text, content_type="application/json")


async def healthz(_: web.Request) -> web.Response:
    """200 once the pool is open."""
    return web.Response(text="ok")


def create_app(dsn: str) -> web.Application:
    """The floor server's application over the database at ``dsn``."""
    app = web.Application()

    async def pool(app: web.Application) -> Any:
        async with asyncpg.create_pool(dsn, min_size=10, max_size=10) as opened:
            app[POOL_KEY] = opened
            yield

    app.cleanup_ctx.append(pool)
    app.router.add_get("/healthz", healthz)
    app.router.add_post("/{name}", answer)
    return app


def main() -> None:
    """Serve until stopped."""
    parser = argparse.ArgumentParser(prog="python -m bench.floor_server", description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dsn", required=True)
    args = parser.parse_args()
    web.run_app(create_app(args.dsn), host="127.0.0.1", port=args.port, print=None)


if __name__ == "__main__":
    main()
