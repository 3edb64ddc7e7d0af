"""The shared HTTP pieces every connector leans on: status codes to typed errors,
Retry-After both ways, retries of reads only, and the loopback redirect."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest

from connectors import http
from connectors.errors import (
    AuthExpired,
    BadPayload,
    NotSupported,
    PlatformUnavailable,
    RateLimited,
    SendOutcomeUnknown,
)
from connectors.loopback import LoopbackRedirect, SignInCancelled


def test_retry_after_in_seconds_and_as_an_http_date() -> None:
    now = datetime(2026, 11, 23, 10, 0, 0, tzinfo=UTC)
    assert http.retry_after(httpx.Response(429, headers={"Retry-After": "7"})) == 7.0
    dated = httpx.Response(429, headers={"Retry-After": "Mon, 23 Nov 2026 10:01:30 GMT"})
    assert http.retry_after(dated, now) == 90.0
    assert http.retry_after(httpx.Response(429, headers={"Retry-After": "soon"})) is None
    assert http.retry_after(httpx.Response(429)) is None


@pytest.mark.parametrize(("status", "error"), [
    (401, AuthExpired), (403, NotSupported), (429, RateLimited), (500, PlatformUnavailable),
    (503, PlatformUnavailable), (422, BadPayload)])
def test_status_codes_become_typed_errors(status: int, error: type[Exception]) -> None:
    with pytest.raises(error):
        http.check(httpx.Response(status, text="<b>nope</b>"), "reading notifications")


def test_malformed_json_is_a_bad_payload() -> None:
    with pytest.raises(BadPayload, match="not JSON"):
        http.json_of(httpx.Response(200, content=b'{"truncated": '), "notifications")


def _client(responses: list[httpx.Response | Exception]) -> tuple[httpx.AsyncClient, list[str]]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        answer = responses.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.AsyncClient(transport=httpx.MockTransport(handler)), seen


async def test_a_read_is_retried_through_a_short_rate_limit_and_a_reset() -> None:
    client, seen = _client([httpx.Response(429, headers={"Retry-After": "0"}),
                            httpx.ConnectError("reset"), httpx.Response(200, json=[1])])
    async with client:
        response = await http.read(client, "GET", "https://x.test/a", "reading")
    assert response.json() == [1] and len(seen) == 3


async def test_a_long_rate_limit_goes_back_to_the_engine_at_once() -> None:
    client, seen = _client([httpx.Response(429, headers={"Retry-After": "120"})])
    async with client:
        with pytest.raises(RateLimited) as caught:
            await http.read(client, "GET", "https://x.test/a", "reading")
    assert caught.value.retry_after == 120 and len(seen) == 1


async def test_a_write_is_never_retried_and_a_broken_answer_is_unknown() -> None:
    client, seen = _client([httpx.ReadTimeout("slow")])
    async with client:
        with pytest.raises(SendOutcomeUnknown):
            await http.write(client, "POST", "https://x.test/post", "posting")
    assert seen == ["POST"]
    client, seen = _client([httpx.ConnectError("refused")])
    async with client:
        with pytest.raises(PlatformUnavailable, match="nothing was sent"):
            await http.write(client, "POST", "https://x.test/post", "posting")


async def test_the_loopback_redirect_hands_over_the_code_and_ignores_strangers() -> None:
    async with LoopbackRedirect() as redirect, httpx.AsyncClient() as browser:
        assert redirect.uri.startswith("http://127.0.0.1:")
        favicon = await browser.get(f"http://127.0.0.1:{redirect.port}/favicon.ico")
        assert favicon.status_code == 404
        page = await browser.get(redirect.uri, params={"code": "abc", "state": "s1"})
        assert page.status_code == 200 and b"close this tab" in page.content
        assert await redirect.wait(5) == {"code": "abc", "state": "s1"}


async def test_a_refused_or_abandoned_sign_in_says_so() -> None:
    async with LoopbackRedirect() as redirect, httpx.AsyncClient() as browser:
        await browser.get(redirect.uri, params={"error": "access_denied"})
        with pytest.raises(SignInCancelled, match="access_denied"):
            await redirect.wait(5)
    async with LoopbackRedirect() as redirect:
        with pytest.raises(SignInCancelled, match="in time"):
            await redirect.wait(0.05)


async def test_one_refresh_lock_per_account_secret() -> None:
    assert http.refresh_lock("account:a") is http.refresh_lock("account:a")
    assert http.refresh_lock("account:a") is not http.refresh_lock("account:b")
    await asyncio.sleep(0)


async def test_the_response_hook_sees_every_answer_and_may_say_more() -> None:
    client, _ = _client([httpx.Response(503), httpx.Response(404, json={"error": "gone"})])
    seen: list[int] = []

    def hook(response: httpx.Response) -> None:
        seen.append(response.status_code)
        if response.status_code == 404:
            raise NotSupported("that post was deleted")

    async with client:
        with pytest.raises(NotSupported, match="deleted"):
            await http.read(client, "GET", "https://x.test/a", "reading", on_response=hook)
    assert seen == [503, 404]
