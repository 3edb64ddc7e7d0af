"""Fetching a stream as the sync engine does: page after page until the connector says it is
caught up (bounded, so a connector that never stops fails the test instead of hanging)."""

from __future__ import annotations

from typing import Any

from connectors.base import Page

MAX_PAGES = 200


async def fetch_all(connector: Any, stream: str, cursor: str | None = None,
                    limit: int = MAX_PAGES) -> tuple[list[Page], str | None]:
    pages: list[Page] = []
    for _ in range(limit):
        page = await connector.fetch(stream, cursor)
        pages.append(page)
        cursor = page.cursor
        if not page.more:
            return pages, cursor
    raise AssertionError(f"{stream}: still more after {limit} pages")


def ids(pages: list[Page]) -> list[str]:
    return [item.platform_id for page in pages for item in page.items]
