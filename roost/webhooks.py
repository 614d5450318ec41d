"""Sending one webhook delivery over HTTP, signed so the receiver can trust it.

The signature header is ``X-Roost-Signature: t=<unix time>,v1=<hex>``, where ``<hex>`` is
HMAC-SHA256 with the webhook's secret over ``"<unix time>." + body``. ``X-Roost-Delivery``
is the same on every attempt of a delivery, so a receiver can drop duplicates. A 2xx answer
is delivered; 5xx, 408, 429, a timeout or a connection failure are retried; any other
answer (4xx, redirects) fails at once.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

import aiohttp

from models import OutboxItem, Webhook
from roost.mail import PermanentDeliveryError, TemporaryDeliveryError
from roost.webhook_guard import PrivateAddress, PublicResolver, private_literal

#: Statuses worth trying again besides 5xx: request timeout, too many requests.
RETRIED = frozenset({408, 429})
USER_AGENT = "Roost-Webhooks/1"


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The ``X-Roost-Signature`` value of ``body`` sent at ``timestamp``."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


async def post(
    webhook: Webhook, item: OutboxItem, now: datetime, seconds: float, allow_private: bool = False
) -> tuple[int | None, str]:
    """POST the delivery ``item`` to ``webhook``: the HTTP status (``None`` without an
    answer within ``seconds``) and what went wrong, if anything.

    Unless ``allow_private``, a receiver that is, or resolves to, a non-public address
    fails the delivery for good (:mod:`roost.webhook_guard`): an IP address is judged here,
    a name by :class:`PublicResolver` as it resolves it to connect (one lookup).
    """
    refused = None if allow_private else private_literal(webhook.url)
    if refused is not None:
        raise PermanentDeliveryError(f"refused: {refused}")
    body = item.payload["body"].encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Roost-Event": item.template,
        "X-Roost-Delivery": item.payload["delivery"],
        "X-Roost-Signature": signature(webhook.secret, int(now.timestamp()), body),
    }
    connector = aiohttp.TCPConnector(resolver=None if allow_private else PublicResolver())
    try:
        async with (
            aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=seconds), connector=connector
            ) as session,
            session.post(webhook.url, data=body, headers=headers, allow_redirects=False) as answer,
        ):
            return answer.status, "" if answer.ok else f"HTTP {answer.status} {answer.reason}"
    except TimeoutError:
        return None, f"no answer within {seconds:g} s"
    except aiohttp.ClientConnectorError as error:
        if isinstance(error.os_error, PrivateAddress):
            raise PermanentDeliveryError(f"refused: {error.os_error}") from error
        return None, f"{type(error).__name__}: {error}"
    except aiohttp.ClientError as error:
        return None, f"{type(error).__name__}: {error}"


def judge(status: int | None, error: str) -> None:
    """Raise the delivery error an answer stands for (nothing for a 2xx)."""
    if status is not None and 200 <= status < 300:
        return
    if status is None or status >= 500 or status in RETRIED:
        raise TemporaryDeliveryError(error)
    raise PermanentDeliveryError(error)
