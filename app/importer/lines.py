"""One import line at a time: read it within the size limit, decode it, check every field.

Nothing here trusts the file: each failure is a `LineError` saying, in plain words, what is
wrong with that one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from app.items import InboundItem, InvalidItem, MemberRef, validate
from app.models import Direction, MessageKind
from app.timeutil import parse_timestamp

MAX_LINE = 2 * 1024 * 1024


class LineError(ValueError):
    """What is wrong with one line, in plain words."""


def read_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, raw bytes) with the newline removed; None for a line over MAX_LINE."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the giant line
                raw = stream.readline(MAX_LINE)
            yield number, None
            continue
        yield number, raw.rstrip(b"\r\n")


def text_field(obj: dict[str, Any], key: str, default: str = "") -> str:
    value = obj.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise LineError(f"{key} must be a string")
    return value


def _time(obj: dict[str, Any], key: str, required: bool = False) -> Any:
    value = obj.get(key)
    if value is None:
        if required:
            raise LineError(f"{key} is missing")
        return None
    if not isinstance(value, str):
        raise LineError(f"{key} must be an ISO 8601 string")
    try:
        return parse_timestamp(value)
    except ValueError:
        raise LineError(f"{key} {value[:40]!r} is not an ISO 8601 date and time") from None


def _author(obj: dict[str, Any]) -> MemberRef | None:
    value = obj.get("author")
    if value is None:
        return None
    if not isinstance(value, dict):
        raise LineError("author must be an object")
    remote_id = value.get("id")
    if isinstance(remote_id, int) and not isinstance(remote_id, bool):
        remote_id = str(remote_id)
    if not isinstance(remote_id, str) or not remote_id.strip():
        raise LineError("author.id is missing")
    fields = {k: text_field(value, k) for k in ("handle", "name", "profile_url", "avatar_url")}
    return MemberRef(remote_id, **fields)


def _choice(obj: dict[str, Any], key: str, enum: type[Any], default: Any) -> Any:
    value = obj.get(key, default.value)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum if m.value != "note")
        raise LineError(f"{key} {str(value)[:40]!r} is not one of: {allowed}") from None


def _flag(obj: dict[str, Any], key: str) -> bool:
    value = obj.get(key, False)
    if not isinstance(value, bool):
        raise LineError(f"{key} must be true or false")
    return value


def parse_item(obj: dict[str, Any]) -> InboundItem:
    """One line's object as a validated item (the account is resolved separately)."""
    platform_id = obj.get("id")
    if isinstance(platform_id, int) and not isinstance(platform_id, bool):
        platform_id = str(platform_id)
    if not isinstance(platform_id, str):
        raise LineError("id is missing (the message's id on its platform)")
    direction = _choice(obj, "direction", Direction, Direction.INBOUND)
    if direction is Direction.NOTE:
        raise LineError("direction must be inbound or outbound")
    html = obj.get("html")
    if html is not None and not isinstance(html, str):
        raise LineError("html must be a string")
    item = InboundItem(
        platform_id=platform_id, created_at=_time(obj, "created_at", required=True),
        text=text_field(obj, "text"), author=_author(obj), direction=direction,
        kind=_choice(obj, "kind", MessageKind, MessageKind.MENTION),
        thread_id=text_field(obj, "thread_id") or None,
        parent_id=text_field(obj, "parent_id") or None,
        subject=text_field(obj, "subject"), html=html, url=text_field(obj, "url"),
        language=text_field(obj, "language"), edited_at=_time(obj, "edited_at"),
        deleted=_flag(obj, "deleted"), is_direct=_flag(obj, "is_direct"))
    try:
        return validate(item)
    except (InvalidItem, ValueError) as exc:
        raise LineError(str(exc)) from None


def decode(raw: bytes | None, number: int) -> dict[str, Any]:
    if raw is None:
        raise LineError(f"the line is longer than {MAX_LINE // (1024 * 1024)} MB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LineError(f"the line is not valid UTF-8 (byte {exc.start + 1})") from None
    if number == 1:
        text = text.removeprefix("\ufeff")
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise LineError(f"not valid JSON: {getattr(exc, 'msg', 'nested too deeply')}") from None
    if not isinstance(obj, dict):
        raise LineError("each line must be one JSON object")
    return obj


