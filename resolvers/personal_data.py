"""A person's data: everything Roost holds about them as one document, and its erasure.

``exportPersonalData`` (admins, or the person themselves: ``EXPORTABLE_USERS``) gathers
the account, the bookings they made with participants, booking field values and their
history, invoices, the messages they wrote, their uploads and the audit entries about
their account. ``erasePersonalData`` (admins) pseudonymises the person for good: the
account is renamed "Deleted user", its e-mail replaced by a unique non-routable address,
its phone removed, and it is deactivated; the participant names and booking field values
of their bookings (and their history) are blanked, the bodies of messages they wrote are
replaced by a fixed text (threads and message order remain), their uploads are deleted
with their files, e-mails still waiting for them and webhook deliveries carrying their
personal data are cancelled, and their personal data is removed from the audit log. The
erasure itself is recorded there and cannot be undone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from models import (
    Attachment,
    AuditEntry,
    Booking,
    BookingFieldChange,
    Claim,
    ClaimEvent,
    FieldValue,
    Invoice,
    Message,
    OutboxItem,
    OutboxStatus,
    Participant,
    Team,
    Thread,
    User,
)
from models.policy import EXPORTABLE_USERS, type_policy
from resolvers.access import allowed, allowed_query
from resolvers.attachments import stored_path
from resolvers.audit import jsonable, record
from resolvers.context import RequestContext
from resolvers.errors import NotFound, Refused
from resolvers.scope import scoped, scoped_by
from roost.i18n import N_
from subscriptions.channels import MESSAGES_REWRITTEN, announce_revocation, thread_channel

#: What an erased person is called from then on.
ERASED_NAME = "Deleted user"
#: What replaces the body of every message an erased person wrote.
ERASED_BODY = "[This message was removed at the author's request.]"
#: What replaces the subject of a thread an erased person started.
ERASED_SUBJECT = "[Subject removed at the author's request.]"
#: Fields of ``User`` that are personal data (masked for some roles by the policy).
PERSONAL_USER_FIELDS = frozenset(
    name for name, rule in type_policy("User").fields.items() if rule.personal
)


def erased_email(user_id: int) -> str:
    """A unique address that can never receive mail (RFC 2606 ``.invalid``)."""
    return f"erased-{user_id}@erased.invalid"


def _rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: jsonable(value) for key, value in row.items()} for row in rows]


async def _bookings(user_id: int) -> list[dict[str, Any]]:
    bookings = await Booking.filter(customer_id=user_id).order_by("starts_at", "id")
    ids = [booking.id for booking in bookings]
    participants = await Participant.filter(booking_id__in=ids).values(
        "booking_id", "position", "name"
    )
    values = await FieldValue.filter(booking_id__in=ids).values(
        "booking_id", "definition__key", "participant__position", "value"
    )
    invoices = await Invoice.filter(booking_id__in=ids).values(
        "booking_id", "number", "status", "total_amount", "currency"
    )
    return [
        {
            **{
                key: jsonable(getattr(booking, key))
                for key in (
                    "reference",
                    "status",
                    "starts_at",
                    "ends_at",
                    "destination",
                    "total_price",
                    "currency",
                    "offer_comments",
                    "analytic_codes",
                )
            },
            "participants": _rows([p for p in participants if p["booking_id"] == booking.id]),
            "field_values": _rows([v for v in values if v["booking_id"] == booking.id]),
            "invoices": _rows([i for i in invoices if i["booking_id"] == booking.id]),
        }
        for booking in bookings
    ]


async def export_personal_data(context: RequestContext, user_id: int | None) -> dict[str, Any]:
    """Everything Roost holds about one person, as one JSON document."""
    principal = context.require_principal()
    allowed_query(principal, "exportPersonalData")
    user = (
        await scoped_by(User, EXPORTABLE_USERS, principal).get_or_none(id=user_id)
        if user_id
        else None
    )
    if user is None:
        raise NotFound(N_("No such user."), field="userId")
    teams = await Team.filter(members__id=user.id).values_list("key", flat=True)
    account = {
        key: jsonable(getattr(user, key))
        for key in (
            "id",
            "email",
            "name",
            "phone",
            "locale",
            "time_zone",
            "role",
            "organisation_id",
            "is_vip",
            "active",
            "created_at",
            "erased_at",
        )
    }
    return {
        "exported_at": jsonable(datetime.now(UTC)),
        "account": {**account, "teams": sorted(teams)},
        "bookings": await _bookings(user.id),
        "messages": _rows(
            await Message.filter(author_id=user.id)
            .order_by("id")
            .values("thread_id", "seq", "kind", "body", "created_at")
        ),
        "field_changes": _rows(
            await BookingFieldChange.filter(actor_id=user.id)
            .order_by("id")
            .values(
                "booking__reference",
                "definition__key",
                "old_value",
                "new_value",
                "channel",
                "changed_at",
            )
        ),
        "claims": _rows(
            await Claim.filter(submitted_by_id=user.id)
            .order_by("id")
            .values("number", "status", "reason", "description", "amount_requested", "created_at")
        ),
        "attachments": _rows(
            await Attachment.filter(uploader_id=user.id)
            .order_by("id")
            .values("filename", "content_type", "size", "sha256", "created_at")
        ),
        "audit_log": _rows(
            await AuditEntry.filter(target_type="User", target_id=user.id)
            .order_by("id")
            .values("action", "actor_role", "old_values", "new_values", "created_at")
        ),
    }


async def _scrub_audit_log(user_id: int) -> None:
    """Remove the person's personal data from the audit entries about their account."""
    for entry in await AuditEntry.filter(target_type="User", target_id=user_id):
        for column in ("old_values", "new_values"):
            values = getattr(entry, column)
            setattr(
                entry, column, {k: v for k, v in values.items() if k not in PERSONAL_USER_FIELDS}
            )
        await entry.save(update_fields=["old_values", "new_values"])


async def _erase_bookings(user_id: int) -> None:
    """Blank the participant names and booking field values of the person's bookings."""
    ids = await Booking.filter(customer_id=user_id).values_list("id", flat=True)
    await Participant.filter(booking_id__in=ids).update(name="")
    await FieldValue.filter(booking_id__in=ids).update(value="")
    await BookingFieldChange.filter(booking_id__in=ids).update(old_value=None, new_value="")


def _remove_files(folder: Path, digests: set[str], still_used: set[str]) -> None:
    for digest in digests - still_used:
        stored_path(folder, digest).unlink(missing_ok=True)


async def erase_personal_data(context: RequestContext, user_id: int | None) -> User:
    """Pseudonymise a person for good (see the module's rules)."""
    principal = context.require_principal()
    allowed(principal, "erasePersonalData")
    now = datetime.now(UTC)
    async with in_transaction():
        user = (
            await scoped(User, principal).select_for_update().get_or_none(id=user_id)
            if user_id
            else None
        )
        if user is None:
            raise Refused("NOT_FOUND", N_("No such user."), "userId")
        if user.erased_at is not None:
            raise Refused("ALREADY_ERASED", N_("This person's data was already erased."), "userId")
        if user.id == principal.user_id:
            raise Refused("OWN_ACCOUNT", N_("You cannot erase your own account."), "userId")
        user.update_from_dict(
            {
                "name": ERASED_NAME,
                "email": erased_email(user.id),
                "phone": None,
                "is_vip": False,
                "active": False,
                "erased_at": now,
            }
        )
        await user.save()
        await _erase_bookings(user.id)
        rewritten = set(await Message.filter(author_id=user.id).values_list("thread_id", flat=True))
        await Message.filter(author_id=user.id).update(body=ERASED_BODY)
        await Thread.filter(created_by_id=user.id).update(subject=ERASED_SUBJECT)
        # Claims: what the person wrote about their bookings (amounts and reasons stay).
        await Claim.filter(customer_id=user.id).update(description="")
        await Claim.filter(submitted_by_id=user.id).update(description="")
        await ClaimEvent.filter(actor_id=user.id).update(note="")
        uploads = await Attachment.filter(uploader_id=user.id)
        digests = {upload.sha256 for upload in uploads}
        await Attachment.filter(id__in=[upload.id for upload in uploads]).delete()
        await OutboxItem.filter(recipient_id=user.id, status=OutboxStatus.PENDING).update(
            status=OutboxStatus.CANCELLED
        )
        await OutboxItem.filter(recipient_id=user.id).update(payload={})
        # Webhook deliveries carrying their personal data: none sent any more, none kept.
        await OutboxItem.filter(about_id=user.id, status=OutboxStatus.PENDING).update(
            status=OutboxStatus.CANCELLED
        )
        await OutboxItem.filter(about_id=user.id).update(payload={})
        await _scrub_audit_log(user.id)
        await record(principal, "erasePersonalData", "User", user.id, {}, {"erasedAt": now})
        still_used = set(
            await Attachment.filter(sha256__in=digests).values_list("sha256", flat=True)
        )
    _remove_files(context.settings.attachments_dir, digests, still_used)
    await announce_revocation(context.hub, user_id=user.id, kind="erased")
    for thread_id in sorted(rewritten):
        # Followers' feeds keep messages with their bodies and authors: read them again.
        await context.hub.publish(thread_channel(thread_id), {"type": MESSAGES_REWRITTEN})
    return user
