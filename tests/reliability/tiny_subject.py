"""The tiny connector as a fault-harness subject: two platforms on two hosts."""

from __future__ import annotations

import httpx

from tests.reliability.harness import AccountSpec, Subject
from tests.reliability.tiny import TinyConnector, TinyPlatform, raw_item

TOKENS = ("tiny-a-secret-token-1f2e", "tiny-b-secret-token-9c8d")


def tiny_subject() -> tuple[Subject, dict[str, TinyPlatform]]:
    platforms = {"a.tiny.test": TinyPlatform(token=TOKENS[0]),
                 "b.tiny.test": TinyPlatform(token=TOKENS[1])}

    def route(request: httpx.Request) -> httpx.Response:
        return platforms[request.url.host].handle(request)

    def grow() -> None:
        for host, platform in platforms.items():
            start = len(platform.items)
            platform.items += [raw_item(i, prefix=host[0]) for i in range(start, start + 3)]

    accounts = (AccountSpec("@brand", "https://a.tiny.test", TOKENS[0], {"page": 2}),
                AccountSpec("@brand", "https://b.tiny.test", TOKENS[1], {"page": 2}))
    return Subject("tiny", TinyConnector, httpx.MockTransport(route), accounts, grow), platforms
