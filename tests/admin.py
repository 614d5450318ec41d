"""Helpers for the administration tests: calling a mutation as a role, refusals per policy."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID

import models as m
from models.policy import MUTATIONS
from roost.auth import mint_token
from roost.demo import ACCOUNTS
from tests.conftest import Api

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
