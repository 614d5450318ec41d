"""Structured logs: one JSON object per line, with the request id where there is one."""

from __future__ import annotations

import logging
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime

import orjson
from aiohttp.http_exceptions import HttpProcessingError

#: The id of the request being served, for every log line written while serving it.
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """Formats a record as JSON with time, level, logger, message and extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


def configure_logging(level: str = "INFO") -> None:
    """Send JSON log lines of ``level`` and above to standard error."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("tortoise").setLevel(max(logging.WARNING, root.level))
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    quiet_client_errors()


class ClientErrorFilter(logging.Filter):
    """Logs a malformed HTTP request (aiohttp answers 400) at INFO, without a traceback.

    aiohttp logs it as an exception; it is the client's error, not ours.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Lowers the record when its exception is an HTTP 4xx from the request parser."""
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, HttpProcessingError) and 400 <= error.code < 500:
            record.msg = f"{record.msg}: {error.code} {error.message}"
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.exc_info = record.exc_text = None
            return logging.getLogger(record.name).isEnabledFor(logging.INFO)
        return True


_CLIENT_ERRORS = ClientErrorFilter()


def quiet_client_errors() -> None:
    """Installs :class:`ClientErrorFilter` on aiohttp's server logger (once)."""
    logging.getLogger("aiohttp.server").addFilter(_CLIENT_ERRORS)


#: A caller's ``X-Request-Id`` is kept only when it is a short token of safe characters.
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def caller_request_id(value: str | None) -> str | None:
    """The caller's request id if it is safe to log and echo, else ``None`` (make a fresh one)."""
    if value is not None and _SAFE_REQUEST_ID.fullmatch(value):
        return value
    return None
