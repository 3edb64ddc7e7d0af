"""HTML mail as plain text (stdlib html.parser): paragraphs and line breaks kept, scripts and
styles dropped, link targets written out so a reader sees where a link really goes.
Nothing is fetched and nothing is rendered; the HTML itself is kept aside, untouched.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "head", "title", "template", "noscript", "svg", "math"}
_BLOCK = {"p", "div", "section", "article", "header", "footer", "blockquote", "pre", "table",
          "tr", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
          "address", "figure", "figcaption", "center", "form", "fieldset", "main", "nav"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]+")
_BLANK_RUN = re.compile(r"\n{3,}")
_WHITESPACE = re.compile(r"\s+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping: list[str] = []
        self.links: list[str | None] = []
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skipping.append(tag)
            return
        if self.skipping:
            return
        attr = dict(attrs)
        self.pre += tag == "pre"
        if tag in _BLOCK or tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in ("td", "th"):
            self.out.append(" ")
        elif tag == "img" and (attr.get("alt") or "").strip():
            self.out.append(f"[image: {(attr.get('alt') or '').strip()}]")
        if tag == "a" and tag not in _VOID:
            href = (attr.get("href") or "").strip()
            self.links.append(href if href.lower().startswith(_LINK_SCHEMES) else None)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "a" and self.links:
            href = self.links.pop()
            shown = href.removeprefix("mailto:") if href else ""
            if href and shown not in self._tail(len(shown) + 2):
                self.out.append(f" ({href})")
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Outside <pre>, a line break in the source is only a space on screen.
            self.out.append(data if self.pre else _WHITESPACE.sub(" ", data))

    def _tail(self, n: int) -> str:
        return "".join(self.out[-8:])[-max(n, 1):]


def html_to_text(html: str) -> str:
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parser.out).splitlines()]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()
