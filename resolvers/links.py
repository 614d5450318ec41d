"""Deep links into the portals, as e-mails carry them."""

from __future__ import annotations

from strawberry.relay import GlobalID


def thread_link(portal_url: str, thread_id: int) -> str:
    """The link to a thread in a portal: ``{portal}/threads/{global thread id}``."""
    return f"{portal_url.rstrip('/')}/threads/{GlobalID('Thread', str(thread_id))}"


def crisis_alert_link(portal_url: str, alert_id: int) -> str:
    """The link to a crisis alert in a portal: ``{portal}/crisis-alerts/{global alert id}``."""
    return f"{portal_url.rstrip('/')}/crisis-alerts/{GlobalID('CrisisAlert', str(alert_id))}"
