"""Confirming many new bookings at once (bulk :func:`resolvers.questions.confirmation_effects`).

The booking system creates hundreds of CONFIRMED bookings per ``upsertBookings`` call;
each must get what confirming by hand gives (its service's questions in a new customer
thread, in the customer's language, the participants' new-message e-mail scheduled, the
confirmation e-mail with its edit link), but with a few statements for the whole batch
instead of a dozen per booking. Only for bookings created in the same transaction: they
have no thread yet, so each gets a new one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from models import (
    BookingFieldDefinition,
    Message,
    MessageKind,
    Party,
    ServiceQuestion,
    Thread,
    tallies,
)
from resolvers.outbox import enqueue_rows, thread_fanout_row
from resolvers.questions import QUESTIONS_SUBJECT, Posted, question_body
from resolvers.selfservice_mail import MailFacts, queue_confirmations
from resolvers.threads import party_columns
from resolvers.webhook_events import message_created
from resolvers.webhooks import subscribed
from roost.bulk_insert import insert_models, insert_rows
from roost.i18n import translate
from roost.settings import Settings


async def confirm_new_bookings(confirmed: Sequence[MailFacts], settings: Settings) -> list[Posted]:
    """Ask the questions of and queue the confirmation e-mail for bookings created
    CONFIRMED in this transaction; returns the threads to wake up after commit."""
    if not confirmed:
        return []
    posted = await _ask_questions(confirmed, timedelta(seconds=settings.notify_delay_seconds))
    await queue_confirmations(
        confirmed,
        self_service_url=settings.self_service_url,
        portal_url=settings.customer_portal_url,
        now=datetime.now(UTC),
    )
    return posted


async def _ask_questions(confirmed: Sequence[MailFacts], delay: timedelta) -> list[Posted]:
    """Each booking's service questions as QUESTION messages in a new customer thread."""
    questions: dict[int, list[ServiceQuestion]] = defaultdict(list)
    for question in await ServiceQuestion.filter(
        service_id__in={facts.service.id for facts in confirmed}, archived_at=None
    ).order_by("position", "id"):
        questions[question.service_id].append(question)
    asking = [facts for facts in confirmed if questions[facts.service.id]]
    if not asking:
        return []
    definitions = {
        d.id: d
        for d in await BookingFieldDefinition.filter(
            id__in={q.field_id for group in questions.values() for q in group}
        )
    }
    now = datetime.now(UTC)
    rows = [
        {
            "booking_id": facts.booking.id,
            "subject": translate(QUESTIONS_SUBJECT, facts.language)[:200],
            "last_seq": len(questions[facts.service.id]),
            "last_public_seq": len(questions[facts.service.id]),
            "last_activity_at": now,
            "last_public_activity_at": now,
            **party_columns(facts.booking, Party.CUSTOMER),
        }
        for facts in asking
    ]
    threads = {
        thread.booking_id: thread for thread in await insert_models(Thread, rows, "booking_id")
    }
    await insert_rows(
        Message,
        [
            {
                "thread_id": threads[facts.booking.id].id,
                "seq": seq,
                "public_seq": seq,
                "kind": MessageKind.QUESTION,
                "body": question_body(question, definitions[question.field_id], facts.language),
                "question_id": question.id,
            }
            for facts in asking
            for seq, question in enumerate(questions[facts.service.id], start=1)
        ],
    )
    await tallies.add_to_many_threads(
        [(thread, thread.last_public_seq, thread.last_seq) for thread in threads.values()]
    )
    if await subscribed("message.created"):
        by_id = {thread.id: thread for thread in threads.values()}
        for message in await Message.filter(thread_id__in=list(by_id)).order_by("id"):
            await message_created(by_id[message.thread_id], message, None)
    await enqueue_rows(
        [thread_fanout_row(thread.id, delay, internal=False) for thread in threads.values()]
    )
    return [Posted(thread, created=True) for thread in threads.values()]
