"""The hostile corpus (corpus/hostile.jsonl, written by make_corpus.py) as items and lines."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from app.items import InboundItem, MemberRef

CORPUS = Path(__file__).with_name("corpus") / "hostile.jsonl"
T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Hostile:
    n: int
    id: str
    category: str
    field: str  # text, name, handle, subject or url
    raw: str | bytes
    expect: str  # stored or rejected

    @property
    def value(self) -> str:
        """What a connector hands over: bytes that are not UTF-8 decoded as Python does
        with surrogateescape (lone surrogates), text as it is."""
        if isinstance(self.raw, bytes):
            return self.raw.decode("utf-8", "surrogateescape")
        return self.raw

    @property
    def stored(self) -> str:
        """What the inbox must keep and show: the same characters, except NUL and lone
        surrogates (which cannot be stored) as U+FFFD."""
        return _SURROGATE.sub("\ufffd", self.value).replace("\x00", "\ufffd")

    @property
    def marker(self) -> str:
        return f"corpusmarker{self.n:03d}"

    @property
    def platform_id(self) -> str:
        return f"h-{self.id}"

    def fields(self) -> dict[str, str]:
        """text, subject, url and the author's name and handle for this entry's message; the
        marker sits where the hostile value does not, so search can find every message."""
        out = {"text": f"corpus entry {self.id}", "subject": self.marker, "url": "",
               "name": f"Member {self.n}", "handle": f"@member{self.n}"}
        if self.field == "subject":
            out["text"] = self.marker
        out[self.field] = self.value
        return out

    def item(self) -> InboundItem:
        f = self.fields()
        return InboundItem(self.platform_id, T0 + timedelta(minutes=self.n), f["text"],
                           MemberRef(f"m-{self.id}", f["handle"], f["name"]),
                           subject=f["subject"], url=f["url"])

    def import_line(self, account: dict[str, str]) -> bytes:
        """One `serambi import` line; bytes that are not UTF-8 go in raw, as a broken file
        would carry them."""
        f = self.fields()
        obj: dict[str, Any] = {"account": account, "id": self.platform_id,
                               "created_at": (T0 + timedelta(minutes=self.n)).isoformat(),
                               "text": f["text"], "subject": f["subject"], "url": f["url"],
                               "author": {"id": f"m-{self.id}", "handle": f["handle"],
                                          "name": f["name"]}}
        if isinstance(self.raw, bytes):
            obj[self.field] = "@@RAW@@"
            return json.dumps(obj).encode().replace(b"@@RAW@@", self.raw)
        # UTF-8 as an export writes it; \u escapes only where a lone surrogate must travel.
        ascii_only = _SURROGATE.search(json.dumps(obj, ensure_ascii=False)) is not None
        return json.dumps(obj, ensure_ascii=ascii_only).encode()


@cache
def load() -> tuple[Hostile, ...]:
    entries = []
    for n, line in enumerate(CORPUS.read_text(encoding="ascii").splitlines(), 1):
        row = json.loads(line)
        raw: str | bytes
        if "base64" in row:
            raw = base64.b64decode(row["base64"])
        else:
            raw = row.get("prefix", "") + row["value"] * row.get("repeat", 1) + \
                row.get("suffix", "")
        entries.append(Hostile(n, row["id"], row["category"], row["field"], raw,
                               row["expect"]))
    return tuple(entries)


def stored_entries() -> list[Hostile]:
    return [h for h in load() if h.expect == "stored"]
