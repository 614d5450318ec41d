"""Configuration, read from environment variables in this one module."""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from strawberry.http.websocket_origin import normalize_allowed_origins

DEV_SECRET_FILE = "jwt-dev-secret"
DEFAULT_MAIL_FROM = "Roost <no-reply@roost.local>"
DEFAULT_DEADLINE_WARNING_OFFSETS = (168, 24)
#: The longest token lifetime (``exp - iat``) accepted unless configured: a day.
DEFAULT_JWT_MAX_TTL = 24 * 3600
DEFAULT_PUBLIC_URL = "http://localhost:8000"


class ConfigurationError(RuntimeError):
    """Raised when the environment does not describe a runnable configuration."""


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be an integer, got {raw!r}") from exc


def _positive(env: dict[str, str], name: str, default: int) -> int:
    value = _int(env, name, default)
    if value < 1:
        raise ConfigurationError(f"{name} must be at least 1, got {value}")
    return value


def _float(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be a number, got {raw!r}") from exc
    if not value > 0:
        raise ConfigurationError(f"{name} must be positive, got {raw!r}")
    return value


def _flag_default(env: dict[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigurationError(f"{name} must be on or off (1/0, true/false), got {raw!r}")


def _smtp_url(env: dict[str, str]) -> str | None:
    """``ROOST_SMTP_URL`` checked for a scheme (smtp, smtps) and a host."""
    raw = (env.get("ROOST_SMTP_URL") or "").strip()
    if not raw:
        return None
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise ConfigurationError(f"ROOST_SMTP_URL is not a valid URL: {exc}") from exc
    if parts.scheme not in {"smtp", "smtps"} or not parts.hostname:
        raise ConfigurationError(
            "ROOST_SMTP_URL must look like smtp://user:pass@host:port or smtps://host:port"
        )
    return raw


_OFFSET = re.compile(r"(\d+)\s*([dh]?)", re.IGNORECASE)


def parse_offsets(raw: str) -> tuple[int, ...]:
    """Hours before a deadline from ``7d,1d`` / ``168,24`` / ``36h``, largest first.

    ``off`` turns deadline warnings off.
    """
    if raw.strip().lower() == "off":
        return ()
    hours: set[int] = set()
    for item in raw.split(","):
        match = _OFFSET.fullmatch(item.strip())
        if match is None or int(match[1]) == 0:
            raise ConfigurationError(
                "ROOST_DEADLINE_WARNING_OFFSETS must be a comma-separated list of positive "
                f"hours or days such as '7d,1d' or '168,24', got {raw!r}"
            )
        hours.add(int(match[1]) * (24 if match[2].lower() == "d" else 1))
    return tuple(sorted(hours, reverse=True))


@dataclass(frozen=True)
class Settings:
    """Every setting Roost reads; build it with :func:`load_settings`."""

    database_url: str
    broadcast_url: str
    var_dir: Path
    debug: bool
    jwt_secret: str | None
    jwt_public_key: str | None
    jwt_issuer: str
    jwt_audience: str
    jwt_ttl_seconds: int
    uses_dev_secret: bool = False
    max_page_size: int = 100
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 2000
    max_body_bytes: int = 1_000_000
    log_level: str = "INFO"
    legacy_graphql_ws: bool = False
    attachments_dir: Path = Path("var/attachments")
    max_upload_bytes: int = 10_000_000
    smtp_url: str | None = None
    smtp_starttls: bool = False
    smtp_ca_file: Path | None = None
    smtp_verify: bool = True
    smtp_timeout: float = 10.0
    mail_dir: Path = Path("var/mail")
    mail_from: str = DEFAULT_MAIL_FROM
    notify_delay_seconds: int = 120
    customer_portal_url: str = "http://localhost:3000/customer"
    provider_portal_url: str = "http://localhost:3000/provider"
    agent_portal_url: str = "http://localhost:3000/agent"
    self_service_url: str = "http://localhost:8000/self-service"
    deadline_warning_offsets: tuple[int, ...] = DEFAULT_DEADLINE_WARNING_OFFSETS
    worker_in_serve: bool = True
    outbox_max_attempts: int = 8
    cors_origins: tuple[str, ...] = ("http://localhost:3000",)
    public_introspection: bool = False
    max_query_cost: int = 5000
    max_node_ids: int = 100
    #: ``(action, requests, seconds)``: see :func:`parse_rate_limits`.
    rate_limits: tuple[tuple[str, int, int], ...] = ()
    upload_quota_bytes: int = 200_000_000
    ws_ping_seconds: float = 20.0
    ws_reauth_seconds: float = 30.0
    ws_max_sockets_per_user: int = 8
    ws_max_subscriptions_per_user: int = 64
    ws_max_anonymous_per_ip: int = 16
    apq_cache_size: int = 1000
    otel_endpoint: str | None = None
    jwt_max_ttl_seconds: int = DEFAULT_JWT_MAX_TTL
    #: This server's address as browsers reach it (``ROOST_PUBLIC_URL``), no trailing slash.
    public_url: str = DEFAULT_PUBLIC_URL
    #: Seconds a webhook receiver has to answer (``ROOST_WEBHOOK_TIMEOUT``).
    webhook_timeout: float = 10.0
    #: Open threads auto-assigned to one agent at most, unless the team sets its own
    #: (``ROOST_AGENT_CAPACITY``).
    agent_capacity: int = 5
    #: Seconds an agent of the support team spends per live chat, for the queue's
    #: estimated wait (``ROOST_SUPPORT_SECONDS_PER_CHAT``).
    support_seconds_per_chat: int = 300
    #: Webhooks may call loopback, private, link-local addresses (``ROOST_WEBHOOK_ALLOW_PRIVATE``).
    webhook_allow_private: bool = False
    #: Whether the hottest reads take the compiled path (``ROOST_COMPILED_READS``).
    compiled_reads: bool = True

    @property
    def jwt_algorithm(self) -> str:
        """RS256 when a public key is configured, HS256 otherwise."""
        return "RS256" if self.jwt_public_key else "HS256"

    @property
    def can_sign_tokens(self) -> bool:
        """Tokens can be minted here only with a shared secret (development, demo)."""
        return self.jwt_secret is not None

    @property
    def is_postgres(self) -> bool:
        """Whether the database URL points at PostgreSQL."""
        return self.database_url.startswith(("postgres://", "postgresql://", "asyncpg://"))


def _dev_secret(var_dir: Path) -> str:
    """Return the development signing secret kept under ``var/``, creating it once."""
    path = var_dir / DEV_SECRET_FILE
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    path.write_text(secret + "\n")
    path.chmod(0o600)
    return secret


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read the settings from ``env`` (default: the process environment)."""
    env = dict(os.environ if env is None else env)
    cwd = Path.cwd()
    var_dir = Path(env.get("ROOST_VAR_DIR") or cwd / "var")
    database_url = env.get("ROOST_DATABASE_URL") or f"sqlite://{var_dir / 'roost.sqlite3'}"
    secret = env.get("ROOST_JWT_SECRET") or None
    public_key = env.get("ROOST_JWT_PUBLIC_KEY") or None
    if secret and public_key:
        raise ConfigurationError("set ROOST_JWT_SECRET or ROOST_JWT_PUBLIC_KEY, not both")
    generated = False
    if not secret and not public_key:
        secret = _dev_secret(var_dir)
        generated = True
    return Settings(
        database_url=database_url,
        broadcast_url=env.get("ROOST_BROADCAST_URL") or "memory://",
        var_dir=var_dir,
        debug=_flag(env.get("ROOST_DEBUG")),
        jwt_secret=secret,
        jwt_public_key=public_key,
        jwt_issuer=env.get("ROOST_JWT_ISSUER") or "roost",
        jwt_audience=env.get("ROOST_JWT_AUDIENCE") or "roost-api",
        jwt_ttl_seconds=_int(env, "ROOST_JWT_TTL_SECONDS", 12 * 3600),
        uses_dev_secret=generated,
        max_page_size=_int(env, "ROOST_MAX_PAGE_SIZE", 100),
        max_query_depth=_int(env, "ROOST_MAX_QUERY_DEPTH", 12),
        max_aliases=_int(env, "ROOST_MAX_ALIASES", 30),
        max_tokens=_int(env, "ROOST_MAX_TOKENS", 2000),
        max_body_bytes=_int(env, "ROOST_MAX_BODY_BYTES", 1_000_000),
        log_level=(env.get("ROOST_LOG_LEVEL") or "INFO").upper(),
        legacy_graphql_ws=_flag(env.get("ROOST_LEGACY_GRAPHQL_WS")),
        attachments_dir=Path(env.get("ROOST_ATTACHMENTS_DIR") or var_dir / "attachments"),
        max_upload_bytes=_int(env, "ROOST_MAX_UPLOAD_BYTES", 10_000_000),
        public_introspection=_flag(env.get("ROOST_PUBLIC_INTROSPECTION")),
        **(mail := _mail_settings(env, var_dir)),
        cors_origins=_cors_origins(env, mail),
        max_query_cost=_int(env, "ROOST_MAX_QUERY_COST", 5000),
        max_node_ids=_int(env, "ROOST_MAX_NODE_IDS", 100),
        rate_limits=parse_rate_limits(env.get("ROOST_RATE_LIMITS") or ""),
        upload_quota_bytes=_int(env, "ROOST_UPLOAD_QUOTA_BYTES", 200_000_000),
        **_ops_settings(env),
        jwt_max_ttl_seconds=_jwt_max_ttl(env),
        public_url=public_url(env),
        webhook_timeout=_float(env, "ROOST_WEBHOOK_TIMEOUT", 10.0),
        agent_capacity=_positive(env, "ROOST_AGENT_CAPACITY", 5),
        support_seconds_per_chat=_positive(env, "ROOST_SUPPORT_SECONDS_PER_CHAT", 300),
        webhook_allow_private=_flag(env.get("ROOST_WEBHOOK_ALLOW_PRIVATE")),
        compiled_reads=_flag_default(env, "ROOST_COMPILED_READS", True),
    )


_PORTAL_URL_KEYS = (
    "customer_portal_url",
    "provider_portal_url",
    "agent_portal_url",
    "self_service_url",
)


def public_url(env: dict[str, str]) -> str:
    """``ROOST_PUBLIC_URL`` (http or https, a host, maybe a path), without a trailing slash."""
    raw = (env.get("ROOST_PUBLIC_URL") or "").strip() or DEFAULT_PUBLIC_URL
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise ConfigurationError(f"ROOST_PUBLIC_URL is not a valid URL: {exc}") from exc
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.query:
        raise ConfigurationError(
            f"ROOST_PUBLIC_URL must look like https://roost.example.com, got {raw!r}"
        )
    return raw.rstrip("/")


def _cors_origins(env: dict[str, str], mail: dict[str, Any]) -> tuple[str, ...]:
    """``ROOST_CORS_ORIGINS`` (comma-separated), as browsers spell them in ``Origin``.

    Default: the origins of the portal URLs. ``*`` is not accepted: list the origins.
    """
    raw = env.get("ROOST_CORS_ORIGINS") or ""
    if raw.strip():
        origins = [item.strip() for item in raw.split(",") if item.strip()]
    else:
        urls = [urlsplit(mail[key]) for key in _PORTAL_URL_KEYS]
        origins = [f"{url.scheme}://{url.netloc}" for url in urls]
    if "*" in origins:
        raise ConfigurationError("ROOST_CORS_ORIGINS must list origins, not '*'")
    try:
        return tuple(sorted(normalize_allowed_origins(origins)))
    except ValueError as exc:
        raise ConfigurationError(f"ROOST_CORS_ORIGINS: {exc}") from exc


def _jwt_max_ttl(env: dict[str, str]) -> int:
    """``ROOST_JWT_MAX_TTL_SECONDS``: a day, or the minting lifetime if that is longer."""
    ttl = _int(env, "ROOST_JWT_TTL_SECONDS", 12 * 3600)
    max_ttl = _int(env, "ROOST_JWT_MAX_TTL_SECONDS", max(DEFAULT_JWT_MAX_TTL, ttl))
    if max_ttl < ttl:
        raise ConfigurationError(
            f"ROOST_JWT_MAX_TTL_SECONDS ({max_ttl}) must be at least ROOST_JWT_TTL_SECONDS "
            f"({ttl}): Roost would refuse the tokens it mints"
        )
    return max_ttl


def _mail_settings(env: dict[str, str], var_dir: Path) -> dict[str, Any]:
    """The e-mail, notification and outbox settings."""
    smtp_url = _smtp_url(env)
    starttls = _flag_default(env, "ROOST_SMTP_STARTTLS", False)
    if starttls and smtp_url and smtp_url.startswith("smtps:"):
        raise ConfigurationError("ROOST_SMTP_STARTTLS does not apply to smtps:// (already TLS)")
    ca_file = env.get("ROOST_SMTP_CA_FILE") or None
    if ca_file and not Path(ca_file).is_file():
        raise ConfigurationError(f"ROOST_SMTP_CA_FILE {ca_file!r} is not a file")
    mail_from = env.get("ROOST_MAIL_FROM") or DEFAULT_MAIL_FROM
    if "@" not in parseaddr(mail_from)[1] or any(c in mail_from for c in "\r\n"):
        raise ConfigurationError(f"ROOST_MAIL_FROM must be an e-mail address, got {mail_from!r}")
    offsets = env.get("ROOST_DEADLINE_WARNING_OFFSETS")
    max_attempts = _int(env, "ROOST_OUTBOX_MAX_ATTEMPTS", 8)
    if max_attempts < 1:
        raise ConfigurationError("ROOST_OUTBOX_MAX_ATTEMPTS must be at least 1")
    notify_delay = _int(env, "ROOST_NOTIFY_DELAY", 120)
    if notify_delay < 0:
        raise ConfigurationError("ROOST_NOTIFY_DELAY must not be negative")
    return {
        "smtp_url": smtp_url,
        "smtp_starttls": starttls,
        "smtp_ca_file": Path(ca_file) if ca_file else None,
        "smtp_verify": _flag_default(env, "ROOST_SMTP_VERIFY", True),
        "smtp_timeout": _float(env, "ROOST_SMTP_TIMEOUT", 10.0),
        "mail_dir": Path(env.get("ROOST_MAIL_DIR") or var_dir / "mail"),
        "mail_from": mail_from,
        "notify_delay_seconds": notify_delay,
        "customer_portal_url": env.get("ROOST_CUSTOMER_PORTAL_URL")
        or "http://localhost:3000/customer",
        "provider_portal_url": env.get("ROOST_PROVIDER_PORTAL_URL")
        or "http://localhost:3000/provider",
        "agent_portal_url": env.get("ROOST_AGENT_PORTAL_URL") or "http://localhost:3000/agent",
        "self_service_url": env.get("ROOST_SELF_SERVICE_URL") or f"{public_url(env)}/self-service",
        "deadline_warning_offsets": parse_offsets(offsets)
        if offsets
        else DEFAULT_DEADLINE_WARNING_OFFSETS,
        "worker_in_serve": _flag_default(env, "ROOST_WORKER_IN_SERVE", True),
        "outbox_max_attempts": max_attempts,
    }


#: Requests per caller and the seconds in which they may be made, per rate-limited action:
#: threads started, messages sent, files uploaded (per user), self-service link guesses
#: and anonymous requests (per IP address).
DEFAULT_RATE_LIMITS: dict[str, tuple[int, int]] = {
    "threads": (10, 600),
    "messages": (60, 60),
    "uploads": (30, 600),
    "link_guesses": (20, 3600),
    "anonymous": (120, 60),
}

_RATE = re.compile(r"(\w+)\s*=\s*(?:(\d+)\s*/\s*(\d+)|(off))", re.IGNORECASE)


def parse_rate_limits(raw: str) -> tuple[tuple[str, int, int], ...]:
    """The rate limits: :data:`DEFAULT_RATE_LIMITS` with ``ROOST_RATE_LIMITS`` applied.

    ``messages=30/60,uploads=off`` changes two of them; ``off`` turns all of them off.
    """
    if raw.strip().lower() == "off":
        return ()
    limits = dict(DEFAULT_RATE_LIMITS)
    for item in filter(None, (part.strip() for part in raw.split(","))):
        match = _RATE.fullmatch(item)
        if (
            match is None
            or match[1] not in limits
            or (match[2] and 0 in (int(match[2]), int(match[3])))
        ):
            raise ConfigurationError(
                "ROOST_RATE_LIMITS must be a comma-separated list of ACTION=REQUESTS/SECONDS "
                f"or ACTION=off, with ACTION one of {', '.join(DEFAULT_RATE_LIMITS)}; got {raw!r}"
            )
        if match[4]:
            limits.pop(match[1])
        else:
            limits[match[1]] = (int(match[2]), int(match[3]))
    return tuple((action, count, seconds) for action, (count, seconds) in limits.items())


def _ops_settings(env: dict[str, str]) -> dict[str, Any]:
    """Operations: WebSocket pings, the persisted-query store, trace export."""
    apq_cache_size = _int(env, "ROOST_APQ_CACHE_SIZE", 1000)
    if apq_cache_size < 1:
        raise ConfigurationError("ROOST_APQ_CACHE_SIZE must be at least 1")
    return {
        "ws_ping_seconds": _float(env, "ROOST_WS_PING_SECONDS", 20.0),
        "ws_reauth_seconds": _float(env, "ROOST_WS_REAUTH_SECONDS", 30.0),
        "ws_max_sockets_per_user": _positive(env, "ROOST_WS_MAX_SOCKETS_PER_USER", 8),
        "ws_max_subscriptions_per_user": _positive(env, "ROOST_WS_MAX_SUBSCRIPTIONS_PER_USER", 64),
        "ws_max_anonymous_per_ip": _positive(env, "ROOST_WS_MAX_ANONYMOUS_PER_IP", 16),
        "apq_cache_size": apq_cache_size,
        "otel_endpoint": (env.get("OTEL_EXPORTER_OTLP_ENDPOINT") or "").strip() or None,
    }
