"""Configuration, read from environment variables in this one module."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

DEV_SECRET_FILE = "jwt-dev-secret"


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
    )
