"""Helpers for the administration tests: calling a mutation as a role, refusals per policy."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID

import models as m
from models.policy import MUTATIONS
from roost import db
from roost.auth import mint_token
from roost.demo import ACCOUNTS
from tests.conftest import Api, DemoWorld

#: Every role with a demo token (GUEST: the session's self-service link).
ROLES: list[m.Role] = [role for role in m.Role if role.value in ACCOUNTS or role is m.Role.GUEST]


def refused_roles(mutation: str) -> list[Any]:
    """A pytest parameter for every role the policy does not allow to call ``mutation``."""
    return [
        pytest.param(role, id=f"{mutation}-{role.value}")
        for role in ROLES
        if role not in MUTATIONS[mutation]
    ]


def gid(type_name: str, pk: int) -> str:
    """The global id of row ``pk`` of ``type_name``."""
    return str(GlobalID(type_name, str(pk)))


def unique(prefix: str) -> str:
    """A name no other test uses."""
    return f"{prefix}-{uuid4().hex[:8]}"


async def call(api: Api, who: str | m.User, document: str, input: dict[str, Any]) -> dict[str, Any]:
    """The payload of the one mutation in ``document``, sent as a demo role or an account."""
    if isinstance(who, str):
        body = await api.query(who, document, {"input": input})
    else:
        token = mint_token(api.world.settings, who)
        status, body = await api.post(document, {"input": input}, token=token)
        assert status == 200, body
    assert "errors" not in body, body
    (payload,) = body["data"].values()
    return payload


def codes(payload: dict[str, Any]) -> list[tuple[str, str | None]]:
    """``(code, field)`` of every user error of a payload."""
    return [(error["code"], error["field"]) for error in payload["errors"]]


@pytest.fixture
async def forget_new_staff(world: DemoWorld) -> AsyncIterator[None]:
    """Remove the provider staff accounts a test created: they would otherwise join the demo
    provider's threads and get e-mails that other tests count."""
    async with db.database(world.settings):
        before = set(await m.User.all().values_list("id", flat=True))
    yield
    async with db.database(world.settings):
        created = set(await m.User.all().values_list("id", flat=True)) - before
        await m.User.filter(id__in=created, role=m.Role.PROVIDER_STAFF).delete()
