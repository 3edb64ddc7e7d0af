"""Reading a real IMAP server (pymap): pages, the UID cursor, renumbered folders, unreadable
mail, sign-in and network failures."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from app.models import Direction, MessageKind
from app.secrets import Secrets
from connectors.base import Page
from connectors.email import EmailConnector, inbox, session
from connectors.email.api_types import FetchedMail
from connectors.email.imap import Imap
from connectors.errors import AuthExpired, BadPayload, NotSupported, PlatformUnavailable
from tests.connectors.mail_servers import (  # noqa: F401 - the fixtures
    Mailbox,
    mail_servers_fixture,
    mailbox_fixture,
)
from tests.connectors.paging import fetch_all, ids


def mail(n: int, sender: str = "customer@example.org", **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@brand.test"
    msg["Subject"] = headers.pop("subject", f"question {n}")
    msg["Date"] = f"Mon, 02 Nov 2026 09:{n % 60:02d}:00 +0700"
    msg["Message-ID"] = headers.pop("message_id", f"<q{n}@example.org>")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(f"body of question {n}")
    return msg.as_bytes()


async def drain(connector: EmailConnector, cursor: str | None) -> tuple[list[Page], str | None]:
    return await fetch_all(connector, "mail", cursor)


async def test_pages_then_resume_from_the_cursor_without_skips_or_doubles(
        mailbox: Mailbox, secrets: Secrets, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbox, "BATCH", 2)
    for n in range(5):
        mailbox.deliver(mail(n))
    connector = mailbox.connector(secrets)
    pages, cursor = await drain(connector, None)
    assert [len(p.items) for p in pages] == [2, 2, 1, 0]
    assert [p.more for p in pages] == [True, True, True, False]
    assert ids(pages) == [f"<q{n}@example.org>" for n in range(5)]
    [(validity, last)] = json.loads(cursor or "").values()
    assert validity > 0 and last > 0
    for n in range(5, 8):
        mailbox.deliver(mail(n))
    more, _ = await drain(connector, cursor)
    assert ids(more) == [f"<q{n}@example.org>" for n in range(5, 8)]
    again, _ = await drain(connector, cursor)  # the same cursor twice gives the same mail
    assert ids(again) == ids(more)


async def test_an_empty_mailbox_gives_one_empty_last_page(mailbox: Mailbox,
                                                           secrets: Secrets) -> None:
    page = await mailbox.connector(secrets).fetch("mail", None)
    assert (list(page.items), page.more, list(page.rejected)) == ([], False, [])
    assert page.cursor is not None and "INBOX" in json.loads(page.cursor)
    with pytest.raises(NotSupported):
        await mailbox.connector(secrets).fetch("timeline", None)


async def test_a_renumbered_folder_is_read_again_without_new_ids(
        mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.create("Support")
    mailbox.deliver(mail(1), "Support")
    mailbox.deliver(b"From: a@example.org\r\nSubject: no id\r\n\r\nplain\r\n", "Support")
    connector = mailbox.connector(secrets, folders=["Support"])
    first, cursor = await drain(connector, None)
    # The server rebuilt the folder: new UIDVALIDITY, the same mails, one more.
    mailbox.delete("Support")
    mailbox.create("Support")
    mailbox.deliver(mail(1), "Support")
    mailbox.deliver(b"From: a@example.org\r\nSubject: no id\r\n\r\nplain\r\n", "Support")
    mailbox.deliver(mail(2), "Support")
    second, new_cursor = await drain(connector, cursor)
    assert ids(second)[:2] == ids(first) and len(ids(second)) == 3
    assert ids(first)[1].startswith("nomsgid:")  # a hash of the mail: the same both times
    assert json.loads(new_cursor or "")["Support"][0] != json.loads(cursor or "")["Support"][0]


async def test_folders_with_non_ascii_names(mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.create("Entw&APw-rfe")  # "Entwürfe", as the server spells it (RFC 3501 5.1.3)
    mailbox.deliver(mail(1), "Entw&APw-rfe")
    connector = mailbox.connector(secrets, folders=["Entwürfe"])
    pages, cursor = await drain(connector, None)
    assert ids(pages) == ["<q1@example.org>"] and pages[0].items[0].extra["folder"] == "Entwürfe"
    assert list(json.loads(cursor or "")) == ["Entwürfe"]


async def test_unreadable_mail_is_rejected_alone_and_the_cursor_moves_on(
        mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.deliver(mail(1))
    mailbox.deliver(b"Subject: who sent this?\r\nMessage-ID: <nofrom@x>\r\n\r\nno sender\r\n")
    mailbox.deliver(mail(3))
    pages, cursor = await drain(mailbox.connector(secrets), None)
    assert ids(pages) == ["<q1@example.org>", "<q3@example.org>"]
    [(where, why)] = [r for p in pages for r in p.rejected]
    assert where.startswith("INBOX UID") and "no sender address" in why
    later, _ = await drain(mailbox.connector(secrets), cursor)
    assert ids(later) == [] and not any(p.rejected for p in later)


async def test_a_mail_the_server_refuses_to_send_is_rejected_alone(
        mailbox: Mailbox, secrets: Secrets, monkeypatch: pytest.MonkeyPatch) -> None:
    uids = [mailbox.deliver(mail(n)) for n in range(3)]
    real_fetch = Imap.fetch

    def refusing(self: Imap, wanted: list[int], items: str) -> dict[int, FetchedMail]:
        if uids[1] in wanted and "BODY" in items:  # as Dovecot does for a damaged file
            raise BadPayload("the IMAP server refused to send messages (NO corrupted)")
        return real_fetch(self, wanted, items)

    monkeypatch.setattr(Imap, "fetch", refusing)
    pages, _ = await drain(mailbox.connector(secrets), None)
    assert ids(pages) == ["<q0@example.org>", "<q2@example.org>"]
    assert [r for p in pages for r in p.rejected] == [
        (f"INBOX UID {uids[1]}", "the IMAP server refused to send messages (NO corrupted)")]


async def test_a_missing_folder_is_reported_while_the_others_sync(mailbox: Mailbox,
                                                                  secrets: Secrets) -> None:
    mailbox.deliver(mail(1))
    connector = mailbox.connector(secrets, folders=["Nope", "INBOX"])
    pages, _ = await drain(connector, None)
    assert ids(pages) == ["<q1@example.org>"]
    assert [r[0] for r in pages[-1].rejected] == ["folder Nope"]


async def test_flags_and_our_own_mail(mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.deliver(mail(1), flags="\\Deleted \\Seen")
    mailbox.deliver(mail(2, sender=f"Brand Support <{mailbox.address.upper()}>"), "Sent")
    connector = mailbox.connector(secrets, folders=["INBOX", "Sent"])
    pages, _ = await drain(connector, None)
    items = {i.platform_id: i for p in pages for i in p.items}
    deleted, ours = items["<q1@example.org>"], items["<q2@example.org>"]
    assert deleted.deleted and deleted.extra["seen"] == "yes"
    assert deleted.direction == Direction.INBOUND and deleted.kind == MessageKind.EMAIL
    assert ours.direction == Direction.OUTBOUND and ours.extra["folder"] == "Sent"


@pytest.mark.parametrize("security", ["ssl", "starttls", "none"])
async def test_every_security_mode_reads_mail(mailbox: Mailbox, secrets: Secrets,
                                              security: str) -> None:
    mailbox.deliver(mail(1))
    page = await mailbox.connector(secrets, security).fetch("mail", None)
    assert ids([page]) == ["<q1@example.org>"]


async def test_an_untrusted_certificate_is_refused(mailbox: Mailbox, secrets: Secrets,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    connector = mailbox.connector(secrets, "ssl")
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")  # the test CA is not trusted
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent")
    with pytest.raises(PlatformUnavailable, match="certificate that could not be verified"):
        await connector.fetch("mail", None)


async def test_a_wrong_password_says_so(mailbox: Mailbox, secrets: Secrets) -> None:
    connector = mailbox.connector(secrets, password="not-it")
    with pytest.raises(AuthExpired, match="refused the sign-in") as caught:
        await connector.fetch("mail", None)
    assert "not-it" not in str(caught.value)


async def test_unreachable_and_silent_servers_are_unavailable(
        mailbox: Mailbox, secrets: Secrets, monkeypatch: pytest.MonkeyPatch,
        silent_port: int) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with pytest.raises(PlatformUnavailable, match="refused the connection"):
        await mailbox.connector(secrets, imap_port=closed).fetch("mail", None)
    monkeypatch.setattr(session, "TIMEOUT", 0.3)
    with pytest.raises(PlatformUnavailable, match="did not answer in time"):
        await mailbox.connector(secrets, imap_port=silent_port).fetch("mail", None)


def test_settings_that_cannot_work_are_refused_plainly(mailbox: Mailbox,
                                                       secrets: Secrets) -> None:
    connector = mailbox.connector(secrets, imap_host="imap.example.org")  # plain, not local
    with pytest.raises(NotSupported, match="without encryption"):
        connector._account()
    with pytest.raises(NotSupported, match="port must be a number"):
        mailbox.connector(secrets, smtp_port="smtp")._account()


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A server that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(2)
    for conn in accepted:
        conn.close()
    listener.close()
