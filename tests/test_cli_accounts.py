"""`serambi accounts`, `sync`, `demo` and the app launcher, plus the installed console script."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from tests.conftest import MemoryKeyring

SERAMBI = Path(sys.executable).parent / "serambi"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add(capsys: Any, monkeypatch: pytest.MonkeyPatch, *extra: str,
        stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run(capsys, "accounts", "add", "demo", "--handle", "@teduh@kopi.social",
               "--server", "https://kopi.social", *extra)


def test_add_reads_the_token_from_stdin_into_the_keyring(
        capsys: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    code, out, err = add(capsys, monkeypatch, "--token-stdin", "--setting", "flavour=bluesky",
                         stdin="tok-abc\n")
    assert code == 0, err
    assert "Added account #1" in out and "keyring" in out
    assert list(memory_keyring.store.values()) == ["tok-abc"]
    code, out, _ = run(capsys, "accounts", "list", "--json")
    [account] = json.loads(out)["accounts"]
    assert account["has_secret"] is True and account["settings"] == {"flavour": "bluesky"}
    assert "tok-abc" not in out and "secret_ref" not in account
    assert (data_dir / "serambi.sqlite3").read_bytes().find(b"tok-abc") == -1


def test_add_refuses_secrets_as_options_and_empty_stdin(
        capsys: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = add(capsys, monkeypatch, "--setting", "token=abc")
    assert code == 2 and "standard input" in err
    code, _, err = add(capsys, monkeypatch, "--password-stdin", stdin="")
    assert code == 2 and "empty" in err
    code, _, err = run(capsys, "accounts", "add", "myspace", "--handle", "@tom")
    assert code == 1 and "no connector for 'myspace'" in err
    assert run(capsys, "accounts", "add", "demo")[0] == 2  # --handle is required
    assert json.loads(run(capsys, "accounts", "list", "--json")[1]) == {"accounts": []}


def test_test_and_remove(capsys: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                         memory_keyring: MemoryKeyring) -> None:
    add(capsys, monkeypatch, "--token-stdin", stdin="tok\n")
    code, out, _ = run(capsys, "accounts", "test", "1")
    assert code == 0 and out.startswith("OK")
    code, _, err = run(capsys, "accounts", "test", "9")
    assert code == 1 and "no account with id 9" in err
    code, out, _ = run(capsys, "accounts", "remove", "1")
    assert code == 0 and "Removed account #1" in out
    assert memory_keyring.store == {}
    assert run(capsys, "accounts", "remove", "1")[0] == 1


def test_a_failing_account_test_says_why(capsys: Any, data_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    add(capsys, monkeypatch, "--setting", "flavour=myspace")
    code, out, err = run(capsys, "accounts", "test", "1")
    assert (code, out) == (1, "")
    assert "account #1 does not work" in err and "myspace" in err


def test_sync_once_reports_each_account_and_fails_if_one_did(
        capsys: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add(capsys, monkeypatch, "--setting", "flavour=mastodon")
    code, out, err = run(capsys, "sync", "--once")
    assert code == 0, err
    assert out.startswith("#1 demo @teduh@kopi.social: fetched")
    run(capsys, "accounts", "add", "demo", "--handle", "@broken", "--setting", "flavour=nope")
    code, out, err = run(capsys, "sync", "--once", "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    broken = [a for a in data["accounts"] if not a["ok"]]
    assert [a["handle"] for a in broken] == ["@broken"] and "nope" in broken[0]["error"]
    code, _, err = run(capsys, "sync", "--once", "--account", "42")
    assert code == 1 and "no account with id 42" in err


def test_sync_without_accounts_says_what_to_do(capsys: Any, data_dir: Path) -> None:
    code, _, err = run(capsys, "sync", "--once")
    assert code == 1 and "accounts add" in err


def test_demo_seed_then_inbox(capsys: Any, data_dir: Path) -> None:
    code, out, _ = run(capsys, "demo", "seed", "--json")
    seeded = json.loads(out)
    assert code == 0 and seeded["accounts"] > 0 and seeded["messages"] > 0
    code, out, _ = run(capsys, "inbox", "--status", "all", "--json")
    assert json.loads(out)["total"] == seeded["conversations"]


def test_launch_without_a_desktop_prints_the_demo_inbox_apart_from_real_data(
        capsys: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("importlib.util.find_spec", lambda name, *a: None)
    code, out, _ = run(capsys, "--demo")
    assert code == 0
    assert out.startswith("The desktop interface is not built yet")
    assert "conversation(s)" in out and "0 of 0" not in out
    assert (data_dir / "demo" / "serambi.sqlite3").exists()
    assert json.loads(run(capsys, "accounts", "list", "--json")[1]) == {"accounts": []}
    assert json.loads(run(capsys, "--demo", "accounts", "list", "--json")[1])["accounts"]


def test_launch_hands_the_workspace_to_the_desktop_when_it_exists(
        capsys: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_run(workspace: Any, demo: bool) -> int:
        seen.update(data=workspace.data_dir, demo=demo)
        return 0

    monkeypatch.setattr("importlib.util.find_spec", lambda name, *a: object())
    monkeypatch.setitem(sys.modules, "ui.app", types.SimpleNamespace(run=fake_run))
    assert run(capsys, "--demo")[0] == 0
    assert seen == {"data": data_dir / "demo", "demo": True}


def _console(*argv: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SERAMBI_DATA_DIR": str(data),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    return subprocess.run([str(SERAMBI), *argv], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_the_installed_console_script_works(tmp_path: Path) -> None:
    seeded = _console("demo", "seed", data=tmp_path)
    assert seeded.returncode == 0, seeded.stderr
    assert "Seeded the demo community" in seeded.stdout
    listed = _console("inbox", "--json", "--limit", "3", data=tmp_path)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)["conversations"]) == 3


def test_the_console_script_says_usage_errors_without_a_traceback(tmp_path: Path) -> None:
    bad = _console("conversation", "12345", data=tmp_path)
    assert bad.returncode == 1
    assert bad.stderr == "serambi: no conversation with id 12345\n"
    usage = _console("inbox", "--status", "bogus", data=tmp_path)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_sync_runs_until_sigterm_and_stops_cleanly(tmp_path: Path) -> None:
    assert _console("demo", "seed", data=tmp_path).returncode == 0
    env = {**os.environ, "SERAMBI_DATA_DIR": str(tmp_path), "PYTHONUNBUFFERED": "1",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    proc = subprocess.Popen([str(SERAMBI), "sync"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("Syncing")
        assert proc.stdout.readline().startswith("#")  # a first cycle ran
        proc.terminate()
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert out.rstrip().endswith("Stopped.") and "Traceback" not in err


def test_without_a_usable_keyring_a_secret_is_refused_not_kept_for_nothing(
        capsys: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    code, _, err = add(capsys, monkeypatch, "--token-stdin", stdin="tok-1\n")
    assert code == 1 and "not added" in err and "keyring" in err
    assert json.loads(run(capsys, "accounts", "list", "--json")[1]) == {"accounts": []}
