"""The audit log: every administration change, who made it, and the values before and after."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.users import User


class AuditEntry(Model):
    """One administration change, written in the same transaction as the change itself.

    ``old_values`` and ``new_values`` map the GraphQL names of the changed fields of the
    target (a row of the GraphQL type ``target_type``) to JSON values; a created row has
    no old values.
    """

    id = fields.IntField(primary_key=True)
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="audit_entries", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    #: The actor's role when acting (their role may change later).
    actor_role = fields.CharField(max_length=20)
    #: The mutation, e.g. ``updateUser``.
    action = fields.CharField(max_length=60)
    target_type = fields.CharField(max_length=60)
    target_id = fields.IntField()
    old_values: Any = fields.JSONField(default=dict)
    new_values: Any = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "audit_entry"
        ordering = ["-created_at", "-id"]
        indexes = (("target_type", "target_id"),)

    def __str__(self) -> str:
        return f"{self.action} {self.target_type} #{self.target_id}"
