"""No usable keyring: the app says so plainly and keeps secrets in memory for the session;
it never writes them to a file (keyring's fail and null backends, keyrings.alt, refused)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from app import keyring_choice
from app.maintenance import doctor
from app.secrets import Secrets
from app.workspace import Workspace
from tests.conftest import MemoryKeyring


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (not installed here): a backend that
    would write passwords to ~/.local/share/python_keyring/keyring_pass.cfg."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()],
                         ids=["fail", "null", "keyrings.alt"])
def test_a_keyring_that_stores_nothing_or_a_file_is_refused(backend: object) -> None:
    secrets = Secrets(backend)  # type: ignore[arg-type]
    assert not secrets.persistent and "kept in memory only" in secrets.notice
    secrets.set("account:1", "kept-for-now-1234")
    assert secrets.get("account:1") == "kept-for-now-1234"  # this session still works
    if isinstance(backend, MemoryKeyring):
        assert backend.store == {}  # the "file" backend was never written to
    assert Secrets(backend).get("account:1") == "kept-for-now-1234"  # type: ignore[arg-type]


def test_a_chain_with_a_file_backend_in_it_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), PlaintextKeyring()])
    assert keyring_choice.refused(chain)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert not keyring_choice.refused(chain)


def test_a_real_keyring_is_used_as_it_is(memory_keyring: MemoryKeyring) -> None:
    secrets = Secrets(memory_keyring)
    secrets.set("account:2", "in-the-keyring-5678")
    assert secrets.persistent and secrets.notice == ""
    assert memory_keyring.store[("serambi", "account:2")] == "in-the-keyring-5678"


def test_a_locked_keyring_falls_back_to_memory_and_says_so() -> None:
    secrets = Secrets(LockedKeyring())
    secrets.set("account:3", "locked-out-9012")
    assert not secrets.persistent and secrets.get("account:3") == "locked-out-9012"


def test_the_doctor_says_plainly_when_secrets_last_only_this_session(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path, secrets=Secrets(fail.Keyring()))
    try:
        report = doctor(ws)
    finally:
        ws.close()
    check = next(c for c in report.checks if c.name == "keyring")
    assert check.level == "warning" and "No usable keyring" in check.detail
    assert report.keyring_backend == "keyring.backends.fail.Keyring"


def test_the_cli_on_a_machine_without_a_keyring_writes_no_secret_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CONFIG_HOME": str(home / ".config"), "SERAMBI_DATA_DIR": str(tmp_path / "d"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([sys.executable, "-m", "app.cli.main", "doctor"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "No usable keyring was found" in done.stdout
    assert [p for p in home.rglob("*") if p.is_file()] == []
