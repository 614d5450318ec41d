"""Counting the SQL statements the ORM sends, through tortoise's ``db_client`` logger, and
the transactions asyncpg runs on PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

from asyncpg.transaction import Transaction

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


#: What each step of asyncpg's transactions sends (tortoise's transactions are asyncpg's).
_TRANSACTION_STEPS = {"start": "BEGIN", "commit": "COMMIT", "rollback": "ROLLBACK"}


@contextmanager
def count_transactions() -> Iterator[list[str]]:
    """``with count_transactions() as steps:``: each BEGIN, COMMIT and ROLLBACK sent to
    PostgreSQL meanwhile, in order (they are not in tortoise's log)."""
    steps: list[str] = []
    originals = {name: getattr(Transaction, name) for name in _TRANSACTION_STEPS}

    def recorded(name: str) -> Callable[..., Awaitable[None]]:
        async def step(self: Transaction) -> None:
            steps.append(_TRANSACTION_STEPS[name])
            await originals[name](self)

        return step

    for name in originals:
        setattr(Transaction, name, recorded(name))
    try:
        yield steps
    finally:
        for name, original in originals.items():
            setattr(Transaction, name, original)
