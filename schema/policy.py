"""Applies the permission policy (``models.policy``) to strawberry types.

``@governed(Model)`` on a strawberry type attaches a :class:`PolicyExtension` to every
field some role may not read plainly (denied, masked or withheld; the others need no
wrapper), appends "who may read and write" to each field's description, lets the type
accept model instances as roots, and registers the type for ``node(id:)`` lookups.
Resolvers never check field permissions themselves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from graphql import GraphQLResolveInfo
from strawberry.extensions import FieldExtension
from strawberry.types import Info
from strawberry.types.base import StrawberryOptional, get_object_definition
from strawberry.utils.str_converters import to_camel_case
from tortoise.models import Model

from models.policy import Access, FieldRule, describe, type_policy
from models.users import Role
from resolvers.errors import Forbidden
from resolvers.masking import mask
from roost.i18n import N_

T = TypeVar("T")

#: GraphQL type name -> (strawberry type, model) of every governed node type.
NODE_TYPES: dict[str, tuple[type, type[Model]]] = {}


class PolicyExtension(FieldExtension):
    """Refuses a denied field with ``FORBIDDEN``, masks personal data and answers null for
    withheld fields, per the policy."""

    def __init__(self, type_name: str, field_name: str) -> None:
        self.type_name = type_name
        self.field_name = field_name
        self.rule: FieldRule = type_policy(type_name).rule(field_name)
        #: Decided once per role, not per resolved value.
        self.by_role = {role: self.rule.access(role) for role in Role}

    def _access(self, info: Info) -> Access:
        principal = info.context.require_principal()
        access = self.by_role[principal.role]
        if access is Access.FORBIDDEN:
            raise Forbidden(
                N_("You are not allowed to read {type}.{field}."),
                {"type": self.type_name, "field": self.field_name},
            )
        return access

    def _finish(self, access: Access, value: Any) -> Any:
        if access is Access.MASKED and self.rule.personal is not None:
            return mask(self.rule.personal, value)
        return value

    def resolve(self, next_: Callable[..., Any], source: Any, info: Info, **kwargs: Any) -> Any:
        access = self._access(info)
        if access is Access.WITHHELD:
            return None
        return self._finish(access, next_(source, info, **kwargs))

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Info, **kwargs: Any
    ) -> Any:
        access = self._access(info)
        if access is Access.WITHHELD:
            return None
        return self._finish(access, await next_(source, info, **kwargs))


def always_read(rule: FieldRule) -> bool:
    """Whether every role reads the field plainly: nothing to decide, so no wrapper."""
    return all(rule.access(role) is Access.READ for role in Role)


def _roles_in_scope(type_name: str) -> frozenset[Any]:
    return frozenset(type_policy(type_name).scope)


def governed(model: type[Model]) -> Callable[[type[T]], type[T]]:
    """Class decorator (outside ``@strawberry.type``) that puts a type under the policy."""

    def decorate(cls: type[T]) -> type[T]:
        definition = get_object_definition(cls, strict=True)
        type_name = definition.name
        policy = type_policy(type_name)
        declared = set()
        for field in definition.fields:
            name = field.graphql_name or to_camel_case(field.python_name)
            if name == "id":
                continue
            declared.add(name)
            rule = policy.rule(name)
            if not rule.read >= _roles_in_scope(type_name) and not isinstance(
                field.type, StrawberryOptional
            ):
                raise TypeError(f"{type_name}.{name} can be denied, so it must be nullable")
            if not always_read(rule):
                field.extensions = [*field.extensions, PolicyExtension(type_name, name)]
            field.description = " ".join(
                filter(None, [field.description, describe(type_name, name)])
            )
        stale = set(policy.fields) - declared
        if stale:
            raise TypeError(f"policy names fields {sorted(stale)} that {type_name} lacks")

        def is_type_of(obj: Any, _info: GraphQLResolveInfo) -> bool:
            return isinstance(obj, (cls, model))

        definition.is_type_of = is_type_of
        NODE_TYPES[type_name] = (cls, model)
        return cls

    return decorate
