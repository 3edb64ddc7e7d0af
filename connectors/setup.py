"""How an account of each platform is added: the fields it needs, its secret, and its
browser sign-in where the platform has one.

The CLI (`serambi accounts add`) and the app's Add account wizard are both built from these
descriptions, so a platform's setup is declared once, in its own package
(`connectors/<platform>/account.py`, a module-level `SETUP`).
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import httpx

FieldKind = Literal["text", "url", "int", "list", "bool"]
CredentialKind = Literal["token", "password", "none"]


@dataclass(frozen=True, slots=True)
class SetupField:
    """One value the user gives. `key` is "handle", "server_url" or a settings key."""

    key: str
    label: str
    help: str = ""
    required: bool = True
    default: str = ""
    kind: FieldKind = "text"
    # The CLI flag, e.g. "--instance"; "--" + key with dashes when left empty.
    flag: str = ""
    placeholder: str = ""

    @property
    def cli_flag(self) -> str:
        return self.flag or "--" + self.key.replace("_", "-")


@dataclass(frozen=True, slots=True)
class SignInResult:
    """What a finished sign-in gives: the account's values and the secret for the keyring."""

    handle: str
    server_url: str
    secret: str
    settings: dict[str, Any] = field(default_factory=dict)


class BrowserSignIn(Protocol):
    """Sign in through the system browser (OAuth with a loopback redirect, RFC 8252).

    `values` are the fields the user filled in (at least the server); `open_url` shows the
    platform's consent page in the system browser. Raises `connectors.errors` types.
    """

    def __call__(self, values: Mapping[str, str], client: httpx.AsyncClient,
                 open_url: Callable[[str], None]) -> Awaitable[SignInResult]: ...


@dataclass(frozen=True, slots=True)
class PlatformSetup:
    platform: str
    title: str
    fields: tuple[SetupField, ...]
    # What the user gives: an access token or API key, a password, or nothing.
    credential: CredentialKind
    credential_label: str = ""
    # One or two sentences: where the user finds or makes the token or password.
    credential_help: str = ""
    browser_sign_in: BrowserSignIn | None = None
    # What the platform's account needs, in the user's words (shown atop the wizard page).
    intro: str = ""

    def values_from(self, given: Mapping[str, str]) -> tuple[str, str, dict[str, Any]]:
        """(handle, server_url, settings) from the field values, converted by kind.

        Raises ValueError naming the missing or malformed field.
        """
        handle, server, settings = "", "", {}
        for f in self.fields:
            raw = (given.get(f.key) or f.default or "").strip()
            if not raw:
                if f.required:
                    raise ValueError(f"{self.title} needs {f.label.lower()} "
                                     f"({f.cli_flag})")
                continue
            value = _convert(f, raw)
            if f.key == "handle":
                handle = str(value)
            elif f.key == "server_url":
                server = str(value).rstrip("/")
            else:
                settings[f.key] = value
        return handle, server, settings


def _convert(f: SetupField, raw: str) -> Any:
    if f.kind == "int":
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"{f.label} must be a whole number, not {raw!r}") from None
    if f.kind == "bool":
        return raw.lower() in ("1", "true", "yes", "on")
    if f.kind == "list":
        return [part.strip() for part in raw.split(",") if part.strip()]
    if f.kind == "url" and not raw.startswith(("https://", "http://")):
        raise ValueError(f"{f.label} must start with https:// (or http:// for a server on "
                         f"this machine), not {raw!r}")
    return raw


def setup_for(platform: str) -> PlatformSetup | None:
    """The platform's setup description, or None when it has none (the demo)."""
    try:
        module = importlib.import_module(f"connectors.{platform}.account")
    except ImportError:
        return None
    found = getattr(module, "SETUP", None)
    return found if isinstance(found, PlatformSetup) else None


OpenUrl = Callable[[str], None]
