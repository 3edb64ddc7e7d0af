"""Accounts: add, list, remove and test the platforms a workspace follows.

Secrets come in from the caller (the CLI reads them from standard input) and go straight to
the OS keyring under `account:<uuid>`; the database keeps only that reference.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import delete, func, select

from app.errors import NotFound
from app.models import Account, Conversation, Member, Message
from app.secrets import Secrets, session_ref
from app.store import Store, dialect
from app.sync import make_client
from connectors import errors, registry
from connectors.base import AccountConfig, ConnectorFactory, Fetcher, Verifier

ACCOUNTS = Account.__table__  # type: ignore[attr-defined]
_C = Conversation.__table__.c  # type: ignore[attr-defined]
_M = Message.__table__.c  # type: ignore[attr-defined]
_MB = Member.__table__.c  # type: ignore[attr-defined]
# Settings are stored in the clear: anything that looks like a secret belongs in the keyring.
_SECRET_WORDS = ("token", "password", "secret", "passphrase", "api_key", "apikey")
_UNINDEX_CHUNK = 2000


class AccountError(ValueError):
    """An account request that cannot be carried out, said in plain words."""


class AccountNotFound(AccountError, NotFound):
    what = "account"


@dataclass(frozen=True, slots=True)
class AccountInfo:
    id: int
    platform: str
    handle: str
    server_url: str
    display_name: str
    settings: dict[str, Any]
    enabled: bool
    has_secret: bool
    created_at: datetime
    conversations: int


def list_accounts(store: Store) -> list[AccountInfo]:
    counts = (select(_C.account_id, func.count().label("n")).group_by(_C.account_id)
              .subquery())
    stmt = (select(ACCOUNTS, func.coalesce(counts.c.n, 0).label("n"))
            .outerjoin(counts, counts.c.account_id == ACCOUNTS.c.id).order_by(ACCOUNTS.c.id))
    with store.read() as conn:
        return [_info(r) for r in conn.execute(stmt)]


def get_account(store: Store, account_id: int) -> AccountInfo:
    found = [a for a in list_accounts(store) if a.id == account_id]
    if not found:
        raise AccountNotFound(account_id)
    return found[0]


def _info(r: Any) -> AccountInfo:
    return AccountInfo(r.id, r.platform, r.handle, r.server_url, r.display_name,
                       dict(r.settings or {}), bool(r.enabled), bool(r.secret_ref),
                       r.created_at, int(r.n))


def parse_settings(pairs: list[str]) -> dict[str, str]:
    """`KEY=VALUE` strings as a dict; refuses keys that name a secret."""
    settings: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise AccountError(f"--setting {pair!r} must look like KEY=VALUE")
        if any(word in key.lower() for word in _SECRET_WORDS):
            raise AccountError(f"{key!r} looks like a secret: pass it on standard input "
                               "(--token-stdin or --password-stdin), never as a setting")
        settings[key] = value
    return settings


def add_account(store: Store, secrets: Secrets, platform: str, handle: str, *,
                server_url: str = "", display_name: str = "",
                settings: Mapping[str, Any] | None = None,
                secret: str | None = None) -> AccountInfo:
    platform = platform.strip().lower()
    if platform not in registry.platforms():
        raise AccountError(f"Serambi has no connector for {platform!r} yet; available: "
                           + ", ".join(registry.platforms()))
    handle = handle.strip()
    if not handle or len(handle) > 300:
        raise AccountError("an account needs a handle (1 to 300 characters)")
    if server_url and not server_url.startswith(("https://", "http://")):
        raise AccountError(f"the server address {server_url!r} must start with https://")
    ref = ""
    if secret:
        ref = f"account:{uuid.uuid4()}"
        secrets.set(ref, secret)  # first: a keyring that refuses leaves no half account
    try:
        with store.write() as conn:
            new_id = int(conn.execute(ACCOUNTS.insert().values(
                platform=platform, handle=handle, server_url=server_url,
                display_name=display_name, settings=dict(settings or {}), secret_ref=ref,
                enabled=True)).inserted_primary_key[0])  # type: ignore[index]
    except Exception:
        if ref:
            secrets.delete(ref)
        raise
    return get_account(store, new_id)


def remove_account(store: Store, secrets: Secrets, account_id: int) -> AccountInfo:
    """Delete the account, everything it brought in, and its keyring entry."""
    info = get_account(store, account_id)
    with store.write() as conn:
        ref = conn.execute(select(ACCOUNTS.c.secret_ref)
                           .where(ACCOUNTS.c.id == account_id)).scalar()
        _unindex(conn, account_id)
        conn.execute(delete(ACCOUNTS).where(ACCOUNTS.c.id == account_id))
    if ref:
        secrets.delete(ref)
        secrets.delete(session_ref(ref))
    return info


def _unindex(conn: Any, account_id: int) -> None:
    """Take the account's messages out of the search index before they go (FTS5 external
    content must be told exactly what it indexed, or the index rots)."""
    stmt = (select(_M.id, _M.text, _M.subject, _MB.name, _MB.handle)
            .select_from(Message.__table__)  # type: ignore[attr-defined]
            .outerjoin(Member.__table__, _MB.id == _M.author_id)  # type: ignore[attr-defined]
            .where(_M.account_id == account_id))
    rows = conn.execute(stmt).all()
    for start in range(0, len(rows), _UNINDEX_CHUNK):
        dialect.unindex_messages(conn, [
            {"id": r.id, "text": r.text, "subject": r.subject,
             "author": f"{r.name or ''} {r.handle or ''}"}
            for r in rows[start:start + _UNINDEX_CHUNK]])


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    message: str
    fetched: int = 0


def explain(exc: Exception) -> str:
    """A connector error in the user's words, with what to do about it."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, errors.AuthExpired):
        return (f"the sign-in no longer works ({detail}); add the account again with a new "
                "token, password or app password")
    if isinstance(exc, errors.RateLimited):
        return f"the platform asks us to wait {exc.retry_after:.0f} s before trying again"
    if isinstance(exc, errors.PlatformUnavailable):
        return f"the server is unavailable ({detail}); try again later"
    if isinstance(exc, errors.BadPayload):
        return f"the server answered something Serambi cannot read ({detail})"
    if isinstance(exc, errors.NotSupported):
        return f"the platform does not allow this ({detail})"
    if isinstance(exc, httpx.HTTPError | OSError):
        return f"could not reach the server ({detail}); check the address and your network"
    return detail


async def check_account(store: Store, secrets: Secrets, account_id: int, *,
                       factory_for: Callable[[str], ConnectorFactory] = registry.factory_for,
                       client_factory: Callable[[], httpx.AsyncClient] = make_client,
                       ) -> CheckResult:
    """One fetch of the first stream, stored nowhere: does this account work?"""
    with store.read() as conn:
        row = conn.execute(select(ACCOUNTS).where(ACCOUNTS.c.id == account_id)).first()
    if row is None:
        raise AccountNotFound(account_id)
    config = AccountConfig(account_id=row.id, platform=row.platform, handle=row.handle,
                           server_url=row.server_url, settings=dict(row.settings or {}),
                           secret_ref=row.secret_ref)
    try:
        async with client_factory() as client:
            connector = factory_for(row.platform)(config, secrets, client)
            if isinstance(connector, Verifier):
                return CheckResult(True, await connector.verify())
            if not isinstance(connector, Fetcher) or not connector.streams:
                return CheckResult(False, "this connector cannot fetch anything")
            page = await connector.fetch(connector.streams[0], None)
    except (errors.ConnectorError, httpx.HTTPError, KeyError, ValueError, OSError) as exc:
        return CheckResult(False, explain(exc))
    return CheckResult(True, f"OK: fetched {len(page.items)} item(s) from "
                            f"{connector.streams[0]!r}", len(page.items))


def check_account_blocking(store: Store, secrets: Secrets, account_id: int,
                           **options: Any) -> CheckResult:
    """`check_account` for callers without an event loop (a desktop worker thread)."""
    return asyncio.run(check_account(store, secrets, account_id, **options))


def set_enabled(store: Store, account_id: int, enabled: bool) -> AccountInfo:
    """A disabled account keeps everything it brought in but is no longer synced."""
    with store.write() as conn:
        changed = conn.execute(ACCOUNTS.update().where(ACCOUNTS.c.id == account_id)
                               .values(enabled=enabled)).rowcount
    if not changed:
        raise AccountNotFound(account_id)
    return get_account(store, account_id)
