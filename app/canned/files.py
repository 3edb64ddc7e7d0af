"""The shared file format: one UTF-8 `<folder>/<shortcut>.<language>.md` per response.

Front matter is `key: value` lines between `---` lines (no YAML), then the body. Files come
from teammates and downloads, so each is size-limited, must parse, and is never followed
through a symlink; a bad file becomes a `BadFile` with a reason, and the rest goes on.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.canned.model import Canned, InvalidCanned, cleaned
from app.timeutil import EARLIEST, LATEST, as_utc, parse_timestamp

MAX_FILE = 64 * 1024
SUFFIX = ".md"
FENCE = "---"
REQUIRED = ("id", "title", "shortcut", "language")
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNESCAPES = {"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


class BadFile(ValueError):
    """A file that is not a canned response; the message says why, in the user's words."""


@dataclass(frozen=True, slots=True)
class ResponseFile:
    """One parsed file: the response and where it lives (relative to the shared folder)."""

    path: str
    canned: Canned
    has_updated: bool


def relative_path(canned: Canned) -> str:
    name = f"{canned.shortcut}.{canned.language}{SUFFIX}"
    return f"{canned.folder}/{name}" if canned.folder else name


def _escape(value: str) -> str:
    return "".join(_ESCAPES.get(c, c) for c in value)


def _unescape(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for c in chars:
        if c == "\\":
            following = next(chars, "")
            c = _UNESCAPES.get(following, "\\" + following)
        out.append(c)
    return "".join(out)


def _stamp(moment: datetime) -> str:
    return as_utc(moment).isoformat().replace("+00:00", "Z")


def to_text(canned: Canned) -> str:
    fields = {"id": canned.id, "title": canned.title, "shortcut": canned.shortcut,
              "language": canned.language, "folder": canned.folder,
              "created": _stamp(canned.created_at), "updated": _stamp(canned.updated_at)}
    lines = [FENCE, *(f"{key}: {_escape(value)}" for key, value in fields.items()), FENCE]
    return "\n".join(lines) + "\n" + canned.body + "\n"


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise BadFile("does not start with a --- line")
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == FENCE:
            return fields, "\n".join(lines[number:])
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            raise BadFile(f"line {number} is not `key: value`")
        if key in fields:
            raise BadFile(f"{key} appears twice")
        fields[key] = _unescape(value.strip())
    raise BadFile("the front matter is never closed with a --- line")


def _time(fields: dict[str, str], key: str, default: datetime) -> datetime:
    if not fields.get(key):
        return default
    try:
        moment = parse_timestamp(fields[key])
    except ValueError as exc:
        raise BadFile(f"{key}: {fields[key][:40]!r} is not an ISO 8601 time") from exc
    if not EARLIEST <= moment <= LATEST:
        raise BadFile(f"{key}: {fields[key][:40]!r} is out of range")
    return moment


def parse(text: str, modified: datetime) -> tuple[Canned, bool]:
    """A response from a file's text; `modified` stands in for a missing `updated`."""
    fields, body = _front_matter(text)
    missing = [key for key in REQUIRED if not fields.get(key)]
    if missing:
        raise BadFile(f"missing {', '.join(missing)} in the front matter")
    updated = _time(fields, "updated", modified)
    created = min(_time(fields, "created", updated), updated)
    canned = Canned(fields["id"], fields["title"], fields["shortcut"], fields["language"],
                    fields.get("folder", ""), body, created, updated)
    try:
        return cleaned(canned), bool(fields.get("updated"))
    except InvalidCanned as exc:
        raise BadFile(str(exc)) from exc


def read(root: Path, relative: str) -> ResponseFile:
    """Read one file without following a symlink and without reading past the size limit."""
    path = _inside(root, relative)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        if path.is_symlink():
            raise BadFile("is a symbolic link; Serambi does not follow those")
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):  # a fifo or device would hang or never end
                raise BadFile("is not a regular file")
            data = handle.read(MAX_FILE + 1)
            modified = datetime.fromtimestamp(info.st_mtime, UTC)
    except OSError as exc:
        raise BadFile(f"cannot be read: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE:
        raise BadFile(f"is larger than {MAX_FILE // 1024} KiB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadFile("is not UTF-8 text") from exc
    canned, has_updated = parse(text, modified)
    return ResponseFile(relative, canned, has_updated)


def loose_id(root: Path, relative: str) -> str | None:
    """The `id:` line of a file too broken to read, so a sync can leave its response be."""
    try:
        path = _inside(root, relative)
        if not stat.S_ISREG(path.lstat().st_mode):
            return None
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8", "replace")
    except (OSError, BadFile):
        return None
    for line in head.splitlines()[1:40]:
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == "id" and value.strip():
            return value.strip()
    return None


def scan(root: Path) -> Iterator[str]:
    """Relative paths of every `.md` file under root; symlinked folders are not entered."""
    for directory, subdirs, names in os.walk(root, followlinks=False):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(names):
            if name.endswith(SUFFIX) and not name.startswith("."):
                yield (Path(directory) / name).relative_to(root).as_posix()


def write(root: Path, canned: Canned) -> str:
    """Write a response's file (atomically, so a teammate never reads half of it)."""
    relative = relative_path(canned)
    target = _inside(root, relative)
    target.parent.mkdir(parents=True, exist_ok=True)
    _inside(root, relative)  # a folder could have appeared as a symlink meanwhile
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.unlink(missing_ok=True)
    temporary.write_text(to_text(canned), encoding="utf-8", newline="\n")
    temporary.replace(target)
    return relative


def remove(root: Path, relative: str) -> None:
    _inside(root, relative).unlink(missing_ok=True)


def _inside(root: Path, relative: str) -> Path:
    """root/relative, refusing `..` and any symlinked folder on the way."""
    parts = Path(relative).parts
    if Path(relative).is_absolute() or ".." in parts:
        raise BadFile(f"{relative} points outside the shared folder")
    current = root
    for part in parts[:-1]:
        current = current / part
        if current.is_symlink():
            raise BadFile(f"{relative} goes through a symbolic link; Serambi does not follow those")
    return root / relative
