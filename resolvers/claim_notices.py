"""What a claim's step tells the people around it: an e-mail to whoever must act next
(through the outbox, inside the step's transaction) and a wake-up for ``claimUpdated``
subscribers (after commit).

Who acts next, by the status the claim reached:

| status | e-mailed |
|---|---|
| SUBMITTED, CONTESTED | the claim's agent, or every active agent while nobody took it |
| SUPPLIER_REVIEW | the active staff of the booking's provider |
| SUPPLIER_APPROVED, SUPPLIER_REFUSED, ACCEPTED | the claim's agent |
| OUTCOME_PROPOSED, REFUNDED, CLOSED | the client who submitted it (to act, or to know) |

UNDER_REVIEW e-mails nobody: the agent who took the claim acts next.
"""

from __future__ import annotations

from models import Booking, Claim, ClaimStatus, Role, User
from resolvers.links import claim_link, portal_url
from resolvers.outbox import enqueue_email
from roost.settings import Settings
from subscriptions.channels import ALL_CLAIMS, claim_channel
from subscriptions.hub import Hub

_TO_AGENT = frozenset(
    {
        ClaimStatus.SUBMITTED,
        ClaimStatus.CONTESTED,
        ClaimStatus.SUPPLIER_APPROVED,
        ClaimStatus.SUPPLIER_REFUSED,
        ClaimStatus.ACCEPTED,
    }
)
_TO_CLIENT = frozenset({ClaimStatus.OUTCOME_PROPOSED, ClaimStatus.REFUNDED, ClaimStatus.CLOSED})


async def next_actors(claim: Claim) -> list[User]:
    """The active accounts that must act on ``claim`` now (or be told it ended)."""
    status = ClaimStatus(claim.status)
    query = User.filter(active=True)
    if status in _TO_AGENT:
        if claim.agent_id is not None:
            query = query.filter(id=claim.agent_id)
        else:
            query = query.filter(role=Role.AGENT)
    elif status is ClaimStatus.SUPPLIER_REVIEW:
        query = query.filter(organisation_id=claim.provider_id, role=Role.PROVIDER_STAFF)
    elif status in _TO_CLIENT and claim.submitted_by_id is not None:
        query = query.filter(id=claim.submitted_by_id)
    else:
        return []
    return list(await query.order_by("id"))


async def email_next_actors(
    claim: Claim, booking: Booking, settings: Settings, credit_note: str | None = None
) -> None:
    """Queue the e-mail of ``claim``'s new status to :func:`next_actors` (in the step's
    transaction, so a refused step sends nothing)."""
    for user in await next_actors(claim):
        amount = claim.proposed_amount or claim.approved_amount or claim.amount_requested
        await enqueue_email(
            "claim_update",
            user.id,
            {
                "claim_number": claim.number,
                "status": ClaimStatus(claim.status).value,
                "booking_reference": booking.reference,
                "amount": str(amount),
                "currency": claim.currency,
                "credit_note_number": credit_note,
                "link": claim_link(portal_url(settings, Role(user.role)), claim.id),
            },
        )


async def publish_claim(hub: Hub, claim: Claim) -> None:
    """Wake up the subscribers of ``claim`` (after commit); they re-read it in their scope."""
    payload = {"type": "claim", "claim": claim.id}
    await hub.publish(claim_channel(claim.id), payload)
    await hub.publish(ALL_CLAIMS, payload)
