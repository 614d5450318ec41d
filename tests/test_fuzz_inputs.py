"""Property: no string from outside makes a request fail with an internal error.

Every root field with a string argument (every mutation, every filter and lookup) is
found from the schema's introspection. For each, hypothesis picks one place a string goes
(String, ID and the string-encoded scalars, at any depth of its input objects) and puts
arbitrary text there: NUL characters, lone surrogates, control characters, right-to-left
marks, huge unicode, SQL and LIKE metacharacters. Everything else is valid (ids of rows
that exist), so the text gets as far into the use case as it can. Each request is sent
as one of several demo roles (or anonymously) to a real server with its own demo
database, since the mutations really write there. The answer must never be a 5xx nor an
``INTERNAL_SERVER_ERROR``, and always has ``data`` or ``errors``. Run on PostgreSQL too,
where NUL in text is refused by the database.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    Undefined,
    build_client_schema,
    build_schema,
    get_named_type,
    introspection_from_schema,
    is_leaf_type,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_aiohttp import AiohttpClient
from strawberry.relay import GlobalID

from roost.app import create_app
from tests.conftest import DemoWorld, demo_world, fresh_database

#: The schema as clients see it, through introspection.
SCHEMA = build_client_schema(
    introspection_from_schema(
        build_schema((Path(__file__).parent.parent / "schema.graphql").read_text())
    )
)
#: Scalars whose values travel as strings, fuzzed like String.
STRING_SCALARS = {"String", "ID", "Date", "DateTime", "Decimal"}
#: Text no one types, but anyone can send.
NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",
    "a\udfffb",
    "\u202eevil",
    "\ufeff",
    "\r\n\t\x0b\x0c\x1b[31m",
    "%",
    "_",
    "\\",
    "'; DROP TABLE bookings; --",
    '"',
    "\U0001f4a9" * 5_000,
    "x" * 70_000,
    "9" * 40,
    "-1",
    "NaN",
    "null",
]
ALL_CHARACTERS = st.characters(exclude_categories=())
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(ALL_CHARACTERS, max_size=40),
    st.sampled_from(NASTY),
    st.text(st.sampled_from("\x00\x01\x7f\u0085\u2028\ud800\U0010ffff"), min_size=1),
)
#: Callers, the admin (who reaches every row) most often.
ROLES = ["ADMIN", "ADMIN", "ADMIN", "AGENT", "CUSTOMER", "PROVIDER_STAFF", "GUEST", None]

EXISTING_IDS = """
{
  bookings(first: 5) { edges { node { id provider { id } invoices { id } } } }
  inbox(first: 5) { edges { node { id } } }
}
"""


def fuzzed_fields() -> list[tuple[str, str]]:
    """``(operation, field)`` for every root field with a string argument (at any depth)."""
    roots = [("mutation", SCHEMA.mutation_type), ("query", SCHEMA.query_type)]
    return [
        (operation, name)
        for operation, root in roots
        if root is not None
        for name in root.fields
        if field_slots(operation, name)
    ]


def document(operation: str, name: str) -> str:
    """A request for root field ``name`` with every argument passed as a variable."""
    field = root_field(operation, name)
    declared = ", ".join(f"${arg}: {spec.type}" for arg, spec in field.args.items())
    passed = ", ".join(f"{arg}: ${arg}" for arg in field.args)
    selection = "" if is_leaf_type(get_named_type(field.type)) else " { __typename }"
    return f"{operation} ({declared}) {{ {name}({passed}){selection} }}"


#: Ids of existing rows by type name.
Ids = dict[str, list[str]]
#: A path to one string inside a field's arguments: argument, input fields, ``[]`` for items.
Slot = tuple[str, ...]


def slots(kind: GraphQLInputType, path: Slot = ()) -> Iterator[Slot]:
    """Every place a string can go in a value of ``kind``."""
    kind = kind.of_type if isinstance(kind, GraphQLNonNull) else kind
    if isinstance(kind, GraphQLList):
        yield from slots(kind.of_type, (*path, "[]"))
    elif isinstance(kind, GraphQLInputObjectType):
        for name, spec in kind.fields.items():
            yield from slots(spec.type, (*path, name))
    elif isinstance(kind, GraphQLScalarType) and kind.name in STRING_SCALARS:
        yield path


def field_slots(operation: str, name: str) -> list[Slot]:
    """Every place a string can go in the arguments of root field ``name``."""
    field = root_field(operation, name)
    return [slot for arg, spec in field.args.items() for slot in slots(spec.type, (arg,))]


def value_of(
    kind: GraphQLInputType, ids: Ids, slot: Slot | None, name: str
) -> st.SearchStrategy[Any]:
    """A valid value of ``kind`` (argument or field ``name``), fuzzed text at ``slot``.

    ``slot`` ``()`` is this very value; ``None``: nothing inside is fuzzed.
    """
    if slot == ():
        return TEXT
    required = isinstance(kind, GraphQLNonNull)
    kind = kind.of_type if isinstance(kind, GraphQLNonNull) else kind
    if slot is None and not required:
        return st.none()
    if isinstance(kind, GraphQLList):
        inner = slot[1:] if slot else None
        return st.lists(value_of(kind.of_type, ids, inner, name), min_size=1, max_size=1)
    if isinstance(kind, GraphQLInputObjectType):
        return st.fixed_dictionaries(
            {
                field: value_of(
                    spec.type, ids, slot[1:] if slot and slot[0] == field else None, field
                )
                for field, spec in kind.fields.items()
                if (slot and slot[0] == field)
                or (isinstance(spec.type, GraphQLNonNull) and spec.default_value is Undefined)
            }
        )
    if isinstance(kind, GraphQLEnumType):
        return st.sampled_from(list(kind.values))
    assert isinstance(kind, GraphQLScalarType)
    if kind.name == "ID":
        return st.sampled_from(ids_for(name, ids))
    return PLAIN[kind.name]


#: Valid values of each scalar, for the arguments not being fuzzed.
PLAIN: dict[str, st.SearchStrategy[Any]] = {
    "String": st.sampled_from(["hello", "Grüße, ça va ?"]),
    "Int": st.integers(min_value=0, max_value=10),
    "Float": st.just(1.5),
    "Boolean": st.booleans(),
    "Date": st.just("2031-06-01"),
    "DateTime": st.just("2031-06-01T10:00:00+00:00"),
    "Decimal": st.just("10.00"),
    "JSON": st.just({}),
    "Upload": st.none(),
}
#: Argument names whose ids are of another type than their name says.
ID_TYPES = {"provider": "Organisation"}


def ids_for(name: str, ids: Ids) -> list[str]:
    """Existing ids for argument ``name`` (``threadId``: threads), else ids of any type."""
    stem = name.removesuffix("s").removesuffix("Id")
    kind = ID_TYPES.get(stem, stem[:1].upper() + stem[1:])
    return ids.get(kind) or [i for of_kind in ids.values() for i in of_kind]


def root_field(operation: str, name: str) -> GraphQLField:
    """Root field ``name`` of the mutation or the query type."""
    root = SCHEMA.mutation_type if operation == "mutation" else SCHEMA.query_type
    assert root is not None
    return root.fields[name]


def arguments(operation: str, name: str, ids: Ids) -> st.SearchStrategy[dict[str, Any]]:
    """Variables for root field ``name``: one string slot fuzzed, the rest valid."""
    field = root_field(operation, name)
    return st.sampled_from(field_slots(operation, name)).flatmap(
        lambda slot: st.fixed_dictionaries(
            {
                arg: value_of(spec.type, ids, slot[1:] if slot[0] == arg else None, arg)
                for arg, spec in field.args.items()
            }
        )
    )


@pytest.fixture(scope="module")
def fuzz_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoWorld]:
    """A demo database of this module's own: the fuzzed mutations write to it."""
    for url in fresh_database(tmp_path_factory):
        yield demo_world(url, tmp_path_factory)


@pytest.fixture
async def fuzz_client(aiohttp_client: AiohttpClient, fuzz_world: DemoWorld) -> TestClient:
    """A running server on the fuzzing database."""
    return await aiohttp_client(create_app(fuzz_world.settings))


@pytest.fixture
async def real_ids(fuzz_client: TestClient, fuzz_world: DemoWorld) -> Ids:
    """Ids of bookings, their providers and invoices, and threads: targets that exist."""
    response = await fuzz_client.post(
        "/graphql",
        json={"query": EXISTING_IDS},
        headers={"Authorization": f"Bearer {fuzz_world.tokens['ADMIN']}"},
    )
    text = await response.text()
    ids: Ids = {}
    for key, value in _pairs(json.loads(text)):
        if key == "id" and value not in ids.get(kind := GlobalID.from_id(value).type_name, []):
            ids.setdefault(kind, []).append(value)
    assert set(ids) == {"Booking", "Organisation", "Invoice", "Thread"}, text
    return ids


def _pairs(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, item
            yield from _pairs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _pairs(item)


@pytest.mark.parametrize(("operation", "name"), fuzzed_fields())
async def test_no_string_argument_causes_an_internal_error(
    fuzz_client: TestClient, fuzz_world: DemoWorld, real_ids: Ids, operation: str, name: str
) -> None:
    query = document(operation, name)

    @settings(
        max_examples=60,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(role=st.sampled_from(ROLES), variables=arguments(operation, name, real_ids))
    def check(role: str | None, variables: dict[str, Any]) -> None:
        # given a request as some role whose string arguments are arbitrary text
        # when it is sent
        status, body = asyncio.run_coroutine_threadsafe(
            send(fuzz_client, fuzz_world, role, query, variables), loop
        ).result(timeout=30)
        # then it is answered, as data or as errors the caller caused, never a server failure
        assert status < 500, (status, body)
        assert "data" in body or "errors" in body, body
        codes = [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
        assert "INTERNAL_SERVER_ERROR" not in codes, body

    # hypothesis drives a plain function: it runs in a thread and sends on this loop.
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(check)


async def send(
    client: TestClient, world: DemoWorld, role: str | None, query: str, variables: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """POST the request as ``role``; the status and the JSON body."""
    headers = {"Content-Type": "application/json"}
    if role:
        headers["Authorization"] = f"Bearer {world.tokens[role]}"
    # json.dumps escapes lone surrogates as \\uXXXX, as a JavaScript client would send them.
    data = json.dumps({"query": query, "variables": variables})
    response = await client.post("/graphql", data=data, headers=headers)
    return response.status, await response.json()
