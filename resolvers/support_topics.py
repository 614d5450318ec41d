"""The support taxonomy: listing topics, their administration, and the seeded defaults."""

from __future__ import annotations

import re
from typing import Any

from tortoise.transactions import in_transaction

from models import SupportTopic, Team
from models.support import SUPPORT_TEAM
from resolvers.access import allowed, writable
from resolvers.audit import record, snapshot
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import Form
from resolvers.scope import scoped
from resolvers.teams import team_with_key
from roost.i18n import N_

#: GraphQL field -> column of the topic fields the audit log records.
FIELDS = {
    "key": "key",
    "labels": "labels",
    "complexity": "complexity",
    "team": "team_id",
    "retired": "retired",
}
#: Input names that differ from the policy's field names.
_POLICY_NAMES = {"teamKey": "team"}
_KEY = re.compile(r"[A-Z][A-Z0-9_]{0,39}")


async def seed_desk_team() -> Team:
    """The 24/7 ``support`` team, created where missing, as the ticket team of every topic
    that has none (the migration seeds the taxonomy without teams)."""
    team, _ = await Team.get_or_create(
        key=SUPPORT_TEAM,
        defaults={"name": "Supplier support", "time_zone": "UTC", "always_open": True},
    )
    await SupportTopic.filter(team_id=None).update(team_id=team.id)
    return team


async def support_topics(context: RequestContext, include_retired: bool) -> list[SupportTopic]:
    """The taxonomy as the caller may see it; retired topics only when asked."""
    rows = scoped(SupportTopic, context.require_principal())
    if not include_retired:
        rows = rows.filter(retired=False)
    return list(await rows.order_by("id"))


async def _form(context: RequestContext, values: dict[str, Any], topic_id: int | None) -> Form:
    principal = context.require_principal()
    writable(principal, "SupportTopic", [_POLICY_NAMES.get(name, name) for name in values])
    form = Form(values, context.locale.value)
    if "key" in values and not _KEY.fullmatch(values["key"] or ""):
        form.fail("INVALID_VALUE", N_("`{name}` is not valid."), "key", name="key")
    elif values.get("key") and (
        await SupportTopic.filter(key=values["key"]).exclude(id=topic_id or 0).exists()
    ):
        form.fail("DUPLICATE", N_("Another topic has this key."), "key")
    form.value("key", "key")
    form.texts("labels", "labels")
    form.value("complexity", "complexity")
    form.value("retired", "retired")
    if "teamKey" in values:
        team = await team_with_key(values["teamKey"])
        if team is None:
            form.fail("NOT_FOUND", N_("No such team."), "teamKey")
        else:
            form.columns["team_id"] = team.id
    return form


async def create_support_topic(context: RequestContext, values: dict[str, Any]) -> SupportTopic:
    """A new topic (admins)."""
    principal = context.require_principal()
    allowed(principal, "createSupportTopic")
    form = await _form(context, values, None)
    form.required("key", "labels", "complexity", "teamKey")
    form.check()
    async with in_transaction():
        topic = await SupportTopic.create(**form.columns)
        after = snapshot(topic, FIELDS)
        await record(principal, "createSupportTopic", "SupportTopic", topic.id, {}, after)
    return topic


async def update_support_topic(
    context: RequestContext, topic_id: int | None, values: dict[str, Any]
) -> SupportTopic:
    """Rename, retire, or change the complexity or team of a topic (admins)."""
    principal = context.require_principal()
    allowed(principal, "updateSupportTopic")
    form = await _form(context, values, topic_id)
    form.check()
    async with in_transaction():
        topic = (
            await scoped(SupportTopic, principal).select_for_update().get_or_none(id=topic_id)
            if topic_id
            else None
        )
        if topic is None:
            raise Refused("NOT_FOUND", N_("No such topic."), "id")
        before = snapshot(topic, FIELDS)
        topic.update_from_dict(form.columns)
        await topic.save()
        after = snapshot(topic, FIELDS)
        await record(principal, "updateSupportTopic", "SupportTopic", topic.id, before, after)
    return topic
