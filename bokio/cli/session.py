"""Where the CLI's credentials come from, and the client it builds from them.

A private integration sets ``BOKIO_TOKEN`` and ``BOKIO_COMPANY_ID``. A public integration runs
``bokio login`` once; the login (client id and secret, base URL, company) and the token sets are
kept in the user's config directory (``platformdirs``), in files only the user can read (0600,
in a 0700 directory). Environment variables win over a stored login.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from bokio.errors import AuthenticationError, BokioError

if TYPE_CHECKING:
    from bokio import Bokio
    from bokio.oauth import OAuthApp, TokenSet
    from bokio.token_store import FileTokenStore

__all__ = ["Credentials", "Login", "Session", "config_dir"]

LOGIN_FILE = "login.json"
TOKENS_FILE = "tokens.json"


def config_dir() -> Path:
    """The user's config directory for the CLI (e.g. ``~/.config/bokio`` on Linux)."""
    from platformdirs import user_config_path

    return user_config_path("bokio", appauthor=False)


def _private_dir() -> Path:
    directory = config_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    directory.chmod(0o700)
    return directory


@dataclass
class Login:
    """A public integration's stored login (``login.json``); it holds the client secret."""

    client_id: str
    client_secret: str
    redirect_uri: str
    base_url: str
    company_id: str

    @classmethod
    def load(cls) -> Login | None:
        path = config_dir() / LOGIN_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**{name: str(data[name]) for name in cls.__dataclass_fields__})
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError) as error:
            raise BokioError(
                f"{path} is damaged ({type(error).__name__}); run `bokio logout` and log in again"
            ) from None

    def save(self) -> None:
        """Write ``login.json`` atomically, readable by the user only."""
        path = _private_dir() / LOGIN_FILE
        temporary = path.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(self.__dict__, file, indent=2)
        os.replace(temporary, path)

    @staticmethod
    def delete() -> bool:
        try:
            (config_dir() / LOGIN_FILE).unlink()
        except FileNotFoundError:
            return False
        return True

    def app(self) -> OAuthApp:
        from bokio.oauth import OAuthApp

        return OAuthApp(self.client_id, self.client_secret, self.redirect_uri, self.base_url)


def token_store() -> FileTokenStore:
    """The stored OAuth token sets, by company id (``tokens.json``, written 0600 by the store)."""
    from bokio.token_store import FileTokenStore

    return FileTokenStore(_private_dir() / TOKENS_FILE)


@dataclass
class Credentials:
    """How requests are authenticated, described without the secret."""

    auth: httpx.Auth
    company_id: str
    base_url: str | None
    kind: str
    token_set: TokenSet | None = None


def _environment_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class Session:
    """The global options of one ``bokio`` run and the client built from them on first use."""

    read_only: bool = False
    base_url: str | None = None
    company_id: str | None = None
    _client: Bokio | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.read_only = self.read_only or _environment_flag("BOKIO_READ_ONLY")

    def credentials(self) -> Credentials:
        """From ``BOKIO_TOKEN`` (and ``BOKIO_COMPANY_ID``), else from ``bokio login``."""
        from bokio.auth import BearerToken

        base_url = self.base_url or os.environ.get("BOKIO_BASE_URL") or None
        token = os.environ.get("BOKIO_TOKEN", "").strip()
        if token:
            company_id = self.company_id or os.environ.get("BOKIO_COMPANY_ID", "").strip()
            if not company_id:
                raise AuthenticationError("BOKIO_TOKEN is set but BOKIO_COMPANY_ID is not (or pass --company-id)")
            return Credentials(BearerToken(token), company_id, base_url, "private integration token (BOKIO_TOKEN)")
        login = Login.load()
        if login is None:
            raise AuthenticationError(
                "not logged in: set BOKIO_TOKEN and BOKIO_COMPANY_ID (private integration) or run `bokio login`"
            )
        company_id = self.company_id or login.company_id
        store = token_store()
        token_set = store.load(company_id)
        if token_set is None:
            raise AuthenticationError(f"no stored login for company {company_id}; run `bokio login`")
        auth = login.app().auth(token_set, store, tenant_key=company_id)
        kind = f"OAuth login (public integration {login.client_id})"
        return Credentials(auth, company_id, base_url or login.base_url, kind, token_set)

    def client(self) -> Bokio:
        """The client for this run (read-only when asked), built once."""
        if self._client is None:
            from bokio import Bokio

            credentials = self.credentials()
            options: dict[str, Any] = {"read_only": self.read_only}
            if credentials.base_url:
                options["base_url"] = credentials.base_url
            self._client = Bokio(company_id=credentials.company_id, auth=credentials.auth, **options)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
