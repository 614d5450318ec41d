"""A progress line on standard error: redrawn in place on a terminal, else periodic lines."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts records and shows how many, and how fast, on ``stream``.

    On a terminal the line is redrawn at most ten times a second; otherwise (a log file,
    a pipe) one line is written every ``every`` seconds, so logs stay readable.
    """

    def __init__(self, label: str, stream: TextIO | None = None, every: float = 5.0) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.every = 0.1 if self.tty else every
        self.count = 0
        self.started = time.monotonic()
        self._shown = self.started

    @property
    def rate(self) -> float:
        """Records per second so far."""
        return self.count / max(time.monotonic() - self.started, 1e-9)

    def advance(self, count: int) -> None:
        """Add ``count`` records; show the line when it is time."""
        self.count += count
        now = time.monotonic()
        if now - self._shown >= self.every:
            self._shown = now
            self._show()

    def close(self) -> None:
        """Show the final line (and end it on a terminal)."""
        self._show()
        if self.tty:
            self.stream.write("\n")
        self.stream.flush()

    def _show(self) -> None:
        line = f"{self.label}: {self.count:,} records, {self.rate:,.0f} records/s"
        if self.tty:
            self.stream.write(f"\r\x1b[2K{line}")
        else:
            self.stream.write(f"{line}\n")
        self.stream.flush()
