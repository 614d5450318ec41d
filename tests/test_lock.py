"""Reproducible installs: every declared dependency is pinned in the lock files, and every
third-party module the code imports is a declared dependency."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
RUNTIME = [Requirement(r) for r in PROJECT["dependencies"]]
DEV = [Requirement(r) for r in PROJECT["optional-dependencies"]["dev"]]
PINNED = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", re.MULTILINE)
PACKAGES = (
    "roost",
    "models",
    "resolvers",
    "schema",
    "subscriptions",
    "compiled",
    "tests",
    "bench",
)


def pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text()
    return {canonicalize_name(name): version for name, version in PINNED.findall(text)}


@pytest.mark.parametrize(
    ("lock", "requirements"),
    [("requirements.lock", RUNTIME), ("requirements-dev.lock", RUNTIME + DEV)],
)
def test_every_declared_dependency_is_pinned_with_hashes(
    lock: str, requirements: list[Requirement]
) -> None:
    # given
    pinned = pins(lock)

    # then: each requirement has an exact version in the lock that satisfies pyproject.toml
    for requirement in requirements:
        version = pinned.get(canonicalize_name(requirement.name))
        assert version is not None, f"{requirement.name} is missing from {lock}: run make lock"
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{lock} pins {requirement.name}=={version}, pyproject.toml asks {requirement}"
        )
    assert "--hash=sha256:" in (ROOT / lock).read_text()


def test_runtime_lock_carries_no_dev_tools() -> None:
    # given
    runtime = pins("requirements.lock")

    # then
    for tool in ("pytest", "ruff", "aiosmtpd"):
        assert tool not in runtime


def imported_modules(package: str) -> set[str]:
    names: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


def test_every_third_party_import_is_a_declared_dependency() -> None:
    # given
    declared = {canonicalize_name(r.name) for r in RUNTIME + DEV}
    distributions = packages_distributions()
    local = {*PACKAGES, "__future__"}

    # when
    undeclared = {}
    for package in PACKAGES:
        for module in imported_modules(package) - local - set(sys.stdlib_module_names):
            owners = {canonicalize_name(d) for d in distributions.get(module, [module])}
            if not owners & declared:
                undeclared[module] = sorted(owners)

    # then
    assert undeclared == {}
