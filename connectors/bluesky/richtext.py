"""Bluesky rich text (app.bsky.richtext.facet) both ways: facets pointing into a post's
text as UTF-8 byte ranges, read into plain text, and found in a reply we write.

Facets come from the author's own client, so they are hostile like everything else: ranges
outside the text, off character boundaries or overlapping are ignored, never trusted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from connectors.bluesky import graphemes
from connectors.bluesky.api_types import is_handle

FACET = "app.bsky.richtext.facet"
_MENTION = re.compile(r"(?<![^\s(])@([a-zA-Z0-9.-]*[a-zA-Z0-9])")
_LINK = re.compile(r"(?<![^\s(])(https?://\S+)")
_TAG = re.compile(r"(?<!\S)[#＃](\S+)")
_ELLIPSIS = ("...", "…")


@dataclass(frozen=True, slots=True)
class Span:
    """A facet to write: a byte range of the text and what it points at."""

    start: int
    end: int
    kind: str  # mention (value: a handle to resolve), link (a URL) or tag (without '#')
    value: str


def plain_text(text: str, facets: list[Any]) -> str:
    """The post as plain text, with each link's full address shown beside (or instead of)
    the words it hides behind, so a reader sees where a link really goes."""
    data = text.encode("utf-8")
    links = sorted(link for facet in facets if (link := _link_facet(facet, data)))
    out: list[str] = []
    at = 0
    for start, end, uri in links:
        if start < at:
            continue  # overlaps the previous one
        out.append(data[at:start].decode("utf-8"))
        out.append(_show(data[start:end].decode("utf-8"), uri))
        at = end
    out.append(data[at:].decode("utf-8"))
    return "".join(out)


def _link_facet(facet: object, data: bytes) -> tuple[int, int, str] | None:
    if not isinstance(facet, dict) or not isinstance(facet.get("index"), dict):
        return None
    start, end = facet["index"].get("byteStart"), facet["index"].get("byteEnd")
    features = facet.get("features")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data)
            and _boundary(data, start) and _boundary(data, end)
            and isinstance(features, list)):
        return None
    for feature in features:
        if isinstance(feature, dict) and feature.get("$type") == f"{FACET}#link":
            uri = feature.get("uri")
            if isinstance(uri, str) and 0 < len(uri) <= 2000 and uri.isprintable() \
                    and not any(c.isspace() for c in uri):
                return start, end, uri
    return None


def _boundary(data: bytes, index: int) -> bool:
    return index == len(data) or (data[index] & 0xC0) != 0x80


def _show(display: str, uri: str) -> str:
    if display == uri:
        return uri
    shown = display.strip()
    for mark in _ELLIPSIS:
        shown = shown.removesuffix(mark)
    bare = uri.split("://", 1)[-1]
    if shown and (uri.startswith(shown) or bare.startswith(shown)):
        return uri  # the client shortened the address for display
    return f"{display} ({uri})"


def find_spans(text: str) -> list[Span]:
    """Mentions, links and hashtags in text we are about to post, as UTF-8 byte ranges."""
    spans: list[Span] = []
    for match in _MENTION.finditer(text):
        if is_handle(match.group(1)):
            spans.append(_span(text, match.start(), match.end(), "mention", match.group(1)))
    for match in _LINK.finditer(text):
        url = _trim_link(match.group(1))
        spans.append(_span(text, match.start(1), match.start(1) + len(url), "link", url))
    for match in _TAG.finditer(text):
        tag = match.group(1)
        while tag and unicodedata.category(tag[-1]).startswith("P"):
            tag = tag[:-1]
        if tag and not tag.isdigit() and graphemes.count(tag) <= 64 \
                and len(tag.encode()) <= 640:
            spans.append(_span(text, match.start(), match.start(1) + len(tag), "tag", tag))
    return sorted(spans, key=lambda s: s.start)


def _trim_link(url: str) -> str:
    url = url.rstrip(".,;:!?\"'")
    if url.endswith(")") and "(" not in url:
        url = url[:-1]
    return url


def _span(text: str, start: int, end: int, kind: str, value: str) -> Span:
    return Span(len(text[:start].encode("utf-8")), len(text[:end].encode("utf-8")), kind, value)


def facet(span: Span, target: str) -> dict[str, Any]:
    """The facet record for a span; `target` is the DID, URL or tag it points at."""
    key = {"mention": "did", "link": "uri", "tag": "tag"}[span.kind]
    return {"$type": FACET, "index": {"byteStart": span.start, "byteEnd": span.end},
            "features": [{"$type": f"{FACET}#{span.kind}", key: target}]}
