"""GraphQL over HTTP (graphql.github.io/graphql-over-http): media types, status codes, methods.

The response media type follows ``Accept``:

- ``application/graphql-response+json`` (also when ``Accept`` is missing): a request
  error (unparsable document, validation failure, variables that do not coerce, no
  operation to pick) is answered 400 without a ``data`` entry;
- ``application/json`` (also ``*/*`` and ``application/*``, what browsers and most HTTP
  libraries send by default): 200 with ``data: null`` and the errors, as always;
- anything else: 406.

Queries run over GET and POST, mutations only over POST (405 with ``Allow: POST``
over GET), subscriptions only over the WebSocket (a 400 that names its address).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from graphql import GraphQLError
from strawberry.exceptions import MissingQueryError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from compiled.runner import CompiledReads
from roost.http_messages import HTTPMessage, Refusal
from roost.i18n import N_
from schema.operations import OPERATION_RESOLUTION_FAILURE

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
APPLICATION_JSON = "application/json"

#: Media types we answer in, the preferred one first (it wins a tie in ``Accept``).
MEDIA_TYPES = (GRAPHQL_RESPONSE_JSON, APPLICATION_JSON)

#: The media type negotiated for a request, kept on its (sub-)response.
MEDIA_TYPE_KEY = web.ResponseKey("graphql_media_type", str)

#: Operation types each HTTP method may run.
HTTP_OPERATIONS = {
    "GET": frozenset({OperationType.QUERY}),
    "POST": frozenset({OperationType.QUERY, OperationType.MUTATION}),
}
ALLOWED_METHODS = ", ".join(HTTP_OPERATIONS)

#: Codes that make a request error the server's fault: answered 500, not 400.
_SERVER_SIDE = frozenset({"INTERNAL_SERVER_ERROR"})


def _media_range(item: str) -> tuple[str, float]:
    """``type/subtype`` and its quality from one ``Accept`` element (q=0 when unreadable)."""
    kind, *params = (part.strip() for part in item.split(";"))
    quality = 1.0
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                quality = 0.0
    return kind.lower(), quality


def _quality(ranges: list[tuple[str, float]], media_type: str) -> tuple[float, int]:
    """The quality ``Accept`` gives ``media_type`` and how specific the deciding range is."""
    major = media_type.split("/")[0]
    best = (0.0, -1)
    for kind, quality in ranges:
        specificity = {media_type: 2, f"{major}/*": 1, "*/*": 0}.get(kind)
        if specificity is not None and specificity > best[1]:
            best = (quality, specificity)
    return best


def negotiate(accept: str | None) -> str | None:
    """The media type to answer in for ``accept``; ``None`` when none is acceptable.

    A missing header means the GraphQL response type. When the new type is reached only
    through a wildcard, ``application/json`` is chosen: legacy clients send ``*/*``.
    """
    if accept is None or not accept.strip():
        return GRAPHQL_RESPONSE_JSON
    ranges = [_media_range(item) for item in accept.split(",") if item.strip()]
    scored = {media_type: _quality(ranges, media_type) for media_type in MEDIA_TYPES}
    new_quality, new_specificity = scored[GRAPHQL_RESPONSE_JSON]
    json_quality, _ = scored[APPLICATION_JSON]
    if new_quality > 0 and new_specificity == 2 and new_quality >= json_quality:
        return GRAPHQL_RESPONSE_JSON
    if json_quality > 0:
        return APPLICATION_JSON
    return GRAPHQL_RESPONSE_JSON if new_quality > 0 else None


def is_request_error(response: GraphQLHTTPResponse) -> bool:
    """Refused before execution: no data, and no error belongs to a field."""
    errors = response.get("errors") or []
    return (
        bool(errors)
        and response.get("data") is None
        and not any(isinstance(e, dict) and e.get("path") for e in errors)
    )


def _codes(response: GraphQLHTTPResponse) -> set[str]:
    return {
        str((error.get("extensions") or {}).get("code"))
        for error in response.get("errors") or []
        if isinstance(error, dict)
    }


def websocket_address(request: web.Request) -> str:
    """Where subscriptions are served: this endpoint over ws:// or wss://."""
    scheme = "wss" if request.scheme == "https" else "ws"
    return f"{scheme}://{request.host}{request.path}"


def operation_not_allowed(
    operation_type: OperationType, method: str, request: web.Request
) -> Refusal:
    """The refusal of an operation type the HTTP method cannot run."""
    if operation_type is OperationType.SUBSCRIPTION:
        return Refusal(
            400,
            HTTPMessage(
                N_(
                    "Subscriptions are served over WebSocket only: connect to {address} "
                    "with the {protocol} protocol."
                ),
                {"address": websocket_address(request), "protocol": GRAPHQL_TRANSPORT_WS_PROTOCOL},
            ),
            "SUBSCRIPTION_OVER_HTTP",
        )
    return Refusal(
        405,
        HTTPMessage(
            N_("Only queries may be sent with {method}; send mutations with POST."),
            {"method": method},
        ),
        "METHOD_NOT_ALLOWED",
        {"Allow": "POST"},
    )


class GraphQLOverHTTP:
    """Hooks of strawberry's aiohttp view that follow the GraphQL-over-HTTP spec.

    Mixed in before strawberry's ``GraphQLView``; the view keeps parsing and executing.
    """

    schema: Any
    #: The compiled path tried before execution (``compiled/``), if any.
    compiled_reads: CompiledReads | None = None

    def is_request_allowed(self, request: Any) -> bool:
        """GET and POST only; anything else is refused with 405 and ``Allow``."""
        if request.method not in HTTP_OPERATIONS:
            raise Refusal(
                405,
                HTTPMessage(
                    N_("GraphQL is served over {methods} only."), {"methods": ALLOWED_METHODS}
                ),
                "METHOD_NOT_ALLOWED",
                {"Allow": ALLOWED_METHODS},
            )
        return True

    async def get_sub_response(self, request: web.Request) -> web.Response:
        """A response carrying the negotiated media type; 406 when there is none."""
        media_type = negotiate(request.headers.get("Accept"))
        if media_type is None and not self._renders_ide(request):
            raise Refusal(
                406,
                HTTPMessage(
                    N_("Not acceptable: this endpoint answers in {media_types}."),
                    {"media_types": " | ".join(MEDIA_TYPES)},
                ),
                "NOT_ACCEPTABLE",
            )
        response = web.Response()
        response[MEDIA_TYPE_KEY] = media_type or APPLICATION_JSON
        return response

    async def parse_http_body(
        self, request_adapter: Any
    ) -> GraphQLRequestData | list[GraphQLRequestData]:
        """Strawberry's parsing, plus: ``operationName`` must be a string or null."""
        data = await super().parse_http_body(request_adapter)  # type: ignore[misc]
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item.operation_name, str | None):
                raise Refusal(
                    400,
                    HTTPMessage(N_("`operationName` must be a string or null.")),
                    "BAD_REQUEST",
                )
        return data

    def _renders_ide(self, request: web.Request) -> bool:
        return bool(
            self.should_render_graphql_ide(self.request_adapter_class(request))  # type: ignore[attr-defined]
        )

    async def execute_single(
        self,
        request: web.Request,
        request_adapter: Any,
        sub_response: web.Response,
        context: Any,
        root_value: Any,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """Runs the operation if the method allows its type; request errors stay data."""
        method = request_adapter.method
        if self.compiled_reads is not None:
            compiled = await self.compiled_reads.execute(
                request_data, context, mutations=method == "POST"
            )
            if compiled is not None:
                return compiled
        try:
            result = await self.schema.execute(
                request_data.query,
                root_value=root_value,
                variable_values=request_data.variables,
                context_value=context,
                operation_name=request_data.operation_name,
                allowed_operation_types=HTTP_OPERATIONS[method],
                operation_extensions=request_data.extensions,
            )
        except InvalidOperationTypeError as exc:
            raise operation_not_allowed(exc.operation_type, method, request) from exc
        except CannotGetOperationTypeError as exc:
            error = GraphQLError(
                exc.as_http_error_reason(), extensions={"code": OPERATION_RESOLUTION_FAILURE}
            )
            return ExecutionResult(data=None, errors=[error])
        except MissingQueryError as exc:
            raise Refusal(
                400, HTTPMessage(N_("No GraphQL query found in the request.")), "BAD_REQUEST"
            ) from exc
        if self.compiled_reads is not None:
            self.compiled_reads.learn(request_data, context, result)
        return result

    def create_response(
        self, response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], sub_response: Any
    ) -> web.Response:
        """The JSON response in the negotiated media type, with its status."""
        media_type = sub_response.get(MEDIA_TYPE_KEY, APPLICATION_JSON)
        if (
            media_type == GRAPHQL_RESPONSE_JSON
            and isinstance(response_data, dict)
            and is_request_error(response_data)
        ):
            response_data = {k: v for k, v in response_data.items() if k != "data"}  # type: ignore[assignment]
            if sub_response.status == 200:
                sub_response.set_status(500 if _codes(response_data) & _SERVER_SIDE else 400)
        response = super().create_response(response_data, sub_response)  # type: ignore[misc]
        response.content_type = media_type
        return response
