"""Shared by the reliability proofs: waits recorded instead of slept."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest


@pytest.fixture
def fast_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """asyncio.sleep records how long it was asked to wait and yields at once, so retry
    waits (tenacity sleeps through asyncio.sleep) are asserted, not lived through."""
    waits: list[float] = []
    real = asyncio.sleep

    async def recorded(delay: float, result: object = None) -> object:
        waits.append(delay)
        return await real(0, result)

    monkeypatch.setattr(asyncio, "sleep", recorded)
    yield waits
