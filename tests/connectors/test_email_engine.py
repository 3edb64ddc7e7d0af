"""End to end through the real engine: an email account added as the CLI would, synced from
pymap into the store, a reply queued in the outbox and sent once through aiosmtpd."""

from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.accounts import add_account, check_account
from app.cli.main import main
from app.models import OutboxAction
from app.outbox import Outbox
from app.secrets import Secrets
from app.store import Store
from app.sync import SyncEngine
from tests.connectors.mail_servers import (  # noqa: F401 - the fixtures
    Mailbox,
    mail_servers_fixture,
    mailbox_fixture,
)

SEED = [
    b"From: =?UTF-8?B?44GV44GP44KJ?= <sakura@example.jp>\r\nSubject: =?UTF-8?B?6L+U5ZOB?=\r\n"
    b"Message-ID: <root@example.jp>\r\nDate: Mon, 02 Nov 2026 09:00:00 +0900\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"6L+U5ZOB44GX44Gf44GE44Gn44GZ\r\n",
    b"From: andre@example.fr\r\nSubject: caf\xc3\xa9\r\nMessage-ID: <qp@example.fr>\r\n"
    b"Date: Mon, 02 Nov 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=latin-1\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\nTr=E8s bien, merci.\r\n",
    b"From: shop@example.com\r\nSubject: Newsletter\r\nMessage-ID: <html@example.com>\r\n"
    b"Date: Mon, 02 Nov 2026 11:00:00 +0000\r\nContent-Type: text/html\r\n\r\n"
    b"<p>Big <b>sale</b></p><script>x()</script>\r\n",
    b"From: broken@example.org\r\nSubject: charset\r\nMessage-ID: <cs@example.org>\r\n"
    b"Date: Mon, 02 Nov 2026 12:00:00 +0000\r\n"
    b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nbad \xff byte\r\n",
    b"Subject: no sender at all\r\nMessage-ID: <nofrom@example.org>\r\n\r\n?\r\n",
    b"From: =?UTF-8?B?44GV44GP44KJ?= <sakura@example.jp>\r\nSubject: Re: =?UTF-8?B?6L+U5ZOB?=\r\n"
    b"Message-ID: <second@example.jp>\r\nIn-Reply-To: <root@example.jp>\r\n"
    b"References: <root@example.jp>\r\nDate: Mon, 02 Nov 2026 13:00:00 +0900\r\n\r\n"
    b"Any news?\r\n",
]


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


async def test_sync_reply_and_mark_read_through_the_engine(mailbox: Mailbox, store: Store,
                                                           secrets: Secrets) -> None:
    for raw in SEED:
        mailbox.deliver(raw)
    # A reply written in another mail program, read from Sent.
    mailbox.deliver(f"From: {mailbox.address.upper()}\r\nTo: andre@example.fr\r\n"
                    "Subject: Re: caf\xe9\r\nMessage-ID: <elsewhere@brand.test>\r\n"
                    "In-Reply-To: <qp@example.fr>\r\n\r\nDe rien.\r\n".encode(), "Sent")
    handle = mailbox.address.capitalize()  # as the user typed it
    account = add_account(store, secrets, "email", handle, secret=mailbox.password,
                          settings=mailbox.settings("starttls", folders=["INBOX", "Sent"],
                                                    username=mailbox.address))
    engine = SyncEngine(store, secrets)
    [report] = await engine.run_once()
    assert report.ok and (report.inserted, len(report.rejected)) == (6, 1), report
    assert "no sender address" in report.rejected[0]
    texts = dict(rows(store, "select platform_id, text from messages"))
    assert texts["<root@example.jp>"] == "返品したいです"
    assert texts["<qp@example.fr>"].strip() == "Très bien, merci."
    assert texts["<html@example.com>"] == "Big sale"
    assert texts["<cs@example.org>"].strip() == "bad \ufffd byte"
    [(cid, count)] = rows(store, "select c.id, c.message_count from conversations c join "
                                 "messages m on m.conversation_id = c.id "
                                 "where m.platform_id = '<second@example.jp>'")
    assert count == 2  # the customer's follow-up joined the first mail's conversation

    Outbox(store, "Sari").queue_reply(int(str(cid)), "Kami sudah mengirim label retur.")
    [report] = await engine.run_once()
    assert report.ok and report.sent == 1
    [got] = mailbox.sent()
    msg = message_from_bytes(got.data, policy=policy.default)
    assert got.rcpt_tos == ["sakura@example.jp"]
    assert msg["In-Reply-To"] == "<second@example.jp>"
    assert msg["References"] == "<root@example.jp> <second@example.jp>"
    assert msg["Subject"] == "Re: 返品"

    [report] = await engine.run_once()  # reads our reply back from Sent: the same message
    assert report.ok and report.sent == 0 and len(mailbox.sent()) == 1
    [(count,)] = rows(store, f"select message_count from conversations where id = {cid}")
    assert count == 3
    [(direction,)] = rows(store, "select direction from messages where platform_id = "
                                 f"'{msg['Message-ID']}'")
    assert direction == "outbound"
    # Our replies, sent here or from another mail program, are all from one member.
    assert rows(store, "select distinct m.remote_id from messages join members m "
                       "on m.id = messages.author_id where direction = 'outbound'") == \
        [(handle,)]

    Outbox(store, "Sari").queue_action(int(str(cid)), OutboxAction.MARK_READ)
    [report] = await engine.run_once()
    assert report.sent == 1 and "\\Seen" in mailbox.flags("INBOX", "<second@example.jp>")
    checked = await check_account(store, secrets, account.id)
    assert checked.ok and "INBOX (6 messages" in checked.message


def test_the_cli_adds_and_tests_a_mailbox(mailbox: Mailbox, data_dir: Path, capsys: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    s = mailbox.settings("ssl")
    monkeypatch.setattr("sys.stdin", io.StringIO(mailbox.password + "\n"))
    code = main(["accounts", "add", "email", "--address", mailbox.address,
                 "--imap-host", s["imap_host"], "--imap-port", str(s["imap_port"]),
                 "--smtp-host", s["smtp_host"], "--smtp-port", str(s["smtp_port"]),
                 "--folders", "INBOX,Sent", "--password-stdin"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Added account #1: email" in out
    code = main(["accounts", "test", "1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "reading INBOX (0 messages, 0 unread), Sent (0 messages" in out
    assert mailbox.password not in out + err
