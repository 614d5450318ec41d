"""The permission policy (SPEC §2), declared once as plain data.

For every GraphQL type it says which rows each role may reach (row scope) and, for
every field, which roles may read it, which see it masked and which may write it.
Every path reads it: field resolution, node lookups, nested fields, lists, writes,
and the field descriptions in ``schema.graphql``. A row's ``id`` is readable by whoever
reaches the row, so it has no field rule. Nothing here imports strawberry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from models.users import Role


class Mask(StrEnum):
    """How personal data is masked for roles that may only see it masked."""

    EMAIL = "EMAIL"
    NAME = "NAME"
    PHONE = "PHONE"
    TEXT = "TEXT"
    #: Document and membership numbers: nothing of them shows.
    SECRET = "SECRET"


class Access(StrEnum):
    """What a role gets when it reads a field."""

    READ = "READ"
    MASKED = "MASKED"
    FORBIDDEN = "FORBIDDEN"
    #: Null without an error: there is nothing for this role to see there.
    WITHHELD = "WITHHELD"


#: Roles that read personal data only masked (SPEC §1: ANALYST).
MASKED_ROLES: frozenset[Role] = frozenset({Role.ANALYST})

ALL_ROLES: frozenset[Role] = frozenset(Role)
STAFF: frozenset[Role] = frozenset({Role.AGENT, Role.ADMIN})
OPERATOR: frozenset[Role] = STAFF | {Role.ANALYST}
ACCOUNT_HOLDERS: frozenset[Role] = ALL_ROLES - {Role.GUEST}
#: The operator's booking system: writes bookings, invoices and their customers through
#: ingest (``upsertBookings``, ``roost import``) and reads back the bookings it wrote.
INTEGRATIONS: frozenset[Role] = frozenset({Role.INTEGRATION})


@dataclass(frozen=True)
class Scope:
    """Rows whose ORM lookup ``path`` equals the principal's attribute ``principal``.

    ``principal`` is one of ``user_id``, ``organisation_id``, ``booking_id``. A principal
    whose attribute is ``None`` matches nothing through this scope.
    """

    path: str
    principal: str

    def through(self, relation: str) -> Scope:
        """The same scope seen from a row that points to this one via ``relation``."""
        return Scope(f"{relation}__{self.path}", self.principal)


@dataclass(frozen=True)
class Const:
    """Rows whose ORM lookup ``path`` equals the constant ``value``."""

    path: str
    value: str

    def through(self, relation: str) -> Const:
        """The same condition seen from a row that points to this one via ``relation``."""
        return Const(f"{relation}__{self.path}", self.value)


@dataclass(frozen=True)
class AtLeast:
    """Rows whose ORM lookup ``path`` (a number) is at least ``value``."""

    path: str
    value: int

    def through(self, relation: str) -> AtLeast:
        """The same condition seen from a row that points to this one via ``relation``."""
        return AtLeast(f"{relation}__{self.path}", self.value)


@dataclass(frozen=True)
class AllOf:
    """Rows matching every one of ``parts``."""

    parts: tuple[Scope | Const | AtLeast, ...]

    def through(self, relation: str) -> AllOf:
        """The same conditions seen from a row that points to this one via ``relation``."""
        return AllOf(tuple(part.through(relation) for part in self.parts))


Condition = Scope | Const | AtLeast | AllOf


class AllRows:
    """Marker: the role reaches every row of the type."""

    def __repr__(self) -> str:
        return "ALL_ROWS"


ALL_ROWS = AllRows()

#: Per role: every row, or the rows matching any of the conditions.
RowScope = dict[Role, "tuple[Condition, ...] | AllRows"]


def through(relation: str, scope: RowScope, roles: frozenset[Role] = ALL_ROLES) -> RowScope:
    """Row scope of a child type reached from a parent row through ``relation``."""
    derived: RowScope = {}
    for role, rule in scope.items():
        if role not in roles:
            continue
        derived[role] = (
            rule if isinstance(rule, AllRows) else tuple(c.through(relation) for c in rule)
        )
    return derived


def restricted(
    scope: RowScope, condition: Scope | Const | AtLeast, exempt: frozenset[Role]
) -> RowScope:
    """``scope`` where every role but ``exempt`` also needs ``condition``."""
    derived: RowScope = {}
    for role, rule in scope.items():
        if role in exempt:
            derived[role] = rule
        elif isinstance(rule, AllRows):
            derived[role] = (condition,)
        else:
            derived[role] = tuple(_both(c, condition) for c in rule)
    return derived


def united(*scopes: RowScope) -> RowScope:
    """The rows any of ``scopes`` gives, per role."""
    derived: RowScope = {}
    for scope in scopes:
        for role, rule in scope.items():
            known = derived.get(role, ())
            if isinstance(known, AllRows) or isinstance(rule, AllRows):
                derived[role] = ALL_ROWS
            else:
                derived[role] = (*known, *rule)
    return derived


def _both(condition: Condition, extra: Scope | Const | AtLeast) -> AllOf:
    parts = condition.parts if isinstance(condition, AllOf) else (condition,)
    return AllOf((*parts, extra))


def widened(scope: RowScope, condition: Scope) -> RowScope:
    """``scope`` where every role also reaches the rows matching ``condition``."""
    return {
        role: rule if isinstance(rule, AllRows) else (*rule, condition)
        for role, rule in scope.items()
    }


@dataclass(frozen=True)
class FieldRule:
    """Who may read a field (``read``), who may write it (``write``), and how it is masked.

    ``personal`` names the masking applied to roles in :data:`MASKED_ROLES` that may read it.
    Roles in ``withheld`` (not among the readers) read it as null without an error.
    """

    read: frozenset[Role]
    write: frozenset[Role] = frozenset()
    personal: Mask | None = None
    withheld: frozenset[Role] = frozenset()

    def access(self, role: Role) -> Access:
        """What ``role`` gets when it reads this field of a row in its scope."""
        if role in self.withheld:
            return Access.WITHHELD
        if role not in self.read:
            return Access.FORBIDDEN
        if self.personal is not None and role in MASKED_ROLES:
            return Access.MASKED
        return Access.READ


@dataclass(frozen=True)
class TypePolicy:
    """Row scope and field rules of one GraphQL type."""

    scope: RowScope
    fields: dict[str, FieldRule] = field(default_factory=dict)

    def rule(self, field_name: str) -> FieldRule:
        """The rule for ``field_name``; unknown fields are a programming error."""
        try:
            return self.fields[field_name]
        except KeyError:
            raise KeyError(f"no policy for field {field_name!r}") from None


def rule(
    read: frozenset[Role] | set[Role],
    write: frozenset[Role] | set[Role] = frozenset(),
    personal: Mask | None = None,
    withheld: frozenset[Role] | set[Role] = frozenset(),
) -> FieldRule:
    """Shorthand for a :class:`FieldRule`."""
    return FieldRule(
        read=frozenset(read) - frozenset(withheld),
        write=frozenset(write),
        personal=personal,
        withheld=frozenset(withheld),
    )


def readable_by(roles: frozenset[Role], *names: str) -> dict[str, FieldRule]:
    """Rules for several fields readable by the same roles and written by nobody."""
    return {name: rule(roles) for name in names}


# --- Row scopes -------------------------------------------------------------------------

_ME = Scope("id", "user_id")
#: Bookings an INTEGRATION account wrote: their ``source`` is that account.
_WRITTEN_BY_ME = Scope("source_id", "user_id")

BOOKING_SCOPE: RowScope = {
    Role.CUSTOMER: (Scope("customer_id", "user_id"),),
    Role.GUEST: (Scope("id", "booking_id"),),
    Role.PROVIDER_STAFF: (Scope("provider_id", "organisation_id"),),
    Role.TRAVEL_MANAGER: (
        Scope("client_company_id", "organisation_id"),
        Scope("customer_id", "user_id"),
    ),
    Role.AGENT: ALL_ROWS,
    Role.ADMIN: ALL_ROWS,
    Role.ANALYST: ALL_ROWS,
    Role.INTEGRATION: (_WRITTEN_BY_ME,),
}

INVOICE_SCOPE: RowScope = through("booking", BOOKING_SCOPE, ACCOUNT_HOLDERS)

SERVICE_SCOPE: RowScope = {
    Role.CUSTOMER: (Scope("bookings__customer_id", "user_id"),),
    Role.GUEST: (Scope("bookings__id", "booking_id"),),
    Role.PROVIDER_STAFF: (Scope("provider_id", "organisation_id"),),
    Role.TRAVEL_MANAGER: (
        Scope("bookings__client_company_id", "organisation_id"),
        Scope("bookings__customer_id", "user_id"),
    ),
    Role.AGENT: ALL_ROWS,
    Role.ADMIN: ALL_ROWS,
    Role.ANALYST: ALL_ROWS,
    # The catalogue the booking system refers to by id (services and their fields).
    Role.INTEGRATION: ALL_ROWS,
}

USER_SCOPE: RowScope = {
    Role.CUSTOMER: (_ME,),
    Role.PROVIDER_STAFF: (
        _ME,
        Scope("organisation_id", "organisation_id"),
        Scope("bookings__provider_id", "organisation_id"),
    ),
    Role.TRAVEL_MANAGER: (_ME, Scope("organisation_id", "organisation_id")),
    Role.AGENT: ALL_ROWS,
    Role.ADMIN: ALL_ROWS,
    Role.ANALYST: ALL_ROWS,
    Role.INTEGRATION: (_ME, _WRITTEN_BY_ME.through("bookings")),
}

ORGANISATION_SCOPE: RowScope = {
    Role.CUSTOMER: (
        Scope("id", "organisation_id"),
        Scope("provided_bookings__customer_id", "user_id"),
    ),
    Role.GUEST: (Scope("provided_bookings__id", "booking_id"),),
    Role.PROVIDER_STAFF: (
        Scope("id", "organisation_id"),
        Scope("client_bookings__provider_id", "organisation_id"),
    ),
    Role.TRAVEL_MANAGER: (
        Scope("id", "organisation_id"),
        Scope("provided_bookings__client_company_id", "organisation_id"),
    ),
    Role.AGENT: ALL_ROWS,
    Role.ADMIN: ALL_ROWS,
    Role.ANALYST: ALL_ROWS,
    # Providers and client companies the booking system refers to by id.
    Role.INTEGRATION: ALL_ROWS,
}

TEAM_SCOPE: RowScope = {Role.AGENT: ALL_ROWS, Role.ADMIN: ALL_ROWS, Role.ANALYST: ALL_ROWS}

#: Roles that read INTERNAL notes and see every message of a thread (SPEC §2).
INTERNAL_READERS: frozenset[Role] = STAFF

#: A booking field definition that the provider of the guest's booking made editable in
#: its self-service app: all a GUEST sees of a booking's fields (SPEC §4).
EDITABLE_FOR_GUEST = Scope("self_service_apps__provider__provided_bookings__id", "booking_id")

#: Booking field definitions: those of the services of bookings in scope; for a GUEST only
#: the editable ones of its booking's service.
FIELD_DEFINITION_SCOPE: RowScope = restricted(
    through("service", SERVICE_SCOPE), EDITABLE_FOR_GUEST, exempt=ACCOUNT_HOLDERS
)

#: A booking's field values and their history; for a GUEST those of editable fields only.
FIELD_DATA_SCOPE: RowScope = restricted(
    through("booking", BOOKING_SCOPE),
    EDITABLE_FOR_GUEST.through("definition"),
    exempt=ACCOUNT_HOLDERS,
)

#: A thread's parties are copied onto it (and cleared when a side is removed).
THREAD_PARTY_SCOPE: RowScope = {
    Role.CUSTOMER: (Scope("customer_id", "user_id"),),
    Role.PROVIDER_STAFF: (Scope("provider_id", "organisation_id"),),
    Role.TRAVEL_MANAGER: (
        Scope("client_company_id", "organisation_id"),
        Scope("customer_id", "user_id"),
    ),
    Role.AGENT: ALL_ROWS,
    Role.ADMIN: ALL_ROWS,
    Role.ANALYST: ALL_ROWS,
}

#: A thread whose only messages are INTERNAL notes does not exist for its parties yet.
THREAD_SCOPE: RowScope = restricted(
    THREAD_PARTY_SCOPE, AtLeast("last_public_seq", 1), exempt=INTERNAL_READERS
)

#: INTERNAL notes: agents and admins only (SPEC §2).
MESSAGE_SCOPE: RowScope = restricted(
    through("thread", THREAD_SCOPE), Const("visibility", "ALL"), exempt=INTERNAL_READERS
)

#: Travellers whose profile a role reaches (issue 14): the traveller, their company's travel
#: manager and the operator; providers never.
TRAVELLER_SCOPE: RowScope = {
    Role.CUSTOMER: (_ME,),
    Role.TRAVEL_MANAGER: (_ME, Scope("organisation_id", "organisation_id")),
    Role.AGENT: ALL_ROWS,
    Role.ADMIN: ALL_ROWS,
    Role.ANALYST: ALL_ROWS,
}
#: Roles that keep a traveller's profile: the traveller and the company's travel manager.
PROFILE_EDITORS: frozenset[Role] = frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER})
EDITABLE_TRAVELLER_SCOPE: RowScope = {
    role: rule for role, rule in TRAVELLER_SCOPE.items() if role in PROFILE_EDITORS
}
PROFILE_SCOPE: RowScope = through("traveller", TRAVELLER_SCOPE)
PROFILE_PART_SCOPE: RowScope = through("profile", PROFILE_SCOPE)

#: Files of messages in scope and one's own uploads; also the scanned copies of identity
#: documents of profiles in scope and the documents of tickets of the client's bookings (not
#: for analysts: files cannot be masked).
ATTACHMENT_SCOPE: RowScope = united(
    widened(
        through("message", MESSAGE_SCOPE, ACCOUNT_HOLDERS - {Role.ANALYST}),
        Scope("uploader_id", "user_id"),
    ),
    through("identity_documents__profile", PROFILE_SCOPE, ACCOUNT_HOLDERS - {Role.ANALYST}),
    through("tickets__booking", BOOKING_SCOPE, frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER})),
)


# --- Field rules ------------------------------------------------------------------------

#: Roles that deal with a booking's money and customer side.
_BOOKING_PARTIES = ACCOUNT_HOLDERS
#: Roles allowed to see a customer's contact details (SPEC §2).
_CONTACT_READERS = frozenset(
    {Role.CUSTOMER, Role.PROVIDER_STAFF, Role.TRAVEL_MANAGER, Role.AGENT, Role.ADMIN, Role.ANALYST}
    | INTEGRATIONS
)
_MONEY_INSIDERS = frozenset(
    {Role.PROVIDER_STAFF, Role.AGENT, Role.ADMIN, Role.ANALYST, Role.INTEGRATION}
)
_CLIENT_SIDE = frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER, Role.AGENT, Role.ADMIN, Role.ANALYST})
_BOOKING_EDITORS = frozenset({Role.PROVIDER_STAFF, Role.AGENT, Role.ADMIN})
#: A booking's tickets: the client side and the service team; the provider sees how and
#: whether they are delivered, not their numbers or documents.
_TICKET_READERS = _CLIENT_SIDE | {Role.PROVIDER_STAFF}
#: An option's comments are where its customer, provider and agent talk (SPEC §3).
_OFFER_COMMENTERS = frozenset({Role.CUSTOMER, *_BOOKING_EDITORS})
_ADMIN = frozenset({Role.ADMIN})
#: Who defines a client company's analytic codes (travel managers: their own company's).
_CODE_DEFINERS = frozenset({Role.TRAVEL_MANAGER, Role.ADMIN})
#: Who sets up services, their booking fields and questions (row rules: MANAGED_SERVICES).
_SERVICE_MANAGERS = frozenset({Role.PROVIDER_STAFF, Role.ADMIN})
#: Who creates and changes accounts (row rules: MANAGED_USERS).
_ACCOUNT_MANAGERS = frozenset({Role.PROVIDER_STAFF, Role.TRAVEL_MANAGER, Role.ADMIN})
#: The booking's own data: its customer (or guest link), the company's travel manager,
#: the provider and the service team.
_FIELD_VALUE_EDITORS = frozenset(
    {Role.CUSTOMER, Role.GUEST, Role.TRAVEL_MANAGER, Role.PROVIDER_STAFF, Role.AGENT, Role.ADMIN}
)

POLICY: dict[str, TypePolicy] = {
    "Booking": TypePolicy(
        scope=BOOKING_SCOPE,
        fields={
            **readable_by(
                ALL_ROLES,
                "reference",
                "startsAt",
                "endsAt",
                "timeZone",
                "participantCount",
                "provider",
                "service",
                "fieldValues",
                "fieldHistory",
            ),
            "status": rule(ALL_ROLES, write=_BOOKING_EDITORS | INTEGRATIONS),
            "participants": rule(ALL_ROLES, write=INTEGRATIONS),
            "externalReference": rule(OPERATOR | INTEGRATIONS, write=INTEGRATIONS),
            **readable_by(
                _BOOKING_PARTIES,
                "destination",
                "totalPrice",
                "currency",
                "customer",
                "clientCompany",
                "invoices",
                "threads",
                "claims",
                "createdAt",
                "updatedAt",
            ),
            "freeCancellationUntil": rule(_BOOKING_PARTIES, write=STAFF | INTEGRATIONS),
            "offerComments": rule(_BOOKING_PARTIES, write=_OFFER_COMMENTERS),
            "commission": rule(_MONEY_INSIDERS, write=STAFF | INTEGRATIONS),
            "analyticCodes": rule(_CLIENT_SIDE, write={Role.CUSTOMER, Role.TRAVEL_MANAGER, *STAFF}),
            "tickets": rule(_TICKET_READERS, write=STAFF),
        },
    ),
    "Participant": TypePolicy(
        scope=through("booking", BOOKING_SCOPE),
        fields={
            **readable_by(ALL_ROLES, "position"),
            "name": rule(ALL_ROLES, write=_FIELD_VALUE_EDITORS | INTEGRATIONS, personal=Mask.NAME),
        },
    ),
    "BookingFieldValue": TypePolicy(
        scope=FIELD_DATA_SCOPE,
        fields={
            **readable_by(ALL_ROLES, "definition", "participant", "updatedAt"),
            "value": rule(ALL_ROLES, write=_FIELD_VALUE_EDITORS | INTEGRATIONS, personal=Mask.TEXT),
        },
    ),
    "Invoice": TypePolicy(
        scope=INVOICE_SCOPE,
        fields={
            **readable_by(
                _BOOKING_PARTIES,
                "number",
                "issuedAt",
                "dueDate",
                "currency",
                "totalAmount",
                "booking",
                "lines",
                "payments",
                "threads",
                "creditNotes",
                "createdAt",
            ),
            "status": rule(_BOOKING_PARTIES, write=STAFF | INTEGRATIONS),
            "providerPayout": rule(_MONEY_INSIDERS, write=STAFF | INTEGRATIONS),
            "analyticCodes": rule(_CLIENT_SIDE, write={Role.CUSTOMER, Role.TRAVEL_MANAGER, *STAFF}),
        },
    ),
    "InvoiceLine": TypePolicy(
        scope=through("invoice", INVOICE_SCOPE),
        fields=readable_by(
            _BOOKING_PARTIES,
            "position",
            "description",
            "quantity",
            "unitPrice",
            "vatRate",
            "amount",
        ),
    ),
    "Payment": TypePolicy(
        scope=through("invoice", INVOICE_SCOPE),
        fields=readable_by(_BOOKING_PARTIES, "amount", "paidAt", "method", "reference"),
    ),
    "Service": TypePolicy(
        scope=SERVICE_SCOPE,
        fields={
            **readable_by(ALL_ROLES, "fieldDefinitions", "questions"),
            **{
                name: rule(ALL_ROLES, write=_SERVICE_MANAGERS)
                for name in ("name", "description", "provider")
            },
        },
    ),
    "BookingFieldDefinition": TypePolicy(
        scope=FIELD_DEFINITION_SCOPE,
        fields={
            "label": rule(ALL_ROLES),
            **{
                name: rule(ALL_ROLES, write=_SERVICE_MANAGERS)
                for name in (
                    "key",
                    "labels",
                    "type",
                    "scope",
                    "required",
                    "maxLength",
                    "pattern",
                    "choices",
                    "position",
                )
            },
        },
    ),
    "Organisation": TypePolicy(
        scope=ORGANISATION_SCOPE,
        fields={
            **{
                name: rule(ALL_ROLES, write=_ADMIN)
                for name in ("name", "kind", "providerKind", "timeZone")
            },
            **{
                name: rule(_MONEY_INSIDERS, write=_ADMIN) for name in ("plan", "active", "verified")
            },
            "analyticCodeDefinitions": rule(_CLIENT_SIDE, write=_CODE_DEFINERS),
        },
    ),
    "User": TypePolicy(
        scope=USER_SCOPE,
        fields={
            "name": rule(ACCOUNT_HOLDERS, write=_ACCOUNT_MANAGERS, personal=Mask.NAME),
            "email": rule(_CONTACT_READERS, write=_ACCOUNT_MANAGERS, personal=Mask.EMAIL),
            "phone": rule(_CONTACT_READERS, write=_ACCOUNT_MANAGERS, personal=Mask.PHONE),
            "locale": rule(ACCOUNT_HOLDERS, write=_ACCOUNT_MANAGERS),
            "timeZone": rule(ACCOUNT_HOLDERS, write=_ACCOUNT_MANAGERS),
            "role": rule(ACCOUNT_HOLDERS, write=_ACCOUNT_MANAGERS),
            "organisation": rule(ACCOUNT_HOLDERS, write=_ACCOUNT_MANAGERS),
            "active": rule(OPERATOR | _ACCOUNT_MANAGERS, write=_ACCOUNT_MANAGERS),
            "isVip": rule(_CLIENT_SIDE, write=_ADMIN),
            "teams": rule(OPERATOR, write=_ADMIN),
        },
    ),
    "Team": TypePolicy(
        scope=TEAM_SCOPE,
        fields={
            name: rule(OPERATOR, write=_ADMIN)
            for name in (
                "key",
                "name",
                "timeZone",
                "alwaysOpen",
                "serviceHours",
                "closures",
                "members",
                "agentCapacity",
                "responseTargets",
                "leads",
            )
        },
    ),
}


_THREAD_PARTICIPANTS = ACCOUNT_HOLDERS - {Role.ANALYST, Role.INTEGRATION}

POLICY.update(
    {
        "Thread": TypePolicy(
            scope=THREAD_SCOPE,
            fields={
                **readable_by(
                    ACCOUNT_HOLDERS,
                    "subject",
                    "booking",
                    "invoice",
                    "lastActivityAt",
                    "createdAt",
                    "messages",
                    "lastMessage",
                    "unreadCount",
                ),
                "kind": rule(ACCOUNT_HOLDERS),
                "parties": rule(ACCOUNT_HOLDERS, write=STAFF),
                "urgency": rule(ACCOUNT_HOLDERS, write=STAFF),
                "respondBy": rule(ACCOUNT_HOLDERS, write=STAFF),
                "status": rule(ACCOUNT_HOLDERS, write=STAFF),
                "assignedTeam": rule(OPERATOR, write=STAFF),
                "assignedAgent": rule(OPERATOR, write=STAFF),
                # Routing and response targets (issue 13): never customers or providers.
                **readable_by(
                    OPERATOR, "routedBecause", "firstResponseDueAt", "firstRespondedAt", "slaState"
                ),
            },
        ),
        "Message": TypePolicy(
            scope=MESSAGE_SCOPE,
            fields={
                **readable_by(
                    ACCOUNT_HOLDERS, "seq", "kind", "authorSide", "createdAt", "attachments"
                ),
                "body": rule(ACCOUNT_HOLDERS, write=_THREAD_PARTICIPANTS, personal=Mask.TEXT),
                "authorName": rule(ACCOUNT_HOLDERS, personal=Mask.NAME),
                "visibility": rule(ACCOUNT_HOLDERS, write=STAFF),
                "clientMessageId": rule(_THREAD_PARTICIPANTS),
                "question": rule(ACCOUNT_HOLDERS),
            },
        ),
        "Attachment": TypePolicy(
            scope=ATTACHMENT_SCOPE,
            fields={
                **readable_by(ACCOUNT_HOLDERS, "contentType", "size", "sha256", "url"),
                "filename": rule(ACCOUNT_HOLDERS, personal=Mask.TEXT),
            },
        ),
    }
)

POLICY["OutboxItem"] = TypePolicy(
    scope={Role.AGENT: ALL_ROWS, Role.ADMIN: ALL_ROWS},
    fields=readable_by(
        STAFF,
        "kind",
        "status",
        "template",
        "recipient",
        "attempts",
        "lastError",
        "dueAt",
        "createdAt",
        "sentAt",
        "webhook",
        "event",
        "deliveryId",
        "httpStatus",
    ),
)

#: Automated questions follow their service; their texts are not personal data. They are
#: asked in threads, which guests of a self-service link have none of.
POLICY["ServiceQuestion"] = TypePolicy(
    scope=through("service", SERVICE_SCOPE, ACCOUNT_HOLDERS),
    fields={
        **readable_by(ALL_ROLES, "service", "text", "choices", "options", "archivedAt"),
        **{
            name: rule(ALL_ROLES, write=_SERVICE_MANAGERS)
            for name in ("field", "texts", "position")
        },
    },
)

#: The self-service app (SPEC §4): its provider's staff configure it, the service team
#: sees and configures every app, only admins switch it on and off.
_SELF_SERVICE_READERS = frozenset({Role.PROVIDER_STAFF, *OPERATOR})
_SELF_SERVICE_SETTERS = _BOOKING_EDITORS
POLICY["SelfServiceApp"] = TypePolicy(
    scope={
        Role.PROVIDER_STAFF: (Scope("provider_id", "organisation_id"),),
        Role.AGENT: ALL_ROWS,
        Role.ADMIN: ALL_ROWS,
        Role.ANALYST: ALL_ROWS,
    },
    fields={
        **readable_by(_SELF_SERVICE_READERS, "provider", "enabledAt", "updatedAt"),
        "enabled": rule(_SELF_SERVICE_READERS, write={Role.ADMIN}),
        **{
            name: rule(_SELF_SERVICE_READERS, write=_SELF_SERVICE_SETTERS)
            for name in (
                "editDeadlineHours",
                "emailSubject",
                "emailText",
                "reminderEnabled",
                "reminderHoursBeforeDeadline",
                "reminderText",
                "editableFields",
            )
        },
    },
)

#: The history of a booking's field values follows the values; they are personal data
#: like ``BookingFieldValue.value``, and so is the name of who changed them, which a GUEST
#: never sees (the channel tells it whether the service team or the provider changed it).
POLICY["BookingFieldChange"] = TypePolicy(
    scope=FIELD_DATA_SCOPE,
    fields={
        **readable_by(ALL_ROLES, "field", "fieldKey", "participant", "channel", "changedAt"),
        "oldValue": rule(ALL_ROLES, personal=Mask.TEXT),
        "newValue": rule(ALL_ROLES, personal=Mask.TEXT),
        "actorName": rule(ALL_ROLES, personal=Mask.NAME, withheld={Role.GUEST}),
    },
)

#: Who may call each mutation (row scope and field write rules apply on top).
MUTATIONS: dict[str, frozenset[Role]] = {
    "startThread": _THREAD_PARTICIPANTS,
    "sendMessage": _THREAD_PARTICIPANTS,
    "markThreadRead": _THREAD_PARTICIPANTS,
    "setTyping": _THREAD_PARTICIPANTS,
    "setThreadUrgency": STAFF,
    "assignThread": STAFF,
    "setThreadStatus": STAFF,
    "setThreadParties": STAFF,
    "uploadAttachment": _THREAD_PARTICIPANTS,
    "retryDelivery": STAFF,
    "confirmBooking": _BOOKING_EDITORS,
    "answerQuestion": _FIELD_VALUE_EDITORS - {Role.GUEST, Role.PROVIDER_STAFF},
    "enableSelfService": frozenset({Role.ADMIN}),
    "disableSelfService": frozenset({Role.ADMIN}),
    "configureSelfService": _SELF_SERVICE_SETTERS,
    "sendSelfServiceReminder": _SELF_SERVICE_SETTERS,
    "sendSelfServiceEmail": _SELF_SERVICE_SETTERS,
    # The login step of a self-service link: anonymous callers too (no role needed).
    "validateSelfServiceLink": ALL_ROLES,
    # Customers and guests are also bound by the self-service app (deadline, editable fields).
    "updateBookingFields": _FIELD_VALUE_EDITORS,
    # Administration (issue 9): row rules in MANAGED_* below, field rules above.
    "createOrganisation": _ADMIN,
    "updateOrganisation": _ADMIN,
    "createUser": _ACCOUNT_MANAGERS,
    "updateUser": _ACCOUNT_MANAGERS,
    "deactivateUser": _ACCOUNT_MANAGERS,
    "reactivateUser": _ACCOUNT_MANAGERS,
    "updateMyProfile": ACCOUNT_HOLDERS,
    "createTeam": _ADMIN,
    "updateTeam": _ADMIN,
    "createService": _SERVICE_MANAGERS,
    "updateService": _SERVICE_MANAGERS,
    "createBookingFieldDefinition": _SERVICE_MANAGERS,
    "updateBookingFieldDefinition": _SERVICE_MANAGERS,
    "createServiceQuestion": _SERVICE_MANAGERS,
    "updateServiceQuestion": _SERVICE_MANAGERS,
    "archiveServiceQuestion": _SERVICE_MANAGERS,
    "setBookingStatus": STAFF | INTEGRATIONS,
    "updateOfferComments": _OFFER_COMMENTERS,
    "setInvoiceStatus": STAFF,
    "erasePersonalData": _ADMIN,
}

#: Ingest: the booking system writes bookings (with their customers and invoices).
MUTATIONS["upsertBookings"] = INTEGRATIONS

#: Outbound webhooks (issue 9): administrators set them up and watch their deliveries.
MUTATIONS.update({"createWebhook": _ADMIN, "updateWebhook": _ADMIN, "deleteWebhook": _ADMIN})

#: Analytic codes (issue 14): companies define them, the client side and agents set them.
MUTATIONS.update(
    {
        "updateAnalyticCodeDefinitions": _CODE_DEFINERS,
        "setAnalyticCodes": frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER, *STAFF}),
    }
)

#: Who may call each governed query at all (row scope applies on top).
QUERIES: dict[str, frozenset[Role]] = {
    "auditLog": _ADMIN,
    "webhooks": _ADMIN,
    "webhookDeliveries": _ADMIN,
    # Admins export anyone's data, everyone else only their own (EXPORTABLE_USERS).
    "exportPersonalData": ACCOUNT_HOLDERS,
}

#: Traveller profiles (issue 14): kept by the traveller and the company's travel manager,
#: read by the service team; analysts never see notes, document or membership numbers.
_PROFILE_READERS = frozenset(TRAVELLER_SCOPE)
POLICY.update(
    {
        "TravellerProfile": TypePolicy(
            scope=PROFILE_SCOPE,
            fields={
                "traveller": rule(_PROFILE_READERS),
                "seatPreference": rule(_PROFILE_READERS, write=PROFILE_EDITORS),
                "mealPreference": rule(_PROFILE_READERS, write=PROFILE_EDITORS),
                "notes": rule(_PROFILE_READERS, write=PROFILE_EDITORS, personal=Mask.TEXT),
                "loyaltyProgrammes": rule(_PROFILE_READERS, write=PROFILE_EDITORS),
                "identityDocuments": rule(_PROFILE_READERS, write=PROFILE_EDITORS),
                "updatedAt": rule(_PROFILE_READERS),
            },
        ),
        "LoyaltyMembership": TypePolicy(
            scope=PROFILE_PART_SCOPE,
            fields={
                "programme": rule(_PROFILE_READERS, write=PROFILE_EDITORS),
                "number": rule(_PROFILE_READERS, write=PROFILE_EDITORS, personal=Mask.SECRET),
            },
        ),
        "IdentityDocument": TypePolicy(
            scope=PROFILE_PART_SCOPE,
            fields={
                **{
                    name: rule(_PROFILE_READERS, write=PROFILE_EDITORS)
                    for name in ("kind", "issuingCountry", "expiresOn")
                },
                "number": rule(_PROFILE_READERS, write=PROFILE_EDITORS, personal=Mask.SECRET),
                "scan": rule(_PROFILE_READERS, write=PROFILE_EDITORS, withheld={Role.ANALYST}),
            },
        ),
    }
)
MUTATIONS["updateTravellerProfile"] = PROFILE_EDITORS
POLICY["Ticket"] = TypePolicy(
    scope=through("booking", BOOKING_SCOPE, _TICKET_READERS),
    fields={
        **{
            name: rule(_TICKET_READERS, write=STAFF)
            for name in ("booking", "deliveryMode", "status", "issuedAt", "deliveredAt")
        },
        "number": rule(
            _TICKET_READERS,
            write=STAFF,
            personal=Mask.SECRET,
            withheld={Role.PROVIDER_STAFF},
        ),
        "document": rule(
            _TICKET_READERS, write=STAFF, withheld={Role.PROVIDER_STAFF, Role.ANALYST}
        ),
    },
)
MUTATIONS.update({"requestTicket": STAFF, "issueTicket": STAFF, "markTicketDelivered": STAFF})
QUERIES["travellerProfile"] = _PROFILE_READERS

#: Full-text search (issue 13): whoever takes part in threads, within their row scope.
#: Analysts read message bodies masked, so they may not search them either.
QUERIES["searchMessages"] = _THREAD_PARTICIPANTS

#: The audit log: administrators only. Values inside follow the target type's field rules.
POLICY["AuditEntry"] = TypePolicy(
    scope={Role.ADMIN: ALL_ROWS},
    fields=readable_by(
        _ADMIN,
        "action",
        "actor",
        "actorRole",
        "targetType",
        "targetId",
        "oldValues",
        "newValues",
        "createdAt",
    ),
)

#: Webhooks: administrators only. The secret is written, never read back.
POLICY["Webhook"] = TypePolicy(
    scope={Role.ADMIN: ALL_ROWS},
    fields={
        **{
            name: rule(_ADMIN, write=_ADMIN)
            for name in ("url", "events", "includePersonalData", "active")
        },
        **readable_by(_ADMIN, "createdAt", "updatedAt"),
    },
)

# --- The supplier support desk (issue 12, SPEC §5) -------------------------------------

#: Who takes part in the support desk: providers' staff (their own chats) and the operator.
_SUPPORT_READERS = frozenset({Role.PROVIDER_STAFF, *OPERATOR})

POLICY["SupportTopic"] = TypePolicy(
    scope={role: ALL_ROWS for role in _SUPPORT_READERS},
    fields={
        **readable_by(_SUPPORT_READERS, "label"),
        **{
            name: rule(_SUPPORT_READERS, write=_ADMIN)
            for name in ("key", "labels", "complexity", "retired")
        },
        "team": rule(OPERATOR, write=_ADMIN),
    },
)

#: A provider's staff see their own organisation's support chats, the operator all of them.
POLICY["SupportChat"] = TypePolicy(
    scope={
        Role.PROVIDER_STAFF: (Scope("provider_id", "organisation_id"),),
        Role.AGENT: ALL_ROWS,
        Role.ADMIN: ALL_ROWS,
        Role.ANALYST: ALL_ROWS,
    },
    fields={
        **readable_by(
            _SUPPORT_READERS,
            "thread",
            "topic",
            "provider",
            "booking",
            "waitingSince",
            "queuePosition",
            "estimatedWaitSeconds",
            "agentFirstName",
            "takenAt",
            "endedAt",
            "firstMessage",
            "createdAt",
        ),
        "status": rule(_SUPPORT_READERS, write=STAFF),
        "takenBy": rule(OPERATOR, write=STAFF),
        "escalationSummary": rule(OPERATOR, write=STAFF, personal=Mask.TEXT),
        "rating": rule(_SUPPORT_READERS, write={Role.PROVIDER_STAFF}),
        "ratingComment": rule(_SUPPORT_READERS, write={Role.PROVIDER_STAFF}, personal=Mask.TEXT),
    },
)

#: Only staff of an active, verified provider start a support chat (checked on top).
MUTATIONS.update(
    {
        "startSupportChat": frozenset({Role.PROVIDER_STAFF}),
        "rateSupportChat": frozenset({Role.PROVIDER_STAFF}),
        # Agents of the support team (checked on top) and admins.
        "takeSupportChat": STAFF,
        "releaseSupportChat": STAFF,
        "resolveSupportChat": STAFF,
        "escalateSupportChat": STAFF,
        "setSupportTicketStatus": STAFF,
        "createSupportTopic": _ADMIN,
        "updateSupportTopic": _ADMIN,
    }
)
QUERIES.update({"supportQueue": STAFF, "supportQueueUpdates": STAFF})
#: Who works the support desk (the queue, taking chats): the agents of the ``support`` team
#: (models.support.SUPPORT_TEAM), and admins.
SUPPORT_DESK: RowScope = {Role.AGENT: (Const("teams__key", "support"),), Role.ADMIN: ALL_ROWS}
#: The chats an agent releases, resolves or escalates: the live ones it holds; an admin any.
HELD_SUPPORT_CHATS: RowScope = {
    Role.AGENT: (AllOf((Scope("taken_by_id", "user_id"), Const("status", "ACTIVE"))),),
    Role.ADMIN: ALL_ROWS,
}

#: Crisis alerts (issue 13): the service team publishes them and sees them all with who
#: acknowledged; a traveller sees the alerts that reached them and acknowledges them.
_TRAVELLERS = frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER})
POLICY["CrisisAlert"] = TypePolicy(
    scope={
        Role.AGENT: ALL_ROWS,
        Role.ADMIN: ALL_ROWS,
        Role.ANALYST: ALL_ROWS,
        **{role: (Scope("recipients__customer_id", "user_id"),) for role in _TRAVELLERS},
    },
    fields={
        **readable_by(OPERATOR | _TRAVELLERS, "title", "body", "severity", "createdAt"),
        "acknowledgedAt": rule(_TRAVELLERS),
        **readable_by(
            OPERATOR,
            "destination",
            "startsFrom",
            "startsUntil",
            "provider",
            "clientAlertId",
            "publishedBy",
            "bookingCount",
            "reachedCount",
            "acknowledgedCount",
            "recipients",
        ),
    },
)
MUTATIONS.update({"publishCrisisAlert": STAFF, "acknowledgeCrisisAlert": _TRAVELLERS})
QUERIES.update({"myCrisisAlerts": _TRAVELLERS, "crisisAlerts": OPERATOR})
POLICY["Booking"].fields["crisisAlerts"] = rule(_CLIENT_SIDE)

# --- Rows the administration mutations may change (on top of MUTATIONS) -----------------

#: Accounts each role may create and change, checked on the account as it is and as it
#: will be: admins any, provider staff their own provider's staff, travel managers their
#: own company's customers.
MANAGED_USERS: RowScope = {
    Role.ADMIN: ALL_ROWS,
    Role.PROVIDER_STAFF: (
        AllOf((Scope("organisation_id", "organisation_id"), Const("role", "PROVIDER_STAFF"))),
    ),
    Role.TRAVEL_MANAGER: (
        AllOf((Scope("organisation_id", "organisation_id"), Const("role", "CUSTOMER"))),
    ),
}

#: Providers whose services (with their booking fields and questions) each role sets up.
MANAGED_PROVIDERS: RowScope = {
    Role.ADMIN: ALL_ROWS,
    Role.PROVIDER_STAFF: (Scope("id", "organisation_id"),),
}
MANAGED_SERVICES: RowScope = through("provider", MANAGED_PROVIDERS)
MANAGED_FIELD_DEFINITIONS: RowScope = through("service", MANAGED_SERVICES)
MANAGED_QUESTIONS: RowScope = through("service", MANAGED_SERVICES)

#: Client companies whose analytic codes each role defines: travel managers their own
#: company, admins any (exports: :data:`EXPORTABLE_COMPANIES`).
MANAGED_COMPANIES: RowScope = {
    Role.ADMIN: ALL_ROWS,
    Role.TRAVEL_MANAGER: (Scope("id", "organisation_id"),),
}

#: Client companies whose invoices each role exports (``/exports/invoices.*``):
#: travel managers their own company's, the operator any; personal data masked as read.
EXPORTABLE_COMPANIES: RowScope = {
    Role.TRAVEL_MANAGER: (Scope("id", "organisation_id"),),
    Role.AGENT: ALL_ROWS,
    Role.ADMIN: ALL_ROWS,
    Role.ANALYST: ALL_ROWS,
}
QUERIES["exportInvoices"] = frozenset(EXPORTABLE_COMPANIES)
#: Figures without personal data (SPEC §6): analysts and admins.
QUERIES["analytics"] = frozenset({Role.ANALYST, Role.ADMIN})

#: Whose personal data each role may export: admins anyone's, every other account its own.
EXPORTABLE_USERS: RowScope = {
    role: ALL_ROWS if role is Role.ADMIN else (_ME,) for role in ACCOUNT_HOLDERS
}

#: Fields of ``User`` every account holder may change on their own account.
OWN_PROFILE_FIELDS: frozenset[str] = frozenset({"name", "phone", "locale", "timeZone"})


def may_call(role: Role, mutation: str) -> bool:
    """Whether ``role`` may call ``mutation`` at all."""
    return role in MUTATIONS[mutation]


def describe_mutation(mutation: str) -> str:
    """The sentence appended to a mutation's description in the schema."""
    return f"Allowed: {_roles(MUTATIONS[mutation])}."


def may_query(role: Role, query: str) -> bool:
    """Whether ``role`` may use the governed query ``query`` at all."""
    return role in QUERIES[query]


def describe_query(query: str) -> str:
    """The sentence appended to a governed query's description in the schema."""
    return f"Allowed: {_roles(QUERIES[query])}."


def type_policy(type_name: str) -> TypePolicy:
    """The policy of a GraphQL type; every governed type must have one."""
    try:
        return POLICY[type_name]
    except KeyError:
        raise KeyError(f"no policy for type {type_name!r}") from None


def field_access(role: Role, type_name: str, field_name: str) -> Access:
    """What ``role`` gets reading ``type_name.field_name`` on a row in its scope."""
    return type_policy(type_name).rule(field_name).access(role)


def can_write(role: Role, type_name: str, field_name: str) -> bool:
    """Whether ``role`` may write ``type_name.field_name`` (row scope applies separately)."""
    return role in type_policy(type_name).rule(field_name).write


def _roles(roles: frozenset[Role]) -> str:
    return ", ".join(r.value for r in Role if r in roles) or "nobody"


def describe(type_name: str, field_name: str) -> str:
    """The sentence appended to a field's description in the schema."""
    field_rule = type_policy(type_name).rule(field_name)
    text = f"Read: {_roles(field_rule.read)}."
    masked = field_rule.read & MASKED_ROLES if field_rule.personal else frozenset()
    if masked:
        text += f" Masked for {_roles(masked)}."
    if field_rule.withheld:
        text += f" Null for {_roles(field_rule.withheld)}."
    text += f" Write: {_roles(field_rule.write)}."
    return text


# --- Claims and credit notes (issue 14) --------------------------------------------------

#: Who claims money back: a booking's customer, or the travel manager of its company.
CLAIMANTS: frozenset[Role] = frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER})

#: A claim is the client's and the service team's; its supplier sees it once asked to
#: decide (``Claim.provider`` is set then), and only that claim.
CLAIM_SCOPE: RowScope = {
    Role.CUSTOMER: (Scope("customer_id", "user_id"),),
    Role.TRAVEL_MANAGER: (
        Scope("client_company_id", "organisation_id"),
        Scope("customer_id", "user_id"),
    ),
    Role.PROVIDER_STAFF: (Scope("provider_id", "organisation_id"),),
    Role.AGENT: ALL_ROWS,
    Role.ADMIN: ALL_ROWS,
    Role.ANALYST: ALL_ROWS,
}
_CLAIM_READERS = frozenset(CLAIM_SCOPE)
#: What the client writes for the service team: never shown to the supplier.
_CLAIM_CLIENT_SIDE = _CLAIM_READERS - {Role.PROVIDER_STAFF}

POLICY["Claim"] = TypePolicy(
    scope=CLAIM_SCOPE,
    fields={
        **readable_by(
            _CLAIM_READERS,
            "number",
            "booking",
            "invoice",
            "currency",
            "thread",
            "supplierThread",
            "history",
            "creditNotes",
            "createdAt",
            "updatedAt",
        ),
        "status": rule(_CLAIM_READERS, write=CLAIMANTS | STAFF | {Role.PROVIDER_STAFF}),
        # The client's own words: masked for analysts like the description.
        "reason": rule(_CLAIM_READERS, write=CLAIMANTS, personal=Mask.TEXT),
        "amountRequested": rule(_CLAIM_READERS, write=CLAIMANTS),
        "approvedAmount": rule(_CLAIM_READERS, write={Role.PROVIDER_STAFF}),
        "supplierReason": rule(_CLAIM_READERS, write={Role.PROVIDER_STAFF}),
        "proposedAmount": rule(_CLAIM_READERS, write=STAFF),
        "description": rule(
            _CLAIM_READERS,
            write=CLAIMANTS,
            personal=Mask.TEXT,
            withheld={Role.PROVIDER_STAFF},
        ),
        "clientClaimId": rule(CLAIMANTS | STAFF),
    },
)

#: A claim's history follows the claim; the notes of its steps are for the client and the
#: service team (the supplier reads its own decision in ``Claim.supplierReason``).
POLICY["ClaimEvent"] = TypePolicy(
    scope=through("claim", CLAIM_SCOPE),
    fields={
        **readable_by(_CLAIM_READERS, "fromStatus", "toStatus", "actorRole", "createdAt"),
        "actorName": rule(_CLAIM_READERS, personal=Mask.NAME),
        "note": rule(_CLAIM_READERS, personal=Mask.TEXT, withheld={Role.PROVIDER_STAFF}),
    },
)

#: Credit notes follow their invoice; the booking system does not write or read them.
POLICY["CreditNote"] = TypePolicy(
    scope=through("invoice", INVOICE_SCOPE, ACCOUNT_HOLDERS - INTEGRATIONS),
    fields=readable_by(
        _BOOKING_PARTIES, "number", "invoice", "claim", "amount", "currency", "reason", "createdAt"
    ),
)

MUTATIONS.update(
    {
        "submitClaim": CLAIMANTS,
        "reviewClaim": STAFF,
        "requestSupplierDecision": STAFF,
        "decideClaimAsSupplier": frozenset({Role.PROVIDER_STAFF}),
        "proposeClaimOutcome": STAFF,
        "respondToClaimOutcome": CLAIMANTS,
        "refundClaim": STAFF,
        "closeClaim": STAFF,
        "createCreditNote": STAFF,
    }
)
#: Following claims live: the roles that may see claims at all.
QUERIES["claimUpdated"] = _CLAIM_READERS

# --- Routing and response targets (issue 13) --------------------------------------------

#: Routing rules: data administrators edit (``updateRoutingRules`` replaces the list).
POLICY["RoutingRule"] = TypePolicy(
    scope={Role.ADMIN: ALL_ROWS},
    fields={
        name: rule(_ADMIN, write=_ADMIN) for name in ("position", "condition", "threshold", "team")
    },
)
QUERIES["routingRules"] = _ADMIN
MUTATIONS["updateRoutingRules"] = _ADMIN

#: Canned replies: the service team reads them all; an agent changes its own teams' ones.
OWN_TEAMS: RowScope = {Role.AGENT: (Scope("members__id", "user_id"),), Role.ADMIN: ALL_ROWS}
CANNED_REPLY_EDITORS: RowScope = through("team", OWN_TEAMS)
POLICY["CannedReply"] = TypePolicy(
    scope={Role.AGENT: ALL_ROWS, Role.ADMIN: ALL_ROWS},
    fields={
        **{name: rule(STAFF, write=STAFF) for name in ("team", "title", "body")},
        **readable_by(STAFF, "updatedAt"),
    },
)
QUERIES.update({"cannedReplies": STAFF, "renderCannedReply": STAFF})
MUTATIONS.update(
    {"createCannedReply": STAFF, "updateCannedReply": STAFF, "deleteCannedReply": STAFF}
)
