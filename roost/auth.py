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

import time
from collections import OrderedDict
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

import jwt

from models import SelfServiceLink, User
from models.users import active_user
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


#: Verified tokens kept per process (LRU): a token sent again is not verified again.
VERIFIED_TOKENS = 4096


class Claims(NamedTuple):
    """What the server reads of a verified token (kept per token: a tuple, not PyJWT's
    dictionary of every claim: half a kilobyte less for each token kept)."""

    #: ``sub``: a user's id, or ``guest:<link id>``.
    subject: str
    #: ``exp``, in seconds since the epoch.
    expires: float
    #: A guest token's booking id (``booking``).
    booking: str | None


class VerifiedTokens:
    """Claims of tokens verified already, each kept until its ``exp`` at most, by the raw
    token and the settings that verified it. Only the signature check is skipped: the
    account behind a token is read (and refused) as for a new one."""

    def __init__(self, size: int = VERIFIED_TOKENS) -> None:
        self.size = size
        self._claims: OrderedDict[tuple[object, ...], Claims] = OrderedDict()

    def get(self, key: tuple[object, ...]) -> Claims | None:
        """The claims verified under ``key``, while the token has not expired."""
        claims = self._claims.get(key)
        if claims is None:
            return None
        if claims.expires <= time.time():
            del self._claims[key]
            return None
        self._claims.move_to_end(key)
        return claims

    def put(self, key: tuple[object, ...], claims: Claims) -> None:
        """Keep ``claims``, forgetting the least recently used beyond :attr:`size`."""
        self._claims[key] = claims
        if len(self._claims) > self.size:
            self._claims.popitem(last=False)


_verified = VerifiedTokens()


def decode_token(settings: Settings, token: str) -> Claims:
    """The verified claims of ``token``; any defect raises :class:`Unauthenticated`."""
    key = settings.jwt_public_key or settings.jwt_secret
    cached = (
        token,
        key,
        settings.jwt_algorithm,
        settings.jwt_audience,
        settings.jwt_issuer,
        settings.jwt_max_ttl_seconds,
    )
    claims = _verified.get(cached)
    if claims is None:
        claims = _verify(settings, key, token)
        _verified.put(cached, claims)
    return claims


def _verify(settings: Settings, key: str | None, token: str) -> Claims:
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
    booking = claims.get(BOOKING_CLAIM)
    return Claims(str(claims["sub"]), claims["exp"], None if booking is None else str(booking))


async def authenticate(settings: Settings, authorization: str | None) -> Principal | None:
    """The principal behind an ``Authorization`` header; ``None`` when there is none."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated(N_("Use the Authorization header as: Bearer <token>."))
    claims = decode_token(settings, token.strip())
    expires_at = datetime.fromtimestamp(claims.expires, UTC)
    if claims.subject.startswith(GUEST_SUBJECT):
        return await _guest(claims, expires_at)
    user_id = parse_pk(claims.subject)
    user = await active_user(user_id) if user_id else None
    if user is None:
        raise Unauthenticated(N_("The token is invalid."))
    return Principal.for_user(user, expires_at=expires_at)


async def _guest(claims: Claims, expires_at: datetime) -> Principal:
    """The GUEST principal of a verified guest token, while its link still grants access."""
    link_id = parse_pk(claims.subject.removeprefix(GUEST_SUBJECT))
    booking_id = parse_pk(claims.booking or "")
    principal = (
        await guest_principal(link_id, booking_id, expires_at) if link_id and booking_id else None
    )
    if principal is None:
        raise Unauthenticated(N_("The token is invalid."))
    return principal
