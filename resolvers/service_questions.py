"""Setting up a service's automated questions (admins and the provider's own staff).

A question is stored in one per-booking field of the same service and asked, in the
customer's language, when a booking of the service is confirmed. Archiving a question
stops it being asked; answers already given stay. Every change is written with its audit
entry in one transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import ValidationError
from tortoise.transactions import in_transaction

from models import ServiceQuestion
from models.policy import MANAGED_QUESTIONS
from resolvers.access import allowed, writable
from resolvers.audit import record, snapshot
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import MAX_TEXT, Form
from resolvers.principal import Principal
from resolvers.scope import scoped_by
from resolvers.services import managed_service
from roost.i18n import N_

FIELDS = {
    "field": "field_id",
    "texts": "texts",
    "position": "position",
    "archivedAt": "archived_at",
}
_POLICY_NAMES = {"fieldId": "field"}


def _form(principal: Principal, values: dict[str, Any]) -> Form:
    writable(
        principal,
        "ServiceQuestion",
        [_POLICY_NAMES.get(name, name) for name in values if name != "serviceId"],
    )
    form = Form(values)
    form.texts("texts", "texts", MAX_TEXT)
    form.value("position", "position")
    if "fieldId" in values:
        if values["fieldId"] is None:
            form.fail("NOT_FOUND", N_("No such booking field."), "fieldId")
        form.columns["field_id"] = values["fieldId"]
    return form


async def _save(question: ServiceQuestion, form: Form) -> None:
    """Save, refusing an answer field of another service or kept per participant."""
    if (
        await ServiceQuestion.filter(service_id=question.service_id, field_id=question.field_id)
        .exclude(id=question.id or 0)
        .exists()
    ):
        form.fail("DUPLICATE", N_("The service already asks about this field."), "fieldId")
    form.check()
    try:
        await question.save()
    except ValidationError:
        raise Refused(
            "INVALID_FIELD", N_("Use a per-booking field of the question's service."), "fieldId"
        ) from None


async def _managed(principal: Principal, question_id: int | None) -> ServiceQuestion:
    managed = scoped_by(ServiceQuestion, MANAGED_QUESTIONS, principal)
    question = await managed.get_or_none(id=question_id) if question_id else None
    if question is None:
        raise Refused("NOT_FOUND", N_("No such question."), "id")
    if question.archived_at is not None:
        raise Refused("ARCHIVED", N_("This question is archived."), "id")
    return question


async def create_question(context: RequestContext, values: dict[str, Any]) -> ServiceQuestion:
    """A new question of a service, stored in one of its per-booking fields."""
    principal = context.require_principal()
    allowed(principal, "createServiceQuestion")
    form = _form(principal, values)
    form.required("serviceId", "fieldId", "texts")
    form.check()
    async with in_transaction():
        service = await managed_service(principal, values["serviceId"], "serviceId")
        question = ServiceQuestion(service_id=service.id, **form.columns)
        await _save(question, form)
        after = snapshot(question, FIELDS)
        action = "createServiceQuestion"
        await record(principal, action, "ServiceQuestion", question.id, {}, after)
    return question


async def update_question(
    context: RequestContext, question_id: int | None, values: dict[str, Any]
) -> ServiceQuestion:
    """Change a question's texts, field or position."""
    principal = context.require_principal()
    allowed(principal, "updateServiceQuestion")
    form = _form(principal, values)
    form.check()
    async with in_transaction():
        question = await _managed(principal, question_id)
        before = snapshot(question, FIELDS)
        question.update_from_dict(form.columns)
        await _save(question, form)
        after = snapshot(question, FIELDS)
        action = "updateServiceQuestion"
        await record(principal, action, "ServiceQuestion", question.id, before, after)
    return question


async def archive_question(context: RequestContext, question_id: int | None) -> ServiceQuestion:
    """Stop asking a question; answers already given stay."""
    principal = context.require_principal()
    allowed(principal, "archiveServiceQuestion")
    async with in_transaction():
        question = await _managed(principal, question_id)
        before = snapshot(question, FIELDS)
        question.archived_at = datetime.now(UTC)
        await question.save(update_fields=["archived_at"])
        after = snapshot(question, FIELDS)
        action = "archiveServiceQuestion"
        await record(principal, action, "ServiceQuestion", question.id, before, after)
    return question
