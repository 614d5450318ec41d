"""``roost import FILE``, run for real in subprocesses on the session database.

The records are generated with bench/ingest.py's generator under a tag of each test's
own, so the counts are the test's records only.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from uuid import uuid4

import models as m
from bench.ingest import generate_records, write_records
from resolvers.ingest_records import MAX_RECORDS
from tests.conftest import TEST_SECRET, DemoWorld

ROOST = Path(sys.executable).with_name("roost")


def environment(world: DemoWorld) -> dict[str, str]:
    """``roost``'s environment for the session database."""
    return {
        **os.environ,
        "ROOST_DATABASE_URL": world.settings.database_url,
        "ROOST_JWT_SECRET": TEST_SECRET,
        "ROOST_VAR_DIR": str(world.settings.var_dir),
        "ROOST_LOG_LEVEL": "WARNING",
    }


def roost_import(world: DemoWorld, path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``roost import PATH`` to the end."""
    return subprocess.run(
        [str(ROOST), "import", str(path)],
        env=environment(world),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


async def noted_services() -> list[m.Service]:
    """The services with the "notes" field the generated records fill (other tests add
    services without)."""
    return list(await m.Service.filter(field_definitions__key="notes").distinct().order_by("id"))


async def records_file(tmp_path: Path, count: int) -> tuple[Path, str]:
    """A JSON Lines file of ``count`` generated records, and their reference tag."""
    tag = f"T{uuid4().hex[:8].upper()}"
    path = tmp_path / "records.jsonl"
    write_records(path, generate_records(count, await noted_services(), tag))
    return path, tag


async def imported(tag: str) -> int:
    """How many bookings of the tagged records exist."""
    return await m.Booking.filter(external_reference__startswith=f"{tag}-").count()


async def import_killed(world: DemoWorld, path: Path, tag: str) -> None:
    """Run ``roost import PATH`` and kill it once its first batch is written."""
    running = await asyncio.create_subprocess_exec(
        str(ROOST),
        "import",
        str(path),
        env=environment(world),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while await imported(tag) < MAX_RECORDS and running.returncode is None:
        assert time.monotonic() < deadline, "the first batch was never written"
        await asyncio.sleep(0.01)
    running.send_signal(signal.SIGKILL)
    await running.wait()


async def test_an_import_reports_counts_failed_lines_and_progress(
    orm: None, world: DemoWorld, tmp_path: Path
) -> None:
    # given 20 records, then a line that is not JSON and a record without a start date
    path, tag = await records_file(tmp_path, 20)
    with path.open("a") as out:
        out.write("{not json\n")
        out.write(json.dumps({"externalReference": f"{tag}-bad", "status": "OPTION"}) + "\n")
    # when it is imported
    done = roost_import(world, path)
    # then 20 bookings are created and the two bad lines are named with their reasons
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "created 20, changed 0, unchanged 0, failed 2"
    assert lines[1].startswith("line 21: INVALID_JSON")
    assert lines[2].startswith("line 22: ")
    assert "startsAt: REQUIRED" in lines[2]
    assert await imported(tag) == 20
    # and the progress, with records per second, went to standard error
    assert "records/s" in done.stderr


async def test_a_rerun_after_an_interruption_completes_and_then_changes_nothing(
    orm: None, world: DemoWorld, tmp_path: Path
) -> None:
    # given an import of five batches killed once its first batch is written
    total = 5 * MAX_RECORDS
    path, tag = await records_file(tmp_path, total)
    await import_killed(world, path, tag)
    before = await imported(tag)
    assert 0 < before < total
    # when the import is run again
    rerun = roost_import(world, path)
    # then it writes the rest, and a third run finds everything unchanged
    assert rerun.returncode == 0, rerun.stderr
    created, changed, unchanged = (
        int(part.split()[1]) for part in rerun.stdout.splitlines()[0].split(", ")[:3]
    )
    assert created + changed + unchanged == total
    assert created >= total - before
    assert await imported(tag) == total
    again = roost_import(world, path)
    assert again.stdout.splitlines()[0] == f"created 0, changed 0, unchanged {total}, failed 0"
