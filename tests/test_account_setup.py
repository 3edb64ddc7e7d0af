"""Adding accounts from a platform's setup description, by flags and by browser sign-in."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.account_setup import SetupIncomplete, add_with_fields
from app.cli.main import main
from app.secrets import Secrets
from app.store import Store
from connectors import registry
from connectors.loopback import SignInCancelled
from connectors.setup import PlatformSetup, SetupField, SignInResult
from tests.conftest import MemoryKeyring
from tests.fakes import FakePlatform, factory_for

OPENED: list[str] = []


async def _sign_in(values: Mapping[str, str], client: httpx.AsyncClient,
                   open_url: Callable[[str], None]) -> SignInResult:
    open_url(f"{values['server_url']}/authorize?client=serambi")
    if values["server_url"].endswith("refuse.test"):
        raise SignInCancelled("the platform refused the sign-in: access_denied")
    return SignInResult("@brand@kopi.test", values["server_url"], "oauth-token-123",
                        {"scopes": "read write"})


SETUP = PlatformSetup(
    "fakeplat", "Fake Social",
    (SetupField("server_url", "Server", kind="url", flag="--instance"),
     SetupField("handle", "Handle", required=False),
     SetupField("rooms", "Rooms", kind="list", required=False),
     SetupField("poll_seconds", "Poll every", kind="int", required=False, default="90")),
    credential="token", credential_label="Access token", browser_sign_in=_sign_in)


@pytest.fixture(autouse=True)
def fake_platform(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    registry.register("fakeplat", factory_for(FakePlatform())("fakeplat"))
    monkeypatch.setattr("app.account_setup.setup_for",
                        lambda name: SETUP if name == "fakeplat" else None)
    monkeypatch.setattr("webbrowser.open", OPENED.append)
    yield
    registry._FACTORIES.pop("fakeplat", None)


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_fields_become_server_handle_and_typed_settings(store: Store, secrets: Secrets) -> None:
    info = add_with_fields(store, secrets, "fakeplat",
                           {"server_url": "http://127.0.0.1:8008/", "handle": "@brand",
                            "rooms": "#help, #general,"}, secret="tok")
    assert (info.server_url, info.handle) == ("http://127.0.0.1:8008", "@brand")
    assert info.settings == {"rooms": ["#help", "#general"], "poll_seconds": 90}
    with pytest.raises(SetupIncomplete, match="--instance"):
        add_with_fields(store, secrets, "fakeplat", {"handle": "@x"}, secret="tok")
    with pytest.raises(SetupIncomplete, match="https://"):
        add_with_fields(store, secrets, "fakeplat", {"server_url": "kopi.test"}, secret="t")
    with pytest.raises(SetupIncomplete, match=r"--token-stdin .*--browser"):
        add_with_fields(store, secrets, "fakeplat", {"server_url": "https://k.test",
                                                     "handle": "@b"}, secret=None)
    with pytest.raises(SetupIncomplete, match=r"handle .*--browser, which finds it"):
        add_with_fields(store, secrets, "fakeplat", {"server_url": "https://k.test"},
                        secret="tok")


def test_cli_add_uses_the_platforms_own_flags(capsys: Any, data_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              memory_keyring: MemoryKeyring) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("tok-xyz\n"))
    code, out, err = run(capsys, "accounts", "add", "fakeplat", "--instance",
                         "https://kopi.test", "--handle", "@brand", "--rooms", "a,b",
                         "--token-stdin", "--json")
    assert code == 0, err
    row = json.loads(out)
    assert (row["server_url"], row["settings"]["rooms"], row["has_secret"]) == \
        ("https://kopi.test", ["a", "b"], True)
    assert list(memory_keyring.store.values()) == ["tok-xyz"]
    code, _, err = run(capsys, "accounts", "add", "fakeplat", "--handle", "@brand")
    assert code == 2 and "--instance" in err


def test_cli_browser_sign_in_stores_what_the_platform_gave(
        capsys: Any, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    code, out, err = run(capsys, "accounts", "add", "fakeplat", "--instance",
                         "https://kopi.test", "--browser")
    assert code == 0, err
    assert "Opening your browser" in out and OPENED[-1].startswith("https://kopi.test/")
    assert "@brand@kopi.test" in out
    assert list(memory_keyring.store.values()) == ["oauth-token-123"]
    code, _, err = run(capsys, "accounts", "add", "fakeplat", "--instance",
                       "https://refuse.test", "--browser")
    assert code == 1 and "access_denied" in err
    code, out, _ = run(capsys, "accounts", "list", "--json")
    assert len(json.loads(out)["accounts"]) == 1
