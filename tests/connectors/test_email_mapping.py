"""Mail as the inbox shows it: encodings, charsets, HTML, attachments, threads, dates.
Raw messages are written out by hand, as senders' programs really send them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.items import validate
from app.models import Direction
from connectors.email.html_text import html_to_text
from connectors.email.mapping import MalformedMail, Where, to_item

HEADERS = st.sampled_from([b"From", b"To", b"Subject", b"Date", b"Message-ID", b"References",
                           b"In-Reply-To", b"Content-Type", b"Content-Transfer-Encoding",
                           b"Reply-To", b"Content-Disposition", b"Content-Language"])
VALUES = st.one_of(st.binary(max_size=60), st.sampled_from([
    b"=?utf-8?q?=FF?=", b'"a" <b@c>', b"<>", b"multipart/mixed; boundary=x", b"base64",
    b"quoted-printable", b"=?x?b?!!?=", b"a@b, (c", b'text/html; charset="\\',
    b"attachment; filename*=x''%ff"]))

WHERE = Where("INBOX", 77, 5, datetime(2026, 11, 2, 3, 4, 5, tzinfo=UTC), frozenset())
US = "support@brand.test"


def item(raw: bytes, where: Where = WHERE):  # type: ignore[no-untyped-def]
    return validate(to_item(raw.replace(b"\n", b"\r\n"), where, US))


def test_non_latin_headers_and_a_base64_body() -> None:
    raw = (b"From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <Taro@Example.JP>\n"
           b"To: support@brand.test\n"
           b"Subject: =?UTF-8?Q?=E6=B3=A8=E6=96=87_=F0=9F=93=A6_?= =?UTF-8?B?2YXYsdit2KjYpw==?=\n"
           b"Date: Mon, 02 Nov 2026 09:15:00 +0900\n"
           b"Message-ID: <jp-1@example.jp>\n"
           b"Content-Language: ja\n"
           b"MIME-Version: 1.0\n"
           b"Content-Type: text/plain; charset=utf-8\n"
           b"Content-Transfer-Encoding: base64\n\n"
           b"6I2354mp44Gv44Gp44GT44Gn44GZ44GL77yfIFRlcmltYSBrYXNpaCDwn5mPINmF2LHYrdio2Kc=\n")
    got = item(raw)
    assert got.author is not None
    assert (got.author.remote_id, got.author.name) == ("taro@example.jp", "山田 太郎")
    assert got.subject == "注文 📦 مرحبا"
    assert got.text == "荷物はどこですか？ Terima kasih 🙏 مرحبا"
    assert got.created_at == datetime(2026, 11, 2, 0, 15, tzinfo=UTC)
    assert (got.platform_id, got.thread_id, got.parent_id) == ("<jp-1@example.jp>",) * 2 + (None,)
    assert (got.language, got.is_direct, got.direction) == ("ja", True, Direction.INBOUND)
    assert got.extra["to"] == US and got.extra["folder"] == "INBOX" and got.extra["uid"] == "5"


def test_quoted_printable_in_a_legacy_charset() -> None:
    raw = (b"From: Andr\xe9 <andre@example.fr>\nSubject: =?iso-8859-1?q?caf=E9?=\n"
           b"Message-ID: <fr@x>\nContent-Type: text/plain; charset=windows-1252\n"
           b"Content-Transfer-Encoding: quoted-printable\n\n"
           b"Le caf=E9 co=FBte 3 =80, merci =\nbeaucoup.\n")
    got = item(raw)
    assert got.text.strip() == "Le café coûte 3 €, merci beaucoup."
    assert got.subject == "café"


def test_html_only_mail_becomes_text_and_keeps_its_html() -> None:
    html = (b"<html><head><style>p{color:red}</style><title>x</title></head><body>"
            b"<p>Hello&nbsp;<b>team</b>,</p><p>my order\n#42 is <i>late</i>.</p>"
            b"<script>alert(1)</script><ul><li>one</li><li>two</li></ul>"
            b'<a href="https://evil.example/login">https://bank.example</a>'
            b'<img src="https://tracker.example/p.gif" alt="logo"></body></html>')
    raw = (b"From: a@example.org\nMessage-ID: <h@x>\nMIME-Version: 1.0\n"
           b"Content-Type: text/html; charset=utf-8\n\n" + html + b"\n")
    got = item(raw)
    assert got.text == ("Hello team,\n\nmy order #42 is late.\n\n- one\n- two\n"
                        "https://bank.example (https://evil.example/login)[image: logo]")
    assert got.html is not None and "<script>" in got.html  # kept aside, never rendered


def test_plain_part_is_preferred_and_attachments_are_named_not_opened() -> None:
    raw = (b"From: a@example.org\nMessage-ID: <att@x>\nMIME-Version: 1.0\n"
           b'Content-Type: multipart/mixed; boundary="B1"\n\n--B1\n'
           b'Content-Type: multipart/alternative; boundary="B2"\n\n--B2\n'
           b"Content-Type: text/plain; charset=us-ascii\n\nSee the invoice.\n--B2\n"
           b"Content-Type: text/html\n\n<p>See the <b>invoice</b>.</p>\n--B2--\n--B1\n"
           b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
           b"Content-Disposition: attachment; filename*=UTF-8''faktur%20%E2%84%968.pdf\n\n"
           b"JVBERi0xLjQK\n--B1--\n")
    got = item(raw)
    assert got.text == "See the invoice.\n\n[attachment: faktur №8.pdf]"
    assert got.html is not None and "<b>invoice</b>" in got.html


@pytest.mark.parametrize("content_type, body", [
    (b"text/plain; charset=x-klingon", b"caf\xc3\xa9 \xff ok"),  # unknown charset
    (b"text/plain; charset=utf-8", b"caf\xc3\xa9 \xff ok"),  # declared UTF-8, is not
    (b'text/plain; charset="utf-8\\"', b"caf\xc3\xa9 \xff ok"),  # a mangled parameter
    (b"text/plain; charset=base64", b"caf\xc3\xa9 \xff ok"),  # a codec, not a charset
    (b"text/plain; charset=idna", b"caf\xc3\xa9 \xff ok"),
])
def test_broken_charsets_give_replacement_characters(content_type: bytes, body: bytes) -> None:
    raw = (b"From: a@example.org\nSubject: =?x-unknown?Q?hall=F6?= =?utf-8?B?!!!?=\n"
           b"Message-ID: <cs@x>\nContent-Type: " + content_type + b"\n\n" + body + b"\n")
    got = item(raw)
    assert got.text.strip() == "café \ufffd ok"
    assert "hall" in got.subject


def test_thread_ids_come_from_references_and_in_reply_to() -> None:
    base = b"From: a@example.org\nMessage-ID: <r3@x>\n"
    full = item(base + b"In-Reply-To: <r2@x>\nReferences: <r1@x>\n <r2@x>\n\nhi\n")
    assert (full.thread_id, full.parent_id) == ("<r1@x>", "<r2@x>")
    refs_only = item(base + b"References: <r1@x> <r2@x>\n\nhi\n")
    assert (refs_only.thread_id, refs_only.parent_id) == ("<r1@x>", "<r2@x>")
    irt_only = item(base + b"In-Reply-To: Your message of Monday <r2@x>\n\nhi\n")
    assert (irt_only.thread_id, irt_only.parent_id) == ("<r2@x>", "<r2@x>")
    looped = item(base + b"In-Reply-To: <r3@x>\n\nhi\n")
    assert looped.parent_id is None


def test_missing_message_id_gets_a_stable_content_hash() -> None:
    raw = b"From: a@example.org\nSubject: hi\n\nno id here\n"
    first = item(raw)
    elsewhere = item(raw, Where("Archive", 9, 999, None, frozenset()))
    assert first.platform_id.startswith("nomsgid:") and first.platform_id == elsewhere.platform_id
    assert item(raw + b"changed\n").platform_id != first.platform_id


@pytest.mark.parametrize("date", [b"Thu, 01 Jan 1970 00:00:00 +0000", b"yesterday-ish",
                                  b"Fri, 01 Jan 2100 00:00:00 +0000"])
def test_absurd_dates_fall_back_to_when_the_server_got_it(date: bytes) -> None:
    got = item(b"From: a@example.org\nDate: " + date + b"\nMessage-ID: <d@x>\n\nhi\n")
    assert got.created_at == WHERE.internal_date


def test_a_mail_that_is_only_an_attachment_says_so() -> None:
    got = item(b"From: scanner@example.org\nMessage-ID: <scan@x>\nContent-Type: application/pdf"
               b'\nContent-Disposition: attachment; filename="scan.pdf"\n'
               b"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n")
    assert got.text == "[attachment: scan.pdf]"


def test_our_own_address_is_outbound_whatever_its_case() -> None:
    got = item(b"From: Brand <SUPPORT@Brand.Test>\nMessage-ID: <o@x>\n\nthanks\n")
    assert got.direction == Direction.OUTBOUND


@pytest.mark.parametrize("raw", [b"", b"\n\n", b"Subject: x\n\nno from\n",
                                 b"From: undisclosed-recipients:;\n\nx\n"])
def test_mail_without_a_sender_is_malformed(raw: bytes) -> None:
    with pytest.raises(MalformedMail):
        to_item(raw, WHERE, US)


def test_huge_text_is_shortened_to_fit_the_inbox() -> None:
    got = item(b"From: a@example.org\nMessage-ID: <big@x>\n\n" + b"spam " * 300_000)
    assert len(got.text) < 250_000 and got.text.endswith("[… message shortened]")


def test_html_to_text_edge_cases() -> None:
    assert html_to_text("<pre>a\n  b</pre>x") == "a\nb\nx"  # line breaks kept in <pre>
    assert html_to_text('<a href="mailto:x@y.z">x@y.z</a>') == "x@y.z"
    assert html_to_text('<a href="javascript:alert(1)">click</a>') == "click"
    assert html_to_text("<div><p>unclosed <b>tags &amp; &lt;entities&gt;") == \
        "unclosed tags & <entities>"
    assert html_to_text("<![CDATA[x]]><!-- hidden --><p>shown") == "shown"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(HEADERS, VALUES), max_size=8), st.binary(max_size=200))
def test_hostile_headers_and_bodies_never_break_the_mapping(
        headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    raw = b"From: a@example.org\r\n" + b"".join(
        name + b": " + value.replace(b"\n", b" ").replace(b"\r", b" ") + b"\r\n"
        for name, value in headers) + b"\r\n" + body
    try:
        got = validate(to_item(raw, WHERE, US))
    except MalformedMail:  # the only refusal: no usable sender
        return
    assert got.author is not None and "@" in got.author.remote_id
