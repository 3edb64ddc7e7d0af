"""The email connector against its real servers (pymap, aiosmtpd), two accounts, one behind a
proxy that misbehaves: refused and stalled connections, a connection cut mid-answer, garbage
instead of IMAP, a password the server no longer takes. A clear error on that account only,
the right wait, the other account syncing, and recovery once the fault clears."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.secrets import Secrets
from app.store import Store
from connectors import errors
from connectors.email import EmailConnector
from tests.connectors.mail_servers import (  # noqa: F401 - the fixtures
    HOST,
    Mailbox,
    MailServers,
    mail_servers_fixture,
)
from tests.reliability.faults import Fault
from tests.reliability.harness import AccountSpec, Rig, Subject, check
from tests.reliability.mail_proxy import MailProxy, proxy

FAULTS = (
    Fault("refused connection", expect=errors.PlatformUnavailable),
    Fault("stalled server", expect=errors.PlatformUnavailable),
    Fault("connection cut mid-answer", expect=errors.ConnectorError),
    Fault("garbage instead of IMAP", expect=errors.ConnectorError),
    Fault("password refused", expect=errors.AuthExpired),
)
MODE = {"refused connection": "refuse", "stalled server": "stall",
        "connection cut mid-answer": "cut", "garbage instead of IMAP": "garbage"}


def new_box(servers: MailServers) -> Mailbox:
    box = Mailbox(servers, servers.new_address(), "pw-reliability-77")
    servers.add_user(box.address, box.password)
    box.create("Sent")
    return box


@dataclass
class EmailRig(Rig):
    proxy_: MailProxy | None = None
    password: str = ""

    def switch(self, fault: Fault | None) -> None:
        assert self.proxy_ is not None
        name = fault.name if fault else ""
        self.proxy_.mode = MODE.get(name, "pass")
        with self.store.read() as conn:
            ref = conn.exec_driver_sql("SELECT secret_ref FROM accounts WHERE id = ?",
                                       (self.ids[0],)).scalar_one()
        self.secrets.set(ref, "not-the-password" if name == "password refused"
                         else self.password)


@pytest.fixture
def boxes(mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch
          ) -> Iterator[tuple[Mailbox, Mailbox, MailProxy]]:
    monkeypatch.setattr("connectors.email.session.TIMEOUT", 1.0)  # a stall ends quickly
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_servers.ca_file))
    with proxy((HOST, mail_servers.imap_ports.plain)) as running:
        yield new_box(mail_servers), new_box(mail_servers), running


def subject(a: Mailbox, b: Mailbox, via: MailProxy) -> Subject:
    count = [0]

    def grow() -> None:
        for box in (a, b):
            count[0] += 1
            box.deliver(f"From: ani@kopi.example\r\nSubject: pesanan {count[0]}\r\n"
                        f"Message-ID: <m{count[0]}@kopi.example>\r\n\r\nbelum sampai\r\n"
                        .encode())

    settings: list[dict[str, Any]] = [a.settings(imap_port=via.port), b.settings()]
    accounts = (AccountSpec(a.address, "", a.password, settings[0]),
                AccountSpec(b.address, "", b.password, settings[1]))
    unused = httpx.MockTransport(lambda r: httpx.Response(500))
    return Subject("email", EmailConnector, unused, accounts, grow)  # type: ignore[arg-type]


# After a connection cut mid-answer one imaplib socket is sometimes left to the garbage
# collector (seen once per run through the engine, not reproduced through fetch() alone);
# its ResourceWarning is collected here, inside the test that caused it.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
async def test_a_mail_server_fault_stays_on_its_account_and_clears(
        fault: Fault, boxes: tuple[Mailbox, Mailbox, MailProxy], store: Store,
        secrets: Secrets) -> None:
    a, b, via = boxes
    built = Rig.build(subject(a, b, via), store, secrets)
    rig = EmailRig(**{f: getattr(built, f) for f in (
        "subject", "store", "secrets", "transport", "engine", "ids")},
        proxy_=via, password=a.password)
    outcome = await rig.exercise(fault)
    gc.collect()
    check(outcome, [a.password, b.password])
