"""npm packages the tests need, installed once into ``var/test-cache`` (under a file lock, so
the SQLite and PostgreSQL halves of ``make test`` can ask for them at the same time)."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from pathlib import Path

import pytest

CACHE = Path(__file__).resolve().parent.parent / "var" / "test-cache"
#: Seconds npm may take to install a package set.
INSTALL_TIMEOUT = 300


def npm_packages(folder: str, packages: tuple[str, ...], marker: str) -> Path:
    """``var/test-cache/<folder>``, where ``packages`` are installed once; ``marker`` is a
    file under its node_modules that exists once the installation is complete. Skips the
    test, saying why, without npm."""
    if shutil.which("npm") is None:
        pytest.skip(f"npm is needed to install {', '.join(packages)}; install Node.js 20+")
    prefix = CACHE / folder
    prefix.mkdir(parents=True, exist_ok=True)
    with (CACHE / f"{folder}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (prefix / "node_modules" / marker).exists():
            subprocess.run(
                ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", *packages],
                check=True,
                capture_output=True,
                timeout=INSTALL_TIMEOUT,
            )
    return prefix
