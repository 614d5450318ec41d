"""GraphQL query for invoice exports: the download URL of an export the caller may make."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from models.policy import describe_query
from resolvers import exports as use
from resolvers.context import RequestContext
from schema.descriptions import described_enum
from schema.relay import decode_id

Info = strawberry.Info[RequestContext]

ExportFormat = described_enum(
    use.ExportFormat,
    {
        "CSV": "UTF-8 with a header; formula-like cells prefixed with '.",
        "XLSX": "One sheet, typed dates and numbers.",
        "XML": "Valid against the package's roost/schemas/invoices.xsd.",
    },
)


@strawberry.type
class ExportQuery:
    @strawberry.field(
        description="The URL that streams a client company's invoice lines issued between two "
        "dates (inclusive); GET it with the same Bearer token. Travel managers: their own "
        "company; traveller names masked for analysts. " + describe_query("exportInvoices")
    )
    async def export_invoices(
        self,
        info: Info,
        company_id: Annotated[strawberry.ID, strawberry.argument(description="A client company.")],
        from_: Annotated[date, strawberry.argument(name="from", description="Issued on or after.")],
        to: Annotated[date, strawberry.argument(description="Issued on or before.")],
        format: Annotated[ExportFormat, strawberry.argument(description="The file format.")],
    ) -> str | None:
        pk = decode_id(company_id, "Organisation", "companyId")
        export = await use.prepare_export(info.context.require_principal(), pk, from_, to)
        return use.export_url(info.context.settings.public_url, format, export)
