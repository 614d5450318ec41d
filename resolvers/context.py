"""The per-request context every resolver receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models import Locale
from resolvers.errors import Unauthenticated
from resolvers.loaders import Loaders
from resolvers.principal import Principal
from resolvers.ratelimit import RateLimited, RateLimiter
from roost.i18n import N_, negotiate_language
from roost.settings import Settings
from subscriptions.hub import Hub

#: What a request that needs a token is told without one (GraphQL and the file routes).
NO_TOKEN = N_("Authentication required: send a Bearer token.")


@dataclass
class RequestContext:
    """The caller, the request's dataloaders and the settings, for one request."""

    settings: Settings
    principal: Principal | None
    request_id: str
    hub: Hub
    request: Any = None
    response: Any = None
    #: The ``connection_init`` payload of a WebSocket connection.
    connection_params: dict[str, Any] | None = None
    #: The server's rate limits (none when absent).
    limiter: RateLimiter | None = None
    #: The request's ``Accept-Language`` header: the language of guests and anonymous callers.
    accept_language: str | None = None
    #: ``unreadTotal`` as the compiled inbox page's statement read it (``compiled``).
    known_unread_total: int | None = field(default=None, init=False, repr=False)
    _loaders: Loaders | None = field(default=None, init=False, repr=False)

    def require_principal(self) -> Principal:
        """The authenticated caller; anonymous requests are refused."""
        if self.principal is None:
            raise Unauthenticated(NO_TOKEN)
        return self.principal

    def throttle(self, action: str, *, by_address: bool = False) -> None:
        """Count one ``action`` for the caller: its user or guest link, else (or when
        ``by_address``) its IP address; ``RATE_LIMITED`` when it is over the rate."""
        if self.limiter is None:
            return
        principal = None if by_address else self.principal
        if principal is not None:
            caller = f"user:{principal.user_id}" if principal.user else f"link:{principal.link_id}"
        else:
            caller = f"ip:{getattr(self.request, 'remote', None) or '-'}"
        wait = self.limiter.retry_after(action, caller)
        if not wait:
            return
        if self.principal is None and hasattr(self.response, "set_status"):
            # An anonymous HTTP caller is told by the status line too.
            self.response.set_status(429)
            self.response.headers["Retry-After"] = str(wait)
        raise RateLimited(
            N_("Too many requests: try again in {wait} seconds."), {"wait": wait}, retryAfter=wait
        )

    def fresh_loaders(self) -> None:
        """Forget cached rows (a long-lived WebSocket context re-reads for every event)."""
        self._loaders = None

    @property
    def loaders(self) -> Loaders:
        """This request's dataloaders, bound to the authenticated caller."""
        if self._loaders is None:
            self._loaders = Loaders(self.require_principal())
        return self._loaders

    @property
    def locale(self) -> Locale:
        """The caller's language: the user's, else ``Accept-Language``'s (English by default)."""
        user = self.principal.user if self.principal else None
        return Locale(user.locale) if user else Locale(negotiate_language(self.accept_language))
