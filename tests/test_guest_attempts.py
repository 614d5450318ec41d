"""Self-service link validation counts guesses atomically, however many arrive at once.

A link locks after :data:`models.selfservice.MAX_LINK_ATTEMPTS` wrong e-mail addresses.
Concurrent guesses must take turns: never more wrong guesses are checked than the limit,
each one told exactly how many are left, and the right address afterwards is refused.
"""

from __future__ import annotations

import asyncio
from typing import Any

import models as m
from models.selfservice import MAX_LINK_ATTEMPTS
from tests.conftest import Api, DemoWorld
from tests.test_selfservice_edits import CLAIRE, codes, validate, venue_case

#: Wrong addresses sent at once.
CONCURRENT_GUESSES = 20


async def guess_at_once(api: Api, token: str, emails: list[str]) -> list[dict[str, Any]]:
    """The ``validateSelfServiceLink`` payloads of ``emails``, all sent concurrently."""
    return list(await asyncio.gather(*(validate(api, token, email) for email in emails)))


async def test_concurrent_wrong_addresses_lock_the_link_after_the_limit(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an edit link of Claire's booking
    _, case = await venue_case(world)
    # when 20 wrong addresses arrive at once, then the right one
    wrong = [f"guess{i}@example.com" for i in range(CONCURRENT_GUESSES)]
    answers = await guess_at_once(api, case.token, wrong)
    right = await validate(api, case.token, CLAIRE)
    # then the right one does not open the link
    assert codes(right) == ["LINK_LOCKED"]
    assert right["accessToken"] is None
    # and only the limit of guesses was checked: each mismatch says how many are left,
    # the last checked one locked the link, every other was refused unchecked
    mismatches = sorted(
        a["errors"][0]["message"] for a in answers if codes(a) == ["EMAIL_MISMATCH"]
    )
    assert len(mismatches) == MAX_LINK_ATTEMPTS - 1
    assert [text[-2:] for text in mismatches] == [f"{n}." for n in range(1, MAX_LINK_ATTEMPTS)]
    assert sum(codes(a) == ["LINK_LOCKED"] for a in answers) == (
        CONCURRENT_GUESSES - MAX_LINK_ATTEMPTS + 1
    )
    link = await m.SelfServiceLink.get(id=case.link.id)
    assert link.failed_attempts == MAX_LINK_ATTEMPTS
    assert link.locked_at is not None
    assert link.opened_at is None


async def test_concurrent_right_addresses_all_open_the_link_and_count_nothing(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an edit link with one wrong guess counted
    _, case = await venue_case(world)
    await validate(api, case.token, "guess@example.com")
    # when the customer opens it from several tabs at once
    answers = await guess_at_once(api, case.token, [CLAIRE] * 8)
    # then every tab gets a guest token and the right address used up no guess
    assert all(a["errors"] == [] and a["accessToken"] for a in answers), answers
    link = await m.SelfServiceLink.get(id=case.link.id)
    assert link.failed_attempts == 1
    assert link.locked_at is None
