"""The AT Protocol payloads Serambi reads, parsed with validation: everything a server sends
is untrusted, so a malformed field raises BadPayload naming it, for that one item only.

Field names follow the lexicons (app.bsky.notification.listNotifications#notification,
app.bsky.feed.defs#postView, app.bsky.feed.post, app.bsky.actor.defs#profileViewBasic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from connectors.errors import BadPayload

POST = "app.bsky.feed.post"
INVALID_HANDLE = "handle.invalid"  # what the AppView shows when a handle fails verification
_DID = re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$")
_HANDLE = re.compile(r"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
                     r"[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")
_NSID = re.compile(r"^[a-zA-Z]([a-zA-Z0-9-]{0,62})?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,62})?)+$")
_RKEY = re.compile(r"^[a-zA-Z0-9_~.:-]{1,512}$")
_CID = re.compile(r"^[a-zA-Z0-9]{8,128}$")
_LANG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$")


def is_did(value: object) -> bool:
    return isinstance(value, str) and len(value) <= 2048 and bool(_DID.match(value))


def is_handle(value: object) -> bool:
    return isinstance(value, str) and len(value) <= 253 and bool(_HANDLE.match(value))


def is_language(value: object) -> bool:
    return isinstance(value, str) and bool(_LANG.match(value))


@dataclass(frozen=True, slots=True)
class AtUri:
    """at://<did>/<collection>/<rkey>: the only address form we act on (never a handle)."""

    did: str
    collection: str
    rkey: str

    @classmethod
    def parse(cls, value: object) -> AtUri:
        if not isinstance(value, str) or not value.startswith("at://") or len(value) > 8192:
            raise BadPayload("not an at:// address")
        parts = value[len("at://"):].split("/")
        if len(parts) != 3 or not is_did(parts[0]) or not _NSID.match(parts[1]) \
                or not _RKEY.match(parts[2]) or parts[2] in (".", ".."):
            raise BadPayload("not an at://<did>/<collection>/<record key> address")
        return cls(*parts)

    def __str__(self) -> str:
        return f"at://{self.did}/{self.collection}/{self.rkey}"


@dataclass(frozen=True, slots=True)
class StrongRef:
    """com.atproto.repo.strongRef: a record and the exact version (CID) of it."""

    uri: str
    cid: str

    @classmethod
    def parse(cls, value: object, what: str) -> StrongRef:
        raw = _dict(value, what)
        return cls(str(AtUri.parse(raw.get("uri"))), cid(raw.get("cid"), what))

    def as_json(self) -> dict[str, str]:
        return {"uri": self.uri, "cid": self.cid}


@dataclass(frozen=True, slots=True)
class Profile:
    did: str
    handle: str
    display_name: str = ""
    avatar: str = ""
    blocking: str = ""  # the at:// address of our block record, when we block them

    @classmethod
    def parse(cls, value: object) -> Profile:
        raw = _dict(value, "author")
        did = raw.get("did")
        if not is_did(did):
            raise BadPayload("author has no valid DID")
        handle = raw.get("handle")
        viewer = raw.get("viewer")
        avatar = raw.get("avatar")
        blocking = viewer.get("blocking") if isinstance(viewer, dict) else None
        return cls(did=str(did),
                   handle=str(handle) if is_handle(handle) and handle != INVALID_HANDLE else "",
                   display_name=_text(raw.get("displayName"), 640),
                   avatar=avatar if isinstance(avatar, str) and avatar.startswith("https://")
                   and len(avatar) <= 2000 else "",
                   blocking=blocking if isinstance(blocking, str) else "")


@dataclass(frozen=True, slots=True)
class PostRecord:
    """An app.bsky.feed.post record as written by its author (self-declared, untrusted)."""

    text: str
    created_at: datetime | None
    facets: list[Any]
    root: StrongRef | None
    parent: StrongRef | None
    langs: tuple[str, ...]
    quoted: str  # the at:// address of an embedded (quoted) post, if any
    embed: str  # the embed kind: images, video, external, record... ("" when none)

    @classmethod
    def parse(cls, value: object) -> PostRecord:
        raw = _dict(value, "record")
        if raw.get("$type", POST) != POST:
            raise BadPayload("the record is not a post")
        text = raw.get("text")
        if not isinstance(text, str):
            raise BadPayload("the post has no text field")
        root = parent = None
        if raw.get("reply") is not None:
            reply = _dict(raw.get("reply"), "reply")
            root = StrongRef.parse(reply.get("root"), "reply.root")
            parent = StrongRef.parse(reply.get("parent"), "reply.parent")
        facets = raw.get("facets")
        langs = raw.get("langs")
        quoted, embed = _embed(raw.get("embed"))
        return cls(text=text, created_at=parse_time(raw.get("createdAt")),
                   facets=facets if isinstance(facets, list) else [], root=root,
                   parent=parent, quoted=quoted, embed=embed,
                   langs=tuple(lang for lang in langs[:3] if is_language(lang))
                   if isinstance(langs, list) else ())


@dataclass(frozen=True, slots=True)
class PostView:
    """A post as the AppView shows it (getPosts), or as a notification carries it."""

    uri: AtUri
    cid: str
    author: Profile
    record: PostRecord
    indexed_at: datetime
    reason: str = ""  # mention, reply or quote (notifications only)
    labels: tuple[str, ...] = ()

    @classmethod
    def parse(cls, value: object, reason: str = "") -> PostView:
        raw = _dict(value, "post")
        uri = AtUri.parse(raw.get("uri"))
        if uri.collection != POST:
            raise BadPayload("the item is not a post")
        indexed = parse_time(raw.get("indexedAt"))
        if indexed is None:
            raise BadPayload("the item has no valid indexedAt time")
        author = Profile.parse(raw.get("author"))
        if author.did != uri.did:
            raise BadPayload("the author is not the owner of the post's repository")
        return cls(uri=uri, cid=cid(raw.get("cid"), "post"), author=author,
                   record=PostRecord.parse(raw.get("record")), indexed_at=indexed,
                   reason=reason, labels=_labels(raw.get("labels")))


def notification(value: object, reasons: frozenset[str]) -> PostView | None:
    """A listNotifications item as a post; None for reasons we do not sync (likes...)."""
    raw = _dict(value, "notification")
    reason = raw.get("reason")
    if reason not in reasons:
        return None
    return PostView.parse(raw, str(reason))


def parse_time(value: object) -> datetime | None:
    """An atproto datetime (RFC 3339 with a zone); None when missing or malformed."""
    if not isinstance(value, str) or not 10 <= len(value) <= 64:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None  # the spec requires a zone; a naive time could mean anything
    return when.astimezone(UTC)


def cid(value: object, what: str) -> str:
    if not isinstance(value, str) or not _CID.match(value):
        raise BadPayload(f"{what} has no valid CID")
    return value


def rkey_ok(value: str) -> bool:
    return bool(_RKEY.match(value)) and value not in (".", "..")


def _dict(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadPayload(f"{what} is not an object")
    return value


def _text(value: object, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _embed(value: object) -> tuple[str, str]:
    if not isinstance(value, dict) or not isinstance(value.get("$type"), str):
        return "", ""
    kind = value["$type"].removeprefix("app.bsky.embed.")
    record = value.get("record")
    if kind == "recordWithMedia" and isinstance(record, dict):
        record = record.get("record")
    uri = record.get("uri") if isinstance(record, dict) else None
    try:
        return (str(AtUri.parse(uri)) if uri is not None else ""), kind[:40]
    except BadPayload:
        return "", kind[:40]


def _labels(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    found = (label.get("val") for label in value if isinstance(label, dict))
    return tuple(sorted({v for v in found if isinstance(v, str) and 0 < len(v) <= 128}))
