"""Bluesky text: graphemes (the unit of the 300 limit) and facets both ways, with hostile
facets and every script."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from connectors.bluesky.graphemes import count
from connectors.bluesky.richtext import find_spans, plain_text


@pytest.mark.parametrize(("text", "expected"), [
    ("", 0), ("hello", 5), ("e\u0301", 1), ("👍🏽", 1), ("👩‍👩‍👧‍👦", 1), ("🇮🇩🇯🇵", 2),
    ("🇮🇩🇯", 2), ("❤️", 1), ("\r\n", 1), ("สวัสดี", 4), ("한국어", 3), ("\u1100\u1161", 1),
    ("日本語🎉", 4), ("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", 1)])
def test_graphemes_count_what_a_reader_sees(text: str, expected: int) -> None:
    assert count(text) == expected


def link(start: int, end: int, uri: str) -> dict[str, Any]:
    return {"index": {"byteStart": start, "byteEnd": end},
            "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}]}


def test_a_full_address_replaces_its_shortened_display() -> None:
    text = "read bsky.app/profile/x..."
    assert plain_text(text, [link(5, len(text), "https://bsky.app/profile/x/post/abc")]) == \
        "read https://bsky.app/profile/x/post/abc"


def test_hostile_facets_are_ignored() -> None:
    text = "ü and more"  # ü is two bytes: byte 1 is inside it
    facets: list[Any] = [
        link(1, 3, "https://split.example"), link(5, 4, "https://backwards.example"),
        link(-1, 2, "https://negative.example"), link(0, 99, "https://beyond.example"),
        link(0, 2, "javascript:alert(1)\n"), link(0, 2, "https://a.example b"),
        {"index": "0-2", "features": []}, {"index": {"byteStart": "0", "byteEnd": 2}},
        None, 7, {"index": {"byteStart": 0, "byteEnd": 2}, "features": "link"}]
    assert plain_text(text, facets) == text


def test_overlapping_links_keep_the_first() -> None:
    text = "one two three"
    got = plain_text(text, [link(0, 7, "https://a.example"), link(4, 13, "https://b.example")])
    assert got == "one two (https://a.example) three"


@given(st.text(), st.lists(st.fixed_dictionaries({
    "index": st.fixed_dictionaries({"byteStart": st.integers(-5, 60),
                                    "byteEnd": st.integers(-5, 60)}),
    "features": st.lists(st.fixed_dictionaries({
        "$type": st.sampled_from(["app.bsky.richtext.facet#link",
                                  "app.bsky.richtext.facet#mention"]),
        "uri": st.text(max_size=30)}), max_size=2)}), max_size=5))
def test_any_facets_on_any_text_never_break_reading(text: str, facets: list[Any]) -> None:
    got = plain_text(text, facets)
    assert isinstance(got, str) and len(got) >= len(text) - 60


def test_spans_are_utf8_byte_ranges_in_every_script() -> None:
    text = "Terima kasih @budi.example.id 🙏 — https://toko.example/p?id=ü. #KopiGayo! (#123)"
    data = text.encode()
    found = [(data[s.start:s.end].decode(), s.kind, s.value) for s in find_spans(text)]
    assert found == [("@budi.example.id", "mention", "budi.example.id"),
                     ("https://toko.example/p?id=ü", "link", "https://toko.example/p?id=ü"),
                     ("#KopiGayo", "tag", "KopiGayo")]


def test_things_that_only_look_like_mentions_or_tags_are_left_alone() -> None:
    text = "mail me@example.com, see x.com/@user, price #1 and ##"
    assert find_spans(text) == []
