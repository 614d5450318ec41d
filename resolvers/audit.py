"""The audit log: one helper records every administration change; admins read it.

:func:`record` is called inside the transaction of the change it records, so a change and
its entry are written together or not at all. Values are stored under the GraphQL names
of the target type's fields; reading them back applies that type's field rules for the
reader (personal data masked or left out as the policy says).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from models import AuditEntry, Role
from models.policy import POLICY, Access
from resolvers.access import allowed_query
from resolvers.context import RequestContext
from resolvers.masking import mask
from resolvers.pagination import Page, empty_page, paginate
from resolvers.principal import Principal
from resolvers.scope import scoped


def jsonable(value: Any) -> Any:
    """``value`` as JSON: dates as ISO text, decimals as strings, enums as their value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [jsonable(item) for item in value]
        return sorted(items) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    return value


async def record(
    principal: Principal,
    action: str,
    target_type: str,
    target_id: int,
    before: dict[str, Any],
    after: dict[str, Any],
) -> AuditEntry:
    """Record ``action`` on a row of ``target_type`` (call inside the change's transaction).

    Only the fields whose value differs are kept; ``before`` is empty for a created row.
    """
    old = {key: jsonable(value) for key, value in before.items()}
    new = {key: jsonable(value) for key, value in after.items()}
    changed = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
    return await AuditEntry.create(
        actor_id=principal.user_id,
        actor_role=principal.role.value,
        action=action,
        target_type=target_type,
        target_id=target_id,
        old_values={key: old[key] for key in changed if key in old},
        new_values={key: new[key] for key in changed if key in new},
    )


def visible_values(role: Role, target_type: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` as ``role`` may read them under the target type's field rules."""
    policy = POLICY.get(target_type)
    shown: dict[str, Any] = {}
    for name, value in values.items():
        field_rule = policy.fields.get(name) if policy else None
        access = field_rule.access(role) if field_rule else Access.READ
        if access is Access.READ:
            shown[name] = value
        elif access is Access.MASKED and field_rule and field_rule.personal and value:
            shown[name] = mask(field_rule.personal, str(value))
    return shown


@dataclass(frozen=True)
class AuditFilter:
    """Filters on the audit log; ``None`` means no filter."""

    action: str | None = None
    target_type: str | None = None
    target_id: int | None = None
    actor_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


async def audit_log(
    context: RequestContext, first: int, after: str | None, query: AuditFilter
) -> Page[AuditEntry]:
    """The audit log, newest first, filtered (admins only)."""
    principal = context.require_principal()
    allowed_query(principal, "auditLog")
    rows = scoped(AuditEntry, principal)
    filters = {
        "action": query.action,
        "target_type": query.target_type,
        "target_id": query.target_id,
        "actor_id": query.actor_id,
        "created_at__gte": query.since,
        "created_at__lt": query.until,
    }
    given = {key: value for key, value in filters.items() if value is not None}
    if not all(_fits(column, value) for column, value in given.items()):
        return empty_page()  # longer than any stored value: nothing can match
    return await paginate(rows.filter(**given), first, after, context.settings.max_page_size)


def _fits(column: str, value: Any) -> bool:
    """Whether ``value`` can be stored in ``column`` (a filter on it can match at all)."""
    field = AuditEntry._meta.fields_map.get(column)
    limit = getattr(field, "max_length", None)
    return not (isinstance(value, str) and limit is not None and len(value) > limit)


def snapshot(row: Any, fields: dict[str, str]) -> dict[str, Any]:
    """The values of ``row`` under GraphQL names: ``fields`` maps each name to its attribute."""
    return {name: jsonable(getattr(row, attribute)) for name, attribute in fields.items()}
