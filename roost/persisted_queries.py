"""Automatic persisted queries: Apollo's ``persistedQuery`` extension, over POST and GET.

A client sends ``extensions.persistedQuery = {"version": 1, "sha256Hash": …}`` without the
document; an unknown hash answers ``PERSISTED_QUERY_NOT_FOUND`` and the client sends the
document with its hash once, which is verified and kept. The store is per process and keeps
the ``ROOST_APQ_CACHE_SIZE`` most recently used documents.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import OrderedDict

from strawberry.http import GraphQLRequestData

_SHA256 = re.compile(r"[0-9a-f]{64}")


class PersistedQueryError(Exception):
    """A persisted-query request that cannot run; answered before execution."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def not_found() -> PersistedQueryError:
    """The hash is not (or no longer) known: the client retries with the document.

    HTTP 200, as Apollo Server answers, so that clients and caches treat it as an answer.
    """
    return PersistedQueryError(200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound")


def document_hash(query: str) -> str:
    """The SHA-256 of a document, as clients compute it (hex of its UTF-8 bytes)."""
    return hashlib.sha256(query.encode("utf-8", "surrogatepass")).hexdigest()


class PersistedQueries:
    """The documents sent with a hash, the ``size`` most recently used ones (LRU)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._documents: OrderedDict[str, str] = OrderedDict()

    def resolve(self, data: GraphQLRequestData) -> GraphQLRequestData:
        """The request with its document filled in from the hash, or stored under it.

        Requests without the extension pass unchanged. Raises :class:`PersistedQueryError`.
        """
        extension = (data.extensions or {}).get("persistedQuery")
        if extension is None:
            return data
        sha = _requested_hash(extension)
        if data.query is None:
            document = self._documents.get(sha)
            if document is None:
                raise not_found()
            self._documents.move_to_end(sha)
            return dataclasses.replace(data, query=document)
        if document_hash(data.query) != sha:
            raise PersistedQueryError(400, "BAD_REQUEST", "provided sha does not match query")
        self._remember(sha, data.query)
        return data

    def _remember(self, sha: str, document: str) -> None:
        self._documents[sha] = document
        self._documents.move_to_end(sha)
        while len(self._documents) > self.size:
            self._documents.popitem(last=False)


def _requested_hash(extension: object) -> str:
    """The lower-case hex hash of a ``persistedQuery`` extension of version 1."""
    if not isinstance(extension, dict) or extension.get("version") != 1:
        raise PersistedQueryError(
            400, "BAD_REQUEST", "Unsupported persisted query version: send version 1."
        )
    sha = extension.get("sha256Hash")
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha.lower()):
        raise PersistedQueryError(
            400, "BAD_REQUEST", "persistedQuery.sha256Hash must be a hex SHA-256 digest."
        )
    return sha.lower()
