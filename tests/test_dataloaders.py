"""Listing bookings with their relations runs a constant number of SQL statements."""

from __future__ import annotations

from tests.conftest import Api
from tests.sqlcount import count_statements

BOOKINGS_WITH_RELATIONS = """
query ($first: Int!) {
  bookings(first: $first) {
    totalCount
    edges { node {
      reference commission
      customer { name email phone organisation { name } }
      provider { name }
      service { name fieldDefinitions { key } }
      participants { name }
      invoices { number lines { amount } payments { amount } }
      fieldValues { value definition { key } participant { name } }
      tickets { status }
    } }
  }
}
"""


async def statements_for(api: Api, first: int) -> int:
    with count_statements() as counter:
        body = await api.query("ADMIN", BOOKINGS_WITH_RELATIONS, {"first": first})
    assert "errors" not in body, body["errors"]
    assert len(body["data"]["bookings"]["edges"]) == first
    return len(counter.statements)


async def test_fifty_bookings_cost_the_same_statements_as_five(api: Api) -> None:
    # given the demo data (about 50 bookings), read as an admin who sees them all
    # when listing 5, then 50 bookings with every nested relation
    five = await statements_for(api, 5)
    fifty = await statements_for(api, 50)
    # then the number of SQL statements does not grow with the page
    assert fifty == five
    assert five <= 16
