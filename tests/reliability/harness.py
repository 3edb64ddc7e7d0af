"""Drive any connector through the real SyncEngine with two accounts while one account's
host misbehaves, then check what a user would see: a clear error on that account alone,
the right wait before the next poll, the other account syncing, and recovery once the
fault clears.

A connector joins by describing itself as a `Subject`: its factory, the transport of its
fake (serving both accounts' hosts) and a `grow` that gives both accounts something new.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import select

from app.accounts import add_account
from app.models import SYNC_STATE
from app.secrets import Secrets
from app.store import Store
from app.sync import AccountReport, SyncEngine
from app.timeutil import as_utc
from connectors import errors
from connectors.base import ConnectorFactory
from tests.reliability.faults import Fault, FaultTransport


@dataclass
class AccountSpec:
    handle: str
    server_url: str
    secret: str
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class Subject:
    platform: str
    factory: ConnectorFactory
    inner: httpx.AsyncBaseTransport
    accounts: tuple[AccountSpec, AccountSpec]  # the first is the one that meets faults
    grow: Callable[[], None]  # something new on both accounts' platforms

    @property
    def faulty_host(self) -> str:
        return httpx.URL(self.accounts[0].server_url).host


class WatchedEngine(SyncEngine):
    """The real engine, remembering the exception each account's fetch raised."""

    raised: dict[int, BaseException]

    async def _drain(self, connector: Any, account: Any, stream: str,
                     report: AccountReport) -> None:
        try:
            await super()._drain(connector, account, stream, report)
        except BaseException as exc:
            self.raised[account.id] = exc
            raise


@dataclass
class Outcome:
    fault: Fault
    faulty: AccountReport
    other: AccountReport
    raised: BaseException | None
    failures: int
    waited: float | None  # seconds from the recorded error to the next poll
    recovered: AccountReport
    failures_after: int


@dataclass
class Rig:
    subject: Subject
    store: Store
    secrets: Secrets
    transport: FaultTransport
    engine: WatchedEngine
    ids: tuple[int, int]

    @classmethod
    def build(cls, subject: Subject, store: Store, secrets: Secrets) -> Rig:
        from connectors import registry

        registry.register(subject.platform, subject.factory)
        ids = tuple(add_account(store, secrets, subject.platform, a.handle,
                                server_url=a.server_url, settings=a.settings,
                                secret=a.secret).id for a in subject.accounts)
        transport = FaultTransport(subject.inner, subject.faulty_host)
        engine = WatchedEngine(store, secrets, factory_for=lambda _: subject.factory,
                               client_factory=lambda: httpx.AsyncClient(transport=transport))
        engine.raised = {}
        return cls(subject, store, secrets, transport, engine, (ids[0], ids[1]))

    def switch(self, fault: Fault | None) -> None:
        """Start (or, with None, clear) the fault on the first account."""
        self.transport.set(fault)

    async def cycle(self, account_ids: Sequence[int] | None = None) -> dict[int, AccountReport]:
        self.engine.raised = {}
        return {r.account_id: r for r in await self.engine.run_once(account_ids)}

    def state(self) -> tuple[int, str, datetime | None, datetime | None]:
        """(failures, last error, when it was recorded, next poll) of the faulty account."""
        with self.store.read() as conn:
            rows = conn.execute(select(SYNC_STATE).where(
                SYNC_STATE.c.account_id == self.ids[0])).all()
        worst = max(rows, key=lambda r: r.failures)
        return worst.failures, worst.last_error, worst.last_error_at, worst.next_poll_at

    async def exercise(self, fault: Fault, primed: bool = False) -> Outcome:
        """`primed`: one clean cycle first, so the fault meets a signed-in account (else it
        meets the very first sign-in)."""
        if primed:
            self.subject.grow()
            reports = await self.cycle()
            assert all(r.ok for r in reports.values()), reports
        self.subject.grow()
        self.switch(fault)
        reports = await self.cycle()
        failures, _, at, next_poll = self.state()
        waited = None
        if at is not None and next_poll is not None and failures:
            waited = (as_utc(next_poll) - as_utc(at)).total_seconds()
        raised = self.engine.raised.get(self.ids[0])
        self.switch(None)
        self.subject.grow()
        recovered = (await self.cycle([self.ids[0]]))[self.ids[0]]
        return Outcome(fault, reports[self.ids[0]], reports[self.ids[1]], raised, failures,
                       waited, recovered, self.state()[0])


def check(outcome: Outcome, secrets: Iterable[str]) -> None:
    """What a user must see for this fault; raises AssertionError naming what is wrong."""
    fault, faulty = outcome.fault, outcome.faulty
    name = fault.name
    assert outcome.other.ok and outcome.other.inserted > 0, \
        f"{name}: the other account stopped syncing: {outcome.other.error}"
    if fault.expect is not None:
        assert faulty.error, f"{name}: no error shown on the account"
        expected: tuple[type[BaseException], ...] = (fault.expect,)
        if fault.expect is errors.PlatformUnavailable:
            # A sign-in is a POST: its broken connection is said as "outcome unknown" by
            # connectors/http.write; still typed, still backed off like any outage.
            expected += (errors.SendOutcomeUnknown,)
        assert isinstance(outcome.raised, expected), \
            f"{name}: raised {outcome.raised!r}, expected {fault.expect.__name__}"
        assert outcome.waited is not None and \
            fault.wait[0] <= outcome.waited <= fault.wait[1], \
            f"{name}: next poll in {outcome.waited} s, expected {fault.wait}"
    elif faulty.error:  # a mangled page may be refused, but only with a typed error
        assert isinstance(outcome.raised, errors.ConnectorError), \
            f"{name}: untyped {outcome.raised!r}"
    if faulty.error:
        _plain(faulty.error, name, secrets)
    for reason in faulty.rejected:
        _plain(reason, name, secrets, limit=2000)
    assert outcome.recovered.ok and outcome.failures_after == 0, \
        f"{name}: did not recover: {outcome.recovered.error}"
    assert outcome.recovered.inserted > 0, f"{name}: nothing new after recovery"


def _plain(text: str, name: str, secrets: Iterable[str], limit: int = 600) -> None:
    assert not text.startswith("unexpected error"), f"{name}: untyped failure: {text[:300]}"
    assert "Traceback" not in text and len(text) <= limit, f"{name}: unreadable: {text[:300]}"
    for secret in secrets:
        assert secret not in text, f"{name}: a secret is in the error"
