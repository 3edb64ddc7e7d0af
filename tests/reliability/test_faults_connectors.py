"""The fault catalogue on every real HTTP connector, through the real SyncEngine with two
accounts on two servers of the same platform (the connectors' own fakes): a clear error on
the faulty account alone, the right wait, the other account syncing, recovery after."""

from __future__ import annotations

import pytest

from app.secrets import Secrets
from app.store import Store
from tests.reliability.faults import BLIPS, CATALOGUE, Fault
from tests.reliability.harness import Rig, check
from tests.reliability.subjects import SUBJECTS

# Faults a connector is known not to survive yet: (platform, fault) -> why and the fix.
KNOWN: dict[tuple[str, str], str] = {}
CASES = [pytest.param(name, fault, id=f"{name}-{fault.name}",
                      marks=[pytest.mark.xfail(strict=True, reason=KNOWN[(name, fault.name)])]
                      if (name, fault.name) in KNOWN else [])
         for name in SUBJECTS for fault in CATALOGUE]
BLIP_CASES = [(name, fault) for name in SUBJECTS for fault in BLIPS]


@pytest.mark.parametrize(("platform", "fault"), CASES)
async def test_a_fault_stays_on_its_account_and_clears(
        platform: str, fault: Fault, store: Store, secrets: Secrets,
        fast_sleep: list[float]) -> None:
    subject = SUBJECTS[platform]()
    rig = Rig.build(subject, store, secrets)
    outcome = await rig.exercise(fault)
    check(outcome, [a.secret for a in subject.accounts])


@pytest.mark.parametrize(("platform", "fault"), BLIP_CASES,
                         ids=[f"{n}-{f.name}" for n, f in BLIP_CASES])
async def test_a_blip_is_retried_in_place(
        platform: str, fault: Fault, store: Store, secrets: Secrets,
        fast_sleep: list[float]) -> None:
    subject = SUBJECTS[platform]()
    rig = Rig.build(subject, store, secrets)
    outcome = await rig.exercise(fault, primed=True)  # a blip on a read, not on the sign-in
    assert outcome.faulty.ok, outcome.faulty.error
    assert outcome.failures == 0 and outcome.faulty.inserted > 0
