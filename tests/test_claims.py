"""Claims and refunds: the full path through its roles, every illegal step refused,
pushes over a real WebSocket, e-mails to whoever acts next, and the supplier's view."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID

import models as m
from models.policy import CLAIM_SCOPE, MUTATIONS
from resolvers.claim_notices import publish_claim
from resolvers.principal import Principal
from resolvers.scope import matches
from roost.app import HUB_KEY
from roost.auth import mint_token
from roost.worker import Worker
from subscriptions.channels import ALL_CLAIMS, claim_channel
from tests.admin import gid
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for
from tests.sqlcount import count_statements
from tests.test_attachments import download, png, uploaded
from tests.wsclient import TIMEOUT, WsClient

SUBMIT = """
mutation ($input: SubmitClaimInput!) {
  submitClaim(input: $input) {
    claim { id number status amountRequested currency } errors { code field }
  }
}
"""
CLAIM = """
query ($id: ID!) {
  node(id: $id) {
    ... on Claim {
      number status reason description amountRequested approvedAmount supplierReason
      proposedAmount
      thread { id } supplierThread { id }
      history { fromStatus toStatus actorRole actorName note }
      creditNotes { number amount invoice { status } }
      invoice { status creditNotes { number amount } }
    }
  }
}
"""
CLAIMS = "query { claims(first: 100) { nodes { id } } }"
BOOKING_CLAIMS = "query ($id: ID!) { node(id: $id) { ... on Booking { claims { id } } } }"
UPDATED = "subscription ($id: ID) { claimUpdated(claimId: $id) { id status } }"

#: The input type of each workflow mutation.
INPUT_TYPES = {
    "reviewClaim": "ClaimStepInput",
    "requestSupplierDecision": "ClaimStepInput",
    "decideClaimAsSupplier": "DecideClaimInput",
    "proposeClaimOutcome": "ProposeClaimOutcomeInput",
    "respondToClaimOutcome": "RespondToClaimOutcomeInput",
    "refundClaim": "ClaimStepInput",
    "closeClaim": "ClaimStepInput",
}
#: Inputs that would be valid for each mutation, besides the claim.
EXTRA: dict[str, dict[str, Any]] = {
    "decideClaimAsSupplier": {"approve": True, "amount": "10.00"},
    "respondToClaimOutcome": {"accept": True},
}
#: Every demo token, by its key: each role, and a second customer and provider.
ACTORS = (
    "CUSTOMER",
    "CUSTOMER_OTHER",
    "TRAVEL_MANAGER",
    "PROVIDER_STAFF",
    "PROVIDER_STAFF_OTHER",
    "AGENT",
    "ADMIN",
    "ANALYST",
    "INTEGRATION",
    "GUEST",
)


def step_document(mutations: list[str]) -> str:
    """One request running each of ``mutations`` on ``$claim`` (aliased by name)."""
    variables = ", ".join(f"${name}: {INPUT_TYPES[name]}!" for name in mutations)
    fields = " ".join(
        f"{name}: {name}(input: ${name}) {{ claim {{ status }} errors {{ code }} }}"
        for name in mutations
    )
    return f"mutation ({variables}) {{ {fields} }}"


async def step(api: Api, role: str, name: str, claim_id: str, **extra: Any) -> dict[str, Any]:
    """Run workflow mutation ``name`` as ``role``; its payload."""
    body = await api.query(role, step_document([name]), {name: {"claimId": claim_id, **extra}})
    assert "errors" not in body, body
    return body["data"][name]


async def invoiced_booking(world: DemoWorld, customer: str = "CUSTOMER") -> m.Invoice:
    """A fresh confirmed Château Lumière booking of ``customer`` with an ISSUED invoice."""
    booking = await booking_for(world, customer=customer)
    return await m.Invoice.create(
        number=f"INV-T-{uuid4().hex[:10].upper()}",
        booking=booking,
        status=m.InvoiceStatus.ISSUED,
        issued_at=datetime.now(UTC),
        due_date=(datetime.now(UTC) + timedelta(days=30)).date(),
        currency="EUR",
        total_amount=Decimal("300.00"),
    )


async def submit(api: Api, invoice: m.Invoice, role: str = "CUSTOMER", **extra: Any) -> Any:
    variables = {
        "invoiceId": gid("Invoice", invoice.id),
        "reason": "Projector broken",
        "amountRequested": "120.00",
        "description": "Three hours lost; my colleague's laptop was damaged too.",
        **extra,
    }
    body = await api.query(role, SUBMIT, {"input": variables})
    assert "errors" not in body, body
    return body["data"]["submitClaim"]


async def listening(api: Api, channel: str, count: int) -> None:
    """Wait until ``count`` subscriptions listen to ``channel`` (they start asynchronously)."""
    broadcast = api.client.app[HUB_KEY].broadcast
    for _ in range(int(TIMEOUT / 0.02)):
        if len(broadcast._subscribers.get(channel, ())) >= count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"nobody listens to {channel}")


async def pushed(ws: WsClient, op_id: str) -> str:
    return (await ws.data(op_id))["claimUpdated"]["status"]


async def emails(world: DemoWorld, claim_number: str, status: str) -> dict[str, str]:
    """The e-mails queued for ``claim_number`` reaching ``status``, composed by the worker
    as it would send them: recipient address -> subject."""
    rows = await m.OutboxItem.filter(template="claim_update").order_by("id")
    worker = Worker(world.settings)
    composed = [
        await worker.compose(row)
        for row in rows
        if row.payload["claim_number"] == claim_number and row.payload["status"] == status
    ]
    return {email.to: email.subject for email in composed}


def email_of(key: str) -> str:
    from roost.demo import ACCOUNTS

    return ACCOUNTS[key][0]


async def test_a_refund_claim_goes_through_front_office_and_supplier_to_a_credit_note(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire's invoiced booking at Château Lumière, Claire and an agent following
    # every claim they may see, and a provider of another booking following them too
    invoice = await invoiced_booking(world)
    tokens = world.tokens
    async with (
        await WsClient.connect(api.client, tokens["CUSTOMER"]) as customer,
        await WsClient.connect(api.client, tokens["AGENT"]) as agent,
        await WsClient.connect(api.client, tokens["PROVIDER_STAFF_OTHER"]) as stranger,
    ):
        for ws in (customer, agent, stranger):
            await ws.subscribe("all", UPDATED, {})
        await listening(api, ALL_CLAIMS, 3)

        # when Claire submits a claim (and retries it with the same clientClaimId)
        first = await submit(api, invoice, clientClaimId="claim-1")
        again = await submit(api, invoice, clientClaimId="claim-1")
        # then it is created once, SUBMITTED, pushed to her and the agent, agents e-mailed
        claim = first["claim"]
        assert first["errors"] == []
        assert again["claim"]["id"] == claim["id"]
        assert claim["status"] == "SUBMITTED"
        assert claim["amountRequested"] == "120.00"
        assert await m.Claim.filter(client_claim_id="claim-1", invoice_id=invoice.id).count() == 1
        claim_id, number = claim["id"], claim["number"]
        assert await pushed(customer, "all") == "SUBMITTED"
        assert await pushed(agent, "all") == "SUBMITTED"
        assert email_of("AGENT") in await emails(world, number, "SUBMITTED")

        # and the travel manager of Claire's company follows this claim
        async with await WsClient.connect(api.client, tokens["TRAVEL_MANAGER"]) as manager:
            await manager.subscribe("c", UPDATED, {"id": claim_id})
            await listening(api, claim_channel(int(GlobalID.from_id(claim_id).node_id)), 1)

            parties = [(customer, "all"), (agent, "all"), (manager, "c")]

            async def everyone_told(status: str) -> None:
                """Each follower received ``status`` next (each step is awaited before
                the next one: steps that follow within moments may arrive as one push)."""
                assert [await pushed(ws, op) for ws, op in parties] == [status] * len(parties)

            # when a claim's wake-up comes again with nothing new, nobody is pushed anything
            await publish_claim(api.client.app[HUB_KEY], await m.Claim.get(number=number))
            assert await customer.silence("all") == []
            assert await manager.silence("c") == []

            # when the agent reviews it and asks the supplier to decide
            assert (await step(api, "AGENT", "reviewClaim", claim_id))["errors"] == []
            await everyone_told("UNDER_REVIEW")
            ask = await step(api, "AGENT", "requestSupplierDecision", claim_id, note="Please check")
            # then each step is pushed to the parties, and the provider's staff are e-mailed
            assert ask["claim"]["status"] == "SUPPLIER_REVIEW"
            await everyone_told("SUPPLIER_REVIEW")
            supplier_mail = await emails(world, number, "SUPPLIER_REVIEW")
            assert list(supplier_mail) == [email_of("PROVIDER_STAFF")]
            assert number in supplier_mail[email_of("PROVIDER_STAFF")]

            # when the supplier refuses, the agent proposes, and Claire contests
            async with await WsClient.connect(api.client, tokens["PROVIDER_STAFF"]) as provider:
                await provider.subscribe("p", UPDATED, {"id": claim_id})
                await listening(api, claim_channel(int(GlobalID.from_id(claim_id).node_id)), 2)
                refusal = await step(
                    api,
                    "PROVIDER_STAFF",
                    "decideClaimAsSupplier",
                    claim_id,
                    approve=False,
                    reason="The projector was fine",
                )
                assert refusal["claim"]["status"] == "SUPPLIER_REFUSED"
                await everyone_told("SUPPLIER_REFUSED")
                assert await pushed(provider, "p") == "SUPPLIER_REFUSED"
                parties.append((provider, "p"))
                assert email_of("AGENT") in await emails(world, number, "SUPPLIER_REFUSED")
                await step(api, "AGENT", "proposeClaimOutcome", claim_id)
                await everyone_told("OUTCOME_PROPOSED")
                contest = await step(
                    api, "CUSTOMER", "respondToClaimOutcome", claim_id, accept=False
                )
                assert contest["claim"]["status"] == "CONTESTED"
                await everyone_told("CONTESTED")
                assert email_of("CUSTOMER") in await emails(world, number, "OUTCOME_PROPOSED")

                # and the agent reviews it again, the supplier approves 100.00,
                # the outcome is proposed, the travel manager accepts it and an admin refunds;
                # then every step reaches every party, the provider included
                await step(api, "AGENT", "reviewClaim", claim_id)
                await everyone_told("UNDER_REVIEW")
                await step(api, "AGENT", "requestSupplierDecision", claim_id)
                await everyone_told("SUPPLIER_REVIEW")
                approval = await step(
                    api,
                    "PROVIDER_STAFF",
                    "decideClaimAsSupplier",
                    claim_id,
                    approve=True,
                    amount="100.00",
                )
                assert approval["errors"] == []
                await everyone_told("SUPPLIER_APPROVED")
                await step(api, "AGENT", "proposeClaimOutcome", claim_id, note="As agreed")
                await everyone_told("OUTCOME_PROPOSED")
                await step(api, "TRAVEL_MANAGER", "respondToClaimOutcome", claim_id, accept=True)
                await everyone_told("ACCEPTED")
                refund = await step(api, "ADMIN", "refundClaim", claim_id)
                assert refund == {"claim": {"status": "REFUNDED"}, "errors": []}
                await everyone_told("REFUNDED")
                # and the provider of another booking was told nothing
                assert await stranger.silence("all") == []

    # and a credit note of 100.00 credits the invoice, and Claire is told by e-mail
    body = await api.query("CUSTOMER", CLAIM, {"id": claim_id})
    read = body["data"]["node"]
    assert read["status"] == "REFUNDED"
    assert read["proposedAmount"] == "100.00"
    assert read["creditNotes"][0]["amount"] == "100.00"
    assert read["creditNotes"][0]["number"].startswith("CN-")
    assert read["invoice"]["status"] == "CREDITED"
    assert read["invoice"]["creditNotes"] == [
        {"number": read["creditNotes"][0]["number"], "amount": "100.00"}
    ]
    refunded_mail = await emails(world, number, "REFUNDED")
    assert list(refunded_mail) == [email_of("CUSTOMER")]
    # and the history says who moved it, when, from where to where and why
    history = [(h["fromStatus"], h["toStatus"], h["actorRole"]) for h in read["history"]]
    assert history == [
        (None, "SUBMITTED", "CUSTOMER"),
        ("SUBMITTED", "UNDER_REVIEW", "AGENT"),
        ("UNDER_REVIEW", "SUPPLIER_REVIEW", "AGENT"),
        ("SUPPLIER_REVIEW", "SUPPLIER_REFUSED", "PROVIDER_STAFF"),
        ("SUPPLIER_REFUSED", "OUTCOME_PROPOSED", "AGENT"),
        ("OUTCOME_PROPOSED", "CONTESTED", "CUSTOMER"),
        ("CONTESTED", "UNDER_REVIEW", "AGENT"),
        ("UNDER_REVIEW", "SUPPLIER_REVIEW", "AGENT"),
        ("SUPPLIER_REVIEW", "SUPPLIER_APPROVED", "PROVIDER_STAFF"),
        ("SUPPLIER_APPROVED", "OUTCOME_PROPOSED", "AGENT"),
        ("OUTCOME_PROPOSED", "ACCEPTED", "TRAVEL_MANAGER"),
        ("ACCEPTED", "REFUNDED", "ADMIN"),
    ]
    assert read["history"][3]["note"] == "The projector was fine"
    assert read["history"][0]["actorName"] == "Claire Martin"


async def test_the_supplier_sees_amounts_and_reasons_never_the_client_notes(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a claim put to Château Lumière
    invoice = await invoiced_booking(world)
    claim_id = (await submit(api, invoice))["claim"]["id"]
    await step(api, "AGENT", "reviewClaim", claim_id)
    await step(api, "AGENT", "requestSupplierDecision", claim_id, note="Amount to check")
    # when its staff read it
    read = (await api.query("PROVIDER_STAFF", CLAIM, {"id": claim_id}))["data"]["node"]
    # then they see the reason and the amount, not the description, notes or client thread
    assert read["reason"] == "Projector broken"
    assert read["amountRequested"] == "120.00"
    assert read["description"] is None
    assert {h["note"] for h in read["history"]} == {None}
    assert read["thread"] is None
    assert read["supplierThread"] is not None
    # and the analyst reads the client's words masked
    masked = (await api.query("ANALYST", CLAIM, {"id": claim_id}))["data"]["node"]
    assert "***" in masked["description"]
    assert "laptop" not in masked["description"]
    assert masked["history"][0]["actorName"] != "Claire Martin"


async def test_a_provider_of_another_booking_sees_nothing_of_the_claim(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a claim put to Château Lumière
    invoice = await invoiced_booking(world)
    claim_id = (await submit(api, invoice))["claim"]["id"]
    await step(api, "AGENT", "reviewClaim", claim_id)
    await step(api, "AGENT", "requestSupplierDecision", claim_id)
    booking_id = gid("Booking", invoice.booking_id)
    # when a provider of another booking looks for it, decides on it, or subscribes to it
    node = await api.query("PROVIDER_STAFF_OTHER", CLAIM, {"id": claim_id})
    listed = await api.query("PROVIDER_STAFF_OTHER", CLAIMS)
    decided = await step(
        api, "PROVIDER_STAFF_OTHER", "decideClaimAsSupplier", claim_id, approve=True, amount="1"
    )
    async with await WsClient.connect(api.client, world.tokens["PROVIDER_STAFF_OTHER"]) as ws:
        await ws.subscribe("s", UPDATED, {"id": claim_id})
        frame = await ws.next("s")
    # then it is answered like a claim that does not exist
    assert node == {"data": {"node": None}}
    assert claim_id not in {n["id"] for n in listed["data"]["claims"]["nodes"]}
    assert decided == {"claim": None, "errors": [{"code": "NOT_FOUND"}]}
    assert frame["payload"]["data"] is None
    assert [e["extensions"]["code"] for e in frame["payload"]["errors"]] == ["NOT_FOUND"]
    # while its own customer finds it on the booking
    own = await api.query("CUSTOMER", BOOKING_CLAIMS, {"id": booking_id})
    assert [c["id"] for c in own["data"]["node"]["claims"]] == [claim_id]


async def test_submitting_is_for_the_booking_client_only(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire's invoice
    invoice = await invoiced_booking(world)
    codes = {}
    # when every other role submits a claim on it
    for actor in ACTORS:
        if actor in ("CUSTOMER", "TRAVEL_MANAGER"):
            continue
        payload = await submit(api, invoice, role=actor)
        codes[actor] = [e["code"] for e in payload["errors"]]
    # then roles that never claim are refused, another customer finds no such invoice
    for actor, found in codes.items():
        role = m.Role(actor.removesuffix("_OTHER"))
        expected = "FORBIDDEN" if role not in MUTATIONS["submitClaim"] else "NOT_FOUND"
        assert found == [expected], actor
    # and bad input is refused with a code, nothing created
    before = await m.Claim.filter(invoice_id=invoice.id).count()
    bad = [
        await submit(api, invoice, amountRequested="0"),
        await submit(api, invoice, amountRequested="300.01"),
        await submit(api, invoice, reason=" "),
        await submit(api, invoice, amountRequested="1.234"),
    ]
    assert [p["errors"][0]["code"] for p in bad] == [
        "BAD_AMOUNT",
        "AMOUNT_TOO_HIGH",
        "REQUIRED",
        "BAD_AMOUNT",
    ]
    assert await m.Claim.filter(invoice_id=invoice.id).count() == before
    # and the travel manager of Claire's company may claim for her
    assert (await submit(api, invoice, role="TRAVEL_MANAGER"))["errors"] == []


async def test_a_client_claim_id_reused_on_another_invoice_is_refused(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a claim Claire submitted on one invoice with her own id
    invoice, other = await invoiced_booking(world), await invoiced_booking(world)
    client_id = f"claim-{uuid4().hex[:8]}"
    assert (await submit(api, invoice, clientClaimId=client_id))["errors"] == []
    # when she sends the same id with a claim on another invoice
    reused = await submit(api, other, clientClaimId=client_id)
    # then it is refused, and no claim is opened on that invoice
    assert reused == {
        "claim": None,
        "errors": [{"code": "CLIENT_CLAIM_ID_REUSED", "field": "clientClaimId"}],
    }
    assert await m.Claim.filter(invoice_id=other.id).count() == 0


async def claim_in(status: m.ClaimStatus, invoice: m.Invoice, world: DemoWorld) -> m.Claim:
    """A claim of Claire's in ``status`` as the workflow leaves it there."""
    booking = await m.Booking.get(id=invoice.booking_id)
    asked = status not in (
        m.ClaimStatus.SUBMITTED,
        m.ClaimStatus.UNDER_REVIEW,
    )
    thread = await m.Thread.create(
        booking_id=booking.id,
        parties=m.Party.CUSTOMER,
        customer_id=booking.customer_id,
        client_company_id=booking.client_company_id,
        subject="Claim",
    )
    claim = await m.Claim.create(
        number=f"T-{uuid4().hex[:12]}",
        booking_id=booking.id,
        invoice_id=invoice.id,
        customer_id=booking.customer_id,
        client_company_id=booking.client_company_id,
        provider_id=booking.provider_id if asked else None,
        submitted_by_id=booking.customer_id,
        agent_id=world.user_ids["AGENT"],
        thread_id=thread.id,
        status=status,
        reason="Noise",
        amount_requested=Decimal("50.00"),
        approved_amount=Decimal("40.00"),
        proposed_amount=Decimal("40.00"),
    )
    return claim


async def _principal(world: DemoWorld, actor: str) -> Principal | None:
    if actor == "GUEST":
        return None
    return Principal.for_user(await m.User.get(id=world.user_ids[actor]))


@pytest.mark.parametrize("status", list(m.ClaimStatus), ids=lambda s: s.value)
async def test_every_step_not_allowed_to_a_role_or_from_a_status_is_refused_and_changes_nothing(
    status: m.ClaimStatus, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a claim in this status
    invoice = await invoiced_booking(world)
    claim = await claim_in(status, invoice, world)
    outbox_before = await m.OutboxItem.all().count()
    for actor in ACTORS:
        principal = await _principal(world, actor)
        role = m.Role(actor.removesuffix("_OTHER"))
        expected: dict[str, str] = {}
        for name, step_rule in m.CLAIM_STEPS.items():
            if role not in MUTATIONS[name]:
                expected[name] = "FORBIDDEN"
            elif principal is None or not matches(CLAIM_SCOPE, claim, principal):
                expected[name] = "NOT_FOUND"
            elif status not in step_rule.sources:
                expected[name] = "INVALID_TRANSITION"
        if not expected:
            continue
        # when the role tries every step it may not take, in one request
        variables = {
            name: {"claimId": gid("Claim", claim.id), **EXTRA.get(name, {})} for name in expected
        }
        body = await api.query(actor, step_document(list(expected)), variables)
        # then each is refused with its code
        found = {name: [e["code"] for e in body["data"][name]["errors"]] for name in expected}
        assert found == {name: [code] for name, code in expected.items()}, actor
    # and nothing changed: status, history, credit notes, e-mails
    after = await m.Claim.get(id=claim.id)
    assert (after.status, after.updated_at) == (status, claim.updated_at)
    assert await m.ClaimEvent.filter(claim_id=claim.id).count() == 0
    assert await m.CreditNote.filter(invoice_id=invoice.id).count() == 0
    assert await m.OutboxItem.all().count() == outbox_before


async def test_an_accepted_refusal_is_closed_without_refund(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a claim the supplier refused and whose client accepted the refusal
    invoice = await invoiced_booking(world)
    claim_id = (await submit(api, invoice))["claim"]["id"]
    await step(api, "AGENT", "reviewClaim", claim_id)
    await step(api, "AGENT", "requestSupplierDecision", claim_id)
    missing_reason = await step(
        api, "PROVIDER_STAFF", "decideClaimAsSupplier", claim_id, approve=False
    )
    assert missing_reason["errors"] == [{"code": "REQUIRED"}]
    await step(api, "PROVIDER_STAFF", "decideClaimAsSupplier", claim_id, approve=False, reason="No")
    await step(api, "AGENT", "proposeClaimOutcome", claim_id)
    await step(api, "CUSTOMER", "respondToClaimOutcome", claim_id, accept=True)
    # when an agent tries to refund it, then closes it
    refund = await step(api, "AGENT", "refundClaim", claim_id)
    closed = await step(api, "AGENT", "closeClaim", claim_id)
    # then nothing is refunded, the claim is CLOSED and the invoice untouched
    assert refund["errors"] == [{"code": "NOTHING_TO_REFUND"}]
    assert closed == {"claim": {"status": "CLOSED"}, "errors": []}
    assert (await m.Invoice.get(id=invoice.id)).status is m.InvoiceStatus.ISSUED
    number = (await api.query("CUSTOMER", CLAIM, {"id": claim_id}))["data"]["node"]["number"]
    assert list(await emails(world, number, "CLOSED")) == [email_of("CUSTOMER")]


EXPORT = "query ($id: ID!) { exportPersonalData(userId: $id) }"
ERASE = """
mutation ($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) { errors { code } } }
"""


async def test_a_claimant_exports_their_claims_and_erasure_removes_their_words(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a customer of their own who claimed with a description
    user = await m.User.create(
        email=f"pia-{uuid4().hex[:8]}@example.com", name="Pia Private", role=m.Role.CUSTOMER
    )
    booking = await booking_for(world)
    booking.customer_id, booking.client_company_id = user.id, None
    await booking.save()
    invoice = await m.Invoice.create(
        number=f"INV-T-{uuid4().hex[:10].upper()}",
        booking=booking,
        status=m.InvoiceStatus.ISSUED,
        total_amount=Decimal("300.00"),
    )
    token = mint_token(world.settings, user)
    variables = {
        "invoiceId": gid("Invoice", invoice.id),
        "reason": "Noise",
        "amountRequested": "30.00",
        "description": "My secret neighbour story",
    }
    _, body = await api.post(SUBMIT, {"input": variables}, token=token)
    claim_id = body["data"]["submitClaim"]["claim"]["id"]
    # when they export their data, then an admin erases it
    _, exported = await api.post(EXPORT, {"id": gid("User", user.id)}, token=token)
    erased = await api.query("ADMIN", ERASE, {"input": {"userId": gid("User", user.id)}})
    # then the export held the claim, and afterwards nobody reads their words
    claims = exported["data"]["exportPersonalData"]["claims"]
    assert [(c["reason"], c["description"]) for c in claims] == [
        ("Noise", "My secret neighbour story")
    ]
    assert erased["data"]["erasePersonalData"]["errors"] == []
    read = (await api.query("AGENT", CLAIM, {"id": claim_id}))["data"]["node"]
    assert read["description"] == ""
    assert "secret" not in str(read)
    assert read["reason"] == "Noise"


FILTERED = """
query ($status: [ClaimStatus!], $booking: ID) {
  claims(first: 50, filter: {status: $status, bookingId: $booking}) {
    nodes { id status reason } totalCount
  }
}
"""


async def test_claims_are_listed_in_scope_by_status_and_booking(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given two claims on one of Claire's bookings, one of them under review
    invoice = await invoiced_booking(world)
    first = (await submit(api, invoice))["claim"]["id"]
    second = (await submit(api, invoice, reason="Room too cold"))["claim"]["id"]
    await step(api, "AGENT", "reviewClaim", second)
    booking = gid("Booking", invoice.booking_id)
    # when Claire, the analyst and another customer list the booking's claims under review
    seen = {
        role: (await api.query(role, FILTERED, {"status": ["UNDER_REVIEW"], "booking": booking}))[
            "data"
        ]["claims"]
        for role in ("CUSTOMER", "ANALYST", "CUSTOMER_OTHER")
    }
    all_of_booking = await api.query("CUSTOMER", FILTERED, {"booking": booking})
    # then only the matching claim in each one's scope is listed, masked for the analyst
    assert seen["CUSTOMER"]["nodes"] == [
        {"id": second, "status": "UNDER_REVIEW", "reason": "Room too cold"}
    ]
    assert [n["id"] for n in seen["ANALYST"]["nodes"]] == [second]
    assert seen["ANALYST"]["nodes"][0]["reason"] != "Room too cold"
    assert "***" in seen["ANALYST"]["nodes"][0]["reason"]
    assert seen["CUSTOMER_OTHER"] == {"nodes": [], "totalCount": 0}
    assert [n["id"] for n in all_of_booking["data"]["claims"]["nodes"]] == [second, first]


LIST_DEEP = """
query {
  claims(first: 50) {
    nodes {
      number booking { reference } invoice { number }
      history { toStatus actorName } creditNotes { number }
    }
  }
}
"""


async def test_listing_claims_costs_the_same_statements_for_few_or_many(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire's claims (the demo's and those of other tests), read once to warm up
    await api.query("CUSTOMER", LIST_DEEP)
    with count_statements() as few:
        before = await api.query("CUSTOMER", LIST_DEEP)
    # when three more claims exist
    for _ in range(3):
        await submit(api, await invoiced_booking(world))
    with count_statements() as many:
        after = await api.query("CUSTOMER", LIST_DEEP)
    # then the list with its bookings, invoices, history and credit notes costs as much
    assert len(after["data"]["claims"]["nodes"]) == len(before["data"]["claims"]["nodes"]) + 3
    assert len(many.statements) == len(few.statements)


CLAIM_THREAD = """
query ($id: ID!) {
  node(id: $id) {
    ... on Claim { thread { messages(first: 5) { nodes { body attachments { url } } } } }
  }
}
"""


async def test_attachments_of_a_claim_are_for_the_client_and_the_service_team(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a screenshot Claire uploaded
    screenshot = await uploaded(api, "CUSTOMER", png())
    invoice = await invoiced_booking(world)
    # when she submits a claim with it, and the supplier is asked to decide
    payload = await submit(api, invoice, attachmentIds=[screenshot["id"]])
    claim_id = payload["claim"]["id"]
    await step(api, "AGENT", "reviewClaim", claim_id)
    await step(api, "AGENT", "requestSupplierDecision", claim_id)
    # then the claim's thread opens with her description and the screenshot
    thread = (await api.query("AGENT", CLAIM_THREAD, {"id": claim_id}))["data"]["node"]["thread"]
    (first,) = thread["messages"]["nodes"]
    assert "laptop" in first["body"]
    assert first["attachments"] == [{"url": screenshot["url"]}]
    # and the agent downloads it, the supplier cannot
    assert (await download(api, screenshot["url"], "AGENT"))[0] == 200
    assert (await download(api, screenshot["url"], "PROVIDER_STAFF"))[0] == 404
    # and someone else's upload cannot be attached to a claim
    other = await uploaded(api, "TRAVEL_MANAGER", png())
    refused = await submit(api, invoice, attachmentIds=[other["id"]])
    assert refused["errors"] == [{"code": "ATTACHMENT_NOT_FOUND", "field": "attachmentIds"}]


@pytest.mark.parametrize("role", ["GUEST", "INTEGRATION"])
async def test_roles_without_claims_may_not_follow_them(
    world: DemoWorld, api: Api, role: str
) -> None:
    # when a guest link or the booking system subscribes to every claim
    async with await WsClient.connect(api.client, world.tokens[role]) as ws:
        await ws.subscribe("s", UPDATED, {})
        frame = await ws.next("s")
    # then the subscription is refused at once, not held open with nothing to send
    assert frame["payload"]["data"] is None
    assert [e["extensions"]["code"] for e in frame["payload"]["errors"]] == ["FORBIDDEN"]
