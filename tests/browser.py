"""A real ``roost serve`` and Debian's headless Chromium, for the browser tests.

``serve_roost`` starts the server as a subprocess on the session database; the ``browser``
fixture is a fresh Chromium that can resolve no host but 127.0.0.1, as on a machine
without internet. Screenshots go to ``var/test-artefacts/``. Test modules import the
fixture (``from tests.browser import browser_fixture``) and mark themselves with ``needs_chromium``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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
#: Skips a module when Debian's chromium and chromium-driver are missing.
needs_chromium = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Debian's chromium and chromium-driver are not installed "
    "(make test installs them when run as root)",
)

ARTEFACTS = Path(__file__).resolve().parents[1] / "var" / "test-artefacts"
#: Seconds to wait for something the page should show.
WAIT = 20.0
T = TypeVar("T")


# --- the server -------------------------------------------------------------------------


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


@contextlib.contextmanager
def serve_roost(world: DemoWorld, var_dir: Path, **env: str) -> Iterator[str]:
    """A real ``roost serve`` on the session database, configured by ``env``; its base URL.

    Its ``ROOST_PUBLIC_URL`` is that URL, so the edit links it puts in e-mails open it.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ROOST_")}
    environment |= {
        "ROOST_PUBLIC_URL": url,
        "ROOST_DATABASE_URL": world.settings.database_url,
        "ROOST_JWT_SECRET": TEST_SECRET,
        "ROOST_VAR_DIR": str(var_dir),
        "ROOST_WORKER_IN_SERVE": "0",
        "ROOST_LOG_LEVEL": "WARNING",
        **env,
    }
    log = (var_dir / "serve.log").open("w")
    command = [str(Path(sys.executable).with_name("roost")), "serve", "--port", str(port)]
    process = subprocess.Popen(command, env=environment, stdout=log, stderr=subprocess.STDOUT)
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

    def csp_violations(self) -> list[str]:
        """Console messages about the page's Content-Security-Policy."""
        self.drain_logs()
        return [e["message"] for e in self.console if "Content Security Policy" in e["message"]]

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


def chromium(user_data_dir: Path, window: str = "1400,900") -> WebDriver:
    """A headless Chromium that can resolve no host but 127.0.0.1 (no internet)."""
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
        f"--window-size={window}",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        f"--user-data-dir={user_data_dir}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(WAIT)
    return driver


@pytest.fixture(name="browser")
def browser_fixture(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Browser]:
    """A fresh headless Chromium; a screenshot of its last page when the test ends."""
    driver = chromium(tmp_path / "chromium")
    try:
        yield Browser(driver)
    finally:
        Browser(driver).screenshot(request.node.name.replace("/", "_"))
        driver.quit()
