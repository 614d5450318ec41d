"""Automated questions: confirming a booking asks its service's questions; answers fill fields.

``confirmBooking`` turns an OPTION into a CONFIRMED booking and, in the same transaction,
posts the service's questions as QUESTION messages in the customer thread (created if
missing), in the customer's language, and queues the confirmation e-mail (with the
self-service edit link when the provider has the app). ``answerQuestion`` validates the
answer against the question's booking field, stores it as the booking's field value with
a history entry (channel QUESTION) and posts it as an ANSWER message. A question is
answered once: later changes go through the booking's data (self-service, provider,
agent), where deadlines and the field policy apply. Subscribers are woken up after each
commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from models import (
    Booking,
    BookingFieldDefinition,
    BookingStatus,
    ChangeChannel,
    FieldValue,
    Message,
    MessageKind,
    Party,
    ServiceQuestion,
    Thread,
    ThreadStatus,
    User,
    Visibility,
)
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.field_values import store_value
from resolvers.scope import scoped
from resolvers.selfservice_mail import queue_confirmation
from resolvers.threads import (
    append_message,
    notify_delay,
    notify_participants,
    party_columns,
    publish_thread_event,
)
from resolvers.validation import message as validation_message
from resolvers.validation import validate_value
from resolvers.webhook_events import booking_status_changed
from roost.i18n import N_, translate
from roost.settings import Settings
from subscriptions.hub import Hub

#: Subject of a customer thread opened to ask the questions (a message id).
QUESTIONS_SUBJECT = N_("Questions about your booking")
_OPTIONS = N_("Options: {options}")


@dataclass(frozen=True)
class Posted:
    """Where messages were posted, and whether the thread is new (for the wake-up)."""

    thread: Thread
    created: bool

    @property
    def event(self) -> str:
        """The kind of event subscribers get: a new thread or a new message."""
        return "thread" if self.created else "message"


async def locale_of(user_id: int) -> str:
    """The language a user reads (``en``, ``fr`` or ``de``)."""
    locales = await User.filter(id=user_id).values_list("locale", flat=True)
    return str(locales[0]) if locales else "en"


async def customer_thread(booking: Booking, subject: str) -> Posted:
    """The booking's open thread with the customer, or a new one (call inside a transaction).

    A thread with the customer side only is preferred over one shared with the provider,
    then the oldest; invoice threads and closed threads are left alone.
    """
    threads = await Thread.filter(
        booking_id=booking.id, invoice_id=None, customer_id=booking.customer_id
    ).exclude(status=ThreadStatus.CLOSED)
    if threads:
        chosen = min(threads, key=lambda t: (t.parties != Party.CUSTOMER, t.created_at, t.id))
        return Posted(chosen, created=False)
    thread = await Thread.create(
        booking_id=booking.id, subject=subject[:200], **party_columns(booking, Party.CUSTOMER)
    )
    return Posted(thread, created=True)


def question_body(
    question: ServiceQuestion, definition: BookingFieldDefinition, locale: str
) -> str:
    """The question in ``locale``, followed by its choices when it offers some."""
    text = question.text(locale)
    choices = question.choices(definition)
    if not choices:
        return text
    options = ", ".join(question.choice_label(choice, locale) for choice in choices)
    return f"{text}\n{translate(_OPTIONS, locale, options=options)}"


async def post_questions(booking: Booking, delay: timedelta) -> Posted | None:
    """Ask the service's questions in the customer thread (call inside a transaction)."""
    questions = await ServiceQuestion.filter(
        service_id=booking.service_id, archived_at=None
    ).order_by("position", "id")
    if not questions:
        return None
    definitions = {
        d.id: d for d in await BookingFieldDefinition.filter(id__in=[q.field_id for q in questions])
    }
    locale = await locale_of(booking.customer_id)
    posted = await customer_thread(booking, translate(QUESTIONS_SUBJECT, locale))
    last: Message | None = None
    for question in questions:
        body = question_body(question, definitions[question.field_id], locale)
        last = await append_message(posted.thread.id, None, body, kind=MessageKind.QUESTION)
        await Message.filter(id=last.id).update(question_id=question.id)
    if last is not None:
        await notify_participants(posted.thread, last, delay)
    return posted


def _not_confirmable(status: BookingStatus) -> Refused:
    if status is BookingStatus.CONFIRMED:
        return Refused("ALREADY_CONFIRMED", N_("This booking is already confirmed."), "bookingId")
    return Refused(
        "INVALID_STATUS",
        N_("Only an option can be confirmed; this booking is {status}."),
        "bookingId",
        status=status.value,
    )


async def confirm_booking(context: RequestContext, booking_id: int | None) -> Booking:
    """OPTION → CONFIRMED, asking the service's questions in the same transaction.

    The status changes only if it is still OPTION when written, so two concurrent
    confirmations ask the questions once: the second one is refused.
    """
    principal = context.require_principal()
    allowed(principal, "confirmBooking")
    booking = await scoped(Booking, principal).get_or_none(id=booking_id) if booking_id else None
    if booking is None:
        raise Refused("NOT_FOUND", N_("No such booking."), "bookingId")
    if booking.status is not BookingStatus.OPTION:
        raise _not_confirmable(booking.status)
    async with in_transaction():
        confirmed = await Booking.filter(id=booking.id, status=BookingStatus.OPTION).update(
            status=BookingStatus.CONFIRMED, updated_at=datetime.now(UTC)
        )
        if not confirmed:
            raise _not_confirmable((await Booking.get(id=booking.id)).status)
        booking.status = BookingStatus.CONFIRMED
        await booking_status_changed(booking, BookingStatus.OPTION)
        posted = await confirmation_effects(booking, context.settings)
    await publish_posted(context.hub, posted)
    return await Booking.get(id=booking.id)


async def confirmation_effects(booking: Booking, settings: Settings) -> Posted | None:
    """What confirming ``booking`` does, inside its transaction: the service's questions
    in the customer thread and the confirmation e-mail (once per booking)."""
    posted = await post_questions(booking, timedelta(seconds=settings.notify_delay_seconds))
    await queue_confirmation(
        booking,
        self_service_url=settings.self_service_url,
        portal_url=settings.customer_portal_url,
        now=datetime.now(UTC),
    )
    return posted


async def publish_posted(hub: Hub, posted: Posted | None) -> None:
    """Wake up the subscribers of the thread the questions went to (after commit)."""
    if posted is not None:
        thread = await Thread.get(id=posted.thread.id)
        await publish_thread_event(hub, thread, posted.event, visibility=Visibility.ALL.value)


@dataclass(frozen=True)
class Answer:
    """What answering a question produced."""

    message: Message
    field_value: FieldValue


async def _question_of(
    context: RequestContext, message_id: int | None
) -> tuple[Message, Thread, Booking]:
    """The question message the caller sees, its thread and booking, or a refusal."""
    principal = context.require_principal()
    asked = await scoped(Message, principal).get_or_none(id=message_id) if message_id else None
    if asked is None:
        raise Refused("NOT_FOUND", N_("No such message."), "messageId")
    if asked.kind is not MessageKind.QUESTION or asked.question_id is None:
        raise Refused("NOT_A_QUESTION", N_("This message is not a question."), "messageId")
    thread = await Thread.get(id=asked.thread_id)
    if thread.status is ThreadStatus.CLOSED:
        raise Refused("THREAD_CLOSED", N_("This thread is closed."), "messageId")
    booking = await Booking.get(id=thread.booking_id)
    if booking.status is not BookingStatus.CONFIRMED:
        raise Refused(
            "BOOKING_NOT_CONFIRMED",
            N_("Questions of a {status} booking are no longer answered."),
            "messageId",
            status=booking.status.value,
        )
    return asked, thread, booking


async def answer_question(context: RequestContext, message_id: int | None, value: str) -> Answer:
    """Answer a QUESTION message: store the booking field value and post the ANSWER."""
    principal = context.require_principal()
    allowed(principal, "answerQuestion")
    asked, thread, booking = await _question_of(context, message_id)
    question = await ServiceQuestion.get(id=asked.question_id)
    definition = await BookingFieldDefinition.get(id=question.field_id)
    locale = context.locale.value
    normalised, error = validate_value(definition, value, locale)
    if normalised is None or not normalised:
        raise Refused("INVALID_VALUE", error or validation_message("required", locale), "value")
    async with in_transaction():
        # The thread's row lock makes concurrent answers to one question take turns.
        await Thread.filter(id=thread.id).select_for_update().get()
        if await Message.exists(
            thread_id=thread.id,
            question_id=question.id,
            kind=MessageKind.ANSWER,
            seq__gt=asked.seq,
        ):
            raise Refused(
                "ALREADY_ANSWERED", N_("This question was already answered."), "messageId"
            )
        await store_value(
            booking.id, definition, None, normalised, principal.user_id, ChangeChannel.QUESTION
        )
        field_value = await FieldValue.get(
            booking_id=booking.id, definition_id=definition.id, participant_id=None
        )
        body = (
            question.choice_label(normalised, locale)
            if question.choices(definition)
            else (normalised)
        )
        answer = await append_message(thread.id, principal.user, body, kind=MessageKind.ANSWER)
        await Message.filter(id=answer.id).update(question_id=question.id)
        answer.question_id = question.id
        await notify_participants(thread, answer, notify_delay(context))
    thread = await Thread.get(id=thread.id)
    await publish_thread_event(context.hub, thread, "message", visibility=Visibility.ALL.value)
    return Answer(message=answer, field_value=field_value)
