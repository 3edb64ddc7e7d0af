"""Signing in to Bluesky: app password, the session in the keyring, refresh when it expires
(once, however many ask), rate limits, and verify()."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest

from app.secrets import Secrets, session_ref
from connectors.errors import AuthExpired, PlatformUnavailable, RateLimited
from tests.connectors.bluesky_fake import SECRET_REF, scene

LIST = "app.bsky.notification.listNotifications"
CREATE = "com.atproto.server.createSession"
REFRESH = "com.atproto.server.refreshSession"


async def test_sign_in_once_and_keep_the_session_in_the_keyring(secrets: Secrets) -> None:
    s = scene()
    await s.connector(secrets).fetch("notifications", None)
    stored = json.loads(secrets.get(session_ref(SECRET_REF)) or "{}")
    assert stored["did"] == s.brand and stored["access"] in s.fake.access
    assert secrets.get(SECRET_REF) == s.fake.accounts[s.brand].app_password
    await s.connector(secrets).fetch("notifications", None)  # the next cycle's connector
    assert s.fake.count(CREATE) == 1


async def test_an_expired_token_is_refreshed_and_the_call_repeated(secrets: Secrets) -> None:
    s = scene()
    await s.connector(secrets).fetch("notifications", None)
    s.fake.expire_access_tokens()
    page = await s.connector(secrets).fetch("notifications", None)
    assert page.cursor and s.fake.count(REFRESH) == 1 and s.fake.count(CREATE) == 1
    stored = json.loads(secrets.get(session_ref(SECRET_REF)) or "{}")
    assert s.fake.access[stored["access"]] == (s.brand, False)


async def test_many_callers_share_one_refresh(secrets: Secrets) -> None:
    s = scene()
    await s.connector(secrets).fetch("notifications", None)
    s.fake.expire_access_tokens()
    # Refresh tokens rotate: a second refresh with the old one would be refused.
    connectors = [s.connector(secrets) for _ in range(4)]
    await asyncio.gather(*(c.fetch("notifications", None) for c in connectors))
    assert s.fake.count(REFRESH) == 1 and s.fake.count(CREATE) == 1


async def test_a_revoked_refresh_token_falls_back_to_the_app_password(secrets: Secrets) -> None:
    s = scene()
    await s.connector(secrets).fetch("notifications", None)
    s.fake.expire_access_tokens()
    s.fake.refresh.clear()
    await s.connector(secrets).fetch("notifications", None)
    assert s.fake.count(REFRESH) == 1 and s.fake.count(CREATE) == 2


async def test_a_wrong_app_password_says_what_to_do_and_leaks_nothing(
        secrets: Secrets) -> None:
    s = scene()
    connector = s.connector(secrets)
    secrets.set(SECRET_REF, "wrong-pass-word-here")
    with pytest.raises(AuthExpired, match="App passwords") as caught:
        await connector.fetch("notifications", None)
    assert "wrong-pass" not in str(caught.value)
    assert secrets.get(session_ref(SECRET_REF)) is None


async def test_a_revoked_app_password_ends_in_auth_expired(secrets: Secrets) -> None:
    s = scene()
    await s.connector(secrets).fetch("notifications", None)
    next_cycle = s.connector(secrets)
    s.fake.accounts[s.brand].app_password = "a-new-pass-word"  # the user revoked ours
    s.fake.expire_access_tokens()
    s.fake.refresh.clear()
    with pytest.raises(AuthExpired) as caught:
        await next_cycle.fetch("notifications", None)
    assert "eyJ" not in str(caught.value)  # never a token in a message


async def test_no_stored_password_is_a_clear_auth_error(secrets: Secrets) -> None:
    s = scene()
    connector = s.connector(secrets)
    secrets.delete(SECRET_REF)
    with pytest.raises(AuthExpired, match="--password-stdin"):
        await connector.fetch("notifications", None)


async def test_a_taken_down_account_is_said_plainly(secrets: Secrets) -> None:
    s = scene()
    s.fake.faults[CREATE] = [(401, "AccountTakedown", "Account has been taken down")]
    with pytest.raises(AuthExpired, match="taken this account down"):
        await s.connector(secrets).fetch("notifications", None)


async def test_a_spent_budget_waits_for_the_reset_without_asking(secrets: Secrets) -> None:
    s = scene()
    reset = int(time.time()) + 120
    s.fake.limits[LIST] = [100, 1, reset]
    connector = s.connector(secrets)
    await connector.fetch("notifications", None)  # spends the last point: Remaining 0
    calls = s.fake.count(LIST)
    with pytest.raises(RateLimited) as caught:
        await connector.fetch("notifications", None)
    assert s.fake.count(LIST) == calls  # no request that could only earn a 429
    assert 100 < caught.value.retry_after <= 121


@pytest.mark.parametrize("retry_after_header", [True, False])
async def test_a_429_waits_until_the_budget_comes_back(secrets: Secrets,
                                                        retry_after_header: bool) -> None:
    s = scene()
    s.fake.retry_after_header = retry_after_header  # without it, RateLimit-Reset decides
    s.fake.limits[LIST] = [100, 0, int(time.time()) + 900]
    with pytest.raises(RateLimited) as caught:
        await s.connector(secrets).fetch("notifications", None)
    assert 880 < caught.value.retry_after <= 901


async def test_a_short_429_and_a_502_are_retried_in_place(secrets: Secrets) -> None:
    s = scene()
    s.fake.faults[LIST] = [(429, "RateLimitExceeded", "Rate Limit Exceeded",
                            {"Retry-After": "0"}), (502, "UpstreamFailure", "Bad Gateway")]
    page = await s.connector(secrets).fetch("notifications", None)
    assert page.cursor and s.fake.count(LIST) == 3


async def test_an_unreachable_server_is_unavailable(secrets: Secrets) -> None:
    s = scene()
    s.fake.faults[CREATE] = [httpx.ConnectError("no route")]
    with pytest.raises(PlatformUnavailable):
        await s.connector(secrets).fetch("notifications", None)


async def test_verify_says_who_we_are_and_what_works(secrets: Secrets) -> None:
    s = scene()
    said = await s.connector(secrets).verify()
    assert "@brand.bsky.social" in said and s.brand in said
    assert "post replies" in said and "block" in said
    connector = s.connector(secrets)
    secrets.delete(session_ref(SECRET_REF))
    secrets.set(SECRET_REF, "nope-nope-nope-nope")
    with pytest.raises(AuthExpired):
        await connector.verify()
