"""Channel names. Inbox channels are derived from the thread row scope of the policy.

A thread's inbox events go to one channel per party column the policy scopes threads by
(``inbox:customer_id:7``, ``inbox:provider_id:2``, …) and to ``inbox:all`` for roles that
see every thread; a subscriber listens to the channels its own scope names. Subscribers
still check every event against the database, so a channel is only a wake-up route.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from models import Thread
from models.policy import THREAD_PARTY_SCOPE, AllRows, Scope
from resolvers.principal import Principal

if TYPE_CHECKING:
    from subscriptions.hub import Hub

ALL_THREADS = "inbox:all"
#: Published crisis alerts; each subscriber checks that an alert reached it.
CRISIS_ALERTS = "crisis-alerts"


#: The thread columns a thread event carries, so followers decide from memory.
THREAD_STATE = ("customer_id", "provider_id", "client_company_id", "last_seq", "last_public_seq")


#: The type of a thread event saying that some of its messages were rewritten in place
#: (an erasure): followers forget what they keep of them and read them again.
MESSAGES_REWRITTEN = "rewritten"


def thread_state(thread: Thread) -> dict[str, int | None]:
    """What a thread event tells its followers about the thread."""
    return {column: getattr(thread, column) for column in THREAD_STATE}


def thread_channel(thread_id: int) -> str:
    """Messages, status changes and typing of one thread."""
    return f"thread:{thread_id}"


def booking_channel(booking_id: int) -> str:
    """Changes of one booking's field values."""
    return f"booking:{booking_id}"


def _party_paths() -> tuple[str, ...]:
    paths = {
        condition.path
        for rule in THREAD_PARTY_SCOPE.values()
        if not isinstance(rule, AllRows)
        for condition in rule
        if isinstance(condition, Scope)
    }
    return tuple(sorted(paths))


def inbox_channels_of_thread(thread: Thread, *previous: Thread) -> set[str]:
    """Where an inbox event about ``thread`` goes (also to its ``previous`` parties)."""
    channels = {ALL_THREADS}
    for row in (thread, *previous):
        for path in _party_paths():
            value = getattr(row, path)
            if value is not None:
                channels.add(f"inbox:{path}:{value}")
    return channels


def inbox_channels_of(principal: Principal) -> set[str]:
    """The inbox channels ``principal`` listens to, from its thread row scope."""
    rule = THREAD_PARTY_SCOPE.get(principal.role)
    if rule is None:
        return set()
    if isinstance(rule, AllRows):
        return {ALL_THREADS}
    return {
        f"inbox:{condition.path}:{value}"
        for condition in rule
        if isinstance(condition, Scope)
        and (value := getattr(principal, condition.principal)) is not None
    }


#: Changes that may end a caller's access (deactivation, role or organisation change,
#: erasure, a guest link locked): one channel that every process with open sockets
#: follows, naming the caller (:func:`caller_key`); they are rare.
REVOCATIONS = "revoke"


def caller_key(principal: Principal) -> str:
    """Who a caller is, for revocations and per-user limits: an account or a guest link."""
    return f"user:{principal.user_id}" if principal.user_id else f"link:{principal.link_id}"


async def announce_revocation(
    hub: Hub, *, user_id: int | None = None, link_id: int | None = None, kind: str = "revoked"
) -> None:
    """Make the open sockets of an account (or a guest link) check their caller again
    (after the change is committed)."""
    key = f"user:{user_id}" if user_id is not None else f"link:{link_id}"
    await hub.publish(REVOCATIONS, {"type": kind, "key": key})


#: Every claim's changes, for subscribers following all the claims they may see.
ALL_CLAIMS = "claims:all"


def claim_channel(claim_id: int) -> str:
    """Changes of one claim (status, amounts, history)."""
    return f"claim:{claim_id}"


#: Arrivals, takes and departures of the support desk's live queue (SPEC §5).
SUPPORT_QUEUE = "support:queue"
