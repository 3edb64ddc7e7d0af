"""The Matrix rules that need no server: reply fallbacks, what counts as a mention, the
cursor's memory, the setup the CLI and wizard are built from, and the capabilities."""

from __future__ import annotations

import pytest

from connectors import registry
from connectors.base import capabilities
from connectors.errors import BadPayload
from connectors.matrix import MatrixConnector
from connectors.matrix.account import SETUP
from connectors.matrix.api_types import parse_event
from connectors.matrix.cursor import MAX_MENTIONS, Cursor, Gap
from connectors.matrix.mapping import (
    RoomView,
    bundled_edit,
    edited_item,
    message_item,
    strip_html_fallback,
    strip_reply_fallback,
)
from connectors.matrix.mentions import Me, highlight_rules, mentions_me

ME = "@brand:example.org"


@pytest.mark.parametrize(("body", "plain"), [
    ("> <@a:x> original\n> more\n\nthe answer", "the answer"),
    ("> <@a:x> original\nno blank line", "no blank line"),
    ("not a reply > quoted later", "not a reply > quoted later"),
    (">no space is not a fallback\nkept", ">no space is not a fallback\nkept"),
    ("> only quotes", ""),
])
def test_reply_fallbacks_are_stripped(body: str, plain: str) -> None:
    assert strip_reply_fallback(body) == plain


def test_html_reply_fallback_is_stripped_only_at_the_start() -> None:
    assert strip_html_fallback("<mx-reply><blockquote>q</blockquote></mx-reply><b>a</b>") \
        == "<b>a</b>"
    assert strip_html_fallback("<b>a</b><mx-reply>x</mx-reply>") == "<b>a</b><mx-reply>x</mx-reply>"


def rules(*content: dict[str, object]) -> Me:
    keywords, legacy = highlight_rules({"global": {"content": list(content)}})
    return Me(ME, "Kopi", keywords, legacy)


HIGHLIGHT = ["notify", {"set_tweak": "highlight"}]


def test_what_counts_as_a_mention() -> None:
    me = rules({"rule_id": "beans", "pattern": "arabika*", "actions": HIGHLIGHT},
               {"rule_id": "quiet", "pattern": "robusta", "actions": ["notify"]},
               {"rule_id": "off", "pattern": "gayo", "actions": HIGHLIGHT, "enabled": False},
               {"rule_id": ".m.rule.contains_user_name", "pattern": "brand",
                "actions": HIGHLIGHT})
    assert mentions_me({"body": "hi", "m.mentions": {"user_ids": [ME]}}, me)
    assert not mentions_me({"body": "hi", "m.mentions": {"user_ids": ["@x:y"]}}, me)
    assert mentions_me({"body": f"ask {ME} please", "m.mentions": {}}, me)
    assert mentions_me({"body": "I like KOPI!", "m.mentions": {}}, me)
    assert not mentions_me({"body": "kopiluwak", "m.mentions": {}}, me)  # whole words only
    assert mentions_me({"body": "Arabikagayo rocks"}, me)
    assert not mentions_me({"body": "robusta and gayo"}, me)
    assert mentions_me({"body": "the brand team"}, me)  # legacy rule, no m.mentions
    assert not mentions_me({"body": "the brand team", "m.mentions": {}}, me)
    assert not mentions_me({"body": 42}, me)


def test_a_one_letter_display_name_is_not_a_mention_everywhere() -> None:
    assert not mentions_me({"body": "a b c"}, Me(ME, "a"))


def test_the_cursor_round_trips_and_forgets_old_mentions() -> None:
    cursor = Cursor(since="s9", gaps=[Gap("!r:x", "t5", "s1")], direct={"!d:x"})
    for n in range(MAX_MENTIONS + 5):
        cursor.remember_mention(f"!r:x|$e{n}")
    cursor.note_members("!p:x", 2)
    again = Cursor.load(cursor.dump())
    assert (again.since, again.gaps, again.direct, again.pairs) == (
        "s9", [Gap("!r:x", "t5", "s1")], {"!d:x"}, {"!p:x"})
    assert len(again.mentions) == MAX_MENTIONS and again.mentions[-1].endswith(f"$e{n}")
    again.note_members("!p:x", 3)
    assert again.pairs == set()
    with pytest.raises(ValueError):
        Cursor.load('{"v": 99}')


def test_setup_fields_and_flags() -> None:
    flags = {f.cli_flag: f for f in SETUP.fields}
    assert list(flags) == ["--homeserver", "--user", "--rooms"]
    assert (flags["--homeserver"].kind, flags["--rooms"].kind) == ("url", "list")
    assert not flags["--rooms"].required and SETUP.credential == "password"
    assert SETUP.browser_sign_in is None
    handle, server, settings = SETUP.values_from({
        "server_url": "https://matrix.example.org/", "handle": "@brand:example.org",
        "rooms": "#support:example.org, !abc:example.org"})
    assert (handle, server) == ("@brand:example.org", "https://matrix.example.org")
    assert settings == {"rooms": ["#support:example.org", "!abc:example.org"]}
    with pytest.raises(ValueError, match="--homeserver"):
        SETUP.values_from({"handle": "@brand:example.org"})


def test_the_registry_serves_the_connector_with_its_real_capabilities() -> None:
    assert registry.factory_for("matrix") is MatrixConnector
    assert capabilities(MatrixConnector) == {"fetch", "reply", "delete", "kick", "ban",
                                             "report", "block", "mark_read"}


def _event(event_id: str, sender: str, content: dict[str, object],
           unsigned: dict[str, object] | None = None) -> dict[str, object]:
    return {"event_id": event_id, "type": "m.room.message", "sender": sender,
            "origin_server_ts": 1_790_000_000_000, "content": content,
            "unsigned": unsigned or {}}


def test_an_edit_bundled_with_its_original_applies_only_from_the_author() -> None:
    edit = _event("$edit", "@alice:x", {"body": "* fixed", "m.new_content": {"body": "fixed"},
                                        "m.relates_to": {"rel_type": "m.replace",
                                                         "event_id": "$orig"}})
    original = parse_event(_event("$orig", "@alice:x", {"body": "fxied"},
                                  {"m.relations": {"m.replace": edit}}))
    room, me = RoomView("!r:x", whole=True, direct=False), Me(ME)
    bundled = bundled_edit(original)
    assert bundled is not None
    item = edited_item(bundled, original, room, me)
    assert (item.platform_id, item.text, item.created_at) == (
        "!r:x|$orig", "fixed", message_item(original, room, me).created_at)
    forged = parse_event({**edit, "sender": "@mallory:x"})
    with pytest.raises(BadPayload, match="tried to edit"):
        edited_item(forged, original, room, me)


def test_an_edited_reply_keeps_the_authors_own_quote() -> None:
    reply = parse_event(_event("$re", "@alice:x", {
        "body": "> <@bob:x> hi\n\nhello", "m.relates_to": {"m.in_reply_to": {"event_id": "$q"}}}))
    edit = parse_event(_event("$ed", "@alice:x", {
        "body": "* x", "m.new_content": {"body": "> as the docs say\nhello again"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": "$re"}}))
    room, me = RoomView("!r:x", whole=True, direct=False), Me(ME)
    assert message_item(reply, room, me).text == "hello"
    edited = edited_item(edit, reply, room, me)
    assert (edited.text, edited.parent_id) == ("> as the docs say\nhello again", "!r:x|$q")
