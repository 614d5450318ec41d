"""GraphiQL and a portal on another origin, in a real headless Chromium (Debian's).

A real ``roost serve`` runs on the session database; a portal page is served by two tiny
static servers on other ports, one listed in ``ROOST_CORS_ORIGINS`` and one not. Chromium
can resolve no host but 127.0.0.1, as on a machine without internet. Screenshots go to
``var/test-artefacts/``.
"""

from __future__ import annotations

import functools
import json
import threading
import urllib.parse
import uuid
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By

from tests.browser import (  # noqa: F401 - browser_fixture is the `browser` fixture
    Browser,
    browser_fixture,
    graphql,
    needs_chromium,
    serve_roost,
    wait_for,
)
from tests.conftest import DemoWorld

pytestmark = needs_chromium

PAGES = Path(__file__).resolve().parent / "pages"

CONFIRMED_BOOKINGS = """
query { bookings(first: 100, filter: {status: [CONFIRMED]}) { nodes { id provider { name } } } }
"""
START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code message } }
}
"""
SEND_MESSAGE = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq body } errors { code message } }
}
"""
ME = "{ me { name role } }"
MESSAGE_ADDED = "subscription { messageAdded(threadId: %s, afterSeq: %d) { seq body authorName } }"


# --- the servers ------------------------------------------------------------------------


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the test output stays readable."""


@pytest.fixture(scope="module")
def portal_origins() -> Iterator[dict[str, str]]:
    """The portal page served on two origins: ``allowed`` (listed) and ``other`` (not)."""
    handler = functools.partial(_QuietHandler, directory=str(PAGES))
    servers = {
        name: ThreadingHTTPServer(("127.0.0.1", 0), handler) for name in ("allowed", "other")
    }
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {name: f"http://127.0.0.1:{s.server_address[1]}" for name, s in servers.items()}
    for server in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def roost(
    world: DemoWorld, portal_origins: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A real ``roost serve`` on the session database; its base URL."""
    var_dir = tmp_path_factory.mktemp("browser-var")
    with serve_roost(world, var_dir, ROOST_CORS_ORIGINS=portal_origins["allowed"]) as url:
        yield url


@pytest.fixture(scope="module")
def thread_id(roost: str, world: DemoWorld) -> str:
    """A thread CUSTOMER opened on a confirmed booking; AGENT writes into it."""
    nodes = graphql(roost, world.tokens["CUSTOMER"], CONFIRMED_BOOKINGS)["bookings"]["nodes"]
    variables = {"input": {"bookingId": nodes[0]["id"], "body": "Opened from a browser test."}}
    payload = graphql(roost, world.tokens["CUSTOMER"], START_THREAD, variables)["startThread"]
    assert payload["errors"] == [], payload
    return payload["thread"]["id"]


def agent_says(roost: str, world: DemoWorld, thread: str, body: str) -> int:
    """AGENT sends ``body`` into ``thread``; the message's seq."""
    variables = {"input": {"threadId": thread, "body": body, "clientMessageId": body}}
    payload = graphql(roost, world.tokens["AGENT"], SEND_MESSAGE, variables)["sendMessage"]
    assert payload["errors"] == [], payload
    return payload["message"]["seq"]


# --- GraphiQL ---------------------------------------------------------------------------


def open_graphiql(browser: Browser, roost: str, query: str) -> None:
    """Open GraphiQL at /graphql with ``query`` in its editor; wait until it has rendered."""
    browser.driver.get(f"{roost}/graphql#{urllib.parse.urlencode({'query': query})}")
    wait_for(
        "GraphiQL to render",
        lambda: browser.driver.find_elements(By.CSS_SELECTOR, ".graphiql-execute-button"),
    )


def set_headers(browser: Browser, headers: dict[str, str]) -> None:
    """Type ``headers`` into GraphiQL's Headers editor."""
    tab = wait_for(
        "the Headers tab",
        lambda: [
            b
            for b in browser.driver.find_elements(By.CSS_SELECTOR, ".graphiql-editor-tools button")
            if b.text == "Headers"
        ],
    )
    tab[0].click()
    editor = wait_for(
        "the Headers editor",
        lambda: [
            e
            for e in browser.driver.find_elements(
                By.CSS_SELECTOR, ".graphiql-editor-tool .graphiql-editor .CodeMirror"
            )
            if e.is_displayed()
        ],
    )
    browser.driver.execute_script(
        "arguments[0].CodeMirror.setValue(arguments[1])", editor[0], json.dumps(headers)
    )


def run(browser: Browser) -> None:
    """Press GraphiQL's run button."""
    browser.driver.find_element(By.CSS_SELECTOR, ".graphiql-execute-button").click()


def result_containing(browser: Browser, expected: str) -> str:
    """GraphiQL's result pane, once it contains ``expected``."""

    def result() -> str | None:
        text = browser.driver.execute_script(
            "const e = document.querySelector('.result-window .CodeMirror');"
            "return e ? e.CodeMirror.getValue() : '';"
        )
        return text if expected in text else None

    return wait_for(f"{expected!r} in GraphiQL's result", result)


def test_graphiql_renders_with_no_request_to_another_host(browser: Browser, roost: str) -> None:
    # given a browser that can reach nothing but this server
    # when it opens GraphiQL
    open_graphiql(browser, roost, ME)
    # then GraphiQL is there, with its editors
    assert browser.driver.find_elements(By.CSS_SELECTOR, ".graphiql-container .CodeMirror")
    # and every file came from this server, none was refused by the page's policy
    urls = browser.network_urls()
    assert any(u.endswith("/static/graphiql/vendor/graphiql.min.js") for u in urls), urls
    assert [u for u in urls if not u.startswith(roost)] == []
    assert browser.csp_violations() == []


def test_a_query_with_an_authorization_header_returns_data_in_graphiql(
    browser: Browser, roost: str, world: DemoWorld
) -> None:
    # given GraphiQL with a customer's token in the Headers editor
    open_graphiql(browser, roost, ME)
    set_headers(browser, {"Authorization": f"Bearer {world.tokens['CUSTOMER']}"})
    # when the query runs
    run(browser)
    result = json.loads(result_containing(browser, '"role"'))
    # then the page shows the customer's own data
    assert result["data"]["me"]["role"] == "CUSTOMER", result
    assert browser.csp_violations() == []


def test_a_subscription_in_graphiql_receives_an_event(
    browser: Browser, roost: str, world: DemoWorld, thread_id: str
) -> None:
    # given GraphiQL subscribed, with a customer's token, to new messages of their thread
    last_seq = agent_says(roost, world, thread_id, f"before-{uuid.uuid4().hex[:8]}")
    open_graphiql(browser, roost, MESSAGE_ADDED % (json.dumps(thread_id), last_seq))
    set_headers(browser, {"Authorization": f"Bearer {world.tokens['CUSTOMER']}"})
    run(browser)
    browser.wait_for_frame_sent('"subscribe"')
    # when an agent answers in the thread
    body = f"live-{uuid.uuid4().hex[:8]}"
    agent_says(roost, world, thread_id, body)
    # then the message appears in GraphiQL's result, over the WebSocket
    result = json.loads(result_containing(browser, body))
    assert result["data"]["messageAdded"]["seq"] == last_seq + 1, result
    assert any(u.startswith(roost.replace("http", "ws")) for u in browser.network_urls())
    assert browser.csp_violations() == []


# --- a portal on another origin ---------------------------------------------------------


def open_portal(
    browser: Browser, origin: str, roost: str, world: DemoWorld, thread: str, after: int
) -> None:
    """Open the portal page on ``origin``, configured for the customer and ``thread``."""
    fragment = urllib.parse.urlencode(
        {
            "api": f"{roost}/graphql",
            "token": world.tokens["CUSTOMER"],
            "thread": thread,
            "afterSeq": after,
        }
    )
    browser.driver.get(f"{origin}/portal.html#{fragment}")


def test_a_portal_on_an_allowed_origin_queries_and_subscribes(
    browser: Browser, roost: str, world: DemoWorld, thread_id: str, portal_origins: dict[str, str]
) -> None:
    # given the customer's portal on an origin listed in ROOST_CORS_ORIGINS
    last_seq = agent_says(roost, world, thread_id, f"before-{uuid.uuid4().hex[:8]}")
    open_portal(browser, portal_origins["allowed"], roost, world, thread_id, last_seq)
    # when it queries with fetch() and a Bearer token, and subscribes over a WebSocket
    query = browser.text_once("query", lambda text: text != "pending")
    browser.text_once("socket", lambda text: text == "subscribed")
    body = f"portal-{uuid.uuid4().hex[:8]}"
    agent_says(roost, world, thread_id, body)
    # then the query returned the customer's data and the new message arrived live
    assert json.loads(query)["data"]["me"]["role"] == "CUSTOMER", query
    events = browser.text_once("events", lambda text: body in text)
    assert events == f"{last_seq + 1}:{body};"


def test_a_portal_on_another_origin_is_refused(
    browser: Browser, roost: str, world: DemoWorld, thread_id: str, portal_origins: dict[str, str]
) -> None:
    # given the same page on an origin that is not listed (it holds a valid token)
    last_seq = agent_says(roost, world, thread_id, f"before-{uuid.uuid4().hex[:8]}")
    open_portal(browser, portal_origins["other"], roost, world, thread_id, last_seq)
    # when it tries the same query and subscription
    query = browser.text_once("query", lambda text: text != "pending")
    socket_state = browser.text_once("socket", lambda text: text.startswith("closed"))
    # then the browser blocked the query (its preflight was refused) and the server refused
    # the WebSocket handshake: the page read nothing and never subscribed
    assert query.startswith("failed: TypeError"), query
    assert socket_state == "closed 1006", socket_state
    browser.drain_logs()
    assert not [f for f in browser.frames_sent if '"subscribe"' in f]
    assert browser.text("events") == ""
