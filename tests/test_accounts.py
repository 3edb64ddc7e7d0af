"""Accounts: secrets live only in the keyring, removal leaves nothing behind, tests explain."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text

from app import queries
from app.accounts import (
    AccountError,
    AccountNotFound,
    add_account,
    check_account,
    list_accounts,
    parse_settings,
    remove_account,
)
from app.ingest import ingest
from app.models import Account
from app.secrets import Secrets
from app.store import Store
from app.store.dialect import integrity_check
from connectors import errors
from tests.conftest import MemoryKeyring
from tests.fakes import item


def test_the_secret_goes_to_the_keyring_and_only_its_name_to_the_database(
        store: Store, secrets: Secrets, memory_keyring: MemoryKeyring) -> None:
    info = add_account(store, secrets, "demo", "@teduh", server_url="https://kopi.social",
                       settings={"flavour": "bluesky"}, secret="tok-123")
    assert info.has_secret and info.settings == {"flavour": "bluesky"}
    with store.read() as conn:
        ref = conn.execute(select(Account.secret_ref)).scalar_one()  # type: ignore[call-overload]
        dump = "\n".join(conn.connection.driver_connection.iterdump())  # type: ignore[union-attr]
    assert ref.startswith("account:")
    assert memory_keyring.store[("serambi", ref)] == "tok-123"
    assert "tok-123" not in dump


def test_remove_deletes_its_conversations_search_rows_and_keyring_entry(
        store: Store, secrets: Secrets, memory_keyring: MemoryKeyring) -> None:
    keep = add_account(store, secrets, "demo", "@keep")
    gone = add_account(store, secrets, "demo", "@gone", secret="tok")
    ingest(store, keep.id, "demo", [item("k1", text="kopi susu")])
    ingest(store, gone.id, "demo", [item("g1", text="kopi hitam"), item("g2", parent="g1")])
    removed = remove_account(store, secrets, gone.id)
    assert removed.conversations == 1
    assert memory_keyring.store == {}
    assert [a.handle for a in list_accounts(store)] == ["@keep"]
    assert queries.count(store) == 1
    with store.write() as conn:
        assert integrity_check(conn) == []
        hits = conn.execute(text("select count(*) from message_search "
                                 "where message_search match 'kopi'")).scalar()
    assert hits == 1
    with pytest.raises(AccountNotFound):
        remove_account(store, secrets, gone.id)


def test_settings_that_look_like_secrets_are_refused() -> None:
    assert parse_settings(["flavour=email", "poll_seconds=30"]) == {
        "flavour": "email", "poll_seconds": "30"}
    with pytest.raises(AccountError, match="standard input"):
        parse_settings(["api_token=abc"])
    with pytest.raises(AccountError, match="KEY=VALUE"):
        parse_settings(["flavour"])


def test_unknown_platform_and_bad_server_are_refused(store: Store, secrets: Secrets) -> None:
    with pytest.raises(AccountError, match="no connector for 'myspace'"):
        add_account(store, secrets, "myspace", "@tom")
    with pytest.raises(AccountError, match="https://"):
        add_account(store, secrets, "demo", "@x", server_url="ftp://x")
    assert list_accounts(store) == []


def test_check_fetches_once_and_stores_nothing(store: Store, secrets: Secrets) -> None:
    info = add_account(store, secrets, "demo", "@teduh", settings={"flavour": "matrix"})
    result = asyncio.run(check_account(store, secrets, info.id))
    assert result.ok and result.message.startswith("OK")
    assert queries.count(store, status=queries.ALL) == 0
    with store.read() as conn:
        assert conn.execute(text("select count(*) from sync_state")).scalar() == 0


class _Expired:
    streams = ("mentions",)

    def __init__(self, *args: Any) -> None:
        pass

    async def fetch(self, stream: str, cursor: str | None) -> Any:
        raise errors.AuthExpired("401 Unauthorized")


def test_a_failing_check_says_what_to_do(store: Store, secrets: Secrets) -> None:
    info = add_account(store, secrets, "demo", "@teduh")
    result = asyncio.run(check_account(store, secrets, info.id,
                                       factory_for=lambda _p: _Expired))
    assert not result.ok
    assert "sign-in no longer works" in result.message and "new token" in result.message

    def offline(*_args: Any) -> Any:
        raise httpx.ConnectError("no route to host")

    result = asyncio.run(check_account(store, secrets, info.id, factory_for=lambda _p: offline))
    assert "could not reach the server" in result.message


def test_list_counts_conversations(store: Store, secrets: Secrets) -> None:
    info = add_account(store, secrets, "demo", "@teduh")
    ingest(store, info.id, "demo", [item("1"), item("2")])
    assert [(a.handle, a.conversations) for a in list_accounts(store)] == [("@teduh", 2)]
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(Account)).scalar() == 1


def test_remove_works_on_a_shared_postgresql_inbox(any_store: Store, secrets: Secrets) -> None:
    gone = add_account(any_store, secrets, "demo", "@gone", secret="tok")
    ingest(any_store, gone.id, "demo", [item("g1"), item("g2", parent="g1")])
    assert remove_account(any_store, secrets, gone.id).conversations == 1
    assert list_accounts(any_store) == []
    assert queries.count(any_store, status=queries.ALL) == 0
