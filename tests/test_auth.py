"""Bearer JWT verification, seen through real HTTP requests to /graphql.

A refused token gives HTTP 401 with ``errors[0].extensions.code == "UNAUTHENTICATED"``
and no ``data``; the role always comes from the database, never from the token.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
import pytest
from aiohttp.test_utils import TestClient
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import models as m
from roost.app import create_app
from roost.settings import ConfigurationError, Settings, load_settings
from tests.conftest import TEST_SECRET, Api, DemoWorld, make_settings
from tests.wsclient import WsClient

ME = "{ me { name } }"
BOOKING_COMMISSIONS = "{ bookings(first: 5) { edges { node { commission } } } }"

AiohttpClient = Callable[..., Awaitable[TestClient]]


def claims(world: DemoWorld, key: str = "CUSTOMER", **overrides: Any) -> dict[str, Any]:
    """Valid claims for demo account ``key``; an override of ``None`` drops the claim."""
    now = datetime.now(UTC)
    base: dict[str, Any] = {
        "sub": str(world.user_ids[key]),
        "iss": world.settings.jwt_issuer,
        "aud": world.settings.jwt_audience,
        "iat": now,
        "exp": now + timedelta(hours=1),
    }
    base.update(overrides)
    return {name: value for name, value in base.items() if value is not None}


def hs256(payload: dict[str, Any], secret: str = TEST_SECRET) -> str:
    """``payload`` signed with HS256 (by default with the test server's secret)."""
    return jwt.encode(payload, secret, algorithm="HS256")


def b64url(data: dict[str, Any]) -> str:
    """Unpadded base64url of a JSON object, as in a JWT segment."""
    raw = json.dumps(data, default=lambda v: int(v.timestamp())).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unsigned(payload: dict[str, Any]) -> str:
    """An ``alg: none`` token built by hand: header, payload and an empty signature."""
    return f"{b64url({'alg': 'none', 'typ': 'JWT'})}.{b64url(payload)}."


async def send(client: TestClient, headers: dict[str, str], query: str = ME) -> tuple[int, Any]:
    """POST ``query`` with raw ``headers``; the status and the JSON body (else the text)."""
    response = await client.post("/graphql", json={"query": query}, headers=headers)
    if response.content_type != "application/json":
        return response.status, {"non-JSON body": await response.text()}
    return response.status, await response.json()


def bearer(token: str) -> dict[str, str]:
    """The Authorization header for ``token``."""
    return {"Authorization": f"Bearer {token}"}


def assert_refused(status: int, body: dict[str, Any]) -> None:
    """The request was refused before execution: 401, UNAUTHENTICATED, no data."""
    assert status == 401, body
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED", body
    assert "data" not in body, body


async def test_a_demo_token_reads_its_own_account(api: Api) -> None:
    # given the demo token of the customer
    token = api.world.tokens["CUSTOMER"]
    # when asking who it is
    status, body = await api.post(ME, token=token)
    # then the server answers with the customer's name
    assert status == 200, body
    assert body == {"data": {"me": {"name": "Claire Martin"}}}


async def test_a_hand_built_token_with_valid_claims_is_accepted(api: Api) -> None:
    # given a token built here with the server's secret and valid claims
    token = hs256(claims(api.world, "ADMIN"))
    # when it is used
    status, body = await api.post(ME, token=token)
    # then it is accepted (so the refusals below are about the defect they introduce)
    assert status == 200, body
    assert body["data"]["me"]["name"] == "Roost Admin"


def tamper(token: str, payload: dict[str, Any]) -> str:
    """``token`` with its payload swapped for ``payload``, keeping the old signature."""
    header, _, signature = token.split(".")
    return f"{header}.{b64url(payload)}.{signature}"


#: Tokens with exactly one defect each, built from the demo world.
DEFECTIVE_TOKENS: dict[str, Callable[[DemoWorld], str]] = {
    "expired": lambda w: hs256(claims(w, exp=datetime.now(UTC) - timedelta(seconds=60))),
    "alg none by hand": lambda w: unsigned(claims(w)),
    "wrong secret": lambda w: hs256(claims(w), secret="another-secret-" + "y" * 40),
    "wrong audience": lambda w: hs256(claims(w, aud="someone-else")),
    "wrong issuer": lambda w: hs256(claims(w, iss="https://evil.example")),
    "no exp": lambda w: hs256(claims(w, exp=None)),
    "no iat": lambda w: hs256(claims(w, iat=None)),
    "no sub": lambda w: hs256(claims(w, sub=None)),
    "unknown user": lambda w: hs256(claims(w, sub="999999")),
    "non-numeric sub": lambda w: hs256(claims(w, sub="admin")),
    "unicode digit sub": lambda w: hs256(claims(w, sub="\u00b2")),
    "out-of-range sub": lambda w: hs256(claims(w, sub="9" * 30)),
    "not yet valid": lambda w: hs256(claims(w, nbf=datetime.now(UTC) + timedelta(hours=1))),
    "garbage": lambda w: "not-a-jwt",
    "three garbage segments": lambda w: "abc.def.ghi",
    "tampered payload": lambda w: tamper(hs256(claims(w)), claims(w, "ADMIN")),
}


@pytest.mark.parametrize("case", list(DEFECTIVE_TOKENS))
async def test_a_defective_token_is_refused_with_401(api: Api, case: str) -> None:
    # given a token with one defect
    token = DEFECTIVE_TOKENS[case](api.world)
    # when it is sent
    status, body = await send(api.client, bearer(token))
    # then the request is refused before anything runs
    assert_refused(status, body)


async def test_an_alg_none_token_from_pyjwt_is_refused(api: Api) -> None:
    # given an unsigned token produced by pyjwt itself
    token = jwt.encode(claims(api.world, "ADMIN"), None, algorithm="none")
    # when it is sent
    status, body = await send(api.client, bearer(token))
    # then it is refused
    assert_refused(status, body)


@pytest.mark.parametrize(
    "authorization",
    ["Bearer", "Bearer ", "Bearer    ", "Basic xyz", "Token abc.def.ghi", "bearer-less"],
)
async def test_a_malformed_authorization_header_is_refused(api: Api, authorization: str) -> None:
    # given an Authorization header that is not "Bearer <token>"
    headers = {"Authorization": authorization}
    # when it is sent
    status, body = await send(api.client, headers)
    # then the request is refused
    assert_refused(status, body)


async def test_no_token_gives_a_graphql_error_for_me(api: Api) -> None:
    # given no Authorization header at all
    # when asking who we are
    status, body = await api.post(ME)
    # then the HTTP request succeeds but the field is refused as unauthenticated
    assert status == 200, body
    assert body["data"] == {"me": None}, body
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]


async def test_a_deactivated_user_is_refused(api: Api) -> None:
    # given the customer's account is deactivated (the api fixture has the ORM open)
    user_id = api.world.user_ids["CUSTOMER"]
    await m.User.filter(id=user_id).update(active=False)
    try:
        # when its still unexpired token is used
        status, body = await send(api.client, bearer(api.world.tokens["CUSTOMER"]))
    finally:
        await m.User.filter(id=user_id).update(active=True)
    # then it is refused
    assert_refused(status, body)


async def test_the_role_comes_from_the_database_not_the_token(api: Api) -> None:
    # given the customer's token, plus a claim pretending to be an admin
    token = hs256(claims(api.world, "CUSTOMER", role="ADMIN"))
    admin_status, admin = await api.post(BOOKING_COMMISSIONS, token=api.world.tokens["ADMIN"])
    assert admin_status == 200
    assert "errors" not in admin, admin
    # when reading commissions, which only operator staff may read
    status, body = await api.post(BOOKING_COMMISSIONS, token=token)
    # then the customer is still a customer: the field is forbidden
    assert status == 200, body
    codes = {e["extensions"]["code"] for e in body["errors"]}
    assert codes == {"FORBIDDEN"}, body
    assert all(e["node"]["commission"] is None for e in body["data"]["bookings"]["edges"])


# --- RS256: a server configured with a public key only ---------------------------------


def rsa_key() -> rsa.RSAPrivateKey:
    """A fresh 2048-bit RSA private key."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_pem(key: rsa.RSAPrivateKey) -> str:
    """The PEM (SubjectPublicKeyInfo) of ``key``'s public half."""
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


@pytest.fixture(scope="module")
def signing_key() -> rsa.RSAPrivateKey:
    """The private key whose public half the RS256 server trusts."""
    return rsa_key()


@pytest.fixture
def rs256_settings(world: DemoWorld, signing_key: rsa.RSAPrivateKey) -> Settings:
    """Settings with ROOST_JWT_PUBLIC_KEY and no secret, on the session database."""
    return load_settings(
        {
            "ROOST_DATABASE_URL": world.settings.database_url,
            "ROOST_VAR_DIR": str(world.settings.var_dir),
            "ROOST_JWT_PUBLIC_KEY": public_pem(signing_key),
        }
    )


@pytest.fixture
async def rs256_client(aiohttp_client: AiohttpClient, rs256_settings: Settings) -> TestClient:
    """A running server that verifies RS256 tokens only."""
    assert rs256_settings.jwt_algorithm == "RS256"
    assert rs256_settings.jwt_secret is None
    return await aiohttp_client(create_app(rs256_settings))


async def test_rs256_token_signed_with_the_private_key_is_accepted(
    rs256_client: TestClient, world: DemoWorld, signing_key: rsa.RSAPrivateKey
) -> None:
    # given a token signed with the trusted private key
    token = jwt.encode(claims(world, "AGENT"), signing_key, algorithm="RS256")
    # when it is used
    status, body = await send(rs256_client, bearer(token))
    # then the server accepts it
    assert status == 200, body
    assert body == {"data": {"me": {"name": "Anna Lopez"}}}


async def test_rs256_server_refuses_hs256_keyed_with_its_public_key(
    rs256_client: TestClient, world: DemoWorld, signing_key: rsa.RSAPrivateKey
) -> None:
    # given an HS256 token whose HMAC key is the server's public key (algorithm confusion);
    # pyjwt refuses to sign with a PEM key, so compute the HMAC by hand
    header = b64url({"alg": "HS256", "typ": "JWT"})
    payload = b64url(claims(world, "ADMIN"))
    mac = hmac.new(
        public_pem(signing_key).encode(), f"{header}.{payload}".encode(), hashlib.sha256
    ).digest()
    token = f"{header}.{payload}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"
    # when it is used
    status, body = await send(rs256_client, bearer(token))
    # then it is refused
    assert_refused(status, body)


async def test_rs256_token_from_another_private_key_is_refused(
    rs256_client: TestClient, world: DemoWorld
) -> None:
    # given a token signed by a key the server does not trust
    token = jwt.encode(claims(world, "ADMIN"), rsa_key(), algorithm="RS256")
    # when it is used
    status, body = await send(rs256_client, bearer(token))
    # then it is refused
    assert_refused(status, body)


async def test_rs256_server_refuses_the_demo_hs256_tokens(
    rs256_client: TestClient, world: DemoWorld
) -> None:
    # given a token signed with the shared test secret
    token = world.tokens["ADMIN"]
    # when it is sent to the server that only trusts its public key
    status, body = await send(rs256_client, bearer(token))
    # then it is refused
    assert_refused(status, body)


# --- The longest token lifetime accepted (ROOST_JWT_MAX_TTL_SECONDS) ---


def lived(world: DemoWorld, seconds: int) -> str:
    """A valid customer token issued a minute ago that lives ``seconds`` from issue to expiry."""
    issued = datetime.now(UTC) - timedelta(minutes=1)
    return hs256(claims(world, iat=issued, exp=issued + timedelta(seconds=seconds)))


async def test_a_token_living_longer_than_the_maximum_is_refused(api: Api) -> None:
    # given a well-signed token whose lifetime is one second over the maximum
    limit = api.world.settings.jwt_max_ttl_seconds
    token = lived(api.world, limit + 1)
    # when it is sent
    status, body = await send(api.client, bearer(token))
    # then it is refused, and the caller is told why
    assert_refused(status, body)
    assert "lifetime" in body["errors"][0]["message"], body


async def test_a_token_living_exactly_the_maximum_is_accepted(api: Api) -> None:
    # given a token whose lifetime is the maximum
    token = lived(api.world, api.world.settings.jwt_max_ttl_seconds)
    # when it is sent
    status, body = await send(api.client, bearer(token))
    # then it is accepted
    assert status == 200, body
    assert body == {"data": {"me": {"name": "Claire Martin"}}}


async def test_a_token_living_too_long_cannot_open_a_websocket(api: Api) -> None:
    # given a token living far longer than the maximum (a year)
    token = lived(api.world, 365 * 24 * 3600)
    ws = await WsClient.open(api.client)
    # when it is sent in connection_init
    await ws.init({"authorization": f"Bearer {token}"})
    # then the server closes the socket with 4403
    assert await ws.closed() == 4403


async def test_the_maximum_lifetime_is_configurable(
    aiohttp_client: AiohttpClient, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server that accepts tokens of at most 13 hours (default TTL: 12 hours)
    settings = make_settings(
        world.settings.database_url, tmp_path, ROOST_JWT_MAX_TTL_SECONDS="46800"
    )
    client = await aiohttp_client(create_app(settings))
    # when a 13-hour and a 14-hour token are sent
    accepted, _ = await send(client, bearer(lived(world, 13 * 3600)))
    refused, body = await send(client, bearer(lived(world, 14 * 3600)))
    # then only the first is accepted
    assert accepted == 200
    assert_refused(refused, body)


def test_a_maximum_shorter_than_the_minting_lifetime_is_a_configuration_error(
    tmp_path: Path,
) -> None:
    # given a maximum shorter than the lifetime of the tokens Roost itself mints
    env = {"ROOST_JWT_TTL_SECONDS": "7200", "ROOST_JWT_MAX_TTL_SECONDS": "3600"}
    # when the settings are loaded
    # then they are refused with a message naming both settings
    with pytest.raises(ConfigurationError, match="ROOST_JWT_MAX_TTL_SECONDS"):
        make_settings("sqlite://:memory:", tmp_path, **env)


async def test_a_token_accepted_before_is_refused_once_it_expires(api: Api) -> None:
    # given a token that expires in two seconds, accepted (and so remembered as verified)
    now = datetime.now(UTC).replace(microsecond=0)
    token = hs256(claims(api.world, iat=now, exp=now + timedelta(seconds=2)))
    status, body = await send(api.client, bearer(token))
    assert status == 200, body
    # when it is sent again after its expiry
    await asyncio.sleep((now + timedelta(seconds=2.1) - datetime.now(UTC)).total_seconds())
    status, body = await send(api.client, bearer(token))
    # then it is refused as expired
    assert_refused(status, body)


async def test_a_remembered_token_still_reads_the_account_as_it_is_now(api: Api) -> None:
    # given the customer's token, accepted
    token = api.world.tokens["CUSTOMER"]
    assert (await send(api.client, bearer(token)))[0] == 200
    # when her account is deactivated
    user_id = api.world.user_ids["CUSTOMER"]
    await m.User.filter(id=user_id).update(active=False)
    try:
        status, body = await send(api.client, bearer(token))
    finally:
        await m.User.filter(id=user_id).update(active=True)
    # then the same token is refused at once
    assert_refused(status, body)
