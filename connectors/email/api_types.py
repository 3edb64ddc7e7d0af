"""What an IMAP server answers, as typed values: a folder's state after SELECT/EXAMINE and
the records of a UID FETCH (RFC 3501 7.4.2), read from imaplib's raw pieces with care,
since a server may put the literal before or after the other data items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

_RECORD_START = re.compile(rb"^\s*\d+\s+\(")
_UID = re.compile(rb"\bUID\s+(\d+)", re.IGNORECASE)
_SIZE = re.compile(rb"\bRFC822\.SIZE\s+(\d+)", re.IGNORECASE)
_FLAGS = re.compile(rb"\bFLAGS\s+\(([^)]*)\)", re.IGNORECASE)
_DATE = re.compile(rb'\bINTERNALDATE\s+"([^"]+)"', re.IGNORECASE)
_INTERNALDATE = re.compile(r"^\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) "
                           r"([+-])(\d\d)(\d\d)$")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"), start=1)}


@dataclass(frozen=True, slots=True)
class FolderState:
    """A selected folder: UIDs are only comparable while uidvalidity stays the same."""

    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int


@dataclass(frozen=True, slots=True)
class FetchedMail:
    uid: int
    flags: frozenset[str]
    internal_date: datetime | None
    size: int | None
    # The literal (message, or its header); None when the server sent no content.
    content: bytes | None


def parse_fetch(data: list[Any]) -> dict[int, FetchedMail]:
    """FETCH records by UID; records without a UID (unsolicited flag news) are dropped."""
    records: list[tuple[bytearray, bytes | None]] = []
    for piece in data:
        if isinstance(piece, tuple) and len(piece) == 2:
            head, literal = piece
            head = head if isinstance(head, bytes) else b""
            body = literal if isinstance(literal, bytes) else None
            if _RECORD_START.match(head) or not records:
                records.append((bytearray(head), body))
            else:  # a second literal in the same record: keep the first, note the items
                records[-1][0].extend(b" " + head)
        elif isinstance(piece, bytes):
            if _RECORD_START.match(piece) or not records:
                records.append((bytearray(piece), None))
            else:
                records[-1][0].extend(b" " + piece)
    found: dict[int, FetchedMail] = {}
    for head, content in records:
        mail = _record(bytes(head), content)
        if mail is not None and mail.uid not in found:
            found[mail.uid] = mail
    return found


def _record(head: bytes, content: bytes | None) -> FetchedMail | None:
    uid = _UID.search(head)
    if uid is None:
        return None
    flags = _FLAGS.search(head)
    size = _SIZE.search(head)
    date = _DATE.search(head)
    return FetchedMail(
        uid=int(uid.group(1)),
        flags=frozenset(f.lower() for f in flags.group(1).decode("ascii", "replace").split())
        if flags else frozenset(),
        internal_date=internal_date(date.group(1).decode("ascii", "replace")) if date else None,
        size=int(size.group(1)) if size else None,
        content=content,
    )


def internal_date(value: str) -> datetime | None:
    """An INTERNALDATE ("17-Jul-1996 02:44:25 -0700") as aware UTC, without the C locale."""
    match = _INTERNALDATE.match(value)
    if match is None:
        return None
    day, month, year, hh, mm, ss, sign, oh, om = match.groups()
    if month.lower() not in _MONTHS:
        return None
    offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
    try:
        when = datetime(int(year), _MONTHS[month.lower()], int(day), int(hh), int(mm), int(ss),
                        tzinfo=timezone(offset))
    except ValueError:
        return None
    return when.astimezone(UTC)


def numbers(data: list[Any]) -> list[int]:
    """The UIDs of a SEARCH answer, ignoring anything that is not a number."""
    found: list[int] = []
    for piece in data:
        if isinstance(piece, bytes):
            found += [int(t) for t in piece.split() if t.isdigit() and len(t) < 12]
    return found


def response_number(value: list[Any] | None) -> int | None:
    """A number from an untagged response code such as [UIDVALIDITY 3857529045]."""
    for piece in value or []:
        if isinstance(piece, bytes) and piece.strip().isdigit() and len(piece.strip()) < 12:
            return int(piece)
    return None


def uid_set(uids: list[int]) -> str:
    """"3:7,9" for [3, 4, 5, 6, 7, 9]: short commands for long runs of UIDs."""
    parts: list[str] = []
    ordered = sorted(set(uids))
    start = prev = ordered[0] if ordered else 0
    for uid in ordered[1:]:
        if uid != prev + 1:
            parts.append(f"{start}:{prev}" if prev != start else str(start))
            start = uid
        prev = uid
    if ordered:
        parts.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(parts)
