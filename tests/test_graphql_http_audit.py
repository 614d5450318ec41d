"""The npm graphql-http audit (GraphQL-over-HTTP conformance) finds no error and no warning.

The audit package is installed once from the npm registry into ``var/test-cache``;
the test is skipped (and says why) when ``node`` or ``npm`` is not installed.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Api
from tests.npm_cache import npm_packages

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "graphql-http-audit.mjs"
#: The audited package and the graphql-js it needs, pinned.
PACKAGES = ("graphql-http@1.23.1", "graphql@16.15.0")
#: Seconds the audit may take.
AUDIT_TIMEOUT = 120


@pytest.fixture(scope="module")
def audit_packages() -> Path:
    """The folder holding the audit's node_modules, installed on first use."""
    if shutil.which("node") is None:
        pytest.skip("node is needed for the graphql-http audit; install Node.js 20+")
    return npm_packages("graphql-http-1.23.1", PACKAGES, "graphql-http/package.json")


async def run_audit(packages: Path, url: str, authorization: str) -> list[dict[str, Any]]:
    """Every audit result the script printed (the server keeps serving meanwhile)."""
    process = await asyncio.create_subprocess_exec(
        "node",
        str(SCRIPT),
        str(packages),
        url,
        authorization,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), AUDIT_TIMEOUT)
    lines = [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]
    results = [line for line in lines if "status" in line]
    assert results, f"the audit printed no result (exit {process.returncode}): {stderr.decode()}"
    return results


async def test_the_graphql_over_http_audit_finds_no_error_and_no_warning(
    api: Api, audit_packages: Path
) -> None:
    # given a running Roost and an authenticated client (introspection needs a token)
    url = str(api.client.make_url("/graphql"))
    authorization = f"Bearer {api.world.tokens['ADMIN']}"
    # when the graphql-http server audits run against it
    results = await run_audit(audit_packages, url, authorization)
    # then none is an error (MUST) or a warning (SHOULD)
    failing = [r for r in results if r["status"] in ("error", "warn")]
    report = "\n".join(f"{r['status']} {r['id']} {r['name']}: {r['reason']}" for r in failing)
    assert not failing, f"{len(failing)} of {len(results)} audits failed:\n{report}"

    assert len(results) > 50
