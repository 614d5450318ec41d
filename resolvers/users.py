"""Administration of accounts, and every account holder's own profile.

Admins manage every account; provider staff the staff of their own provider; travel
managers the customers of their own company (``models.policy.MANAGED_USERS``, checked on
the account as it is and as it will be). An e-mail address belongs to one account.
A deactivated account's tokens stop working at once: HTTP requests read the account on
every request, and open WebSockets are told on the account's revocation channel after the
commit, as they are when its role or organisation changes.
"""

from __future__ import annotations

from typing import Any

from tortoise.functions import Lower
from tortoise.transactions import in_transaction

from models import FieldType, Organisation, OrganisationKind, Role, Team, User
from models.policy import MANAGED_USERS, OWN_PROFILE_FIELDS
from resolvers.access import allowed, writable
from resolvers.audit import record, snapshot
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import Form
from resolvers.principal import Principal
from resolvers.scope import matches, scoped
from roost.i18n import N_
from subscriptions.channels import announce_revocation
from subscriptions.hub import Hub

#: GraphQL field -> column of the account fields the audit log records.
FIELDS = {
    "email": "email",
    "name": "name",
    "phone": "phone",
    "locale": "locale",
    "timeZone": "time_zone",
    "role": "role",
    "organisation": "organisation_id",
    "isVip": "is_vip",
    "active": "active",
}
#: Input names that differ from the policy's field names.
_POLICY_NAMES = {"organisationId": "organisation", "teamIds": "teams"}
#: The kind of organisation each account role belongs to; ``None``: no organisation.
#: CUSTOMER may also have none (a private traveller).
ORGANISATION_OF: dict[Role, OrganisationKind | None] = {
    Role.CUSTOMER: OrganisationKind.CLIENT_COMPANY,
    Role.TRAVEL_MANAGER: OrganisationKind.CLIENT_COMPANY,
    Role.PROVIDER_STAFF: OrganisationKind.PROVIDER,
}
#: Roles whose accounts join service teams.
TEAM_ROLES = frozenset({Role.AGENT, Role.ADMIN})


def _form(values: dict[str, Any], locale: str) -> Form:
    form = Form(values, locale)
    form.typed("email", "email", FieldType.EMAIL)
    form.text("name", "name")
    form.typed("phone", "phone", FieldType.PHONE, nullable=True)
    form.value("locale", "locale")
    form.time_zone("timeZone", "time_zone")
    form.value("role", "role")
    form.value("isVip", "is_vip")
    if values.get("role") is Role.GUEST:
        form.fail("INVALID_VALUE", N_("GUEST is a self-service link, not an account."), "role")
    return form


async def _unique_email(form: Form, user_id: int | None) -> None:
    email = form.columns.get("email")
    if not email:
        return
    taken = (
        await User.annotate(lowered=Lower("email"))
        .filter(lowered=email.lower())
        .exclude(id=user_id or 0)
        .exists()
    )
    if taken:
        form.fail("EMAIL_TAKEN", N_("Another account has this e-mail address."), "email")


async def _organisation(form: Form, user: User) -> None:
    """Set the given organisation and check it suits the account's role."""
    if "organisationId" in form:
        pk = form.values["organisationId"]
        organisation = await Organisation.get_or_none(id=pk) if pk else None
        if form.values["organisationId"] is not None and organisation is None:
            form.fail("NOT_FOUND", N_("No such organisation."), "organisationId")
            return
        user.organisation_id = organisation.id if organisation else None
    wanted = ORGANISATION_OF.get(Role(user.role))
    kind = (
        await Organisation.filter(id=user.organisation_id).values_list("kind", flat=True)
        if user.organisation_id
        else []
    )
    if wanted is None and kind:
        form.fail(
            "INVALID_VALUE",
            N_("A {role} account has no organisation."),
            "organisationId",
            role=user.role,
        )
    elif wanted is not None and kind and kind[0] != wanted:
        form.fail(
            "INVALID_VALUE",
            N_("A {role} account belongs to a {kind}."),
            "organisationId",
            role=user.role,
            kind=wanted,
        )
    elif not kind and user.role in (Role.PROVIDER_STAFF, Role.TRAVEL_MANAGER):
        form.fail(
            "REQUIRED",
            N_("A {role} account needs its organisation."),
            "organisationId",
            role=user.role,
        )


async def _teams(form: Form, user: User) -> list[Team] | None:
    if "teamIds" not in form:
        return None
    ids = form.values["teamIds"] or []
    found = {team.id: team for team in await Team.filter(id__in=[pk for pk in ids if pk])}
    for index, pk in enumerate(ids):
        if pk not in found:
            form.fail("NOT_FOUND", N_("No such team."), f"teamIds[{index}]")
    if found and user.role not in TEAM_ROLES:
        form.fail("INVALID_VALUE", N_("Only agents and admins join teams."), "teamIds")
    return list(found.values())


def _manages(principal: Principal, user: User, form: Form) -> None:
    """The account as it will be must be one the caller manages."""
    if not matches(MANAGED_USERS, user, principal):
        field = "role" if "role" in form else "organisationId"
        form.fail("FORBIDDEN", N_("You may not manage an account like this one."), field)


async def _publish(hub: Hub, user_id: int) -> None:
    """Make the account's open sockets check it again (after commit)."""
    await announce_revocation(hub, user_id=user_id)


async def _state(user: User) -> dict[str, Any]:
    teams = await Team.filter(members__id=user.id).values_list("id", flat=True)
    return {**snapshot(user, FIELDS), "teams": sorted(teams)}


async def create_user(context: RequestContext, values: dict[str, Any]) -> User:
    """A new account; its organisation defaults to the caller's."""
    principal = context.require_principal()
    allowed(principal, "createUser")
    writable(principal, "User", [_POLICY_NAMES.get(name, name) for name in values])
    form = _form(values, context.locale.value)
    form.required("email", "name", "role")
    form.check()
    user = User(**form.columns, organisation_id=principal.organisation_id)
    await _organisation(form, user)
    teams = await _teams(form, user)
    await _unique_email(form, None)
    _manages(principal, user, form)
    form.check()
    async with in_transaction():
        await user.save()
        if teams:
            await user.teams.add(*teams)
        await record(principal, "createUser", "User", user.id, {}, await _state(user))
    return user


async def _managed(principal: Principal, user_id: int | None) -> User:
    """The account, locked, if the caller reaches it and manages it (call in a transaction)."""
    user = (
        await scoped(User, principal).select_for_update().get_or_none(id=user_id)
        if user_id
        else None
    )
    if user is None:
        raise Refused("NOT_FOUND", N_("No such user."), "id")
    if not matches(MANAGED_USERS, user, principal):
        raise Refused("FORBIDDEN", N_("You may not manage this account."), "id")
    if user.erased_at is not None:
        raise Refused("ERASED", N_("This account's personal data was erased."), "id")
    return user


async def update_user(context: RequestContext, user_id: int | None, values: dict[str, Any]) -> User:
    """Change the given fields of an account; teams are replaced as a whole."""
    principal = context.require_principal()
    allowed(principal, "updateUser")
    writable(principal, "User", [_POLICY_NAMES.get(name, name) for name in values])
    form = _form(values, context.locale.value)
    form.check()
    async with in_transaction():
        user = await _managed(principal, user_id)
        before = await _state(user)
        user.update_from_dict(form.columns)
        await _organisation(form, user)
        teams = await _teams(form, user)
        await _unique_email(form, user.id)
        _manages(principal, user, form)
        form.check()
        await user.save()
        if teams is not None:
            await user.teams.clear()
            if teams:
                await user.teams.add(*teams)
        after = await _state(user)
        await record(principal, "updateUser", "User", user.id, before, after)
    if (before["role"], before["organisation"]) != (after["role"], after["organisation"]):
        await _publish(context.hub, user.id)
    return user


async def set_active(context: RequestContext, user_id: int | None, active: bool) -> User:
    """Deactivate (tokens stop working at once) or reactivate an account."""
    action = "reactivateUser" if active else "deactivateUser"
    principal = context.require_principal()
    allowed(principal, action)
    writable(principal, "User", ["active"])
    if user_id is not None and user_id == principal.user_id:
        raise Refused(
            "OWN_ACCOUNT", N_("You cannot change whether your own account is active."), "id"
        )
    async with in_transaction():
        user = await _managed(principal, user_id)
        if user.active == active:
            code = "ALREADY_ACTIVE" if active else "ALREADY_INACTIVE"
            message = (
                N_("This account is already active.")
                if active
                else N_("This account is already inactive.")
            )
            raise Refused(code, message, "id")
        before = await _state(user)
        user.active = active
        await user.save(update_fields=["active"])
        await record(principal, action, "User", user.id, before, await _state(user))
    if not active:
        await _publish(context.hub, user.id)
    return user


async def update_my_profile(context: RequestContext, values: dict[str, Any]) -> User:
    """Change the caller's own name, phone, language or time zone."""
    principal = context.require_principal()
    allowed(principal, "updateMyProfile")
    if principal.user is None:
        raise Refused("NOT_FOUND", N_("A self-service link has no profile."))
    unknown = set(values) - OWN_PROFILE_FIELDS
    if unknown:
        raise Refused(
            "FORBIDDEN", N_("You may not change these fields yourself."), sorted(unknown)[0]
        )
    form = _form(values, context.locale.value)
    form.check()
    async with in_transaction():
        user = await User.filter(id=principal.user_id).select_for_update().get()
        before = snapshot(user, FIELDS)
        user.update_from_dict(form.columns)
        await user.save()
        await record(principal, "updateMyProfile", "User", user.id, before, snapshot(user, FIELDS))
    return user
