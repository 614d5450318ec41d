"""GraphiQL and a portal on another origin, in a real headless Chromium (Debian's).

A real ``roost serve`` runs on the session database; a portal page is served by two tiny
static servers on other ports, one listed in ``ROOST_CORS_ORIGINS`` and one not. Chromium
can resolve no host but 127.0.0.1, as on a machine without internet. Screenshots go to
``var/test-artefacts/``.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from tests.conftest import TEST_SECRET, DemoWorld

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Debian's chromium and chromium-driver are not installed "
    "(make test installs them when run as root)",
)

ARTEFACTS = Path(__file__).resolve().parents[1] / "var" / "test-artefacts"
PAGES = Path(__file__).resolve().parent / "pages"
#: Seconds to wait for something the page should show.
WAIT = 20.0
T = TypeVar("T")

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


def free_port() -> int:
    """A local TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(what: str, probe: Callable[[], T | None], within: float = WAIT) -> T:
    """Poll ``probe`` until it returns something truthy; fail naming ``what``."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if result := probe():
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


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
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROOST_")}
    env |= {
        "ROOST_DATABASE_URL": world.settings.database_url,
        "ROOST_JWT_SECRET": TEST_SECRET,
        "ROOST_VAR_DIR": str(var_dir),
        "ROOST_WORKER_IN_SERVE": "0",
        "ROOST_CORS_ORIGINS": portal_origins["allowed"],
        "ROOST_LOG_LEVEL": "WARNING",
    }
    log = (var_dir / "serve.log").open("w")
    command = [str(Path(sys.executable).with_name("roost")), "serve", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for("roost serve to answer /healthz", lambda: _answers(url + "/healthz"))
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _answers(url: str) -> bool:
    try:
        with _OPENER.open(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def graphql(base: str, token: str, query: str, variables: dict[str, Any] | None = None) -> Any:
    """POST ``query`` to the server as the holder of ``token``; its ``data``."""
    request = urllib.request.Request(
        f"{base}/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    with _OPENER.open(request, timeout=10) as response:
        body = json.load(response)
    assert not body.get("errors"), body
    return body["data"]


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


# --- the browser ------------------------------------------------------------------------


@dataclass
class Browser:
    """A headless Chromium and what it logged (console, network)."""

    driver: WebDriver
    console: list[dict[str, Any]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    frames_sent: list[str] = field(default_factory=list)

    def drain_logs(self) -> None:
        """Collect the console messages and network events logged since the last call."""
        self.console += self.driver.get_log("browser")
        for entry in self.driver.get_log("performance"):
            event = json.loads(entry["message"])["message"]
            params = event.get("params", {})
            if event["method"] == "Network.requestWillBeSent":
                self.requests.append(params["request"]["url"])
            elif event["method"] == "Network.webSocketCreated":
                self.requests.append(params["url"])
            elif event["method"] == "Network.webSocketFrameSent":
                self.frames_sent.append(params["response"]["payloadData"])

    def network_urls(self) -> list[str]:
        """Every http(s) and ws(s) URL the browser requested (not data: or chrome:)."""
        self.drain_logs()
        schemes = ("http:", "https:", "ws:", "wss:")
        return [url for url in self.requests if url.startswith(schemes)]

    def text(self, element_id: str) -> str:
        """The text of the element with ``element_id``."""
        return self.driver.find_element(By.ID, element_id).text

    def text_once(self, element_id: str, done: Callable[[str], bool]) -> str:
        """The text of ``element_id`` as soon as ``done`` says it is final."""

        def settled() -> str | None:
            text = self.text(element_id)
            return text if done(text) else None

        return wait_for(f"#{element_id} to settle", settled)

    def wait_for_frame_sent(self, containing: str) -> str:
        """The first WebSocket frame the page sent that contains ``containing``."""

        def sent() -> str | None:
            self.drain_logs()
            return next((f for f in self.frames_sent if containing in f), None)

        return wait_for(f"a frame with {containing!r}", sent)

    def screenshot(self, name: str) -> None:
        """Save the page as ``var/test-artefacts/<name>.png``."""
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        self.driver.save_screenshot(str(ARTEFACTS / f"{name}.png"))


@pytest.fixture
def browser(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Browser]:
    """A fresh headless Chromium that can resolve no host but 127.0.0.1 (no internet)."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-proxy-server",
        "--window-size=1400,900",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        f"--user-data-dir={tmp_path / 'chromium'}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(WAIT)
    try:
        yield Browser(driver)
    finally:
        Browser(driver).screenshot(request.node.name.replace("/", "_"))
        driver.quit()


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


def csp_violations(browser: Browser) -> list[str]:
    """Console messages about the page's Content-Security-Policy."""
    browser.drain_logs()
    return [e["message"] for e in browser.console if "Content Security Policy" in e["message"]]


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
    assert csp_violations(browser) == []


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
    assert csp_violations(browser) == []


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
    assert csp_violations(browser) == []


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
