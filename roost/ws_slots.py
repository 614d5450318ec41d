"""The server side of a WebSocket with its state in slots instead of an attribute dictionary.

aiohttp's ``WebSocketResponse`` keeps some thirty attributes. Many start as class-level
defaults and are set on the instance later, each socket in its own order, so CPython
cannot share one key table between instances: every open socket carries its own
attribute dictionary of about 1.5 KiB, some 6 % of an idle subscription's memory.
:class:`SlottedWebSocketResponse` gives each of those attributes a slot (8 bytes) and
starts every slot at the class-level default aiohttp reads until it sets the attribute.

aiohttp is unchanged in behaviour: the attributes are the same, only stored elsewhere.
One it adds in a later release, and not listed in :data:`STATE`, lands in a dictionary
again (more memory, nothing broken); ``tests/test_ws_protocol.py`` then fails, naming it.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

#: Every attribute aiohttp sets on a ``WebSocketResponse`` (its own, ``StreamResponse``'s
#: and ``HeadersMixin``'s), found by ``self._name =`` in aiohttp 3.14's sources.
STATE = (
    "_autoclose",
    "_autoping",
    "_body",
    "_body_length",
    "_chunked",
    "_close_code",
    "_close_wait",
    "_closed",
    "_closing",
    "_compress",
    "_compression",
    "_compression_force",
    "_compression_strategy",
    "_content_dict",
    "_content_type",
    "_cookies",
    "_decode_text",
    "_eof_sent",
    "_exception",
    "_headers",
    "_heartbeat",
    "_heartbeat_cb",
    "_heartbeat_reset_handle",
    "_heartbeat_when",
    "_keep_alive",
    "_loop",
    "_max_msg_size",
    "_must_be_empty_body",
    "_need_heartbeat_reset",
    "_parser",
    "_payload_writer",
    "_ping_task",
    "_pong_heartbeat",
    "_pong_response_cb",
    "_protocols",
    "_reader",
    "_reason",
    "_receive_timeout",
    "_req",
    "_state",
    "_status",
    "_stored_content_type",
    "_timeout",
    "_waiting",
    "_writer",
    "_writer_limit",
    "_ws_protocol",
)

_UNSET = object()
#: The class-level defaults among them, which a slot would otherwise hide.
_DEFAULTS = tuple(
    (name, value)
    for name in STATE
    if (value := getattr(web.WebSocketResponse, name, _UNSET)) is not _UNSET
)


class SlottedWebSocketResponse(web.WebSocketResponse):
    """``web.WebSocketResponse``, its per-socket state in slots (no attribute dictionary)."""

    __slots__ = STATE

    def __init__(self, **options: Any) -> None:
        for name, value in _DEFAULTS:
            object.__setattr__(self, name, value)
        super().__init__(**options)
