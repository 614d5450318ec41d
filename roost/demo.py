"""Demo data: a realistic, deterministic dataset, loaded once (idempotent)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

import models as m
from models.bookings import booking_reference
from models.crisis import record_affected
from resolvers import organisations
from resolvers.attachments import store_bytes
from resolvers.audit import record, snapshot
from resolvers.deadlines import post_deadline_warnings
from resolvers.principal import Principal
from resolvers.selfservice_links import create_link
from resolvers.selfservice_mail import queue_confirmation
from resolvers.threads import append_message, notify_participants, party_columns
from roost.demo_claims import demo_claims
from roost.demo_routing import demo_routing
from roost.demo_support import add_support_desk, load_support_desk, unverified_provider
from roost.settings import Settings

#: Demo accounts: token key -> (e-mail, name, role, locale, organisation key, VIP, teams).
ACCOUNTS: dict[str, tuple[str, str, m.Role, str, str | None, bool, tuple[str, ...]]] = {
    "CUSTOMER": (
        "claire.martin@example.com",
        "Claire Martin",
        m.Role.CUSTOMER,
        "fr",
        "acme",
        False,
        (),
    ),
    "CUSTOMER_OTHER": (
        "jonas.weber@example.com",
        "Jonas Weber",
        m.Role.CUSTOMER,
        "de",
        None,
        False,
        (),
    ),
    "CUSTOMER_VIP": (
        "victoria.hale@example.com",
        "Victoria Hale",
        m.Role.CUSTOMER,
        "en",
        "acme",
        True,
        (),
    ),
    "PROVIDER_STAFF": (
        "sophie.bernard@chateau-lumiere.example",
        "Sophie Bernard",
        m.Role.PROVIDER_STAFF,
        "fr",
        "chateau",
        False,
        (),
    ),
    "PROVIDER_STAFF_OTHER": (
        "lukas.huber@alpen-touren.example",
        "Lukas Huber",
        m.Role.PROVIDER_STAFF,
        "de",
        "alpen",
        False,
        (),
    ),
    "TRAVEL_MANAGER": (
        "tom.keller@acme.example",
        "Tom Keller",
        m.Role.TRAVEL_MANAGER,
        "en",
        "acme",
        False,
        (),
    ),
    "AGENT": (
        "anna.lopez@roost.example",
        "Anna Lopez",
        m.Role.AGENT,
        "en",
        None,
        False,
        ("general", "24x7"),
    ),
    "AGENT_VIP": (
        "marc.dubois@roost.example",
        "Marc Dubois",
        m.Role.AGENT,
        "fr",
        None,
        False,
        ("vip",),
    ),
    "AGENT_GROUPS": (
        "eva.schmidt@roost.example",
        "Eva Schmidt",
        m.Role.AGENT,
        "de",
        None,
        False,
        ("groups", "general"),
    ),
    "AGENT_SUPPORT": (
        "sam.okafor@roost.example",
        "Sam Okafor",
        m.Role.AGENT,
        "en",
        None,
        False,
        ("support",),
    ),
    "PROVIDER_STAFF_UNVERIFIED": (
        "elena.rossi@lac-bleu.example",
        "Elena Rossi",
        m.Role.PROVIDER_STAFF,
        "fr",
        "lacbleu",
        False,
        (),
    ),
    "ADMIN": ("admin@roost.example", "Roost Admin", m.Role.ADMIN, "en", None, False, ()),
    "ANALYST": ("ines.analyst@roost.example", "Ines Moreau", m.Role.ANALYST, "en", None, False, ()),
    "INTEGRATION": (
        "booking-system@roost.example",
        "Booking system",
        m.Role.INTEGRATION,
        "en",
        None,
        False,
        (),
    ),
}

_WORKDAYS = ("mon", "tue", "wed", "thu", "fri")
TEAMS = {
    "general": ("General service", "Europe/Paris", False, ["09:00", "19:00"]),
    "vip": ("VIP service", "Europe/Paris", False, ["08:30", "19:30"]),
    "groups": ("Groups, seminars and incentives", "Europe/Paris", False, ["09:00", "18:00"]),
    "24x7": ("24/7 hotline", "UTC", True, None),
    "support": ("Supplier support", "UTC", True, None),
}

_FIRST = [
    "Léa",
    "Hugo",
    "Emma",
    "Noah",
    "Mia",
    "Lucas",
    "Lina",
    "Paul",
    "Sara",
    "Felix",
    "Nina",
    "Louis",
]
_LAST = [
    "Dupont",
    "Meyer",
    "Rossi",
    "Novak",
    "Laurent",
    "Fischer",
    "Garcia",
    "Bauer",
    "Petit",
    "Klein",
]
_PLATES = ["AB-123-CD", "M-XY 4521", "GE 12345", "FR-904-ZK", "B-RT 881"]


@dataclass(frozen=True)
class DemoSummary:
    """What the demo loader did."""

    created: bool
    bookings: int


def _labels(en: str, fr: str, de: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "de": de}


async def _organisations() -> dict[str, m.Organisation]:
    chateau = await m.Organisation.create(
        name="Château Lumière",
        kind=m.OrganisationKind.PROVIDER,
        provider_kind=m.ProviderKind.VENUE,
        plan=m.Plan.PREMIUM,
        verified=True,
        time_zone="Europe/Paris",
    )
    alpen = await m.Organisation.create(
        name="Alpen Touren GmbH",
        kind=m.OrganisationKind.PROVIDER,
        provider_kind=m.ProviderKind.SUPPLIER,
        plan=m.Plan.BASIC,
        verified=True,
        time_zone="Europe/Berlin",
    )
    acme = await m.Organisation.create(
        name="Acme Corporate",
        kind=m.OrganisationKind.CLIENT_COMPANY,
        time_zone="Europe/Paris",
        analytic_code_definitions=[
            {"key": "cost_centre", "label": "Cost centre", "kind": "FREE"},
            {"key": "project", "label": "Project", "kind": "FREE"},
            {"key": "employee_id", "label": "Employee id", "kind": "FREE"},
            {
                "key": "department",
                "label": "Department",
                "kind": "CHOICE",
                "choices": ["Sales", "Engineering", "Finance"],
            },
            {
                "key": "purpose",
                "label": "Trip purpose",
                "kind": "CHOICE",
                "choices": ["Client visit", "Conference", "Training"],
            },
        ],
    )
    return {"chateau": chateau, "alpen": alpen, "acme": acme}


async def _teams() -> dict[str, m.Team]:
    teams = {}
    for key, (name, zone, always, hours) in TEAMS.items():
        schedule = {day: [hours] for day in _WORKDAYS} if hours else {}
        teams[key] = await m.Team.create(
            key=key, name=name, time_zone=zone, always_open=always, service_hours=schedule
        )
    return teams


async def _accounts(orgs: dict[str, m.Organisation], teams: dict[str, m.Team]) -> dict[str, m.User]:
    users = {}
    for key, (email, name, role, locale, org, vip, team_keys) in ACCOUNTS.items():
        user = await m.User.create(
            email=email,
            name=name,
            role=role,
            locale=locale,
            is_vip=vip,
            organisation=orgs[org] if org else None,
            phone=f"+33 6 12 34 {len(users):02d} 00",
        )
        if team_keys:
            await user.teams.add(*(teams[t] for t in team_keys))
        users[key] = user
    return users


async def _services(orgs: dict[str, m.Organisation]) -> list[m.Service]:
    seminar = await m.Service.create(
        provider=orgs["chateau"],
        name="Seminar day package",
        description="Meeting room, coffee breaks and lunch.",
    )
    gala = await m.Service.create(
        provider=orgs["chateau"],
        name="Gala dinner",
        description="Three-course dinner in the orangery.",
    )
    hike = await m.Service.create(
        provider=orgs["alpen"], name="Glacier hike", description="Guided full-day glacier hike."
    )
    trip = await m.Service.create(
        provider=orgs["alpen"],
        name="Zugspitze day trip",
        description="Coach and cable car to the summit.",
    )
    for service in (seminar, gala, hike, trip):
        await m.BookingFieldDefinition.create(
            service=service,
            key="participant_name",
            type=m.FieldType.PERSON_NAME,
            scope=m.FieldScope.PARTICIPANT,
            required=True,
            max_length=120,
            position=1,
            labels=_labels("Participant name", "Nom du participant", "Name des Teilnehmers"),
        )
        await m.BookingFieldDefinition.create(
            service=service,
            key="notes",
            type=m.FieldType.TEXT,
            max_length=500,
            position=3,
            labels=_labels("Notes", "Remarques", "Anmerkungen"),
        )
    for service in (seminar, gala):
        await m.BookingFieldDefinition.create(
            service=service,
            key="licence_plate",
            type=m.FieldType.LICENCE_PLATE,
            max_length=15,
            position=2,
            labels=_labels("Licence plate", "Plaque d'immatriculation", "Kennzeichen"),
        )
        await m.BookingFieldDefinition.create(
            service=service,
            key="diet",
            type=m.FieldType.CHOICE,
            position=4,
            choices=["none", "vegetarian", "vegan", "gluten-free"],
            labels=_labels("Dietary requirements", "Régime alimentaire", "Ernährungswünsche"),
        )
    for service in (hike, trip):
        await m.BookingFieldDefinition.create(
            service=service,
            key="emergency_phone",
            type=m.FieldType.PHONE,
            position=2,
            labels=_labels("Emergency phone", "Téléphone d'urgence", "Notfallnummer"),
        )
    await _questions(seminar, hike)
    return [seminar, gala, hike, trip]


async def _questions(seminar: m.Service, hike: m.Service) -> None:
    """Automated questions, asked in the customer thread when a booking is confirmed."""
    equipment = await m.BookingFieldDefinition.create(
        service=seminar,
        key="equipment",
        type=m.FieldType.CHOICE,
        position=5,
        choices=["projector", "flipchart", "none"],
        labels=_labels("Equipment", "Équipement", "Ausstattung"),
    )
    catering = await m.BookingFieldDefinition.create(
        service=seminar,
        key="catering_notes",
        type=m.FieldType.TEXT,
        max_length=500,
        position=6,
        labels=_labels("Food and drink", "Repas et boissons", "Speisen und Getränke"),
    )
    await m.ServiceQuestion.create(
        service=seminar,
        field=equipment,
        position=1,
        texts=_labels(
            "Which equipment do you need in the meeting room?",
            "De quel équipement avez-vous besoin dans la salle de réunion ?",
            "Welche Ausstattung benötigen Sie im Tagungsraum?",
        ),
        choice_labels={
            "en": {"projector": "Projector", "flipchart": "Flip chart", "none": "None"},
            "fr": {"projector": "Vidéoprojecteur", "flipchart": "Paperboard", "none": "Aucun"},
            "de": {"projector": "Beamer", "flipchart": "Flipchart", "none": "Keine"},
        },
    )
    await m.ServiceQuestion.create(
        service=seminar,
        field=catering,
        position=2,
        texts=_labels(
            "Any food and drink requirements (allergies, diets, drinks)?",
            "Avez-vous des besoins pour les repas et boissons (allergies, régimes, boissons) ?",
            "Haben Sie Wünsche zu Speisen und Getränken (Allergien, Ernährung, Getränke)?",
        ),
    )
    phone = await m.BookingFieldDefinition.get(service=hike, key="emergency_phone")
    await m.ServiceQuestion.create(
        service=hike,
        field=phone,
        position=1,
        texts=_labels(
            "On which phone number can the guide reach you on the day?",
            "À quel numéro le guide peut-il vous joindre le jour même ?",
            "Unter welcher Nummer erreicht Sie der Guide am Tag der Tour?",
        ),
    )


#: The offer comments of the featured OPTION booking (the first one of the plan).
FEATURED_OFFER_COMMENTS = (
    "Customer: could the second coffee break be moved to 15:30?\n"
    "Château Lumière: yes, and we can add a tasting of local champagne (+12 EUR a person).\n"
    "Customer: please include the tasting; we confirm once our budget is approved."
)


def plausible_status(
    status: m.BookingStatus, starts_at: datetime, now: datetime
) -> m.BookingStatus:
    """The status a booking starting at ``starts_at`` can have at ``now``: a booking that has
    begun is no longer an offer or merely confirmed (an option nobody confirmed lapsed)."""
    if starts_at > now:
        return status
    if status is m.BookingStatus.OPTION:
        return m.BookingStatus.CANCELLED
    if status is m.BookingStatus.CONFIRMED:
        return m.BookingStatus.COMPLETED
    return status


async def _booking(
    rng: random.Random,
    number: int,
    service: m.Service,
    customer: m.User,
    status: m.BookingStatus,
    starts_at: datetime,
    participants: int,
    now: datetime,
) -> m.Booking:
    provider = await service.provider
    status = plausible_status(status, starts_at, now)
    comments = FEATURED_OFFER_COMMENTS if number == 1 else "Late check-out requested."
    price = Decimal(rng.randrange(90, 400) * participants)
    booking = await m.Booking.create(
        reference=booking_reference(starts_at.year, number),
        status=status,
        provider=provider,
        service=service,
        customer=customer,
        client_company_id=customer.organisation_id,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=rng.choice([3, 6, 8])),
        time_zone=provider.time_zone,
        participant_count=participants,
        destination="Reims" if provider.time_zone == "Europe/Paris" else "Garmisch-Partenkirchen",
        total_price=price,
        commission=(price * Decimal("0.12")).quantize(Decimal("0.01")),
        currency="EUR",
        free_cancellation_until=starts_at - timedelta(days=14),
        offer_comments=comments if status == m.BookingStatus.OPTION else "",
        analytic_codes={"cost_centre": f"CC-{rng.randrange(100, 999)}", "department": "Sales"}
        if customer.organisation_id
        else {},
    )
    definitions = {d.key: d for d in await m.BookingFieldDefinition.filter(service=service)}
    for position in range(participants):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        person = await m.Participant.create(booking=booking, position=position + 1, name=name)
        await _set_value(booking, definitions["participant_name"], name, person)
    if "licence_plate" in definitions:
        await _set_value(booking, definitions["licence_plate"], rng.choice(_PLATES))
    if "emergency_phone" in definitions:
        await _set_value(booking, definitions["emergency_phone"], "+49 170 1234567")
    await _set_value(
        booking,
        definitions["notes"],
        rng.choice(["", "Arriving by train.", "Wheelchair access needed."]),
    )
    if status in (m.BookingStatus.CONFIRMED, m.BookingStatus.COMPLETED):
        await _invoice(rng, booking, number, now)
    return booking


async def _set_value(
    booking: m.Booking,
    definition: m.BookingFieldDefinition,
    value: str,
    participant: m.Participant | None = None,
) -> None:
    await m.FieldValue.create(
        booking=booking, definition=definition, participant=participant, value=value
    )
    await m.BookingFieldChange.create(
        booking=booking,
        definition=definition,
        participant=participant,
        old_value=None,
        new_value=value,
        channel=m.ChangeChannel.BOOKING,
    )


async def _invoice(rng: random.Random, booking: m.Booking, number: int, now: datetime) -> None:
    """The booking's invoice, issued 30 days before the start (at the latest yesterday) and
    due 30 days later: unpaid ones are OVERDUE once the due date passed, ISSUED before."""
    issued = min(booking.starts_at - timedelta(days=30), now - timedelta(days=1))
    due_date = (issued + timedelta(days=30)).date()
    status = rng.choice(
        [
            m.InvoiceStatus.ISSUED,
            m.InvoiceStatus.PAID,
            m.InvoiceStatus.PAID,
            m.InvoiceStatus.OVERDUE,
        ]
    )
    if status is not m.InvoiceStatus.PAID:
        status = m.InvoiceStatus.OVERDUE if due_date < now.date() else m.InvoiceStatus.ISSUED
    invoice = await m.Invoice.create(
        number=f"INV-{booking.starts_at.year}-{number:05d}",
        booking=booking,
        status=status,
        issued_at=issued,
        due_date=due_date,
        currency=booking.currency,
        total_amount=booking.total_price,
        provider_payout=booking.total_price - booking.commission,
        analytic_codes=booking.analytic_codes,
    )
    net = (booking.total_price / Decimal("1.2")).quantize(Decimal("0.01"))
    await m.InvoiceLine.create(
        invoice=invoice,
        position=1,
        description=(await booking.service).name,
        quantity=booking.participant_count,
        unit_price=(net / booking.participant_count).quantize(Decimal("0.01")),
        vat_rate=Decimal("20"),
        amount=net,
    )
    await m.InvoiceLine.create(
        invoice=invoice,
        position=2,
        description="VAT 20 %",
        quantity=1,
        unit_price=booking.total_price - net,
        amount=booking.total_price - net,
    )
    if status == m.InvoiceStatus.PAID:
        await m.Payment.create(
            invoice=invoice,
            amount=booking.total_price,
            paid_at=min(issued + timedelta(days=rng.randrange(1, 25)), now - timedelta(hours=1)),
            reference=f"SEPA-{number:06d}",
        )


#: A one-pixel PNG, the demo's screenshot.
_PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


async def _say(thread: m.Thread, author: m.User | None, body: str, **options: Any) -> m.Message:
    """Post a demo message; its e-mails are due at once, so `make run` shows them."""
    message = await append_message(thread.id, author, body, **options)
    await notify_participants(thread, message, timedelta(0))
    return message


async def _conversations(users: dict[str, m.User], attachments_dir: Path) -> None:
    """A few threads between customers, providers and the service team."""
    claire_booking = await m.Booking.filter(
        customer=users["CUSTOMER"], status=m.BookingStatus.CONFIRMED, participant_count__gte=10
    ).first()
    jonas_booking = await m.Booking.filter(
        customer=users["CUSTOMER_OTHER"], status=m.BookingStatus.CONFIRMED
    ).first()
    alpen_booking = await m.Booking.filter(
        provider__name="Alpen Touren GmbH", status=m.BookingStatus.CONFIRMED
    ).first()
    vip_invoice = await m.Invoice.filter(booking__customer=users["CUSTOMER_VIP"]).first()
    if not (claire_booking and jonas_booking and alpen_booking and vip_invoice):
        raise RuntimeError("demo bookings for the conversations are missing")

    group = await m.Thread.create(
        booking=claire_booking,
        subject="Seminar room set-up",
        created_by=users["CUSTOMER"],
        **party_columns(claire_booking, m.Party.BOTH),
    )
    await _say(
        group, users["CUSTOMER"], "Bonjour, pouvons-nous avoir la salle en U pour 12 personnes ?"
    )
    await _say(
        group, users["AGENT_GROUPS"], "We are checking with the venue and come back to you today."
    )
    screenshot = store_bytes(attachments_dir, _PIXEL, "floor-plan.png", users["PROVIDER_STAFF"].id)
    await screenshot.save()
    await _say(
        group,
        users["PROVIDER_STAFF"],
        "U-shape is possible; see the floor plan.",
        attachment_ids=(screenshot.id,),
    )
    await _say(
        group,
        users["AGENT_GROUPS"],
        "Venue confirmed quickly, no upsell needed.",
        visibility=m.Visibility.INTERNAL,
    )

    question = await m.Thread.create(
        booking=jonas_booking,
        subject="Anreise",
        created_by=users["CUSTOMER_OTHER"],
        **party_columns(jonas_booking, m.Party.CUSTOMER),
    )
    await _say(question, users["CUSTOMER_OTHER"], "Gibt es Parkplätze vor Ort?")

    supplier = await m.Thread.create(
        booking=alpen_booking,
        subject="Meeting point changed",
        urgency=m.Urgency.URGENT,
        created_by=users["PROVIDER_STAFF_OTHER"],
        **party_columns(alpen_booking, m.Party.PROVIDER),
    )
    await _say(
        supplier, users["PROVIDER_STAFF_OTHER"], "The meeting point moves to the valley station."
    )

    booking = await vip_invoice.booking
    invoice = await m.Thread.create(
        kind=m.ThreadKind.INVOICE,
        booking=booking,
        invoice=vip_invoice,
        subject=f"Invoice {vip_invoice.number}",
        urgency=m.Urgency.ACTION_REQUIRED,
        respond_by=datetime.now(UTC) + timedelta(days=3),
        created_by=users["AGENT"],
        **party_columns(booking, m.Party.CUSTOMER),
    )
    await _say(invoice, users["AGENT"], "Could you confirm the cost centre for this invoice?")


#: The booking fields customers of the PREMIUM venue may edit themselves.
SELF_SERVICE_FIELDS = ("participant_name", "licence_plate", "notes")


async def _self_service(self_service_url: str, portal_url: str, now: datetime) -> None:
    """Self-service for the PREMIUM venue, once: enabled by the admin, a few editable
    fields, a reminder, the confirmation e-mails of its upcoming confirmed bookings
    with their edit links, due at once (so `make run` puts them in the mail folder), and
    a past booking whose customer used the link (the provider's ARCHIVED tab)."""
    chateau = await m.Organisation.get_or_none(name="Château Lumière")
    if chateau is None or await m.SelfServiceApp.exists(provider_id=chateau.id):
        return
    admin = await m.User.get(email=ACCOUNTS["ADMIN"][0])
    app = await m.SelfServiceApp.create(
        provider=chateau,
        enabled=True,
        enabled_by=admin,
        enabled_at=now,
        edit_deadline_hours=48,
        reminder_enabled=True,
        reminder_hours_before_deadline=72,
        reminder_text=_labels(
            "Badges are printed three days before the event: please check every name.",
            "Les badges sont imprimés trois jours avant l'événement : vérifiez chaque nom.",
            "Die Namensschilder werden drei Tage vor der Veranstaltung gedruckt: "
            "bitte prüfen Sie jeden Namen.",
        ),
    )
    await app.editable_fields.add(
        *await m.BookingFieldDefinition.filter(
            service__provider=chateau, key__in=SELF_SERVICE_FIELDS
        )
    )
    confirmed = await m.Booking.filter(
        provider=chateau,
        status=m.BookingStatus.CONFIRMED,
        starts_at__gt=now + timedelta(hours=app.edit_deadline_hours),
    ).order_by("starts_at", "id")
    for booking in confirmed:
        await queue_confirmation(
            booking, self_service_url=self_service_url, portal_url=portal_url, now=now
        )
    await _archived_self_service(app, now)


async def _archived_self_service(app: m.SelfServiceApp, now: datetime) -> None:
    """The venue's latest completed booking, as if its link had been sent and used: the
    customer opened it and corrected the notes before edits closed."""
    booking = (
        await m.Booking.filter(
            provider_id=app.provider_id, status=m.BookingStatus.COMPLETED, starts_at__lt=now
        )
        .order_by("-starts_at", "-id")
        .first()
    )
    if booking is None:
        return
    closed = app.editable_until(booking.starts_at)
    _, link = await create_link(booking, app)
    sent = closed - timedelta(days=12)
    await m.SelfServiceLink.filter(id=link.id).update(
        created_at=sent, opened_at=sent + timedelta(days=1)
    )
    notes = await m.BookingFieldDefinition.get(service_id=booking.service_id, key="notes")
    value = await m.FieldValue.get(booking_id=booking.id, definition_id=notes.id)
    corrected = "Two participants arrive by car; parking needed."
    change = await m.BookingFieldChange.create(
        booking=booking,
        definition=notes,
        old_value=value.value,
        new_value=corrected,
        actor_id=booking.customer_id,
        channel=m.ChangeChannel.SELF_SERVICE,
    )
    await m.BookingFieldChange.filter(id=change.id).update(changed_at=sent + timedelta(days=1))
    await m.FieldValue.filter(id=value.id).update(value=corrected)


async def _deadline_ahead(customer: m.User, today: datetime, now: datetime) -> None:
    """Victoria Hale's soonest confirmed booking a week or more ahead, booked three weeks
    ago, with free cancellation ending in five days: its 7-day deadline warning is due."""
    booking = (
        await m.Booking.filter(
            customer=customer,
            status=m.BookingStatus.CONFIRMED,
            starts_at__gt=now + timedelta(days=7),
        )
        .order_by("starts_at", "id")
        .first()
    )
    if booking is None:
        raise RuntimeError("demo booking for the deadline warning is missing")
    await m.Booking.filter(id=booking.id).update(
        created_at=now - timedelta(days=21),
        free_cancellation_until=today + timedelta(days=5, hours=18),
    )


async def _ingested() -> None:
    """The booking system's account and the bookings it fed (Jonas Weber's), once."""
    email, name, role, locale, *_ = ACCOUNTS["INTEGRATION"]
    system, _ = await m.User.get_or_create(
        email=email, defaults={"name": name, "role": role, "locale": locale}
    )
    if await m.Booking.exists(source_id=system.id):
        return
    fed = await m.Booking.filter(customer__email=ACCOUNTS["CUSTOMER_OTHER"][0]).order_by("id")
    for booking in fed:
        await m.Booking.filter(id=booking.id).update(
            source_id=system.id, external_reference=f"BS-{booking.id:06d}"
        )


async def _webhook() -> None:
    """A webhook an admin can see and switch on (inactive: its receiver is an example), once."""
    if not await m.Webhook.exists():
        await m.Webhook.create(
            url="https://example.com/roost-webhooks",
            events=list(m.WEBHOOK_EVENTS),
            secret="demo-secret-change-me-before-use",
            active=False,
        )


async def _crisis_alert() -> None:
    """A past crisis alert on Claire's and the travel manager's upcoming bookings, once
    (no e-mail: it is history)."""
    if await m.CrisisAlert.exists():
        return
    travellers = [ACCOUNTS["CUSTOMER"][0], ACCOUNTS["TRAVEL_MANAGER"][0]]
    affected = (
        m.Booking.filter(customer__email__in=travellers, starts_at__gte=datetime.now(UTC))
        .exclude(status=m.BookingStatus.CANCELLED)
        .order_by()
        .values_list("id", flat=True)
    )
    alert = await m.CrisisAlert.create(
        title="Regional rail strike",
        body="Trains to and from the venues may not run. Plan a taxi or ask us for help.",
        severity=m.CrisisSeverity.WARNING,
        client_alert_id="demo-rail-strike",
    )
    alert.booking_count, alert.reached_count = await record_affected(alert, affected)
    await alert.save(update_fields=["booking_count", "reached_count"])


async def _audit(admin: m.User, orgs: dict[str, m.Organisation]) -> None:
    """The audit log as if the demo admin had set up the organisations through the API."""
    for organisation in orgs.values():
        after = snapshot(organisation, organisations.FIELDS)
        await record(
            Principal.for_user(admin),
            "createOrganisation",
            "Organisation",
            organisation.id,
            {},
            after,
        )


async def _traveller_profiles(
    users: dict[str, m.User], attachments_dir: Path, today: datetime
) -> None:
    """Claire's profile with a loyalty card and a scanned passport; the travel manager's
    passport runs out within weeks, before some of his trips end."""
    claire = await m.TravellerProfile.create(
        traveller=users["CUSTOMER"],
        seat_preference=m.SeatPreference.WINDOW,
        meal_preference="Végétarien",
        notes="Prefers morning flights.",
    )
    await m.LoyaltyMembership.create(
        profile=claire, programme="Air France Flying Blue", number="FB 1234567890"
    )
    scan = store_bytes(attachments_dir, _PIXEL, "passport.png", users["CUSTOMER"].id)
    await scan.save()
    await m.IdentityDocument.create(
        profile=claire,
        kind=m.DocumentKind.PASSPORT,
        number="18AB12345",
        issuing_country="FR",
        expires_on=(today + timedelta(days=5 * 365)).date(),
        scan=scan,
    )
    manager = await m.TravellerProfile.create(
        traveller=users["TRAVEL_MANAGER"], seat_preference=m.SeatPreference.AISLE
    )
    await m.IdentityDocument.create(
        profile=manager,
        kind=m.DocumentKind.PASSPORT,
        number="553201987",
        issuing_country="GB",
        expires_on=(today + timedelta(days=20)).date(),
    )


#: A one-page PDF standing for an e-ticket.
_TICKET_PDF = b"%PDF-1.4\n% Roost demo e-ticket\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


async def _tickets(users: dict[str, m.User], attachments_dir: Path, now: datetime) -> None:
    """Claire's next confirmed booking at the demo provider's (the Château's): an issued
    e-ticket and a train ticket on its way."""
    booking = (
        await m.Booking.filter(
            customer=users["CUSTOMER"],
            provider_id=users["PROVIDER_STAFF"].organisation_id,
            status=m.BookingStatus.CONFIRMED,
            starts_at__gt=now,
        )
        .order_by("starts_at")
        .first()
    )
    if booking is None:
        return
    document = store_bytes(attachments_dir, _TICKET_PDF, "e-ticket.pdf", users["AGENT"].id)
    await document.save()
    await m.Ticket.create(
        booking=booking,
        delivery_mode=m.DeliveryMode.E_TICKET,
        status=m.TicketStatus.ISSUED,
        number="057-2401234567",
        document=document,
        issued_at=now,
    )
    await m.Ticket.create(booking=booking, delivery_mode=m.DeliveryMode.POSTAL)


async def load_demo(settings: Settings, today: date | None = None) -> DemoSummary:
    """Load the demo dataset unless it is already there; all or nothing.

    Self-service for the PREMIUM venue is added to a dataset loaded before it existed.
    """
    self_service_url, portal_url = settings.self_service_url, settings.customer_portal_url
    attachments_dir = settings.attachments_dir
    if await m.User.exists(email=ACCOUNTS["ADMIN"][0]):
        async with in_transaction():
            await _self_service(self_service_url, portal_url, datetime.now(UTC))
            await _ingested()
            await _webhook()
            await demo_routing()
            await add_support_desk(ACCOUNTS, TEAMS["support"], datetime.now(UTC))
            await _crisis_alert()
        return DemoSummary(created=False, bookings=await m.Booking.all().count())
    rng = random.Random(2026)
    now = datetime.combine(today or datetime.now(UTC).date(), datetime.min.time(), UTC)
    moment = datetime.now(UTC) if today is None else now
    async with in_transaction():
        orgs = await _organisations()
        orgs["lacbleu"] = await unverified_provider()
        teams = await _teams()
        users = await _accounts(orgs, teams)
        await demo_routing()
        await _audit(users["ADMIN"], orgs)
        services = await _services(orgs)
        customers = (
            [users["CUSTOMER"]] * 16
            + [users["CUSTOMER_OTHER"]] * 14
            + [users["CUSTOMER_VIP"]] * 10
            + [users["TRAVEL_MANAGER"]] * 8
        )
        plan = [
            (m.BookingStatus.OPTION, 3, services[0], users["CUSTOMER"]),
            (m.BookingStatus.CONFIRMED, 12, services[0], users["CUSTOMER"]),
        ]
        statuses = (
            [m.BookingStatus.CONFIRMED] * 5
            + [m.BookingStatus.COMPLETED] * 2
            + [m.BookingStatus.CANCELLED, m.BookingStatus.OPTION]
        )
        plan += [
            (rng.choice(statuses), rng.randrange(1, 6), rng.choice(services), c) for c in customers
        ]
        for number, (status, people, service, customer) in enumerate(plan, start=1):
            offset = timedelta(days=rng.randrange(-90, 120), hours=rng.choice([8, 9, 10, 14]))
            if status == m.BookingStatus.COMPLETED:
                offset = -abs(offset) - timedelta(days=1)
            elif number <= 2:  # Claire's option and group seminar are upcoming
                offset = abs(offset) + timedelta(days=2)
            await _booking(rng, number, service, customer, status, now + offset, people, moment)
        await _conversations(users, attachments_dir)
        await _traveller_profiles(users, attachments_dir, now)
        await _tickets(users, attachments_dir, moment)
        await load_support_desk(users, moment)
        await _self_service(self_service_url, portal_url, moment)
        await _ingested()
        await _deadline_ahead(users["CUSTOMER_VIP"], now, moment)
        await _webhook()
        await demo_claims(users)
        await _crisis_alert()
    await post_deadline_warnings(
        moment, settings.deadline_warning_offsets, settings.customer_portal_url
    )
    return DemoSummary(created=True, bookings=len(plan))
