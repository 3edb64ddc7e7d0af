"""Answering mail through real servers: aiosmtpd receives, pymap files the copy in Sent.
Replies must thread in the customer's mail program and never leave twice."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from app.secrets import Secrets
from connectors.email import EmailConnector
from connectors.email.imap import Imap
from connectors.errors import (
    AuthExpired,
    BadPayload,
    NotSupported,
    PlatformUnavailable,
    SendOutcomeUnknown,
)
from tests.connectors.mail_servers import (  # noqa: F401 - the fixtures
    Mailbox,
    mail_servers_fixture,
    mailbox_fixture,
)

PARENT = (b"From: =?UTF-8?Q?Siti_N=C3=BAr?= <siti@example.id>\r\n"
          b"Reply-To: Siti Orders <orders@example.id>\r\n"
          b"To: support@brand.test\r\n"
          b"Subject: RE: Pesanan #42 =?UTF-8?B?5rOo5paH?=\r\n"
          b"Message-ID: <p3@example.id>\r\n"
          b"In-Reply-To: <p2@brand.test>\r\n"
          b"References: <p1@example.id> <p2@brand.test>\r\n"
          b"\r\nMasih belum sampai.\r\n")


def received(raw: bytes) -> EmailMessage:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.mark.parametrize("security", ["ssl", "starttls", "none"])
async def test_a_reply_threads_and_is_sent_and_filed_exactly_once(
        mailbox: Mailbox, secrets: Secrets, security: str) -> None:
    mailbox.deliver(PARENT)
    connector = mailbox.connector(secrets, security)
    sent = await connector.reply("<p3@example.id>", "Sudah dikirim 📦 hari ini.", "k1")
    [got] = mailbox.sent()
    assert got.rcpt_tos == ["orders@example.id"] and got.mail_from == mailbox.address
    msg = received(got.data)
    assert sent.platform_id == msg["Message-ID"] == "<serambi.k1@brand.test>"
    assert msg["In-Reply-To"] == "<p3@example.id>"
    assert msg["References"] == "<p1@example.id> <p2@brand.test> <p3@example.id>"
    assert msg["Subject"] == "RE: Pesanan #42 注文"  # one "Re:", not two
    assert msg["To"] == "orders@example.id" and msg["From"] == mailbox.address
    assert msg.get_content().strip() == "Sudah dikirim 📦 hari ini."
    [copy] = mailbox.folder("Sent")
    assert received(copy)["Message-ID"] == sent.platform_id
    assert "\\Answered" in mailbox.flags("INBOX", "<p3@example.id>")
    assert "\\Seen" in mailbox.flags("Sent", sent.platform_id)


async def test_the_same_key_is_never_sent_twice(mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.deliver(PARENT)
    connector = mailbox.connector(secrets)
    assert await connector.find_sent("<p3@example.id>", "k2") is None
    first = await connector.reply("<p3@example.id>", "Once.", "k2")
    found = await connector.find_sent("<p3@example.id>", "k2")
    assert found is not None and found.platform_id == first.platform_id
    again = await connector.reply("<p3@example.id>", "Once.", "k2")  # e.g. after a crash
    assert again == first and len(mailbox.sent()) == 1
    await connector.reply("<p3@example.id>", "A second answer.", "k3")
    assert len(mailbox.sent()) == 2


async def test_a_connection_lost_after_data_is_an_unknown_outcome(
        mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.deliver(PARENT)
    mailbox.servers.smtp.drop_after_data = True
    with pytest.raises(SendOutcomeUnknown, match="may have been sent"):
        await mailbox.connector(secrets).reply("<p3@example.id>", "Hello?", "k4")
    assert len(mailbox.sent()) == 1  # it did arrive; the outbox asks the user to check
    assert mailbox.folder("Sent") == []


async def test_a_provider_that_files_sent_mail_itself_gets_no_second_copy(
        mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.deliver(PARENT)
    mailbox.servers.smtp.auto_file = lambda raw: mailbox.deliver(raw, "Sent", "\\Seen")
    mailbox.servers.smtp.drop_after_data = True
    connector = mailbox.connector(secrets)
    with pytest.raises(SendOutcomeUnknown):
        await connector.reply("<p3@example.id>", "Filed by the provider.", "k10")
    # After the crash the outbox asks find_sent, which finds the provider's copy.
    found = await connector.find_sent("<p3@example.id>", "k10")
    assert found is not None and found.platform_id == "<serambi.k10@brand.test>"
    mailbox.servers.smtp.drop_after_data = False
    await connector.reply("<p3@example.id>", "And one more.", "k11")
    assert len(mailbox.sent()) == 2 and len(mailbox.folder("Sent")) == 2


@pytest.mark.parametrize("answer, error", [("451 4.3.0 Try again later", PlatformUnavailable),
                                           ("554 5.7.1 Looks like spam", NotSupported)])
async def test_refusals_are_temporary_or_final(mailbox: Mailbox, secrets: Secrets,
                                               answer: str, error: type[Exception]) -> None:
    mailbox.deliver(PARENT)
    mailbox.servers.smtp.data_reply = answer
    with pytest.raises(error, match=answer.split()[0]):
        await mailbox.connector(secrets).reply("<p3@example.id>", "Hi", "k5")
    assert mailbox.sent() == [] and mailbox.folder("Sent") == []


async def test_a_refused_smtp_sign_in_says_so(mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.deliver(PARENT)
    mailbox.servers.smtp.passwords[mailbox.address] = "changed-on-the-server"
    with pytest.raises(AuthExpired, match=r"SMTP server .* refused the sign-in"):
        await mailbox.connector(secrets).reply("<p3@example.id>", "Hi", "k6")
    assert mailbox.sent() == []


async def test_answering_our_own_mail_follows_up_with_its_recipients(
        mailbox: Mailbox, secrets: Secrets) -> None:
    ours = (f"From: Brand <{mailbox.address}>\r\nTo: Budi <budi@example.id>\r\n"
            f"Cc: {mailbox.address}, boss@example.id\r\nSubject: Your refund\r\n"
            "Message-ID: <ours@brand.test>\r\n\r\nRefund on its way.\r\n").encode()
    mailbox.deliver(ours, "Sent")
    await mailbox.connector(secrets).reply("<ours@brand.test>", "Did it arrive?", "k7")
    [got] = mailbox.sent()
    assert got.rcpt_tos == ["budi@example.id", "boss@example.id"]
    assert received(got.data)["Subject"] == "Re: Your refund"


async def test_mail_without_a_message_id_can_be_answered(mailbox: Mailbox,
                                                         secrets: Secrets) -> None:
    mailbox.deliver(b"From: Ana <ana@example.org>\r\nSubject: no id\r\n\r\nhelp\r\n")
    connector = mailbox.connector(secrets)
    [item] = (await connector.fetch("mail", None)).items
    await connector.reply(item.platform_id, "Here to help.", "k8")
    msg = received(mailbox.sent()[0].data)
    assert msg["To"] == "Ana <ana@example.org>" and msg["In-Reply-To"] is None
    assert msg["Subject"] == "Re: no id"


async def test_an_unreadable_folder_list_falls_back_to_the_settings(
        mailbox: Mailbox, secrets: Secrets, monkeypatch: pytest.MonkeyPatch) -> None:
    mailbox.deliver(PARENT)
    monkeypatch.setattr(Imap, "folders", lambda self: {})  # a LIST answer we cannot parse
    sent = await mailbox.connector(secrets).reply("<p3@example.id>", "Still works.", "k12")
    assert len(mailbox.sent()) == 1
    assert [received(m)["Message-ID"] for m in mailbox.folder("Sent")] == [sent.platform_id]


async def test_a_vanished_mail_cannot_be_answered(mailbox: Mailbox, secrets: Secrets) -> None:
    with pytest.raises(BadPayload, match="no longer on the server"):
        await mailbox.connector(secrets).reply("<gone@example.org>", "Hi", "k9")
    assert mailbox.sent() == []


async def test_mark_read_sets_the_seen_flag(mailbox: Mailbox, secrets: Secrets) -> None:
    mailbox.deliver(PARENT)
    connector = mailbox.connector(secrets)
    assert "\\Seen" not in mailbox.flags("INBOX", "<p3@example.id>")
    await connector.mark_read("<p3@example.id>")
    assert "\\Seen" in mailbox.flags("INBOX", "<p3@example.id>")
    with pytest.raises(BadPayload):
        await connector.mark_read("<p3@example")  # a prefix is not the mail


async def test_verify_signs_in_to_both_servers_and_counts(mailbox: Mailbox,
                                                          secrets: Secrets) -> None:
    mailbox.deliver(PARENT)
    mailbox.deliver(PARENT.replace(b"<p3@", b"<p4@"), flags="\\Seen")
    said = await mailbox.connector(secrets, "ssl").verify()
    assert said == (f"Signed in as {mailbox.address} on 127.0.0.1, reading INBOX "
                    "(2 messages, 1 unread); signed in to 127.0.0.1, so replies can be sent "
                    "and are filed in 'Sent'; mail can be marked read")
    assert mailbox.sent() == []  # nothing was sent to check
    with pytest.raises(NotSupported, match=r"'Support' is not on 127\.0\.0\.1"):
        await mailbox.connector(secrets, folders=["INBOX", "Support"]).verify()
    mailbox.servers.smtp.passwords[mailbox.address] = "changed"
    with pytest.raises(AuthExpired):
        await mailbox.connector(secrets).verify()


async def test_non_ascii_passwords_sign_in_with_sasl_plain(mailbox: Mailbox,
                                                           secrets: Secrets) -> None:
    address = mailbox.servers.new_address()
    mailbox.servers.add_user(address, "kata-sandi-rahasia-ünï-密码")
    other = Mailbox(mailbox.servers, address, "kata-sandi-rahasia-ünï-密码")
    connector: EmailConnector = other.connector(secrets, "starttls")
    assert (await connector.verify()).startswith(f"Signed in as {address}")
