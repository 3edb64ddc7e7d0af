"""The small protocol pieces: folder names (RFC 3501 5.1.3), FETCH answers in any order,
INTERNALDATE, the cursor, and the account setup description."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from connectors.email import cursor, mailbox_names
from connectors.email.account import SETUP
from connectors.email.api_types import internal_date, numbers, parse_fetch, uid_set
from connectors.setup import setup_for


@pytest.mark.parametrize("readable, wire", [
    ("INBOX", "INBOX"), ("Entwürfe", "Entw&APw-rfe"), ("Tom & Jerry", "Tom &- Jerry"),
    ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # RFC 3501's own example
])
def test_folder_names_in_modified_utf7(readable: str, wire: str) -> None:
    assert mailbox_names.encode(readable) == wire
    assert mailbox_names.decode(wire) == readable


@given(st.text(min_size=1, max_size=40))
def test_every_folder_name_survives_the_round_trip(name: str) -> None:
    wire = mailbox_names.encode(name)
    assert wire.isascii() and mailbox_names.decode(wire) == name


def test_malformed_wire_names_are_shown_as_sent() -> None:
    assert mailbox_names.decode("Bad&AP") == "Bad&AP"
    assert mailbox_names.decode("Bad&!!!-x") == "Bad&!!!-x"
    assert mailbox_names.quoted('Say "hi"\\') == '"Say \\"hi\\"\\\\"'


def test_list_lines_with_quoted_and_literal_names() -> None:
    assert mailbox_names.parse_list_line(b'(\\HasNoChildren \\Sent) "/" "Sent Items"') == \
        ({"\\hasnochildren", "\\sent"}, "Sent Items")
    assert mailbox_names.parse_list_line(b'() "." Entw&APw-rfe') == (set(), "Entwürfe")
    line = mailbox_names.literal_list_line(b'(\\Noselect) "/" {7}', b'a "b" c')
    assert mailbox_names.parse_list_line(line) == ({"\\noselect"}, 'a "b" c')
    assert mailbox_names.parse_list_line(b"garbage") is None


def test_folders_are_found_as_the_server_spells_them() -> None:
    existing = {"Inbox": set(), "Sent Items": {"\\sent"}, "[Gmail]": {"\\noselect", "\\sent"}}
    assert mailbox_names.find_folder(existing, "INBOX") == "Inbox"
    assert mailbox_names.find_folder(existing, "sent items") is None  # only INBOX ignores case
    assert mailbox_names.sent_folder(existing, "Sent") == "Sent Items"  # RFC 6154 \Sent
    assert mailbox_names.sent_folder(existing, "Inbox") == "Inbox"  # the setting wins
    assert mailbox_names.sent_folder({"INBOX": set()}, "Sent") is None


def test_fetch_answers_in_any_order_and_with_unsolicited_news() -> None:
    data = [
        (b'1 (UID 10 FLAGS (\\Seen) RFC822.SIZE 5 BODY[] {5}', b"hello"), b")",
        (b"2 (BODY[] {3}", b"abc"), b' UID 11 FLAGS () INTERNALDATE "02-Nov-2026 09:00:00 +0700")',
        b"3 (FLAGS (\\Deleted))",  # a flag change for another message: no UID, dropped
        b"4 (UID 12 RFC822.SIZE 99)",
    ]
    got = parse_fetch(data)
    assert sorted(got) == [10, 11, 12]
    assert (got[10].content, got[10].flags, got[10].size) == (b"hello", {"\\seen"}, 5)
    assert got[11].content == b"abc"
    assert got[11].internal_date == datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
    assert got[12].content is None and got[12].size == 99


def test_internal_dates_and_search_answers() -> None:
    assert internal_date(" 7-Feb-2026 23:59:59 -0130") == datetime(2026, 2, 8, 1, 29, 59,
                                                                    tzinfo=UTC)
    assert internal_date("31-Feb-2026 00:00:00 +0000") is None
    assert internal_date("07-Foo-2026 00:00:00 +0000") is None
    assert numbers([b"4 5 x 99999999999999 6", None]) == [4, 5, 6]
    assert uid_set([9, 3, 4, 5, 7, 6, 11]) == "3:7,9,11" and uid_set([]) == ""


@pytest.mark.parametrize("text", [None, "", "not json", "[]", '{"INBOX": "x"}',
                                  '{"INBOX": [1]}', '{"INBOX": [true, 2]}', '{"INBOX": [-1, 2]}'])
def test_an_unreadable_cursor_starts_over(text: str | None) -> None:
    assert cursor.load(text) == {}


def test_cursor_round_trip() -> None:
    marks = {"INBOX": (3857529045, 4120), "Süd/Ünterordner": (1, 2)}
    assert cursor.load(cursor.dump(marks)) == marks


def test_setup_fields_and_flags() -> None:
    assert setup_for("email") is SETUP
    assert SETUP.credential == "password" and SETUP.browser_sign_in is None
    flags = {f.cli_flag: f.key for f in SETUP.fields}
    assert flags == {"--address": "handle", "--imap-host": "imap_host",
                     "--imap-port": "imap_port", "--imap-security": "imap_security",
                     "--smtp-host": "smtp_host", "--smtp-port": "smtp_port",
                     "--smtp-security": "smtp_security", "--login": "username",
                     "--folders": "folders", "--sent-folder": "sent_folder"}
    handle, server, settings = SETUP.values_from({
        "handle": "support@brand.test", "imap_host": "imap.brand.test",
        "smtp_host": "smtp.brand.test", "folders": "INBOX, Support"})
    assert (handle, server) == ("support@brand.test", "")
    assert settings == {"imap_host": "imap.brand.test", "imap_port": 993,
                        "imap_security": "ssl", "smtp_host": "smtp.brand.test",
                        "smtp_port": 465, "smtp_security": "ssl",
                        "folders": ["INBOX", "Support"], "sent_folder": "Sent"}
    with pytest.raises(ValueError, match="whole number"):
        SETUP.values_from({"handle": "a@b.c", "imap_host": "h", "smtp_host": "h",
                           "imap_port": "nine"})
