"""E-mail delivery: over SMTP when ``ROOST_SMTP_URL`` is set, else as ``.eml`` files.

A mailer sends one :class:`OutgoingEmail` and says how a failure should be handled:
:class:`TemporaryDeliveryError` (try again later: 4xx replies, refused or dropped
connections, timeouts) or :class:`PermanentDeliveryError` (give up: 5xx replies). The
Message-ID comes from the caller and stays the same on every attempt, so a retry after an
unclear failure can be recognised by the receiving side.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

import aiosmtplib

from roost.settings import Settings

log = logging.getLogger("roost.mail")


@dataclass(frozen=True)
class MailAttachment:
    """A file sent with an e-mail (an e-ticket)."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class OutgoingEmail:
    """One e-mail to one recipient, with a plain-text and an HTML version, and files."""

    message_id: str
    to: str
    subject: str
    text: str
    html: str
    headers: Mapping[str, str] = field(default_factory=dict)
    attachments: tuple[MailAttachment, ...] = ()


class DeliveryError(Exception):
    """An e-mail could not be delivered; ``smtp_code`` is the server's reply, if any."""

    def __init__(self, message: str, *, smtp_code: int | None = None) -> None:
        super().__init__(message)
        self.smtp_code = smtp_code


class TemporaryDeliveryError(DeliveryError):
    """Delivery may succeed later: retry with backoff."""


class PermanentDeliveryError(DeliveryError):
    """Delivery will not succeed by retrying (SMTP 5xx, a malformed e-mail)."""


class Mailer(Protocol):
    """Something that delivers e-mails."""

    async def send(self, email: OutgoingEmail) -> None:
        """Deliver ``email`` or raise a :class:`DeliveryError` subclass."""
        ...


def normalise_message_id(message_id: str) -> str:
    """The Message-ID header value: ``<local@domain>``, brackets added when missing."""
    value = message_id.strip()
    if not value or any(c in value for c in " \r\n"):
        raise PermanentDeliveryError(f"invalid Message-ID {message_id!r}")
    return value if value.startswith("<") and value.endswith(">") else f"<{value}>"


def build_message(email: OutgoingEmail, sender: str) -> EmailMessage:
    """The MIME message: text/plain with a text/html alternative, then any files, with the
    given Message-ID."""
    message = EmailMessage()
    try:
        message["From"] = sender
        message["To"] = email.to
        message["Subject"] = email.subject
        message["Message-ID"] = normalise_message_id(email.message_id)
        message["Date"] = format_datetime(datetime.now(UTC))
        message["Auto-Submitted"] = "auto-generated"
        for name, value in email.headers.items():
            del message[name]
            message[name] = value
        message.set_content(email.text)
        message.add_alternative(email.html, subtype="html")
        for attachment in email.attachments:
            maintype, _, subtype = attachment.content_type.partition("/")
            message.add_attachment(attachment.data, maintype, subtype, filename=attachment.filename)
    except (ValueError, TypeError) as exc:
        # Newlines in a header, an unparseable address: retrying will not help.
        raise PermanentDeliveryError(f"cannot build the e-mail: {exc}") from exc
    return message


def _address(header: str) -> str:
    return parseaddr(header)[1]


class SmtpMailer:
    """Sends through an SMTP server: ``smtp://`` (plain, or STARTTLS) or ``smtps://``."""

    def __init__(self, settings: Settings) -> None:
        if not settings.smtp_url:
            raise ValueError("SmtpMailer needs ROOST_SMTP_URL")
        url = urlsplit(settings.smtp_url)
        self.implicit_tls = url.scheme == "smtps"
        self.start_tls = settings.smtp_starttls and not self.implicit_tls
        self.hostname = url.hostname or "localhost"
        self.port = url.port or (465 if self.implicit_tls else 587 if self.start_tls else 25)
        self.username = unquote(url.username) if url.username else None
        self.password = unquote(url.password) if url.password else None
        self.sender = settings.mail_from
        self.timeout = settings.smtp_timeout
        self.tls_context = _tls_context(settings.smtp_ca_file, settings.smtp_verify)

    async def send(self, email: OutgoingEmail) -> None:
        """Deliver ``email``; failures are classified as temporary or permanent."""
        message = build_message(email, self.sender)
        try:
            await aiosmtplib.send(
                message,
                sender=_address(self.sender),
                recipients=[_address(email.to)],
                hostname=self.hostname,
                port=self.port,
                username=self.username,
                password=self.password,
                use_tls=self.implicit_tls,
                start_tls=self.start_tls,
                tls_context=self.tls_context,
                timeout=self.timeout,
            )
        except Exception as exc:
            raise classify(exc) from exc
        log.info(
            "e-mail sent",
            extra={"to": email.to, "subject": email.subject, "message_id": email.message_id},
        )


def _tls_context(ca_file: Path | None, verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _reply(code: int, text: str) -> str:
    return f"SMTP {code} {' '.join(text.split())}"


def classify(exc: BaseException) -> DeliveryError:
    """Turn an aiosmtplib or network failure into a temporary or permanent delivery error."""
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        refusals = exc.recipients
        codes = [r.code for r in refusals]
        detail = "; ".join(f"{_reply(r.code, r.message)} (RCPT {r.recipient})" for r in refusals)
        kind = PermanentDeliveryError if codes and min(codes) >= 500 else TemporaryDeliveryError
        return kind(f"recipient refused: {detail}", smtp_code=codes[0] if codes else None)
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        # A configuration problem, not one of this e-mail: keep it for a later attempt.
        return TemporaryDeliveryError(
            f"authentication failed ({_reply(exc.code, exc.message)}); check ROOST_SMTP_URL",
            smtp_code=exc.code,
        )
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        stage = {
            aiosmtplib.SMTPConnectResponseError: "on connect",
            aiosmtplib.SMTPHeloError: "on HELO",
            aiosmtplib.SMTPSenderRefused: "on MAIL FROM",
            aiosmtplib.SMTPRecipientRefused: "on RCPT TO",
            aiosmtplib.SMTPDataError: "on DATA",
        }.get(type(exc), "")
        text = f"{_reply(exc.code, exc.message)} {stage}".strip()
        kind = PermanentDeliveryError if 500 <= exc.code < 600 else TemporaryDeliveryError
        return kind(text, smtp_code=exc.code)
    if isinstance(exc, TimeoutError):
        return TemporaryDeliveryError(f"SMTP server timed out: {exc}")
    if isinstance(exc, aiosmtplib.SMTPServerDisconnected | aiosmtplib.SMTPConnectError):
        return TemporaryDeliveryError(f"SMTP connection failed: {exc}")
    if isinstance(exc, aiosmtplib.SMTPNotSupported):
        return TemporaryDeliveryError(f"SMTP server does not support what is configured: {exc}")
    if isinstance(exc, ssl.SSLError | OSError):
        return TemporaryDeliveryError(f"SMTP connection failed: {exc}")
    return TemporaryDeliveryError(f"SMTP delivery failed: {type(exc).__name__}: {exc}")


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def eml_stem(message_id: str) -> str:
    """The part of an ``.eml`` file name derived from a Message-ID (safe and unique)."""
    bare = message_id.strip().strip("<>")
    digest = hashlib.sha256(bare.encode()).hexdigest()[:10]
    return f"{_UNSAFE.sub('_', bare)[:80].strip('._') or 'message'}-{digest}"


class FolderMailer:
    """Writes each e-mail as ``<timestamp>-<message id>.eml`` into ``settings.mail_dir``.

    The same Message-ID written again replaces its file, so a retried e-mail is one file.
    """

    def __init__(self, settings: Settings) -> None:
        self.directory = settings.mail_dir
        self.sender = settings.mail_from

    async def send(self, email: OutgoingEmail) -> None:
        """Write ``email`` to the mail folder and log its subject and recipient."""
        message = build_message(email, self.sender)
        try:
            path = await asyncio.to_thread(self._write, email.message_id, message)
        except OSError as exc:
            raise TemporaryDeliveryError(f"cannot write to {self.directory}: {exc}") from exc
        log.info(
            "e-mail to %s: %s",
            email.to,
            email.subject,
            extra={"to": email.to, "subject": email.subject, "path": str(path)},
        )

    def path_for(self, message_id: str) -> Path | None:
        """The file already written for ``message_id``, if any."""
        stem = eml_stem(message_id)
        return next(iter(sorted(self.directory.glob(f"*-{stem}.eml"))), None)

    def _write(self, message_id: str, message: EmailMessage) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        stem = eml_stem(message_id)
        path = self.path_for(message_id)
        if path is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            path = self.directory / f"{stamp}-{stem}.eml"
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(message.as_bytes())
        os.replace(temporary, path)
        return path


def mailer_for(settings: Settings) -> Mailer:
    """:class:`SmtpMailer` when ``ROOST_SMTP_URL`` is set, else :class:`FolderMailer`."""
    return SmtpMailer(settings) if settings.smtp_url else FolderMailer(settings)
