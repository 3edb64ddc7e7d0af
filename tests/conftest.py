"""Shared fixtures: a fresh database per test, an in-memory keyring, offscreen Qt."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.models import Account
from app.secrets import Secrets
from app.store import Store, open_store

PG_ADMIN_URL = os.environ.get("SERAMBI_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_ADMIN_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"


class MemoryKeyring(KeyringBackend):
    """Tests never touch the real OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def secrets(memory_keyring: MemoryKeyring) -> Secrets:
    return Secrets(memory_keyring)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("SERAMBI_DATA_DIR", str(path))
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'inbox.sqlite3'}")
    yield s
    s.dispose()


def _postgres_ready() -> bool:
    import psycopg

    try:
        psycopg.connect(PG_ADMIN_DSN, connect_timeout=3).close()
        return True
    except psycopg.OperationalError:
        return False


def _start_postgres() -> None:
    versions = sorted(Path("/etc/postgresql").glob("*"))
    if versions:
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1].name, "main",
                        "start"], check=False, capture_output=True)


@pytest.fixture(scope="session")
def postgres_admin() -> str:
    """The PostgreSQL server on this machine, started if it is down; never skipped in CI."""
    if not _postgres_ready():
        _start_postgres()
    if not _postgres_ready():
        message = "PostgreSQL is not reachable on 127.0.0.1:5432 and could not be started"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return PG_ADMIN_URL


@pytest.fixture
def pg_store(postgres_admin: str) -> Iterator[Store]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    import psycopg

    name = f"serambi_test_{uuid.uuid4().hex[:12]}"
    admin = PG_ADMIN_DSN
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    s = open_store(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    yield s
    s.dispose()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def any_store(request: pytest.FixtureRequest) -> Store:
    """Runs a storage test once on SQLite and once on the real PostgreSQL."""
    name = "store" if request.param == "sqlite" else "pg_store"
    result: Store = request.getfixturevalue(name)
    return result


def make_account(store: Store, platform: str = "demo", handle: str = "@brand") -> int:
    with store.write_session() as session:
        account = Account(platform=platform, handle=handle, server_url="")
        session.add(account)
        session.flush()
        assert account.id is not None
        return account.id


@pytest.fixture
def account_id(store: Store) -> int:
    return make_account(store)


@pytest.fixture
def seeded(store: Store) -> object:
    """A small community with hostile content (tests/test_ui_seed.py), for app and UI tests."""
    from tests.test_ui_seed import seed

    return seed(store)
