"""The search box's language: words, "phrases", prefix*, -exclusions, OR, and filters.

Nothing the user types reaches FTS5 or SQL as syntax: every word becomes a quoted FTS5
string built here, and filter values are checked and later bound as parameters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from app.models import Status
from app.timeutil import parse_when, utcnow

FILTERS = ("from", "platform", "tag", "status", "is", "before", "after")
IS_VALUES = ("unread", "read")
MIN_PREFIX = 3  # the search index keeps 3- and 4-letter prefixes (dialect.FTS_DDL)
_WORDS = re.compile(r"[^\W_]+")

# A token: an optional "-", then a quoted phrase (with an optional trailing *), a filter
# whose value may be quoted, or a bare word. An unclosed quote is caught before this runs.
_TOKEN = re.compile(
    r'(?P<neg>-)?(?:"(?P<phrase>[^"]*)"(?P<pstar>\*)?'
    r'|(?P<key>[A-Za-z]+):(?:"(?P<qvalue>[^"]*)"|(?P<value>\S*))'
    r"|(?P<word>\S+))"
)


class SearchSyntaxError(ValueError):
    """A search the user must fix; the message says what is wrong in their words."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Everything after a `name:` in the query; empty tuples mean "any"."""

    authors: tuple[str, ...] = ()  # FTS5 expressions on the author column
    platforms: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    unread: bool | None = None
    before: datetime | None = None
    after: datetime | None = None


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A parsed query: `terms` are AND-ed FTS5 pieces, `excluded` are NOT-ed ones."""

    terms: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    filters: Filters = field(default_factory=Filters)

    def match_expression(self) -> str | None:
        """The whole FTS5 MATCH string, or None when only non-text filters remain."""
        positive = list(self.terms)
        if self.filters.authors:
            positive.append("author : (" + " OR ".join(self.filters.authors) + ")")
        if not positive:
            return None
        expression = " AND ".join(positive)
        for piece in self.excluded:
            expression = f"({expression}) NOT {piece}"
        return expression


def fts_string(text: str, prefix: bool = False) -> str | None:
    """One user word or phrase as an FTS5 string, or None if it has nothing to search for."""
    if not any(ch.isalnum() for ch in text):
        return None  # FTS5 would see an empty phrase, which matches nothing
    if prefix and len(_WORDS.findall(text)[-1]) < MIN_PREFIX:
        # Shorter prefixes merge a large share of the whole index: seconds, not ms; the index
        # keeps 3- and 4-letter prefixes so those stay fast.
        raise SearchSyntaxError(f'Type at least {MIN_PREFIX} letters before "*".')
    quoted = '"' + text.replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


def parse(query: str, now: datetime | None = None) -> SearchQuery:
    """Parse what the user typed; raises SearchSyntaxError with a reason they can act on."""
    # Control characters and lone surrogates end FTS5 strings early or cannot be encoded.
    query = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in query)
    if query.count('"') % 2:
        raise SearchSyntaxError('A quote is not closed: add the missing " or remove it.')
    builder = _Builder(now or utcnow())
    for match in _TOKEN.finditer(query):
        builder.take(match)
    return builder.finish()


class _Builder:
    def __init__(self, now: datetime) -> None:
        self.now = now
        self.groups: list[list[str]] = []  # AND of ORs
        self.excluded: list[str] = []
        self.values: dict[str, list[str]] = {name: [] for name in FILTERS}
        self.pending_or = False

    def take(self, match: re.Match[str]) -> None:
        negated = bool(match["neg"])
        if match["key"] is not None:
            self._filter(match["key"].lower(), match["qvalue"] or match["value"] or "", negated)
        elif match["phrase"] is not None:
            self._term(fts_string(match["phrase"], bool(match["pstar"])), negated)
        elif match["word"] in ("OR", "AND") and not negated:
            self._operator(match["word"])
        else:
            word = match["word"]
            self._term(fts_string(word.rstrip("*"), word.endswith("*")), negated)

    def _operator(self, word: str) -> None:
        if not self.groups or self.pending_or:
            raise SearchSyntaxError(f"{word} needs a word on each side.")
        self.pending_or = word == "OR"

    def _term(self, piece: str | None, negated: bool) -> None:
        if piece is None:
            return
        if negated:
            self.excluded.append(piece)
        elif self.pending_or:
            self.groups[-1].append(piece)
        else:
            self.groups.append([piece])
        self.pending_or = False

    def _filter(self, key: str, value: str, negated: bool) -> None:
        if key not in FILTERS:
            raise SearchSyntaxError(
                f'Unknown filter "{key}:". Filters are {", ".join(f + ":" for f in FILTERS)}; '
                f'to search for the text itself, put it in quotes.')
        if negated:
            raise SearchSyntaxError(f'"-{key}:" is not supported; only words can be excluded.')
        if not value.strip():
            raise SearchSyntaxError(f'"{key}:" needs a value, for example {_EXAMPLES[key]}.')
        self.values[key].append(value.strip())

    def finish(self) -> SearchQuery:
        if self.pending_or:
            raise SearchSyntaxError("OR needs a word on each side.")
        terms = tuple(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in self.groups)
        filters = _filters(self.values, self.now)
        if self.excluded and not terms and not filters.authors:
            raise SearchSyntaxError("Add a word to search for: a search cannot only exclude.")
        return SearchQuery(terms, tuple(self.excluded), filters)


_EXAMPLES = {"from": "from:ani", "platform": "platform:mastodon", "tag": "tag:refund",
             "status": "status:open", "is": "is:unread", "before": "before:2026-11-01",
             "after": "after:2026-10-01"}


def _filters(values: dict[str, list[str]], now: datetime) -> Filters:
    authors = []
    for value in values["from"]:
        piece = fts_string(value.rstrip("*"), value.endswith("*"))
        if piece is None:
            raise SearchSyntaxError(f'"from:{value}" has no name or handle in it.')
        authors.append(piece)
    statuses = [v.lower() for v in values["status"]]
    for status in statuses:
        if status not in {s.value for s in Status}:
            raise SearchSyntaxError(
                f'Unknown status "{status}": use one of {", ".join(s.value for s in Status)}.')
    return Filters(
        authors=tuple(authors),
        platforms=tuple(v.lower() for v in values["platform"]),
        tags=tuple(values["tag"]),
        statuses=tuple(statuses),
        unread=_unread(values["is"]),
        before=_moment(values["before"], "before", now, min),
        after=_moment(values["after"], "after", now, max),
    )


def _unread(values: list[str]) -> bool | None:
    wanted = {v.lower() for v in values}
    unknown = wanted - set(IS_VALUES)
    if unknown:
        raise SearchSyntaxError(f'Unknown "is:{unknown.pop()}": use is:unread or is:read.')
    if len(wanted) > 1:
        raise SearchSyntaxError("is:unread and is:read together match nothing; keep one.")
    return None if not wanted else wanted == {"unread"}


_RELATIVE = re.compile(r"^\d+\s*[mhdw]$", re.IGNORECASE)


def _moment(values: list[str], key: str, now: datetime,
            pick: Callable[[list[datetime]], datetime]) -> datetime | None:
    """The tightest bound; `3d` means three days ago, dates and times are UTC."""
    moments = []
    for value in values:
        try:
            moment = parse_when(value, now)
        except ValueError:
            raise SearchSyntaxError(
                f'"{key}:{value}" is not a date: use a date like 2026-11-01, a time like '
                f'2026-11-01T09:30, or an age like 3d or 2w.') from None
        moments.append(now - (moment - now) if _RELATIVE.match(value) else moment)
    return pick(moments) if moments else None
