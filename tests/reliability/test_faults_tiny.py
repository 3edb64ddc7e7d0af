"""Every fault of the catalogue on one of two accounts of the tiny HTTP connector, through
the real SyncEngine: a clear error there alone, the right wait, recovery when it clears."""

from __future__ import annotations

import pytest

from app.items import InboundItem, MemberRef
from app.secrets import Secrets
from app.store import Store
from app.timeutil import parse_timestamp
from connectors import errors
from connectors.base import Page
from tests.reliability.faults import BLIPS, CATALOGUE, Fault
from tests.reliability.harness import Rig, check
from tests.reliability.tiny import TinyConnector
from tests.reliability.tiny_subject import TOKENS, tiny_subject


@pytest.mark.parametrize("fault", CATALOGUE, ids=[f.name for f in CATALOGUE])
async def test_a_fault_stays_on_its_account_and_clears(
        fault: Fault, store: Store, secrets: Secrets, fast_sleep: list[float]) -> None:
    subject, _ = tiny_subject()
    rig = Rig.build(subject, store, secrets)
    outcome = await rig.exercise(fault)
    check(outcome, TOKENS)
    if fault.expect is errors.PlatformUnavailable:
        assert fast_sleep, "a failing safe read is retried in place before giving up"


@pytest.mark.parametrize("fault", BLIPS, ids=[f.name for f in BLIPS])
async def test_a_blip_is_retried_in_place_and_nobody_notices(
        fault: Fault, store: Store, secrets: Secrets, fast_sleep: list[float]) -> None:
    subject, _ = tiny_subject()
    rig = Rig.build(subject, store, secrets)
    outcome = await rig.exercise(fault)
    assert outcome.faulty.ok and outcome.failures == 0 and outcome.faulty.inserted > 0
    assert rig.transport.spoiled_total == 1
    if fault.status == 429:
        assert max(fast_sleep) >= 2.0  # waited as long as the server asked


async def test_a_page_with_bad_items_keeps_the_good_ones(
        store: Store, secrets: Secrets) -> None:
    subject, platforms = tiny_subject()
    rig = Rig.build(subject, store, secrets)
    subject.grow()
    platforms["a.tiny.test"].items[1]["created_at"] = 17
    del platforms["a.tiny.test"].items[2]["author"]
    report = (await rig.cycle([rig.ids[0]]))[rig.ids[0]]
    assert report.ok and report.inserted == 1 and len(report.rejected) == 2
    assert "created_at" in report.rejected[0] and "author" in report.rejected[1]


class NaiveConnector(TinyConnector):
    """What the harness exists to catch: no status check, no type check, no typed errors."""

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        response = await self.client.get(f"{self.base}/api/v1/mentions", params={
            "cursor": cursor or "0", "limit": "2", "access_token": self.token})
        body = response.json()
        items = [InboundItem(r["id"], parse_timestamp(r["created_at"]), r["text"],
                             MemberRef(r["author"]["id"])) for r in body["items"]]
        return Page(items, body["next_cursor"], more=body["more"])


@pytest.mark.parametrize("name", ["503", "malformed JSON", "wrong types", "expired token"])
async def test_the_harness_catches_a_naive_connector(
        name: str, store: Store, secrets: Secrets, fast_sleep: list[float]) -> None:
    subject, _ = tiny_subject()
    subject.factory = NaiveConnector
    rig = Rig.build(subject, store, secrets)
    fault = next(f for f in CATALOGUE if f.name == name)
    with pytest.raises(AssertionError):
        check(await rig.exercise(fault), TOKENS)
