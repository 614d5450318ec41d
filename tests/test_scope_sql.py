"""Row scope written as a SQL condition (``resolvers.scope_sql``), which the compiled reads
and a send's one-statement guard put in their WHERE clause: the same policy conditions,
their values in text order, and a scope it cannot say refused rather than guessed."""

from __future__ import annotations

import pytest

from models import Role
from models.policy import ALL_ROWS, AllOf, AtLeast, Const, RowScope, Scope
from resolvers.principal import Principal
from resolvers.scope_sql import Parameters, UnsayableScope, scope_condition

#: A guest's principal: the booking it may reach, no account.
GUEST = Principal(role=Role.GUEST, user=None, booking_id=7)


def test_a_scope_on_the_row_and_one_relation_becomes_a_condition_with_its_values() -> None:
    # given a guest's scope on the row itself and through its booking
    scope: RowScope = {
        Role.GUEST: (
            Scope("booking_id", "booking_id"),
            AllOf((Const("booking__status", "CONFIRMED"), AtLeast("booking__guests", 2))),
        )
    }
    out = Parameters()
    # when it is written for the thread row and its joined booking
    condition = scope_condition(scope, GUEST, {"": "t", "booking": "b"}, out)
    # then each condition names its alias, and the values follow the text
    assert condition == '("t"."booking_id" = ? OR ("b"."status" = ? AND "b"."guests" >= ?))'
    assert out.params == [7, "CONFIRMED", 2]


def test_numbered_parameters_count_on_from_those_before() -> None:
    # given a statement that already has one value
    out = Parameters(numbered=True)
    out.param("first")
    # when a scope adds its own
    condition = scope_condition(
        {Role.GUEST: (Scope("booking_id", "booking_id"),)}, GUEST, {"": "t"}, out
    )
    # then its placeholder is the second
    assert condition == '("t"."booking_id" = $2)'
    assert out.params == ["first", 7]


@pytest.mark.parametrize(
    "path", ["booking__provider__organisation_id", "invoice__booking_id"], ids=["two", "absent"]
)
def test_a_path_the_statement_does_not_hold_is_refused(path: str) -> None:
    # given a scope through two relations, or through one the statement does not join
    scope: RowScope = {Role.GUEST: (Scope(path, "booking_id"),)}
    # when it is written, then it is refused (the caller falls back to the querysets)
    with pytest.raises(UnsayableScope):
        scope_condition(scope, GUEST, {"": "t", "booking": "b"}, Parameters())


def test_a_role_without_rows_matches_nothing_and_one_with_all_rows_everything() -> None:
    # given a scope whose only condition needs an attribute a guest has not, a scope that
    # leaves the guest out, and one that gives the guest every row
    unmatched: RowScope = {Role.GUEST: (Scope("organisation_id", "organisation_id"),)}
    out = Parameters()
    # then the first two match no row, the last every row, with no value either way
    assert scope_condition(unmatched, GUEST, {"": "t"}, out) == "1 = 0"
    assert scope_condition({}, GUEST, {"": "t"}, out) == "1 = 0"
    assert scope_condition({Role.GUEST: ALL_ROWS}, GUEST, {"": "t"}, out) == "1 = 1"
    assert out.params == []
