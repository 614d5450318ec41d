"""The self-service app's switch: every self-service operation goes through here first."""

from __future__ import annotations

from models import SelfServiceApp
from resolvers.errors import Refused


async def enabled_app(provider_id: int) -> SelfServiceApp:
    """The provider's app if an admin enabled it; otherwise ``SELF_SERVICE_DISABLED``."""
    app = await SelfServiceApp.get_or_none(provider_id=provider_id)
    if app is None or not app.enabled:
        raise Refused(
            "SELF_SERVICE_DISABLED",
            "Self-service is not enabled for this provider.",
        )
    return app
