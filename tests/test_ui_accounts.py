"""Adding an account in the app: the wizard built from a platform's setup description, with a
token or a browser sign-in, a check at the end; and each account's health in the sidebar."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.secrets import Secrets
from app.store import Store
from connectors import errors, registry
from connectors.setup import PlatformSetup, SetupField, SignInResult
from tests.fakes import FakePlatform, factory_for, item
from tests.test_ui_main import open_window
from tests.test_ui_seed import Seeded
from ui import tasks
from ui.account_wizard import AddAccountWizard

PLATFORM = FakePlatform(items=[item("m1"), item("m2")])


async def _sign_in(values: Mapping[str, str], client: httpx.AsyncClient,
                   open_url: Callable[[str], None]) -> SignInResult:
    open_url(f"{values['server_url']}/oauth/authorize?state=s1")
    return SignInResult("@brand@kopi.test", values["server_url"], "oauth-token-9")


SETUP = PlatformSetup(
    "fakeplat", "Fake Social",
    (SetupField("server_url", "Server", kind="url", flag="--instance"),
     SetupField("handle", "Handle")),
    credential="token", credential_label="Access token", credential_help="Preferences → Apps",
    browser_sign_in=_sign_in, intro="A pretend platform.")


@pytest.fixture(autouse=True)
def fake_platform(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    PLATFORM.faults.clear()
    registry.register("fakeplat", factory_for(PLATFORM)("fakeplat"))
    monkeypatch.setattr("app.account_setup.setup_for",
                        lambda name: SETUP if name == "fakeplat" else None)
    yield
    registry._FACTORIES.pop("fakeplat", None)
    tasks.wait_all()


def _wizard(store: Store, secrets: Secrets, qtbot: QtBot,
            opened: list[str] | None = None) -> AddAccountWizard:
    wizard = AddAccountWizard(store, secrets, ["fakeplat", "demo"],
                              open_url=(opened if opened is not None else []).append)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.choose.platform() == "fakeplat"
    wizard.next()
    return wizard


def _accounts(store: Store) -> list[str]:
    from app.accounts import list_accounts

    return [a.handle for a in list_accounts(store)]


def test_a_token_account_is_added_checked_and_its_token_kept_in_the_keyring(
        store: Store, secrets: Secrets, qtbot: QtBot) -> None:
    wizard = _wizard(store, secrets, qtbot)
    page = wizard.details
    assert set(page.fields) == {"server_url", "handle"} and not page.isComplete()
    page.fields["server_url"].setText("kopi.test")
    page.fields["handle"].setText("@brand")
    page.secret.setText("tok-123")
    assert page.isComplete()
    wizard.next()  # refused: the address has no scheme
    assert wizard.currentPage() is page and "https://" in page.message.text()
    page.fields["server_url"].setText("https://kopi.test")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.finish.isComplete(), timeout=5000)
    assert "It works" in wizard.finish.message.text()
    assert _accounts(store) == ["@brand"]
    assert "tok-123" in secrets._backend.store.values()  # type: ignore[attr-defined]


def test_the_browser_sign_in_opens_the_platform_and_needs_no_token(
        store: Store, secrets: Secrets, qtbot: QtBot) -> None:
    opened: list[str] = []
    wizard = _wizard(store, secrets, qtbot, opened)
    page = wizard.details
    page.fields["server_url"].setText("https://kopi.test")
    page.browser.click()
    qtbot.waitUntil(lambda: page.signed_in is not None, timeout=5000)
    assert opened == ["https://kopi.test/oauth/authorize?state=s1"]
    assert "@brand@kopi.test" in page.message.text() and page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.finish.isComplete(), timeout=5000)
    assert _accounts(store) == ["@brand@kopi.test"]
    assert "oauth-token-9" in secrets._backend.store.values()  # type: ignore[attr-defined]


def test_a_failing_check_says_why_and_going_back_removes_the_account(
        store: Store, secrets: Secrets, qtbot: QtBot) -> None:
    PLATFORM.faults.append(errors.AuthExpired("token revoked"))
    wizard = _wizard(store, secrets, qtbot)
    page = wizard.details
    page.fields["server_url"].setText("https://kopi.test")
    page.fields["handle"].setText("@brand")
    page.secret.setText("bad-token")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.finish.isComplete(), timeout=5000)
    said = wizard.finish.message.text()
    assert "does not work yet" in said and "token revoked" in said
    assert _accounts(store) == ["@brand"]
    wizard.back()
    qtbot.waitUntil(lambda: _accounts(store) == [], timeout=5000)
    assert "bad-token" not in secrets._backend.store.values()  # type: ignore[attr-defined]


def test_the_sidebar_shows_each_accounts_health_and_what_to_do(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> None:
    window = open_window(seeded.store, tmp_path, qtbot)
    section = window.sidebar.accounts
    window.commands.recount_now()
    qtbot.waitUntil(lambda: section.childCount() == 1 and not section.isHidden())
    child = section.child(0)
    assert child is not None and "@serambi" in child.text(0)
    section.report(seeded.account_id, "the server no longer accepts our sign-in (401)")
    said = Qt.ItemDataRole.AccessibleTextRole
    assert child.text(0).startswith("⚠") and "needs attention" in child.data(0, said)
    assert "Sign in to this account again" in child.toolTip(0)
    section.report(seeded.account_id, "<img src='file:///etc/passwd'> <b>401</b>")
    assert "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in child.toolTip(0)
    section.report(seeded.account_id, None)
    assert child.text(0) == "@serambi" and child.data(0, said).endswith("OK")
    assert "Last synced" in child.toolTip(0)
    tasks.wait_all()
