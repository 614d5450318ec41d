"""Deep links into the portals, as e-mails carry them."""

from __future__ import annotations

from strawberry.relay import GlobalID


def thread_link(portal_url: str, thread_id: int) -> str:
    """The link to a thread in a portal: ``{portal}/threads/{global thread id}``."""
    return f"{portal_url.rstrip('/')}/threads/{GlobalID('Thread', str(thread_id))}"


def booking_link(portal_url: str, booking_id: int) -> str:
    """The link to a booking in a portal: ``{portal}/bookings/{global booking id}``."""
    return f"{portal_url.rstrip('/')}/bookings/{GlobalID('Booking', str(booking_id))}"
