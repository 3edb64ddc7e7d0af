"""A status's HTML as the plain text a reader saw, with the stdlib html.parser.

Mastodon sends sanitized HTML (docs.joinmastodon.org/api/guidelines#formatting): <p> and
<br> for lines, <a class="mention"> for mentions and hashtags, links whose display is cut
with `invisible`/`ellipsis` spans, custom emoji as :shortcode: text. Remote servers may send
a few more tags. Nothing of the markup survives into the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html.parser import HTMLParser
from urllib.parse import urlsplit

_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_BLOCKS = {"p", "div", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
           "table", "tr", "section", "article", "header", "footer", "hr"}
_SKIPPED = {"script", "style", "template", "head", "title", "iframe", "object"}
_SHOWN_SCHEMES = ("http", "https", "mailto")


class _Link:
    def __init__(self, href: str, classes: set[str]) -> None:
        self.href = href
        self.classes = classes
        self.full: list[str] = []  # every character, invisible spans included
        self.shown: list[str] = []  # what the reader saw


class _Plain(HTMLParser):
    def __init__(self, mentions: Mapping[str, str], host: str) -> None:
        super().__init__(convert_charrefs=True)
        self.mentions = mentions
        self.host = host
        self.out: list[str] = []
        self.pending = 0  # line breaks owed before the next text
        self.skip = 0
        self.pre = 0
        self.spans: list[bool] = []  # for each open span: is it invisible?
        self.link: _Link | None = None

    # -- structure
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        classes = set(values.get("class", "").split())
        if tag in _SKIPPED:
            self.skip += 1
        elif tag == "br":
            self._text_out("\n", raw=True)
        elif tag in _BLOCKS:
            self.pending = max(self.pending, 2)
            self.pre += tag == "pre"
        elif tag == "li":
            self.pending = max(self.pending, 1)
            self._text_out("• ", raw=True)
        elif tag == "span":
            self.spans.append("invisible" in classes)
        elif tag == "a" and self.link is None:
            self.link = _Link(values.get("href", "").strip(), classes)
        elif tag == "img":
            self.handle_data(values.get("alt", ""))  # other servers' custom emoji

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.pending = max(self.pending, 2)
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag == "span" and self.spans:
            self.spans.pop()
        elif tag == "a" and self.link is not None:
            link, self.link = self.link, None
            self._text_out(self._render(link))

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        hidden = any(self.spans)
        if self.link is not None:
            self.link.full.append(data)
            if not hidden:
                self.link.shown.append(data)
        elif not hidden:
            self._text_out(data)

    # -- output
    def _text_out(self, text: str, raw: bool = False) -> None:
        if not raw and not self.pre:
            text = _SPACE.sub(" ", text)
        if not text:
            return
        if self.out and self.pending:
            self.out.append("\n" * self.pending)
        if not self.pre and text.startswith(" ") and (not self.out
                                                      or self.out[-1].endswith((" ", "\n"))):
            text = text[1:]  # spaces either side of a tag are one space
        self.pending = 0
        if text:
            self.out.append(text)

    def _render(self, link: _Link) -> str:
        shown = _SPACE.sub(" ", "".join(link.shown)).strip()
        full = _SPACE.sub("", "".join(link.full))
        if "hashtag" in link.classes or (shown.startswith("#") and "mention" in link.classes):
            return shown
        if link.href in self.mentions:
            return self.mentions[link.href]
        if "mention" in link.classes or (shown.startswith("@") and shown.count("@") == 1):
            domain = urlsplit(link.href).netloc or self.host
            return shown if shown.count("@") > 1 or not shown else f"{shown}@{domain}"
        return _link_text(link.href, shown, full)

    def text(self) -> str:
        if self.link is not None:  # an <a> never closed: keep what it said
            link, self.link = self.link, None
            self._text_out(self._render(link))
        lines = [line.rstrip(" ") for line in "".join(self.out).split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _link_text(href: str, shown: str, full: str) -> str:
    scheme = urlsplit(href).scheme.lower()
    if scheme not in _SHOWN_SCHEMES:
        return shown  # javascript:, data: and friends: only the words
    target = href.removeprefix("mailto:") if scheme == "mailto" else href
    label = shown.rstrip("…").strip()
    # Mastodon's own cut-down display of the same URL: show the whole real address.
    if not label or full == href or label in href or full in href:
        return target
    return f"{shown} ({target})"


def html_to_text(html: str, mentions: Mapping[str, str] | None = None, host: str = "") -> str:
    """The plain text of status HTML. `mentions` maps a profile URL to "@user@domain"."""
    parser = _Plain(mentions or {}, host)
    parser.feed(html)
    parser.close()
    return parser.text()
