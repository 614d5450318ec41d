"""Bearer JWT: minting (development) and verification with pyjwt.

The algorithm is pinned (HS256 with a secret, RS256 with a public key), ``exp``,
``iat`` and ``sub`` are required, issuer and audience are checked, and a token may live
(``exp - iat``) at most ``ROOST_JWT_MAX_TTL_SECONDS``. The subject is a
user id; the role is read from the database, never from the token.

A GUEST token (a customer who validated a self-service link) has the subject
``guest:<link id>`` and the booking id in the ``booking`` claim; GUEST is implied by the
subject. It is signed and checked like any other token, never outlives its link, and is
accepted only while the link is neither locked nor expired and the app is enabled.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from tortoise import connections

from models import SelfServiceLink, User
from resolvers.errors import Unauthenticated
from resolvers.ids import parse_pk
from resolvers.principal import Principal, guest_principal
from roost.i18n import N_
from roost.settings import Settings

#: Claims every token must carry.
REQUIRED_CLAIMS = ["exp", "iat", "sub", "iss", "aud"]

#: Subject prefix of GUEST tokens: ``guest:<self-service link id>``.
GUEST_SUBJECT = "guest:"
#: The claim of a GUEST token that names its booking.
BOOKING_CLAIM = "booking"


def mint_token(settings: Settings, user: User, ttl_seconds: int | None = None) -> str:
    """A signed token for ``user``; only possible with a shared secret (development)."""
    if not settings.can_sign_tokens:
        raise RuntimeError("minting tokens needs ROOST_JWT_SECRET (an RS256 key only verifies)")
    now = datetime.now(UTC)
    claims = {
        "sub": str(user.id),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": now,
        "exp": now + timedelta(seconds=ttl_seconds or settings.jwt_ttl_seconds),
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")


def mint_guest_token(
    settings: Settings, link: SelfServiceLink, now: datetime | None = None
) -> tuple[str, datetime]:
    """A signed GUEST token for ``link``'s booking and when it expires (never after the link)."""
    if not settings.can_sign_tokens:
        raise RuntimeError("minting tokens needs ROOST_JWT_SECRET (an RS256 key only verifies)")
    now = now or datetime.now(UTC)
    # Whole seconds, as in the token: never a moment after the link expires.
    expires_at = min(now + timedelta(seconds=settings.jwt_ttl_seconds), link.expires_at).replace(
        microsecond=0
    )
    claims = {
        "sub": f"{GUEST_SUBJECT}{link.id}",
        BOOKING_CLAIM: str(link.booking_id),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": now,
        "exp": expires_at,
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256"), expires_at


def decode_token(settings: Settings, token: str) -> dict[str, Any]:
    """The verified claims of ``token``; any defect raises :class:`Unauthenticated`."""
    key = settings.jwt_public_key or settings.jwt_secret
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[settings.jwt_algorithm],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": REQUIRED_CLAIMS},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated(N_("The token has expired.")) from None
    except jwt.InvalidTokenError:
        raise Unauthenticated(N_("The token is invalid.")) from None
    if claims["exp"] - claims["iat"] > settings.jwt_max_ttl_seconds:
        raise Unauthenticated(
            N_("The token's lifetime (exp - iat) exceeds {most} seconds."),
            {"most": settings.jwt_max_ttl_seconds},
        )
    return claims


async def authenticate(settings: Settings, authorization: str | None) -> Principal | None:
    """The principal behind an ``Authorization`` header; ``None`` when there is none."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated(N_("Use the Authorization header as: Bearer <token>."))
    claims = decode_token(settings, token.strip())
    subject = str(claims["sub"])
    expires_at = datetime.fromtimestamp(claims["exp"], UTC)
    if subject.startswith(GUEST_SUBJECT):
        return await _guest(subject, claims, expires_at)
    user_id = parse_pk(subject)
    user = await _active_user(user_id) if user_id else None
    if user is None:
        raise Unauthenticated(N_("The token is invalid."))
    return Principal.for_user(user, expires_at=expires_at)


async def _active_user(user_id: int) -> User | None:
    """The active account ``user_id``, read on every request: one fixed statement (asyncpg
    keeps it prepared), without the ORM's query builder, which costs more than the read."""
    connection = connections.get("default")
    placeholder = "$1" if connection.capabilities.dialect == "postgres" else "?"
    rows = await connection.execute_query_dict(
        f'SELECT * FROM "{User._meta.db_table}" WHERE "id" = {placeholder} AND "active" LIMIT 1',
        [user_id],
    )
    return User._init_from_db(**rows[0]) if rows else None


async def _guest(subject: str, claims: dict[str, Any], expires_at: datetime) -> Principal:
    """The GUEST principal of a verified guest token, while its link still grants access."""
    link_id = parse_pk(subject.removeprefix(GUEST_SUBJECT))
    booking_id = parse_pk(str(claims.get(BOOKING_CLAIM, "")))
    principal = (
        await guest_principal(link_id, booking_id, expires_at) if link_id and booking_id else None
    )
    if principal is None:
        raise Unauthenticated(N_("The token is invalid."))
    return principal
