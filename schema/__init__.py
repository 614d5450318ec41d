"""The GraphQL schema: root types assembled from per-domain mixins."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.schema.config import StrawberryConfig

from roost.settings import Settings
from schema.analytic_codes import AnalyticCodeMutation
from schema.analytics import AnalyticsQuery
from schema.audit import AuditQuery
from schema.booking_status import BookingStatusMutation
from schema.bookings import BookingQuery
from schema.claims import ClaimMutation, ClaimQuery, ClaimSubscription
from schema.cost import QueryCostLimiter
from schema.credit_notes import CreditNoteMutation
from schema.crisis import CrisisMutation, CrisisQuery, CrisisSubscription
from schema.documents import CachedParser, CachedValidation
from schema.errors import LoggingSchema, MaskUnexpectedErrors
from schema.exports import ExportQuery
from schema.ingest import IngestMutation
from schema.input_guard import RejectUnsafeStrings
from schema.introspection import AuthenticatedIntrospection
from schema.invoices import InvoiceQuery
from schema.nodes import NodeQuery
from schema.operations import OperationSelection
from schema.organisations import OrganisationMutation, OrganisationType, TeamType
from schema.outbox import OutboxMutation, OutboxQuery
from schema.personal_data import PersonalDataMutation, PersonalDataQuery
from schema.policy import NODE_TYPES
from schema.questions import QuestionMutation
from schema.routing import RoutingMutation, RoutingQuery
from schema.search import SearchQuery
from schema.selfservice import SelfServiceMutation, SelfServiceQuery
from schema.selfservice_edits import (
    SelfServiceEditMutation,
    SelfServiceEditQuery,
    SelfServiceEditSubscription,
)
from schema.services import ServiceMutation, ServiceQuery, ServiceType
from schema.shared_payloads import SharingExecutionContext
from schema.support import SupportMutation, SupportQuery, SupportSubscription
from schema.threads import ThreadMutation, ThreadQuery, ThreadSubscription
from schema.tickets import TicketMutation
from schema.travellers import TravellerMutation, TravellerQuery
from schema.users import UserMutation, UserQuery
from schema.webhooks import WebhookMutation, WebhookQuery

#: Node types that no root field names directly; imported so node(id:) finds them.
_NODE_MODULES = (OrganisationType, TeamType, ServiceType)


@strawberry.type
class Query(
    UserQuery,
    NodeQuery,
    BookingQuery,
    InvoiceQuery,
    ThreadQuery,
    OutboxQuery,
    SelfServiceEditQuery,
    SelfServiceQuery,
    ServiceQuery,
    AuditQuery,
    PersonalDataQuery,
    WebhookQuery,
    ClaimQuery,
    TravellerQuery,
    RoutingQuery,
    SupportQuery,
    SearchQuery,
    CrisisQuery,
    ExportQuery,
    AnalyticsQuery,
):
    """Everything a caller may read, within its row scope."""


@strawberry.type
class Mutation(
    ThreadMutation,
    OutboxMutation,
    QuestionMutation,
    SelfServiceEditMutation,
    SelfServiceMutation,
    IngestMutation,
    OrganisationMutation,
    UserMutation,
    ServiceMutation,
    BookingStatusMutation,
    PersonalDataMutation,
    WebhookMutation,
    ClaimMutation,
    CreditNoteMutation,
    TravellerMutation,
    TicketMutation,
    RoutingMutation,
    SupportMutation,
    CrisisMutation,
    AnalyticCodeMutation,
):
    """Every change; each returns a payload with `errors: [UserError!]!`."""


@strawberry.type
class Subscription(
    ThreadSubscription,
    SelfServiceEditSubscription,
    ClaimSubscription,
    SupportSubscription,
    CrisisSubscription,
):
    """Live updates over WebSocket (graphql-transport-ws)."""


#: Distinct documents whose parse and validation are kept (LRU, per process).
DOCUMENT_CACHE_SIZE = 512


def build_schema(
    settings: Settings, extensions: Sequence[Callable[[], SchemaExtension]] = ()
) -> strawberry.Schema:
    """The schema with the request limits, error masking and introspection of ``settings``,
    and the service's own ``extensions`` (metrics, tracing).

    Parsed and validated documents are cached: the limits' validation rules are built
    once here, so a document validated before is found again whatever the request.
    """
    open_introspection = settings.debug or settings.public_introspection
    limits = [
        *QueryDepthLimiter(max_depth=settings.max_query_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.max_aliases).validation_rules,
    ]
    return LoggingSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[node_type for node_type, _ in NODE_TYPES.values()],
        config=StrawberryConfig(disable_field_suggestions=not settings.debug),
        extensions=[
            lambda: AddValidationRules(limits),
            lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
            lambda: CachedParser(maxsize=DOCUMENT_CACHE_SIZE),
            RejectUnsafeStrings,
            lambda: CachedValidation(maxsize=DOCUMENT_CACHE_SIZE),
            lambda: QueryCostLimiter(settings),
            MaskUnexpectedErrors,
            OperationSelection,
            *(() if open_introspection else (AuthenticatedIntrospection,)),
            *extensions,
        ],
        execution_context_class=SharingExecutionContext,
    )
