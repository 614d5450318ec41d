"""Webhook receivers must be public hosts: Roost never POSTs into its own network (SSRF).

An address is refused when it is loopback, link-local, private, multicast, unspecified or
reserved (IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry). The
check runs when a webhook is registered or changed, and again when each delivery connects,
on the addresses the name resolves to then (a name may resolve differently later).
``ROOST_WEBHOOK_ALLOW_PRIVATE=1`` lifts it, for receivers on the operator's own network
(and for tests against a local receiver).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver


class PrivateAddress(OSError):
    """The receiver's host is, or resolves to, an address that is not public."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}, which is not a public address")
        self.host = host
        self.address = address


def forbidden(address: str) -> bool:
    """Whether ``address`` (an IP address as text) is not a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_loopback
        or ip.is_link_local
        or ip.is_private
        or ip.is_multicast
        or ip.is_unspecified
        or ip.is_reserved
    )


def _literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]").split("%", 1)[0]))
    except ValueError:
        return None


def private_literal(url: str) -> PrivateAddress | None:
    """Why ``url``'s host is refused if it is an IP address that is not public, else ``None``
    (aiohttp connects to an address without asking the resolver, so it is judged here)."""
    host = urlsplit(url).hostname or ""
    literal = _literal(host)
    return PrivateAddress(host, literal) if literal is not None and forbidden(literal) else None


async def private_address(url: str) -> PrivateAddress | None:
    """Why ``url``'s host is refused (it is, or resolves to, a non-public address), or
    ``None``; a name that does not resolve now is left to the check at delivery."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if _literal(host) is not None:
        return private_literal(url)
    try:
        found = await asyncio.get_running_loop().getaddrinfo(
            host, parts.port or 443, type=socket.SOCK_STREAM
        )
    except (OSError, UnicodeError):
        return None
    for *_, address in found:
        if forbidden(str(address[0])):
            return PrivateAddress(host, str(address[0]))
    return None


class PublicResolver(AbstractResolver):
    """aiohttp's resolver, refusing a host any of whose addresses is not public, so the
    address checked is the address connected to."""

    def __init__(self) -> None:
        self._inner = DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """The addresses of ``host``; raises :class:`PrivateAddress` for a non-public one."""
        results = await self._inner.resolve(host, port, family)
        for result in results:
            if forbidden(result["host"]):
                raise PrivateAddress(host, result["host"])
        return results

    async def close(self) -> None:
        """Close the wrapped resolver."""
        await self._inner.close()
