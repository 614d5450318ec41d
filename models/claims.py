"""Claims and refunds (SPEC §6): the client asks for money back, the service team reviews,
the supplier decides, the client accepts or contests, and the claim ends refunded or closed.

The workflow is data: :data:`CLAIM_STEPS` says, for every mutation, from which statuses it
may be called and which status it leads to; who may call it is in ``models.policy``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.bookings import Booking
    from models.invoices import Invoice
    from models.organisations import Organisation
    from models.threads import Thread
    from models.users import User


class ClaimStatus(StrEnum):
    SUBMITTED = "SUBMITTED"
    UNDER_REVIEW = "UNDER_REVIEW"
    SUPPLIER_REVIEW = "SUPPLIER_REVIEW"
    SUPPLIER_APPROVED = "SUPPLIER_APPROVED"
    SUPPLIER_REFUSED = "SUPPLIER_REFUSED"
    OUTCOME_PROPOSED = "OUTCOME_PROPOSED"
    ACCEPTED = "ACCEPTED"
    CONTESTED = "CONTESTED"
    REFUNDED = "REFUNDED"
    CLOSED = "CLOSED"


@dataclass(frozen=True)
class ClaimStep:
    """A workflow mutation: the statuses it starts from and the ones it may lead to."""

    sources: frozenset[ClaimStatus]
    targets: frozenset[ClaimStatus]


_S = ClaimStatus

#: Every workflow mutation (``submitClaim`` creates a claim in SUBMITTED).
CLAIM_STEPS: dict[str, ClaimStep] = {
    "reviewClaim": ClaimStep(frozenset({_S.SUBMITTED, _S.CONTESTED}), frozenset({_S.UNDER_REVIEW})),
    "requestSupplierDecision": ClaimStep(
        frozenset({_S.UNDER_REVIEW}), frozenset({_S.SUPPLIER_REVIEW})
    ),
    "decideClaimAsSupplier": ClaimStep(
        frozenset({_S.SUPPLIER_REVIEW}), frozenset({_S.SUPPLIER_APPROVED, _S.SUPPLIER_REFUSED})
    ),
    "proposeClaimOutcome": ClaimStep(
        frozenset({_S.SUPPLIER_APPROVED, _S.SUPPLIER_REFUSED}), frozenset({_S.OUTCOME_PROPOSED})
    ),
    "respondToClaimOutcome": ClaimStep(
        frozenset({_S.OUTCOME_PROPOSED}), frozenset({_S.ACCEPTED, _S.CONTESTED})
    ),
    "refundClaim": ClaimStep(frozenset({_S.ACCEPTED}), frozenset({_S.REFUNDED})),
    "closeClaim": ClaimStep(
        frozenset({_S.SUBMITTED, _S.UNDER_REVIEW, _S.CONTESTED, _S.ACCEPTED}),
        frozenset({_S.CLOSED}),
    ),
}


class Claim(Model):
    """A client's request for money back on a booking or one of its invoices.

    ``customer``/``client_company`` are copied from the booking (row scope reads them);
    ``provider`` stays empty until the service team asks the supplier to decide, so a
    provider sees only the claims put to it.
    """

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=32, unique=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="claims", on_delete=fields.RESTRICT
    )
    booking_id: int
    invoice: fields.ForeignKeyNullableRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="claims", null=True, on_delete=fields.RESTRICT
    )
    invoice_id: int | None
    customer: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="customer_claims", null=True, on_delete=fields.RESTRICT
    )
    customer_id: int | None
    client_company: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="company_claims", null=True, on_delete=fields.RESTRICT
    )
    client_company_id: int | None
    provider: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="provider_claims", null=True, on_delete=fields.RESTRICT
    )
    provider_id: int | None
    submitted_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="submitted_claims", null=True, on_delete=fields.SET_NULL
    )
    submitted_by_id: int | None
    #: The agent who took the claim (the last to review it).
    agent: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="reviewed_claims", null=True, on_delete=fields.SET_NULL
    )
    agent_id: int | None
    thread: fields.ForeignKeyRelation[Thread] = fields.ForeignKeyField(
        "models.Thread", related_name="claims", on_delete=fields.RESTRICT
    )
    thread_id: int
    #: The supplier's own thread with the service team, opened when it is asked to decide.
    supplier_thread: fields.ForeignKeyNullableRelation[Thread] = fields.ForeignKeyField(
        "models.Thread", related_name="supplier_claims", null=True, on_delete=fields.RESTRICT
    )
    supplier_thread_id: int | None
    client_claim_id = fields.CharField(max_length=64, null=True)
    status = fields.CharEnumField(ClaimStatus, max_length=20, default=ClaimStatus.SUBMITTED)
    reason = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    currency = fields.CharField(max_length=3, default="EUR")
    amount_requested = fields.DecimalField(max_digits=12, decimal_places=2)
    approved_amount = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    supplier_reason = fields.TextField(default="")
    proposed_amount = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "claim"
        ordering = ["-created_at", "id"]
        unique_together = (("submitted_by", "client_claim_id"),)

    def __str__(self) -> str:
        return self.number


class ClaimEvent(Model):
    """One step of a claim's history: who moved it from which status to which, and why."""

    id = fields.IntField(primary_key=True)
    claim: fields.ForeignKeyRelation[Claim] = fields.ForeignKeyField(
        "models.Claim", related_name="events", on_delete=fields.CASCADE
    )
    claim_id: int
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="claim_events", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    #: The actor's side (client, service team, supplier), kept if the account goes.
    actor_role = fields.CharField(max_length=20)
    from_status = fields.CharEnumField(ClaimStatus, max_length=20, null=True)
    to_status = fields.CharEnumField(ClaimStatus, max_length=20)
    note = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "claim_event"
        ordering = ["claim_id", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"
