"""GraphQL types for traveller profiles (issue 14): preferences, loyalty programmes, identity
documents with their scanned copies."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from resolvers import travellers as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT, described_enum
from schema.inputs import given
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import decode_id, node_pk

if TYPE_CHECKING:
    from schema.threads import AttachmentType
    from schema.users import UserType

Info = strawberry.Info[RequestContext]
UserRef = Annotated["UserType", strawberry.lazy("schema.users")]
AttachmentRef = Annotated["AttachmentType", strawberry.lazy("schema.threads")]

SeatPreference = described_enum(
    m.SeatPreference,
    {
        "NO_PREFERENCE": "Any seat.",
        "WINDOW": "A window seat.",
        "AISLE": "An aisle seat.",
    },
)
DocumentKind = described_enum(
    m.DocumentKind,
    {
        "PASSPORT": "A passport.",
        "IDENTITY_CARD": "A national identity card.",
        "VISA": "A visa.",
        "DRIVING_LICENCE": "A driving licence.",
    },
)


@governed(m.LoyaltyMembership)
@strawberry.type(name="LoyaltyMembership", description="A membership of a loyalty programme.")
class LoyaltyMembershipType(relay.Node):
    id: relay.NodeID[int]
    programme: str | None = strawberry.field(description="Airline, hotel chain or rail scheme.")
    number: str | None


@governed(m.IdentityDocument)
@strawberry.type(name="IdentityDocument", description="A traveller's identity document.")
class IdentityDocumentType(relay.Node):
    id: relay.NodeID[int]
    kind: DocumentKind | None
    number: str | None
    issuing_country: str | None = strawberry.field(description="ISO 3166-1 alpha-2 code.")
    expires_on: date | None

    @strawberry.field(description="The scanned copy, if one was uploaded.")
    async def scan(
        self, root: strawberry.Parent[m.IdentityDocument], info: Info
    ) -> AttachmentRef | None:
        return await info.context.loaders.load(m.Attachment, root.scan_id)


@governed(m.TravellerProfile)
@strawberry.type(
    name="TravellerProfile",
    description="What the service team needs to know to book for a traveller.",
)
class TravellerProfileType(relay.Node):
    id: relay.NodeID[int]
    seat_preference: SeatPreference | None
    meal_preference: str | None = strawberry.field(description="Free text; empty if none.")
    notes: str | None = strawberry.field(description="Free notes for the service team.")
    updated_at: datetime | None = strawberry.field(description="Last change.")

    @strawberry.field(description="The traveller the profile describes.")
    async def traveller(
        self, root: strawberry.Parent[m.TravellerProfile], info: Info
    ) -> UserRef | None:
        return await info.context.loaders.load(m.User, root.traveller_id)

    @strawberry.field
    async def loyalty_programmes(
        self, root: strawberry.Parent[m.TravellerProfile], info: Info
    ) -> list[LoyaltyMembershipType] | None:
        memberships = info.context.loaders.children(m.LoyaltyMembership, "profile_id", root.id)
        return await memberships  # type: ignore[return-value]

    @strawberry.field
    async def identity_documents(
        self, root: strawberry.Parent[m.TravellerProfile], info: Info
    ) -> list[IdentityDocumentType] | None:
        documents = info.context.loaders.children(m.IdentityDocument, "profile_id", root.id)
        return await documents  # type: ignore[return-value]


@strawberry.input(description="A loyalty programme membership.")
class LoyaltyMembershipInput:
    programme: str
    number: str


@strawberry.input(description="An identity document; with `id`, the one it replaces.")
class IdentityDocumentInput:
    id: strawberry.ID | None = strawberry.field(
        default=None, description="An existing document of this profile, to keep and change."
    )
    kind: DocumentKind
    number: str
    issuing_country: str = strawberry.field(description="ISO 3166-1 alpha-2 code, e.g. FR.")
    expires_on: date
    scan_attachment_id: strawberry.ID | None = strawberry.field(
        default=None, description="An upload of yours (uploadAttachment) holding the scan."
    )


@strawberry.input(description="Profile fields to change; omitted ones stay as they are.")
class UpdateTravellerProfileInput:
    traveller_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Whose profile; default: yours."
    )
    seat_preference: SeatPreference | None = strawberry.UNSET
    meal_preference: str | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    loyalty_programmes: list[LoyaltyMembershipInput] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces every membership."
    )
    identity_documents: list[IdentityDocumentInput] | None = strawberry.field(
        default=strawberry.UNSET,
        description="Replaces every document: those named by id are kept, others removed.",
    )


@strawberry.type
class TravellerProfilePayload:
    profile: TravellerProfileType | None
    errors: list[UserError]


def _decoded(values: dict[str, object]) -> dict[str, object]:
    """Node ids inside the documents as database ids (0 for an id of another type)."""
    for document in values.get("identityDocuments") or []:
        for name, type_name in (("id", "IdentityDocument"), ("scanAttachmentId", "Attachment")):
            if document.get(name) is not None:
                document[name] = node_pk(document[name], type_name) or 0
    return values


@strawberry.type
class TravellerQuery:
    @strawberry.field(description="A traveller's profile (default: yours); null if not visible.")
    async def traveller_profile(
        self,
        info: Info,
        traveller_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="The traveller's user id; default: you."),
        ] = None,
    ) -> TravellerProfileType | None:
        pk = decode_id(traveller_id, "User", "travellerId")
        return await use.traveller_profile(info.context, pk)  # type: ignore[return-value]


@strawberry.type
class TravellerMutation:
    @mutation("updateTravellerProfile", "Change a traveller's preferences and documents.")
    async def update_traveller_profile(
        self, info: Info, input: Annotated[UpdateTravellerProfileInput, INPUT]
    ) -> TravellerProfilePayload:
        values = _decoded(given(input, {"travellerId": "User"}))
        profile, errors = await outcome(use.update_traveller_profile(info.context, values))
        return TravellerProfilePayload(profile=profile, errors=errors)  # type: ignore[arg-type]
