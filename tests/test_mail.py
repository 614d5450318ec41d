"""E-mail delivery: SMTP against a real aiosmtpd server (plain, STARTTLS, implicit TLS),
failures classified as temporary or permanent, the ``.eml`` folder, and the settings."""

from __future__ import annotations

import asyncio
import email
import ipaddress
import logging
import socket
import ssl
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from roost.mail import (
    FolderMailer,
    OutgoingEmail,
    PermanentDeliveryError,
    SmtpMailer,
    TemporaryDeliveryError,
    mailer_for,
)
from roost.settings import ConfigurationError, Settings, load_settings

#: aiosmtpd only counts STARTTLS as TLS, so it warns about AUTH on an implicit-TLS server.
implicit_tls_auth = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

SUBJECT = "Nouveau message concernant BK-2026-000012 — café ☕"


def free_port() -> int:
    """A TCP port nothing listens on (bound once, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def outgoing(message_id: str = "<outbox-1@roost.test>", **changes: Any) -> OutgoingEmail:
    values: dict[str, Any] = {
        "message_id": message_id,
        "to": "Claire Martin <claire@example.com>",
        "subject": SUBJECT,
        "text": "Bonjour Claire,\nun nouveau message vous attend.\n",
        "html": "<p>Bonjour Claire,</p><p>un nouveau message vous attend.</p>",
    }
    return OutgoingEmail(**{**values, **changes})


def mail_settings(tmp_path: Path, **env: str) -> Settings:
    return load_settings({"ROOST_JWT_SECRET": "x" * 40, "ROOST_VAR_DIR": str(tmp_path), **env})


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def bodies(message: EmailMessage) -> tuple[str, str]:
    """The text/plain and text/html bodies, with line ends as written."""
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None
    assert html is not None
    return (
        plain.get_content().replace("\r\n", "\n"),
        html.get_content().replace("\r\n", "\n"),
    )


def files(folder: Path, pattern: str = "*") -> list[Path]:
    return sorted(folder.glob(pattern))


class Recorder:
    """An aiosmtpd handler: accepts everything, or refuses RCPT / DATA with a fixed reply."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []
        self.rcpt_reply: str | None = None
        self.data_reply: str | None = None
        self.logins: list[tuple[str, str]] = []

    async def handle_RCPT(
        self,
        server: SMTPServer,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: SMTPServer, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        self.logins.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=True)

    def message(self) -> EmailMessage:
        (envelope,) = self.envelopes
        assert isinstance(envelope.original_content, bytes)
        return parse(envelope.original_content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def smtp_server(recorder: Recorder) -> Iterator[Controller]:
    """A plain SMTP server on 127.0.0.1 and a free port."""
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost / 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "smtp-cert.pem", tmp_path / "smtp-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


@pytest.fixture
def smtps_server(recorder: Recorder, certificate: tuple[Path, Path]) -> Iterator[Controller]:
    """An implicit-TLS SMTP server that requires a login."""
    controller = Controller(
        recorder,
        hostname="127.0.0.1",
        port=free_port(),
        ssl_context=server_tls(certificate),
        authenticator=recorder.authenticate,
        auth_required=True,
        auth_require_tls=False,  # the whole connection is TLS; aiosmtpd only sees STARTTLS
    )
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def starttls_server(recorder: Recorder, certificate: tuple[Path, Path]) -> Iterator[Controller]:
    """A plain SMTP server that refuses mail until the client said STARTTLS."""
    controller = Controller(
        recorder,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=server_tls(certificate),
        require_starttls=True,
    )
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
async def silent_port() -> AsyncIterator[int]:
    """A port that accepts connections and never says a word."""

    async def ignore(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()
        writer.close()

    server = await asyncio.start_server(ignore, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()


def smtp_mailer(tmp_path: Path, url: str, **env: str) -> SmtpMailer:
    return SmtpMailer(mail_settings(tmp_path, ROOST_SMTP_URL=url, **env))


# --- SMTP delivery ---


async def test_smtp_delivers_text_and_html_alternatives_with_the_given_message_id(
    tmp_path: Path, smtp_server: Controller, recorder: Recorder
) -> None:
    # given
    mailer = smtp_mailer(tmp_path, f"smtp://127.0.0.1:{smtp_server.port}")

    # when
    await mailer.send(outgoing("<outbox-42@roost.test>"))

    # then
    (envelope,) = recorder.envelopes
    assert envelope.mail_from == "no-reply@roost.local"
    assert envelope.rcpt_tos == ["claire@example.com"]
    message = recorder.message()
    assert message["Message-ID"] == "<outbox-42@roost.test>"
    assert message["From"] == "Roost <no-reply@roost.local>"
    assert message["To"] == "Claire Martin <claire@example.com>"
    assert message["Subject"] == SUBJECT
    assert message["Date"]
    assert message.get_content_type() == "multipart/alternative"
    text, html = bodies(message)
    assert text == outgoing().text
    assert html.strip() == outgoing().html


async def test_smtp_uses_the_configured_sender_brackets_a_bare_message_id_and_adds_headers(
    tmp_path: Path, smtp_server: Controller, recorder: Recorder
) -> None:
    # given
    mailer = smtp_mailer(
        tmp_path,
        f"smtp://127.0.0.1:{smtp_server.port}",
        ROOST_MAIL_FROM="Agence Roost <notifications@agence.example>",
    )

    # when
    await mailer.send(outgoing("outbox-7@roost.test", headers={"X-Roost-Thread": "T1"}))

    # then
    message = recorder.message()
    assert recorder.envelopes[0].mail_from == "notifications@agence.example"
    assert message["From"] == "Agence Roost <notifications@agence.example>"
    assert message["Message-ID"] == "<outbox-7@roost.test>"
    assert message["X-Roost-Thread"] == "T1"
    assert message["Auto-Submitted"] == "auto-generated"


async def test_a_451_on_rcpt_is_temporary_and_names_the_reply(
    tmp_path: Path, smtp_server: Controller, recorder: Recorder
) -> None:
    # given
    recorder.rcpt_reply = "451 4.3.0 try later"
    mailer = smtp_mailer(tmp_path, f"smtp://127.0.0.1:{smtp_server.port}")

    # when
    with pytest.raises(TemporaryDeliveryError) as caught:
        await mailer.send(outgoing())

    # then
    assert "SMTP 451 4.3.0 try later" in str(caught.value)
    assert caught.value.smtp_code == 451
    assert recorder.envelopes == []


async def test_a_451_on_data_is_temporary(
    tmp_path: Path, smtp_server: Controller, recorder: Recorder
) -> None:
    # given
    recorder.data_reply = "451 4.3.0 try later"
    mailer = smtp_mailer(tmp_path, f"smtp://127.0.0.1:{smtp_server.port}")

    # when
    with pytest.raises(TemporaryDeliveryError) as caught:
        await mailer.send(outgoing())

    # then
    assert "SMTP 451 4.3.0 try later" in str(caught.value)


async def test_a_550_on_rcpt_is_permanent_and_names_the_reply(
    tmp_path: Path, smtp_server: Controller, recorder: Recorder
) -> None:
    # given
    recorder.rcpt_reply = "550 5.1.1 no such user"
    mailer = smtp_mailer(tmp_path, f"smtp://127.0.0.1:{smtp_server.port}")

    # when
    with pytest.raises(PermanentDeliveryError) as caught:
        await mailer.send(outgoing())

    # then
    assert "SMTP 550 5.1.1 no such user" in str(caught.value)
    assert caught.value.smtp_code == 550


async def test_a_550_on_data_is_permanent(
    tmp_path: Path, smtp_server: Controller, recorder: Recorder
) -> None:
    # given
    recorder.data_reply = "550 5.1.1 no such user"
    mailer = smtp_mailer(tmp_path, f"smtp://127.0.0.1:{smtp_server.port}")

    # when / then
    with pytest.raises(PermanentDeliveryError, match=r"SMTP 550 5\.1\.1 no such user"):
        await mailer.send(outgoing())


async def test_a_server_that_is_down_is_a_quick_temporary_failure(tmp_path: Path) -> None:
    # given
    mailer = smtp_mailer(tmp_path, f"smtp://127.0.0.1:{free_port()}", ROOST_SMTP_TIMEOUT="2")
    started = time.monotonic()

    # when
    with pytest.raises(TemporaryDeliveryError, match="connection failed"):
        await mailer.send(outgoing())

    # then
    assert time.monotonic() - started < 2


async def test_a_server_that_never_answers_times_out_as_a_temporary_failure(
    tmp_path: Path, silent_port: int
) -> None:
    # given
    mailer = smtp_mailer(tmp_path, f"smtp://127.0.0.1:{silent_port}", ROOST_SMTP_TIMEOUT="0.3")
    started = time.monotonic()

    # when
    with pytest.raises(TemporaryDeliveryError, match="timed out"):
        await mailer.send(outgoing())

    # then
    assert time.monotonic() - started < 3


@implicit_tls_auth
async def test_smtps_with_the_ca_file_delivers_over_tls_and_logs_in(
    tmp_path: Path,
    smtps_server: Controller,
    recorder: Recorder,
    certificate: tuple[Path, Path],
) -> None:
    # given
    url = f"smtps://mailer%40roost:p%40ss%3Aword@127.0.0.1:{smtps_server.port}"
    mailer = smtp_mailer(tmp_path, url, ROOST_SMTP_CA_FILE=str(certificate[0]))

    # when
    await mailer.send(outgoing("<outbox-tls@roost.test>"))

    # then
    assert recorder.logins == [("mailer@roost", "p@ss:word")]
    assert recorder.message()["Message-ID"] == "<outbox-tls@roost.test>"


@implicit_tls_auth
async def test_smtps_refuses_an_untrusted_certificate_unless_verification_is_off(
    tmp_path: Path, smtps_server: Controller, recorder: Recorder
) -> None:
    # given
    url = f"smtps://user:pass@127.0.0.1:{smtps_server.port}"
    verifying = smtp_mailer(tmp_path, url)
    trusting = smtp_mailer(tmp_path, url, ROOST_SMTP_VERIFY="0")

    # when
    with pytest.raises(TemporaryDeliveryError, match="CERTIFICATE_VERIFY_FAILED"):
        await verifying.send(outgoing("<refused@roost.test>"))
    await trusting.send(outgoing("<accepted@roost.test>"))

    # then
    assert recorder.message()["Message-ID"] == "<accepted@roost.test>"


async def test_starttls_upgrades_a_plain_connection_when_asked(
    tmp_path: Path,
    starttls_server: Controller,
    recorder: Recorder,
    certificate: tuple[Path, Path],
) -> None:
    # given
    url = f"smtp://127.0.0.1:{starttls_server.port}"
    plain = smtp_mailer(tmp_path, url)
    upgrading = smtp_mailer(
        tmp_path, url, ROOST_SMTP_STARTTLS="1", ROOST_SMTP_CA_FILE=str(certificate[0])
    )

    # when
    with pytest.raises(PermanentDeliveryError, match="530"):
        await plain.send(outgoing("<plain@roost.test>"))
    await upgrading.send(outgoing("<upgraded@roost.test>"))

    # then
    assert recorder.message()["Message-ID"] == "<upgraded@roost.test>"


async def test_a_header_with_a_newline_is_a_permanent_failure(
    tmp_path: Path, smtp_server: Controller, recorder: Recorder
) -> None:
    # given
    mailer = smtp_mailer(tmp_path, f"smtp://127.0.0.1:{smtp_server.port}")

    # when / then
    with pytest.raises(PermanentDeliveryError):
        await mailer.send(outgoing(subject="Hello\nBcc: victim@example.com"))
    assert recorder.envelopes == []


# --- the mail folder ---


async def test_the_folder_mailer_writes_a_parseable_eml_and_logs_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # given
    settings = mail_settings(tmp_path)
    mailer = FolderMailer(settings)
    caplog.set_level(logging.INFO, logger="roost.mail")

    # when
    await mailer.send(outgoing("<outbox-9@roost.test>"))

    # then
    (path,) = files(settings.mail_dir, "*.eml")
    assert settings.mail_dir == tmp_path / "mail"
    message = parse(path.read_bytes())
    assert message["Message-ID"] == "<outbox-9@roost.test>"
    assert message["Subject"] == SUBJECT
    assert message["To"] == "Claire Martin <claire@example.com>"
    assert bodies(message) == (outgoing().text, outgoing().html + "\n")
    assert any(
        SUBJECT in record.getMessage() and "claire@example.com" in record.getMessage()
        for record in caplog.records
    )


async def test_the_same_message_id_twice_is_one_file_with_the_latest_content(
    tmp_path: Path,
) -> None:
    # given
    settings = mail_settings(tmp_path)
    mailer = FolderMailer(settings)
    await mailer.send(outgoing("<outbox-5@roost.test>", text="first attempt\n"))

    # when
    await mailer.send(outgoing("<outbox-5@roost.test>", text="second attempt\n"))
    await mailer.send(outgoing("<outbox-6@roost.test>"))

    # then
    assert len(files(settings.mail_dir)) == 2
    first = mailer.path_for("<outbox-5@roost.test>")
    assert first is not None
    assert bodies(parse(first.read_bytes()))[0] == "second attempt\n"


async def test_file_names_are_safe_whatever_the_message_id(tmp_path: Path) -> None:
    # given
    settings = mail_settings(tmp_path)
    mailer = FolderMailer(settings)

    # when
    await mailer.send(outgoing("<../../etc/passwd@roost.test>"))
    await mailer.send(outgoing("<__/__/etc/passwd@roost.test>"))

    # then
    names = [path.name for path in files(settings.mail_dir)]
    assert len(names) == 2
    assert all("/" not in name and name.endswith(".eml") for name in names)
    assert files(tmp_path, "etc*") == []


def test_mailer_for_picks_smtp_only_when_a_url_is_set(tmp_path: Path) -> None:
    # given
    folder = mail_settings(tmp_path)
    smtp = mail_settings(tmp_path, ROOST_SMTP_URL="smtp://mail.example:2525")

    # when / then
    assert isinstance(mailer_for(folder), FolderMailer)
    assert isinstance(mailer_for(smtp), SmtpMailer)


# --- settings ---


def test_mail_settings_have_working_defaults(tmp_path: Path) -> None:
    # when
    settings = mail_settings(tmp_path)

    # then
    assert settings.smtp_url is None
    assert settings.smtp_timeout == 10
    assert settings.smtp_verify is True
    assert settings.smtp_starttls is False
    assert settings.mail_dir == tmp_path / "mail"
    assert settings.mail_from == "Roost <no-reply@roost.local>"
    assert settings.notify_delay_seconds == 120
    assert settings.customer_portal_url == "http://localhost:3000/customer"
    assert settings.provider_portal_url == "http://localhost:3000/provider"
    assert settings.agent_portal_url == "http://localhost:3000/agent"
    assert settings.deadline_warning_offsets == (168, 24)
    assert settings.worker_in_serve is True
    assert settings.outbox_max_attempts == 8


def test_smtp_url_parts_and_default_ports(tmp_path: Path) -> None:
    # when
    plain = smtp_mailer(tmp_path, "smtp://mail.example")
    starttls = smtp_mailer(tmp_path, "smtp://u:p@mail.example", ROOST_SMTP_STARTTLS="1")
    implicit = smtp_mailer(tmp_path, "smtps://mail.example")

    # then
    assert (plain.hostname, plain.port, plain.username, plain.start_tls) == (
        "mail.example",
        25,
        None,
        False,
    )
    assert (starttls.port, starttls.username, starttls.password, starttls.start_tls) == (
        587,
        "u",
        "p",
        True,
    )
    assert (implicit.port, implicit.implicit_tls) == (465, True)


@pytest.mark.parametrize(
    ("raw", "hours"),
    [("7d,1d", (168, 24)), ("168,24", (168, 24)), ("1d, 36h, 7D", (168, 36, 24)), ("48", (48,))],
)
def test_deadline_warning_offsets_in_days_or_hours(
    tmp_path: Path, raw: str, hours: tuple[int, ...]
) -> None:
    # when
    settings = mail_settings(tmp_path, ROOST_DEADLINE_WARNING_OFFSETS=raw)

    # then
    assert settings.deadline_warning_offsets == hours


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ROOST_DEADLINE_WARNING_OFFSETS": "7 days"}, "ROOST_DEADLINE_WARNING_OFFSETS"),
        ({"ROOST_DEADLINE_WARNING_OFFSETS": "7d,,1d"}, "ROOST_DEADLINE_WARNING_OFFSETS"),
        ({"ROOST_DEADLINE_WARNING_OFFSETS": "0"}, "ROOST_DEADLINE_WARNING_OFFSETS"),
        ({"ROOST_SMTP_URL": "http://mail.example"}, "ROOST_SMTP_URL"),
        ({"ROOST_SMTP_URL": "smtp://mail.example:port"}, "ROOST_SMTP_URL"),
        ({"ROOST_SMTP_URL": "smtps://h", "ROOST_SMTP_STARTTLS": "1"}, "ROOST_SMTP_STARTTLS"),
        ({"ROOST_SMTP_CA_FILE": "/nonexistent/ca.pem"}, "ROOST_SMTP_CA_FILE"),
        ({"ROOST_SMTP_TIMEOUT": "soon"}, "ROOST_SMTP_TIMEOUT"),
        ({"ROOST_MAIL_FROM": "Roost"}, "ROOST_MAIL_FROM"),
        ({"ROOST_SMTP_VERIFY": "maybe"}, "ROOST_SMTP_VERIFY"),
        ({"ROOST_WORKER_IN_SERVE": "perhaps"}, "ROOST_WORKER_IN_SERVE"),
        ({"ROOST_OUTBOX_MAX_ATTEMPTS": "0"}, "ROOST_OUTBOX_MAX_ATTEMPTS"),
        ({"ROOST_NOTIFY_DELAY": "-5"}, "ROOST_NOTIFY_DELAY"),
    ],
)
def test_invalid_mail_settings_are_refused_with_the_variable_named(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    # when / then
    with pytest.raises(ConfigurationError, match=message):
        mail_settings(tmp_path, **env)
