"""Demo data of the supplier support desk (SPEC §5), loaded with ``roost.demo``.

The taxonomy with its specialised teams, an active provider not yet verified, and the
venue's support chats: one waiting in the queue, one taken by the support agent, one
escalated to a ticket, and one resolved and rated.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import models as m
from models.support import SUPPORT_TEAM
from resolvers.support_chats import handover_text, joined_text
from resolvers.support_topics import seed_desk_team
from resolvers.threads import append_message

#: Specialised teams that take the COMPLEX topics' tickets: key -> (name, topic keys).
SPECIALISED_TEAMS = {
    "support-bookings": ("Booking specialists", ("BOOKING_CHANGES",)),
    "support-products": ("Product setup specialists", ("ADVANCED_PRODUCT_SETUP",)),
    "support-payments": ("Payment specialists", ("PAYMENT_PROBLEMS",)),
}


async def unverified_provider() -> m.Organisation:
    """An active supplier whose verification is not done yet: it may not chat with support."""
    return await m.Organisation.create(
        name="Lac Bleu Excursions",
        kind=m.OrganisationKind.PROVIDER,
        provider_kind=m.ProviderKind.SUPPLIER,
        plan=m.Plan.BASIC,
        verified=False,
        time_zone="Europe/Zurich",
    )


async def _taxonomy() -> None:
    await seed_desk_team()
    for key, (name, topic_keys) in SPECIALISED_TEAMS.items():
        team = await m.Team.create(key=key, name=name, time_zone="Europe/Paris")
        await m.SupportTopic.filter(key__in=topic_keys).update(team_id=team.id)


async def _chat(
    provider: m.User,
    topic_key: str,
    status: m.SupportStatus,
    body: str,
    waiting_since: datetime,
    agent: m.User | None = None,
) -> tuple[m.Thread, m.SupportChat]:
    topic = await m.SupportTopic.get(key=topic_key)
    desk = await m.Team.get(key=SUPPORT_TEAM)
    thread = await m.Thread.create(
        kind=m.ThreadKind.SUPPORT,
        subject=f"Support: {topic.label('en')}",
        parties=m.Party.PROVIDER,
        provider_id=provider.organisation_id,
        created_by=provider,
        assigned_team=desk,
        assigned_agent=agent,
    )
    await append_message(thread.id, provider, body)
    chat = await m.SupportChat.create(
        thread=thread,
        provider_id=provider.organisation_id,
        topic=topic,
        status=status,
        waiting_since=waiting_since,
        taken_by=agent,
        taken_at=waiting_since + timedelta(minutes=3) if agent else None,
    )
    if agent is not None:
        await append_message(
            thread.id,
            None,
            joined_text(agent),
            kind=m.MessageKind.SYSTEM,
        )
    return thread, chat


async def load_support_desk(users: dict[str, m.User], now: datetime) -> None:
    """The desk's taxonomy and teams, and the venue's support chats (call in a transaction)."""
    await _taxonomy()
    venue, agent = users["PROVIDER_STAFF"], users["AGENT_SUPPORT"]
    rated, chat = await _chat(
        venue,
        "ACCOUNT_PROFILE",
        m.SupportStatus.RESOLVED,
        "How do I add a colleague to our account?",
        now - timedelta(days=2),
        agent,
    )
    await append_message(rated.id, agent, "Open Settings, then Team, and invite them by e-mail.")
    await m.SupportChat.filter(id=chat.id).update(
        ended_at=now - timedelta(days=2),
        rating=5,
        rating_comment="Quick and clear answer.",
        rated_at=now - timedelta(days=2),
    )
    taken, _ = await _chat(
        venue,
        "FINANCE",
        m.SupportStatus.ACTIVE,
        "Our last payout is missing the commission breakdown.",
        now - timedelta(minutes=20),
        agent,
    )
    await append_message(taken.id, agent, "Let me check the payout for you.")
    ticket, chat = await _chat(
        venue,
        "PRODUCT_MANAGEMENT",
        m.SupportStatus.TICKET_OPEN,
        "We need our seminar package in Italian and Spanish, with custom meeting points.",
        now - timedelta(hours=5),
        agent,
    )
    note = await append_message(
        ticket.id,
        agent,
        "Translations into two new languages and custom meeting points: product setup.",
        visibility=m.Visibility.INTERNAL,
    )
    products = await m.Team.get(key="support-products")
    await m.Thread.filter(id=ticket.id).update(assigned_team_id=products.id)
    await m.SupportChat.filter(id=chat.id).update(escalation_note_id=note.id)
    await append_message(
        ticket.id,
        None,
        handover_text(products.name),
        kind=m.MessageKind.SYSTEM,
    )
    await _chat(
        venue,
        "TECHNICAL",
        m.SupportStatus.QUEUED,
        "The calendar does not load in the provider portal; screenshot attached later.",
        now - timedelta(minutes=4),
    )


#: Demo accounts of the support desk, added to datasets loaded before it existed.
DESK_ACCOUNTS = ("AGENT_SUPPORT", "PROVIDER_STAFF_UNVERIFIED")


async def add_support_desk(
    accounts: dict[str, tuple[Any, ...]], desk: tuple[str, str, bool, Any], now: datetime
) -> None:
    """The support desk for a dataset loaded before it existed: its team, the unverified
    provider, its demo accounts and chats; nothing when the desk is there already."""
    if await m.Team.exists(key=SUPPORT_TEAM):
        return
    name, zone, always, _ = desk
    await m.Team.create(key=SUPPORT_TEAM, name=name, time_zone=zone, always_open=always)
    provider = await unverified_provider()
    users = {"PROVIDER_STAFF": await m.User.get(email=accounts["PROVIDER_STAFF"][0])}
    for key in DESK_ACCOUNTS:
        email, full_name, role, locale, org, _, teams = accounts[key]
        user = await m.User.create(
            email=email,
            name=full_name,
            role=role,
            locale=locale,
            organisation=provider if org else None,
        )
        await user.teams.add(*await m.Team.filter(key__in=teams))
        users[key] = user
    await load_support_desk(users, now)
