"""The XRPC endpoints Serambi uses, one small function each (lexicon names as in the AT
Protocol repository: lexicons/app/bsky/... and lexicons/com/atproto/...)."""

from __future__ import annotations

from typing import Any

from connectors.bluesky.api_types import POST, AtUri, Profile, StrongRef, is_did
from connectors.bluesky.session import RecordNotFound, Session
from connectors.errors import BadPayload
from connectors.http import expect_list

GET_POSTS_MAX = 25  # app.bsky.feed.getPosts: uris maxLength


async def list_notifications(session: Session, cursor: str | None, limit: int,
                             reasons: tuple[str, ...]) -> tuple[list[Any], str | None]:
    """One page, newest first, and the cursor to the older page after it (if any)."""
    params: dict[str, Any] = {"limit": limit, "reasons": list(reasons)}
    if cursor:
        params["cursor"] = cursor
    data = await session.xrpc("app.bsky.notification.listNotifications",
                              "reading Bluesky notifications", params=params)
    items = expect_list(data.get("notifications"), "listNotifications.notifications")
    next_cursor = data.get("cursor")
    return items, next_cursor if isinstance(next_cursor, str) and next_cursor else None


async def get_posts(session: Session, uris: list[str]) -> list[Any]:
    """Post views of up to 25 posts; deleted ones (and blocked authors') are left out."""
    if not uris:
        return []
    data = await session.xrpc("app.bsky.feed.getPosts", "reading Bluesky posts",
                              params={"uris": uris[:GET_POSTS_MAX]})
    return expect_list(data.get("posts"), "getPosts.posts")


async def get_record(session: Session, uri: AtUri) -> tuple[StrongRef, dict[str, Any]] | None:
    """A record and its version from its repository, or None when it does not exist."""
    try:
        data = await session.xrpc("com.atproto.repo.getRecord", "reading a Bluesky record",
                                  params={"repo": uri.did, "collection": uri.collection,
                                          "rkey": uri.rkey})
    except RecordNotFound:
        return None
    value = data.get("value")
    if not isinstance(value, dict) or data.get("uri") != str(uri):
        raise BadPayload("getRecord answered with another record or no value")
    return StrongRef.parse(data, "getRecord"), value


async def create_record(session: Session, collection: str, record: dict[str, Any],
                        rkey: str | None = None) -> StrongRef:
    me = await session.me()
    body: dict[str, Any] = {"repo": me.did, "collection": collection, "record": record}
    if rkey:
        body["rkey"] = rkey
    data = await session.xrpc("com.atproto.repo.createRecord", f"writing a {_noun(collection)}",
                              body=body, procedure=True)
    return StrongRef.parse(data, "createRecord")


async def put_record(session: Session, collection: str, rkey: str, record: dict[str, Any],
                     swap: str | None) -> StrongRef:
    """Create or replace our record; `swap` (its current CID) refuses a lost race."""
    me = await session.me()
    body: dict[str, Any] = {"repo": me.did, "collection": collection, "rkey": rkey,
                            "record": record}
    if swap:
        body["swapRecord"] = swap
    data = await session.xrpc("com.atproto.repo.putRecord", f"updating a {_noun(collection)}",
                              body=body, procedure=True)
    return StrongRef.parse(data, "putRecord")


async def delete_record(session: Session, uri: AtUri) -> None:
    await session.xrpc("com.atproto.repo.deleteRecord", f"deleting a {_noun(uri.collection)}",
                       body={"repo": uri.did, "collection": uri.collection, "rkey": uri.rkey},
                       procedure=True)


async def resolve_handle(session: Session, handle: str) -> str | None:
    """The DID behind a handle, or None when the handle does not resolve."""
    try:
        data = await session.xrpc("com.atproto.identity.resolveHandle",
                                  "looking up a Bluesky handle", params={"handle": handle})
    except BadPayload:
        return None  # HandleNotFound (400) or an answer we cannot read: no mention link
    did = data.get("did")
    return did if is_did(did) else None


async def get_profile(session: Session, actor: str) -> Profile:
    data = await session.xrpc("app.bsky.actor.getProfile", "reading a Bluesky profile",
                              params={"actor": actor})
    return Profile.parse(data)


async def mute_actor(session: Session, actor: str) -> None:
    await session.xrpc("app.bsky.graph.muteActor", "muting a Bluesky account",
                       body={"actor": actor}, procedure=True)


async def create_report(session: Session, reason_type: str, reason: str,
                        subject: StrongRef) -> None:
    body = {"reasonType": reason_type, "reason": reason,
            "subject": {"$type": "com.atproto.repo.strongRef", **subject.as_json()}}
    await session.xrpc("com.atproto.moderation.createReport", "reporting a Bluesky post",
                       body=body, procedure=True)


async def get_session(session: Session) -> dict[str, Any]:
    return await session.xrpc("com.atproto.server.getSession", "checking the Bluesky session")


def _noun(collection: str) -> str:
    nouns = {POST: "Bluesky post", "app.bsky.feed.threadgate": "Bluesky thread gate",
             "app.bsky.feed.postgate": "Bluesky post gate", "app.bsky.graph.block": "block"}
    return nouns.get(collection, "Bluesky record")
