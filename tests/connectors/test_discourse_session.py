"""How the connector talks to the forum: which key headers go out, what a refused key,
a rate limit (header or body) and a passing server error turn into."""

from __future__ import annotations

import json

import httpx
import pytest

from app.secrets import Secrets
from connectors.base import AccountConfig
from connectors.discourse import DiscourseConnector
from connectors.errors import AuthExpired, NotSupported, RateLimited
from tests.connectors.discourse_fake import BASE, account, community, error


def rate_limited(wait: int, header: bool) -> httpx.Response:
    response = error(429, "You’ve performed this action too many times.", "rate_limit",
                     extras={"wait_seconds": wait})
    if header:
        response.headers["Retry-After"] = str(wait)
    return response


async def test_an_api_key_goes_with_its_username(secrets: Secrets) -> None:
    fake, _ = community()
    async with fake.client() as client:
        await DiscourseConnector(account(secrets), secrets, client).fetch("notifications", None)
    seen = [r.headers for r in fake.sent]
    assert seen[0]["Api-Key"] == "key-brand" and seen[0]["Api-Username"] == "brand"
    assert "User-Api-Key" not in seen[0] and seen[0]["Accept"] == "application/json"


async def test_a_user_api_key_goes_with_its_client_id(secrets: Secrets) -> None:
    fake, p = community()
    fake.user_api_keys["u" * 32] = (p["brand"].id, "serambi-abc")
    config = account(secrets, key="u" * 32, auth="user_api_key", client_id="serambi-abc")
    async with fake.client() as client:
        said = await DiscourseConnector(config, secrets, client).verify()
    seen = [r.headers for r in fake.sent]
    assert seen[0]["User-Api-Key"] == "u" * 32
    assert seen[0]["User-Api-Client-Id"] == "serambi-abc" and "Api-Key" not in seen[0]
    assert "with a user API key" in said and fake.requests == [("GET",
                                                                "/session/current.json")]


async def test_a_refused_or_missing_key_means_sign_in_again(secrets: Secrets) -> None:
    fake, _ = community()
    async with fake.client() as client:
        with pytest.raises(AuthExpired, match="refused the API key"):
            await DiscourseConnector(account(secrets, key="revoked"), secrets,
                                     client).fetch("notifications", None)
        config = AccountConfig(1, "discourse", "brand", BASE, secret_ref="account:none")
        with pytest.raises(AuthExpired, match="no Discourse API key"):
            await DiscourseConnector(config, secrets, client).fetch("notifications", None)
        with pytest.raises(NotSupported, match="forum address"):
            DiscourseConnector(AccountConfig(1, "discourse", "brand", "forum.test"), secrets,
                               client)


@pytest.mark.parametrize("header", [True, False])
async def test_a_long_rate_limit_goes_back_with_the_forums_wait(secrets: Secrets,
                                                                header: bool) -> None:
    fake, _ = community()
    fake.rate_budget, fake.rate_wait, fake.rate_header = 0, 45, header
    async with fake.client() as client:
        with pytest.raises(RateLimited) as limited:
            await DiscourseConnector(account(secrets), secrets, client).fetch(
                "notifications", None)
    # Without the header the body's extras.wait_seconds still says 45 (not a guess of 60).
    assert limited.value.retry_after == 45
    assert len(fake.requests) == 1  # too long to wait in place


async def test_the_body_wait_wins_when_it_is_longer_than_the_header(secrets: Secrets) -> None:
    fake, _ = community()
    response = rate_limited(120, header=False)
    response.headers["Retry-After"] = "5"
    fake.faults = [response]
    async with fake.client() as client:
        with pytest.raises(RateLimited) as limited:
            await DiscourseConnector(account(secrets), secrets, client).fetch(
                "notifications", None)
    assert limited.value.retry_after == 120


async def test_short_limits_and_server_errors_are_retried_in_place(secrets: Secrets) -> None:
    fake, p = community()
    fake.add_topic("Hello", p["budi"], "Hello @brand, is the shop open today?", 5)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        batches: list[list[httpx.Response | Exception]] = [
            [rate_limited(0, header=False), httpx.Response(502, text="<html>")],
            [httpx.ReadTimeout("slow")]]
        for faults in batches:
            fake.faults, fake.requests = faults, []
            page = await connector.fetch("notifications", None)
            assert [i.subject for i in page.items] == ["Hello"]
            assert fake.requests[:len(faults) + 1] == \
                [("GET", "/notifications.json")] * (len(faults) + 1)


async def test_a_reply_is_never_retried_on_its_own(secrets: Secrets) -> None:
    fake, p = community()
    first = fake.add_topic("Hello", p["budi"], "Hello @brand, is the shop open today?", 5)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        fake.faults = [httpx.Response(200, json=json.loads(
            json.dumps(fake.serialize(first, p["brand"], raw=True)))), rate_limited(3, True)]
        with pytest.raises(RateLimited) as limited:
            await connector.reply(str(first.id), "Yes, open until nine tonight!", "key")
    assert limited.value.retry_after == 3
    assert fake.requests.count(("POST", "/posts.json")) == 1 and fake.created_by("brand") == []
