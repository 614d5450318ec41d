"""Counting the SQL statements the ORM sends, through tortoise's ``db_client`` logger."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

_STATEMENTS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")

#: A process's copy of the active webhooks is read again at most every two seconds, by
#: whichever request comes then: not a statement of that request (counts stay exact).
_CACHE_REFRESHES = ('FROM "webhook" WHERE "active"=',)


class StatementCounter(logging.Handler):
    """Collects every SQL statement logged while it is installed."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = str(record.msg if not record.args else record.args[0]).lstrip()
        if text.upper().startswith(_STATEMENTS) and not any(c in text for c in _CACHE_REFRESHES):
            self.statements.append(text)


@contextmanager
def count_statements() -> Iterator[StatementCounter]:
    """``with count_statements() as counter:`` then ``len(counter.statements)``."""
    logger = logging.getLogger("tortoise.db_client")
    counter = StatementCounter()
    previous = logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous)
