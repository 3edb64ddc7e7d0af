"""Discourse's cooked HTML as plain text, with the standard library's html.parser only.

Mentions and hashtags keep their visible text; other links show their real address (relative
ones made absolute on the forum); quotes become "> " lines under "name wrote:"; code keeps
its spacing; emoji images become their :code:; oneboxes collapse to their source address.
Nothing from the HTML is ever rendered: the result is plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
                     "blockquote", "aside", "details", "summary", "pre", "section", "figure",
                     "header", "footer", "dl", "dd", "dt"})
_LINES = frozenset({"li", "tr", "br", "hr"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area",
                   "embed", "track"})
_SKIP = frozenset({"script", "style", "template", "svg", "noscript", "head", "title"})
_EMOJI_CODE = re.compile(r"^:[\w+\-]+:$")
_SPACES = re.compile(r"\s+")
MAX_DEPTH = 500


@dataclass(slots=True)
class _Open:
    tag: str
    skip: bool = False
    quote: bool = False
    link: str | None = None  # the address to show after the label, when it says more
    link_start: int = 0
    code: bool = False
    pre: bool = False


class _Writer:
    """Plain text with collapsed spaces, pending line breaks and "> " quote prefixes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.quote = 0
        self.breaks = 0
        self.break_quote = 0  # the shallowest quote level seen while the break was pending
        self.line_start = True
        self.space = False

    def brk(self, count: int) -> None:
        if self.parts:
            self.break_quote = min(self.break_quote, self.quote) if self.breaks else self.quote
            self.breaks = max(self.breaks, count)

    def write(self, chunk: str, verbatim: bool = False) -> None:
        for i, line in enumerate(chunk.split("\n") if verbatim else [chunk]):
            if i:
                self.brk(1)
            self._line(line if verbatim else _SPACES.sub(" ", line), verbatim)

    def _line(self, line: str, verbatim: bool) -> None:
        if not verbatim and (self.line_start or self.space or self.breaks):
            line = line.lstrip(" ")
        if not line:
            return
        if self.breaks:
            prefix = "> " * min(self.break_quote, self.quote)
            self.parts.append(("\n" + prefix.rstrip()) * (min(self.breaks, 2) - 1) + "\n")
            self.line_start, self.breaks = True, 0
        if self.line_start:
            self.parts.append("> " * self.quote)
        self.parts.append(line)
        self.line_start, self.space = False, line.endswith(" ")

    def text(self) -> str:
        lines = "".join(self.parts).split("\n")
        return re.sub(r"\n{3,}", "\n\n", "\n".join(x.rstrip() for x in lines)).strip()


class _Cooked(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base_url.rstrip("/") + "/"
        self.out = _Writer()
        self.stack: list[_Open] = []

    def _skipping(self) -> bool:
        return any(o.skip for o in self.stack)

    def _pre(self) -> bool:
        return any(o.pre for o in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = set(a.get("class", "").split())
        if tag in _VOID:
            if not self._skipping():
                self._void(tag, a, classes)
            return
        if len(self.stack) >= MAX_DEPTH:
            return
        opened = _Open(tag)
        self.stack.append(opened)
        if self._skipping():
            return
        self._open(opened, a, classes)

    def _open(self, o: _Open, a: dict[str, str], classes: set[str]) -> None:
        tag = o.tag
        if tag in _SKIP or (tag == "div" and classes & {"title", "meta", "quote-controls"}
                            and self._inside("aside", "a")):
            o.skip = True  # a quote's avatar and "name:" header, an image's file details
        elif tag == "aside" and "onebox" in classes:
            o.skip = True
            self._link_line(a.get("data-onebox-src", ""))
        elif tag == "aside" and "quote" in classes:
            self._quote(o)
            who = a.get("data-username", "").strip()
            self.out.write(f"{who} wrote:" if who else "Quote:")
            self.out.brk(1)
        elif tag == "blockquote" and not (self.stack[-2:-1] and self.stack[-2].quote):
            self._quote(o)
        elif tag in _BLOCKS:
            self.out.brk(2)
            o.pre = tag == "pre"
        elif tag in _LINES:
            self.out.brk(1)
            if tag == "li":
                self.out.write("- ")
        elif tag == "code" and not self._pre():
            o.code = True
            self.out.write("`")
        elif tag == "a":
            o.link, o.link_start = self._address(a, classes), len(self.out.parts)
        elif tag in ("td", "th"):
            self.out.write(" ")

    def _inside(self, *tags: str) -> bool:
        return any(o.tag in tags for o in self.stack[:-1])

    def _quote(self, o: _Open) -> None:
        o.quote = True
        self.out.brk(2)
        self.out.quote += 1

    def _void(self, tag: str, a: dict[str, str], classes: set[str]) -> None:
        if tag == "br":
            self.out.brk(1)
        elif tag == "hr":
            self.out.brk(2)
            self.out.write("---")
            self.out.brk(2)
        elif tag == "img":
            self.out.write(self._image(a, classes))

    @staticmethod
    def _image(a: dict[str, str], classes: set[str]) -> str:
        alt, title = a.get("alt", "").strip(), a.get("title", "").strip()
        if "emoji" in classes:
            code = next((c for c in (title, alt) if _EMOJI_CODE.match(c)), alt or title)
            return code or ":emoji:"
        return f"[image: {alt}]" if alt else "[image]"

    def _address(self, a: dict[str, str], classes: set[str]) -> str | None:
        if classes & {"mention", "mention-group", "hashtag", "hashtag-cooked", "anchor"}:
            return None
        return self._safe(a.get("href", ""))

    def _safe(self, href: str) -> str | None:
        """An absolute http(s) or mailto address, or None (javascript:, data: and friends)."""
        href = href.strip()
        if not href or href.startswith("#"):
            return None
        absolute = urljoin(self.base, href)
        scheme = urlsplit(absolute).scheme.lower()
        return absolute if scheme in ("http", "https", "mailto") else None

    def _link_line(self, href: str) -> None:
        address = self._safe(href)
        if address:
            self.out.brk(2)
            self.out.write(address)
            self.out.brk(2)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(o.tag == tag for o in self.stack):
            return
        while self.stack:
            o = self.stack.pop()
            if not self._skipping():
                self._close(o)
            if o.tag == tag:
                return

    def _close(self, o: _Open) -> None:
        if o.skip:
            return
        if o.quote:
            self.out.brk(2)
            self.out.quote -= 1
        elif o.code:
            self.out.write("`")
        elif o.link is not None:
            label = "".join(self.out.parts[o.link_start:]).strip()
            bare = o.link.split("://", 1)[-1].removeprefix("mailto:").rstrip("/")
            if not label:
                self.out.write(o.link)
            elif bare not in label:
                self.out.write(f" ({o.link})")
        if o.tag in _BLOCKS:
            self.out.brk(2)

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self.out.write(data, verbatim=self._pre())


def to_text(cooked: str, base_url: str) -> str:
    """The plain text of a post's cooked HTML; links resolved against the forum's address."""
    parser = _Cooked(base_url)
    parser.feed(cooked)
    parser.close()
    return parser.out.text()
