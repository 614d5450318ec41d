"""The self-service app's switch: every self-service operation goes through here first."""

from __future__ import annotations

from models import ELIGIBLE_PLANS, Organisation, SelfServiceApp
from resolvers.errors import Refused
from roost.i18n import N_


def disabled() -> Refused:
    """The answer for a provider without the app (and for one whose app must not show)."""
    return Refused("SELF_SERVICE_DISABLED", N_("Self-service is not enabled for this provider."))


async def enabled_app(provider_id: int) -> SelfServiceApp:
    """The provider's app if an admin enabled it and the plan allows it; otherwise
    ``SELF_SERVICE_DISABLED``."""
    app = await SelfServiceApp.get_or_none(provider_id=provider_id)
    if app is None or not app.enabled or await _plan_lapsed(provider_id):
        raise disabled()
    return app


async def _plan_lapsed(provider_id: int) -> bool:
    """A provider moved back below PREMIUM loses the app (its settings are kept)."""
    plan = await Organisation.filter(id=provider_id).values_list("plan", flat=True)
    return not plan or plan[0] not in ELIGIBLE_PLANS
