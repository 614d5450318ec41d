"""Deep links into the portals, as e-mails carry them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from strawberry.relay import GlobalID

from models import Role

if TYPE_CHECKING:
    from roost.settings import Settings


def portal_url(settings: Settings, role: Role) -> str:
    """The portal of a recipient's role: customer, provider or the service team's."""
    return {
        Role.PROVIDER_STAFF: settings.provider_portal_url,
        Role.AGENT: settings.agent_portal_url,
        Role.ADMIN: settings.agent_portal_url,
        Role.ANALYST: settings.agent_portal_url,
    }.get(role, settings.customer_portal_url)


def thread_link(portal_url: str, thread_id: int) -> str:
    """The link to a thread in a portal: ``{portal}/threads/{global thread id}``."""
    return f"{portal_url.rstrip('/')}/threads/{GlobalID('Thread', str(thread_id))}"


def claim_link(portal_url: str, claim_id: int) -> str:
    """The link to a claim in a portal: ``{portal}/claims/{global claim id}``."""
    return f"{portal_url.rstrip('/')}/claims/{GlobalID('Claim', str(claim_id))}"


def invoice_link(portal_url: str, invoice_id: int) -> str:
    """The link to an invoice in a portal: ``{portal}/invoices/{global invoice id}``."""
    return f"{portal_url.rstrip('/')}/invoices/{GlobalID('Invoice', str(invoice_id))}"


def booking_link(portal_url: str, booking_id: int) -> str:
    """The link to a booking in a portal: ``{portal}/bookings/{global booking id}``."""
    return f"{portal_url.rstrip('/')}/bookings/{GlobalID('Booking', str(booking_id))}"


def crisis_alert_link(portal_url: str, alert_id: int) -> str:
    """The link to a crisis alert in a portal: ``{portal}/crisis-alerts/{global alert id}``."""
    return f"{portal_url.rstrip('/')}/crisis-alerts/{GlobalID('CrisisAlert', str(alert_id))}"
