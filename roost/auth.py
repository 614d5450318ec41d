"""Bearer JWT: minting (development) and verification with pyjwt.

The algorithm is pinned (HS256 with a secret, RS256 with a public key), ``exp``,
``iat`` and ``sub`` are required, issuer and audience are checked. The subject is a
user id; the role is read from the database, never from the token.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from models import User
from resolvers.errors import Unauthenticated
from resolvers.ids import parse_pk
from resolvers.principal import Principal
from roost.settings import Settings

#: Claims every token must carry.
REQUIRED_CLAIMS = ["exp", "iat", "sub", "iss", "aud"]


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


def decode_token(settings: Settings, token: str) -> dict[str, Any]:
    """The verified claims of ``token``; any defect raises :class:`Unauthenticated`."""
    key = settings.jwt_public_key or settings.jwt_secret
    try:
        return jwt.decode(
            token,
            key,
            algorithms=[settings.jwt_algorithm],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": REQUIRED_CLAIMS},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("The token has expired.") from None
    except jwt.InvalidTokenError:
        raise Unauthenticated("The token is invalid.") from None


async def authenticate(settings: Settings, authorization: str | None) -> Principal | None:
    """The principal behind an ``Authorization`` header; ``None`` when there is none."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("Use the Authorization header as: Bearer <token>.")
    claims = decode_token(settings, token.strip())
    user_id = parse_pk(str(claims["sub"]))
    user = await User.get_or_none(id=user_id, active=True) if user_id else None
    if user is None:
        raise Unauthenticated("The token is invalid.")
    return Principal.for_user(user, expires_at=datetime.fromtimestamp(claims["exp"], UTC))
