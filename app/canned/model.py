"""A canned response as the rest of the app sees it, and the rules every one must follow.

Services hand out frozen `Canned` values, never live ORM rows, so the UI and the sync code
can hold them across threads and sessions.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime

from app.canned.template import TemplateError, check_known
from app.models import CannedResponse

MAX_TITLE = 200
MAX_BODY = 20_000
MAX_FOLDER = 200
_SHORTCUT = re.compile(r"[\w-]{1,40}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_FOLDER_FORBIDDEN = set('\\:*?"<>|')


class InvalidCanned(ValueError):
    """A response that cannot be saved; the message says which field and why."""


class CannedNotFound(LookupError):
    """No canned response has this id (any more)."""


@dataclass(frozen=True, slots=True)
class Canned:
    id: str
    title: str
    shortcut: str
    language: str
    folder: str
    body: str
    created_at: datetime
    updated_at: datetime

    @property
    def content_hash(self) -> str:
        """What a sync compares: the content, never the timestamps."""
        fields = (self.title, self.shortcut, self.language, self.folder, self.body)
        return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()

    @classmethod
    def from_row(cls, row: CannedResponse) -> Canned:
        return cls(row.id, row.title, row.shortcut, row.language, row.folder, row.body,
                   row.created_at, row.updated_at)


def new_id() -> str:
    return uuid.uuid4().hex


def clean_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise InvalidCanned(f"id {value[:70]!r} must be 1-64 letters, digits, - or _")
    return value


def clean_shortcut(value: str) -> str:
    """`;Thanks` and `thanks` are the same shortcut."""
    shortcut = unicodedata.normalize("NFC", value.strip()).removeprefix(";").lower()
    if not _SHORTCUT.fullmatch(shortcut):
        raise InvalidCanned(
            f"shortcut {value[:50]!r} must be 1-40 letters, digits, - or _ (e.g. ;thanks)")
    return shortcut


def clean_language(value: str) -> str:
    language = value.strip().lower().replace("_", "-")
    if not _LANGUAGE.fullmatch(language):
        raise InvalidCanned(f"language {value[:30]!r} must be a code such as en or id")
    return language


def clean_title(value: str) -> str:
    title = " ".join(value.split())
    if not title:
        raise InvalidCanned("a canned response needs a title")
    if len(title) > MAX_TITLE:
        raise InvalidCanned(f"the title is longer than {MAX_TITLE} characters")
    return title


def clean_folder(value: str) -> str:
    """`Orders/Refunds`: relative, no `..`, nothing a file system would trip over."""
    parts = [part.strip() for part in value.strip().strip("/").split("/")] if value.strip() else []
    for part in parts:
        bad = part in ("", ".", "..") or any(c in _FOLDER_FORBIDDEN for c in part)
        if bad or any(unicodedata.category(c).startswith("C") for c in part):
            raise InvalidCanned(f"folder {value[:80]!r} must be names separated by /, no ..")
    folder = "/".join(parts)
    if len(folder) > MAX_FOLDER:
        raise InvalidCanned(f"the folder name is longer than {MAX_FOLDER} characters")
    return folder


def clean_body(value: str) -> str:
    body = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise InvalidCanned("the response text is empty")
    if len(body) > MAX_BODY:
        raise InvalidCanned(f"the response text is longer than {MAX_BODY} characters")
    try:
        check_known(body)
    except TemplateError as exc:
        raise InvalidCanned(str(exc)) from exc
    return body


def cleaned(canned: Canned) -> Canned:
    """The same response with every field checked and normalized; raises InvalidCanned."""
    return Canned(clean_id(canned.id), clean_title(canned.title),
                  clean_shortcut(canned.shortcut), clean_language(canned.language),
                  clean_folder(canned.folder), clean_body(canned.body),
                  canned.created_at, canned.updated_at)
