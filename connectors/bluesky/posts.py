"""Looking up a post we are about to act on, and writing our replies: the post record with
its reply strong refs, facets and languages, under a record key derived from the outbox's
idempotency key so that a retry can never post twice."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from connectors.bluesky import api, graphemes
from connectors.bluesky.api_types import POST, AtUri, PostRecord, PostView, StrongRef
from connectors.bluesky.richtext import facet, find_spans
from connectors.bluesky.session import Session
from connectors.errors import BadPayload, NotSupported

MAX_GRAPHEMES = 300
MAX_BYTES = 3000
MAX_MENTIONS = 20
_S32 = "234567abcdefghijklmnopqrstuvwxyz"
# Reply record keys are TIDs (the post lexicon demands key type "tid") whose time part comes
# from the idempotency key, spread over a fixed window in the past: the same key always gives
# the same record key, and no derived key can collide with a post written later.
_TID_BASE_US = int(datetime(2023, 1, 1, tzinfo=UTC).timestamp()) * 1_000_000
_TID_WINDOW_US = 1 << 42  # about 51 days


def reply_rkey(idempotency_key: str) -> str:
    digest = hashlib.sha256(b"serambi-reply:" + idempotency_key.encode("utf-8")).digest()
    bits = int.from_bytes(digest[:8], "big")
    micros = _TID_BASE_US + (bits >> 10) % _TID_WINDOW_US
    value = (micros << 10) | (bits & 0x3FF)  # 53-bit time, 10-bit clock id, top bit zero
    return "".join(_S32[(value >> shift) & 31] for shift in range(60, -1, -5))


async def lookup(session: Session, uri: AtUri) -> tuple[StrongRef, PostRecord]:
    """The post's current version and record: from the AppView, or straight from its
    repository when the AppView leaves it out (for instance after a block)."""
    for raw in await api.get_posts(session, [str(uri)]):
        try:
            view = PostView.parse(raw)
        except BadPayload:
            continue
        if view.uri == uri:
            return StrongRef(str(uri), view.cid), view.record
    found = await api.get_record(session, uri)
    if found is None:
        raise NotSupported("that Bluesky post has been deleted")
    return found[0], PostRecord.parse(found[1])


def check_length(text: str) -> None:
    count = graphemes.count(text)
    if count > MAX_GRAPHEMES:
        raise NotSupported(f"a Bluesky post holds at most {MAX_GRAPHEMES} characters; this "
                           f"reply has {count}: shorten it")
    if len(text.encode("utf-8")) > MAX_BYTES:
        # The lexicon also caps the text at 3000 UTF-8 bytes; emoji take up to 25 each.
        raise NotSupported("this reply is too long for one Bluesky post (it has many emoji "
                           "or non-Latin letters): shorten it")


async def facets_for(session: Session, text: str) -> list[dict[str, Any]]:
    """Facets for mentions (handles resolved to DIDs), links and hashtags in our text.
    A handle that does not resolve stays plain text."""
    spans = find_spans(text)
    handles = sorted({s.value.lower() for s in spans if s.kind == "mention"})[:MAX_MENTIONS]
    dids = {handle: await api.resolve_handle(session, handle) for handle in handles}
    out = []
    for span in spans:
        target = dids.get(span.value.lower()) if span.kind == "mention" else span.value
        if target:
            out.append(facet(span, target))
    return out


def reply_record(text: str, parent: StrongRef, parent_record: PostRecord,
                 langs: tuple[str, ...], facets: list[dict[str, Any]],
                 now: datetime) -> dict[str, Any]:
    root = parent_record.root or parent
    record: dict[str, Any] = {
        "$type": POST, "text": text,
        "createdAt": now.astimezone(UTC).isoformat(timespec="milliseconds").replace(
            "+00:00", "Z"),
        "reply": {"root": root.as_json(), "parent": parent.as_json()}}
    if langs:
        record["langs"] = list(langs[:3])
    if facets:
        record["facets"] = facets
    return record
