"""GraphQL for the provider's side of self-service: the app, its settings, the bookings list,
reminders, custom e-mails and the e-mail preview."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, TypeVar

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from resolvers import selfservice as use
from resolvers import selfservice_bookings as listing
from resolvers import selfservice_mail as mail
from resolvers.context import RequestContext
from resolvers.errors import Refused, RoostError
from schema.descriptions import INPUT, After, First, described_enum
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import Connection, decode_id, node_pk
from schema.users import Locale

if TYPE_CHECKING:
    from schema.bookings import BookingFieldChangeType, BookingType
    from schema.organisations import OrganisationType
    from schema.services import BookingFieldDefinitionType

BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
ChangeRef = Annotated["BookingFieldChangeType", strawberry.lazy("schema.bookings")]
OrganisationRef = Annotated["OrganisationType", strawberry.lazy("schema.organisations")]
DefinitionRef = Annotated["BookingFieldDefinitionType", strawberry.lazy("schema.services")]

SelfServiceTab = described_enum(
    listing.Tab,
    {
        "UPCOMING": "Bookings whose edit deadline has not passed.",
        "ARCHIVED": "Bookings whose edit deadline has passed.",
    },
    name="SelfServiceTab",
)
SelfServiceEmailKind = described_enum(
    mail.EmailKind,
    {
        "CONFIRMATION": "The e-mail with the edit link sent when a booking is confirmed.",
        "REMINDER": "The reminder sent before the edit deadline.",
    },
    name="SelfServiceEmailKind",
)
#: The ``providerId`` argument of the self-service queries.
ProviderId = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description="A provider's global id (service team); default: your organisation."
    ),
]

Info = strawberry.Info[RequestContext]
App = strawberry.Parent[m.SelfServiceApp]
Entry = strawberry.Parent[listing.SelfServiceEntry]
T = TypeVar("T")

_TEXTS = (
    'Per locale, e.g. {"en": "…", "fr": "…", "de": "…"}; a missing locale uses the built-in '
    "wording."
)


@governed(m.SelfServiceApp)
@strawberry.type(
    name="SelfServiceApp",
    description="A provider's self-service app: customers edit chosen booking fields until "
    "a deadline. Enabled by admins (PREMIUM and ENTERPRISE plans), configured by the provider.",
)
class SelfServiceAppType(relay.Node):
    id: relay.NodeID[int]
    enabled: bool
    enabled_at: datetime | None
    edit_deadline_hours: int = strawberry.field(
        description="Edits close this many hours before the booking starts."
    )
    email_subject: JSON = strawberry.field(
        description=f"Subject of the confirmation e-mail. {_TEXTS}"
    )
    email_text: JSON = strawberry.field(description=f"Text of the confirmation e-mail. {_TEXTS}")
    reminder_enabled: bool
    reminder_hours_before_deadline: int = strawberry.field(
        description="The reminder goes out this many hours before edits close."
    )
    reminder_text: JSON = strawberry.field(description=f"Extra text of the reminder. {_TEXTS}")
    updated_at: datetime

    @strawberry.field
    async def provider(self, root: App, info: Info) -> OrganisationRef | None:
        return await info.context.loaders.load(m.Organisation, root.provider_id)

    @strawberry.field(description="The booking fields customers may edit (of any service).")
    async def editable_fields(self, root: App, info: Info) -> list[DefinitionRef]:
        return await info.context.loaders.related(
            m.BookingFieldDefinition, "self_service_apps", root.id
        )


@strawberry.type(
    name="SelfServiceEntry",
    description="A booking in the provider's self-service list: link, deadline, changes.",
)
class SelfServiceEntryType:
    booking: BookingRef
    editable_until: datetime = strawberry.field(description="When edits close.")
    editable: bool = strawberry.field(description="Whether the customer may still edit.")
    opened_at: datetime | None = strawberry.field(
        description="When the customer first opened an edit link; null if never."
    )
    last_sent_at: datetime | None = strawberry.field(description="When a link was last sent.")
    links_sent: int = strawberry.field(description="How many edit links were sent.")
    changes: list[ChangeRef] = strawberry.field(
        description="What the customer changed through self-service, oldest first."
    )

    @strawberry.field(description="Whether the customer opened an edit link.")
    def link_opened(self, root: Entry) -> bool:
        return root.opened_at is not None

    @strawberry.field(description="How many field values the customer changed.")
    def change_count(self, root: Entry) -> int:
        return len(root.changes)

    @strawberry.field(description="Seconds until edits close; 0 once closed.")
    def seconds_remaining(self, root: Entry) -> int:
        return root.seconds_remaining


@strawberry.type(description="An e-mail as its recipient would get it (nothing is sent).")
class EmailPreview:
    subject: str
    text: str = strawberry.field(description="The plain-text part.")
    html: str = strawberry.field(description="The HTML part.")


async def _answer(call: Awaitable[T]) -> T:
    """A query's result; a refusal becomes a GraphQL error with its code."""
    try:
        return await call
    except Refused as refusal:
        raise RoostError(
            refusal.template, refusal.params, code=refusal.code, field=refusal.field
        ) from None


@strawberry.type
class SelfServiceQuery:
    @strawberry.field(
        description="A provider's self-service app (default: your organisation's); null when "
        "it has none or you may not see it."
    )
    async def self_service_app(
        self, info: Info, provider_id: ProviderId = None
    ) -> SelfServiceAppType | None:
        pk = decode_id(provider_id, "Organisation", "providerId")
        return await use.find_app(info.context, pk)

    @strawberry.field(
        description="Bookings with an edit link: UPCOMING (edits open) or ARCHIVED. Provider "
        "staff see their provider's (an error when its app is off), the service team every "
        "enabled provider's, or one provider's with `providerId` (a provider whose app you "
        "may not see answers like one without the app)."
    )
    async def self_service_bookings(
        self,
        info: Info,
        tab: Annotated[
            SelfServiceTab, strawberry.argument(description="Which of the two lists.")
        ] = listing.Tab.UPCOMING,
        first: First = 20,
        after: After = None,
        provider_id: ProviderId = None,
    ) -> Connection[SelfServiceEntryType]:
        pk = decode_id(provider_id, "Organisation", "providerId")
        page = await _answer(
            listing.list_self_service_bookings(info.context, tab, first, after, pk)
        )
        return Connection[SelfServiceEntryType].from_page(page)

    @strawberry.field(
        description="The provider's confirmation or reminder e-mail for a booking, in its "
        "customer's language (or `locale`), with a placeholder link."
    )
    async def self_service_preview(
        self,
        info: Info,
        booking_id: Annotated[
            strawberry.ID, strawberry.argument(description="The booking's global id.")
        ],
        locale: Annotated[
            Locale | None,
            strawberry.argument(description="Language of the e-mail; default: the customer's."),
        ] = None,
        kind: Annotated[
            SelfServiceEmailKind, strawberry.argument(description="Which e-mail to render.")
        ] = mail.EmailKind.CONFIRMATION,
    ) -> EmailPreview:
        pk = node_pk(booking_id, "Booking")
        language = locale.value if locale else None
        rendered = await _answer(mail.preview(info.context, pk, language, kind))
        return EmailPreview(subject=rendered.subject, text=rendered.text, html=rendered.html)


@strawberry.input
class EnableSelfServiceInput:
    provider_id: strawberry.ID


@strawberry.input
class DisableSelfServiceInput:
    provider_id: strawberry.ID


@strawberry.input(description="Settings to change; omitted ones stay as they are.")
class ConfigureSelfServiceInput:
    provider_id: strawberry.ID
    edit_deadline_hours: int | None = strawberry.field(
        default=None, description="Hours before the booking starts at which edits close (≥ 0)."
    )
    email_subject: JSON | None = strawberry.field(default=None, description=_TEXTS)
    email_text: JSON | None = strawberry.field(default=None, description=_TEXTS)
    reminder_enabled: bool | None = None
    reminder_hours_before_deadline: int | None = strawberry.field(
        default=None, description="Hours before edits close at which the reminder goes out (≥ 1)."
    )
    reminder_text: JSON | None = strawberry.field(default=None, description=_TEXTS)
    editable_field_ids: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="Booking field definitions of the provider's services that customers may "
        "edit; replaces the whole selection.",
    )

    def to_settings(self) -> use.SelfServiceSettings:
        """The use case's settings behind this input."""
        return use.SelfServiceSettings(
            provider_id=node_pk(self.provider_id, "Organisation"),
            edit_deadline_hours=self.edit_deadline_hours,
            email_subject=self.email_subject,
            email_text=self.email_text,
            reminder_enabled=self.reminder_enabled,
            reminder_hours_before_deadline=self.reminder_hours_before_deadline,
            reminder_text=self.reminder_text,
            editable_field_ids=None
            if self.editable_field_ids is None
            else [node_pk(pk, "BookingFieldDefinition") for pk in self.editable_field_ids],
        )


@strawberry.input
class SendSelfServiceReminderInput:
    booking_id: strawberry.ID


@strawberry.input
class SendSelfServiceEmailInput:
    booking_id: strawberry.ID
    subject: str
    text: str = strawberry.field(description="Plain text; the edit button is added below it.")


@strawberry.type
class SelfServiceAppPayload:
    app: SelfServiceAppType | None
    errors: list[UserError]


@strawberry.type
class SelfServiceEntryPayload:
    entry: SelfServiceEntryType | None = strawberry.field(
        description="The booking's entry in the self-service list."
    )
    errors: list[UserError]


@strawberry.type
class SelfServiceMutation:
    @mutation(
        "enableSelfService",
        "Enable self-service for a provider on the PREMIUM or ENTERPRISE plan; settings kept "
        "from before are restored.",
    )
    async def enable_self_service(
        self, info: Info, input: Annotated[EnableSelfServiceInput, INPUT]
    ) -> SelfServiceAppPayload:
        pk = node_pk(input.provider_id, "Organisation")
        app, errors = await outcome(use.enable_self_service(info.context, pk))
        return SelfServiceAppPayload(app=app, errors=errors)

    @mutation(
        "disableSelfService",
        "Disable self-service for a provider; its settings, links and history are kept.",
    )
    async def disable_self_service(
        self, info: Info, input: Annotated[DisableSelfServiceInput, INPUT]
    ) -> SelfServiceAppPayload:
        pk = node_pk(input.provider_id, "Organisation")
        app, errors = await outcome(use.disable_self_service(info.context, pk))
        return SelfServiceAppPayload(app=app, errors=errors)

    @mutation(
        "configureSelfService",
        "Change a provider's self-service settings, all or nothing; one error per invalid field.",
    )
    async def configure_self_service(
        self, info: Info, input: Annotated[ConfigureSelfServiceInput, INPUT]
    ) -> SelfServiceAppPayload:
        call = use.configure_self_service(info.context, input.to_settings())
        app, errors = await outcome(call)
        return SelfServiceAppPayload(app=app, errors=errors)

    @mutation(
        "sendSelfServiceReminder",
        "E-mail the customer a reminder with a fresh edit link, before the deadline.",
    )
    async def send_self_service_reminder(
        self, info: Info, input: Annotated[SendSelfServiceReminderInput, INPUT]
    ) -> SelfServiceEntryPayload:
        pk = node_pk(input.booking_id, "Booking")
        entry, errors = await outcome(mail.send_reminder(info.context, pk))
        return SelfServiceEntryPayload(entry=entry, errors=errors)

    @mutation(
        "sendSelfServiceEmail",
        "E-mail the customer your own subject and text with a fresh edit link, before the "
        "deadline.",
    )
    async def send_self_service_email(
        self, info: Info, input: Annotated[SendSelfServiceEmailInput, INPUT]
    ) -> SelfServiceEntryPayload:
        pk = node_pk(input.booking_id, "Booking")
        call = mail.send_custom_email(info.context, pk, input.subject, input.text)
        entry, errors = await outcome(call)
        return SelfServiceEntryPayload(entry=entry, errors=errors)
