"""Adding an account from a platform's setup description (connectors/<platform>/account.py):
the CLI and the app's wizard both come through here, so both check the same things.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from app.accounts import AccountError, AccountInfo, add_account
from app.secrets import Secrets
from app.store import Store
from app.sync import make_client
from connectors.loopback import SignInCancelled
from connectors.setup import PlatformSetup, SignInResult, setup_for


class SetupIncomplete(AccountError):
    """A field or the secret is missing or malformed: the user can fix it and try again."""


def platform_setup(platform: str) -> PlatformSetup | None:
    return setup_for(platform.strip().lower())


def add_with_fields(store: Store, secrets: Secrets, platform: str, given: Mapping[str, str], *,
                    secret: str | None, display_name: str = "",
                    extra_settings: Mapping[str, Any] | None = None) -> AccountInfo:
    """Add an account from the fields the user filled in (flags or the wizard's form)."""
    setup = platform_setup(platform)
    settings: dict[str, Any] = {}
    if setup is None:  # a platform with no setup description: handle and server as given
        handle, server = given.get("handle", ""), given.get("server_url", "")
        if not handle.strip():
            raise SetupIncomplete(f"a {platform} account needs --handle")
    else:
        try:
            handle, server, settings = setup.values_from(given)
        except ValueError as exc:
            raise SetupIncomplete(str(exc)) from None
        if not handle:
            flag = next((f.cli_flag for f in setup.fields if f.key == "handle"), "--handle")
            raise SetupIncomplete(f"{setup.title} needs the account's handle ({flag})"
                                  + ("; or sign in with --browser, which finds it"
                                     if setup.browser_sign_in else ""))
        if setup.credential != "none" and not secret:
            how = "--password-stdin" if setup.credential == "password" else "--token-stdin"
            hint = " (or --browser to sign in)" if setup.browser_sign_in else ""
            what = setup.credential_label.lower() or "a secret"
            raise SetupIncomplete(f"{setup.title} needs {what}: pipe it in with {how}{hint}")
        if setup.credential == "none":
            secret = None
    settings.update(extra_settings or {})
    return add_account(store, secrets, platform, handle or "", server_url=server,
                       display_name=display_name, settings=settings, secret=secret)


async def sign_in(platform: str, given: Mapping[str, str], open_url: Callable[[str], None], *,
                  client_factory: Callable[[], httpx.AsyncClient] = make_client) -> SignInResult:
    """Run the platform's browser sign-in; AccountError when it has none."""
    setup = platform_setup(platform)
    if setup is None or setup.browser_sign_in is None:
        raise AccountError(f"{platform} has no browser sign-in; use a token or password")
    async with client_factory() as client:
        return await setup.browser_sign_in(given, client, open_url)


def sign_in_blocking(platform: str, given: Mapping[str, str], open_url: Callable[[str], None],
                     cancelled: threading.Event, **options: Any) -> SignInResult:
    """`sign_in` for a worker thread; setting `cancelled` (the user closed the window) stops
    the wait for the browser within a fraction of a second."""

    async def run() -> SignInResult:
        task = asyncio.ensure_future(sign_in(platform, given, open_url, **options))
        while not task.done():
            if cancelled.is_set():
                task.cancel()
                raise SignInCancelled("the sign-in was cancelled")
            await asyncio.wait({task}, timeout=0.2)
        return task.result()

    return asyncio.run(run())


def add_signed_in(store: Store, secrets: Secrets, platform: str, result: SignInResult, *,
                  display_name: str = "",
                  extra_settings: Mapping[str, Any] | None = None) -> AccountInfo:
    settings = {**result.settings, **(extra_settings or {})}
    return add_account(store, secrets, platform, result.handle, server_url=result.server_url,
                       display_name=display_name, settings=settings, secret=result.secret)
