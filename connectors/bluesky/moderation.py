"""What a Bluesky account can do about other people's posts: hide a reply in its own thread
(threadgate hiddenReplies), detach a quote of its own post (postgate), block (a public
app.bsky.graph.block record), mute (private), report to the moderation service, and delete
its own posts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from connectors.bluesky import api
from connectors.bluesky.api_types import POST, AtUri, is_did
from connectors.bluesky.posts import lookup
from connectors.bluesky.session import InvalidSwap, Session
from connectors.errors import NotSupported

THREADGATE = "app.bsky.feed.threadgate"
POSTGATE = "app.bsky.feed.postgate"
BLOCK = "app.bsky.graph.block"
_DEFS = "com.atproto.moderation.defs#"
# Words in the agent's reason -> the lexicon's broad report categories.
_REPORT_WORDS = (
    (("spam",), "reasonSpam"),
    (("sex", "nud", "porn"), "reasonSexual"),
    (("mislead", "scam", "fake", "imperson"), "reasonMisleading"),
    (("rude", "harass", "abus", "hate", "troll", "insult"), "reasonRude"),
    (("illegal", "violat", "threat", "violen"), "reasonViolation"),
)
_REPORT_TYPES = {_DEFS + name for _, name in _REPORT_WORDS} | {_DEFS + "reasonOther"}


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


async def hide(session: Session, target: AtUri) -> None:
    me = (await session.me()).did
    _, record = await lookup(session, target)
    root = AtUri.parse(record.root.uri) if record.root else None
    quoted = AtUri.parse(record.quoted) if record.quoted else None
    if root is not None and root.did == me and root != target:
        await _add_to_gate(session, THREADGATE, root, "hiddenReplies", str(target), 300)
    elif quoted is not None and quoted.did == me:
        await _add_to_gate(session, POSTGATE, quoted, "detachedEmbeddingUris", str(target), 50)
    else:
        raise NotSupported("Bluesky can only hide replies in threads this account started, "
                           "or detach quotes of its own posts")


async def _add_to_gate(session: Session, collection: str, post: AtUri, key: str, uri: str,
                       limit: int) -> None:
    """Add the address to our gate record for that post (same record key as the post),
    keeping whatever else the gate says; a concurrent change is read again once."""
    gate = AtUri(post.did, collection, post.rkey)
    for attempt in (1, 2):
        found = await api.get_record(session, gate)
        record: dict[str, Any] = dict(found[1]) if found else {"createdAt": now_iso()}
        record.update({"$type": collection, "post": str(post)})
        listed = record.get(key)
        listed = [u for u in listed if isinstance(u, str)] if isinstance(listed, list) else []
        if uri in listed:
            return
        if len(listed) >= limit:
            raise NotSupported(f"Bluesky allows at most {limit} hidden entries per post; "
                               "block or report instead")
        record[key] = [*listed, uri]
        try:
            await api.put_record(session, collection, post.rkey, record,
                                 found[0].cid if found else None)
            return
        except InvalidSwap:
            if attempt == 2:
                raise


async def member_did(session: Session, member: str) -> str:
    """The DID of a member id (a DID already, or a handle from older data)."""
    if is_did(member):
        did: str | None = member
    else:
        did = await api.resolve_handle(session, member.strip().removeprefix("@"))
    if did is None:
        raise NotSupported(f"no Bluesky account is known as {member[:100]!r}")
    if did == (await session.me()).did:
        raise NotSupported("this is the account Serambi is signed in as")
    return did


async def block(session: Session, member: str) -> None:
    did = await member_did(session, member)
    if (await api.get_profile(session, did)).blocking:
        return  # already blocked: a second block record would only be clutter
    await api.create_record(session, BLOCK, {"$type": BLOCK, "subject": did,
                                             "createdAt": now_iso()})


async def mute(session: Session, member: str) -> None:
    await api.mute_actor(session, await member_did(session, member))


async def report(session: Session, target: AtUri, reason: str) -> None:
    ref, _ = await lookup(session, target)
    text = reason.strip()[:2000]
    await api.create_report(session, report_type(text), text, ref)


def report_type(reason: str) -> str:
    said = reason.strip()
    if said in _REPORT_TYPES:
        return said
    lowered = said.lower()
    for words, name in _REPORT_WORDS:
        if any(word in lowered for word in words):
            return _DEFS + name
    return _DEFS + "reasonOther"


async def delete(session: Session, target: AtUri) -> None:
    if target.did != (await session.me()).did or target.collection != POST:
        raise NotSupported("Bluesky only lets an account delete its own posts; hide, block "
                           "or report this one instead")
    await api.delete_record(session, target)
