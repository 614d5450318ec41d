"""The suite itself does not keep what its tests built: a finished test's application and
GraphQL schema are freed (``tests.conftest.forget_applications``), so later tests do not
pay for walking them in every full collection."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from roost.app import create_app
from tests.conftest import DemoWorld, forget_applications

INBOX = "query { inbox(first: 5) { nodes { id subject } } }"


async def test_a_finished_application_and_its_schema_are_freed(world: DemoWorld) -> None:
    # given an application that answered a query and a subscription's document check
    app = create_app(world.settings)
    client = TestClient(TestServer(app))
    await client.start_server()
    response = await client.post(
        "/graphql",
        json={"query": INBOX},
        headers={"Authorization": f"Bearer {world.tokens['CUSTOMER']}"},
    )
    assert response.status == 200
    assert (await response.json())["data"]["inbox"]["nodes"]
    view: Any = next(r.handler for r in app.router.routes() if r.resource.canonical == "/graphql")
    freed = {"application": weakref.ref(app), "schema": weakref.ref(view.schema)}
    # when it is closed and the suite forgets it
    await client.close()
    del app, client, response, view
    forget_applications()
    gc.collect()
    # then nothing keeps it or its schema
    assert [name for name, ref in freed.items() if ref() is not None] == []
