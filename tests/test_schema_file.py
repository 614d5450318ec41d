"""The checked-in ``schema.graphql`` is exactly what ``roost export-schema`` prints."""

from __future__ import annotations

import difflib
from pathlib import Path

from schema import build_schema
from tests.conftest import make_settings

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"


def test_schema_graphql_is_up_to_date(tmp_path: Path) -> None:
    # given the schema the server builds (what `roost export-schema > schema.graphql` writes)
    settings = make_settings("sqlite://:memory:", tmp_path)
    expected = build_schema(settings).as_str() + "\n"
    # when reading the checked-in file
    committed = SCHEMA_FILE.read_text()
    # then they are identical
    diff = "".join(
        difflib.unified_diff(
            committed.splitlines(keepends=True),
            expected.splitlines(keepends=True),
            "schema.graphql (committed)",
            "schema.graphql (built)",
            n=2,
        )
    )
    assert committed == expected, f"schema.graphql is out of date: run `make schema`\n{diff}"
