"""A tiny HTTP platform and its connector, built on connectors/http.py like the real ones,
for the fault, crash and secrets proofs.

The API (made up, shaped like the REST platforms Serambi talks to):
  GET  /api/v1/mentions?cursor=C&limit=N&access_token=T
       -> {"items": [item...], "next_cursor": "C2", "more": bool}
       item: {"id", "created_at" (ISO 8601), "text", "author": {"id", "handle", "name"},
              "in_reply_to" (id or null), "url"}
  POST /api/v1/posts  (Authorization: Bearer T)  {"in_reply_to", "text", "client_ref"}
       -> {"id", "url"}; client_ref is kept and shown again, like a Matrix txn id or a
       Bluesky record key, so a reply can be found after a crash.
  GET  /api/v1/posts/ID/replies?access_token=T -> {"items": [post...]}
  POST /api/v1/token  {"password"} -> {"access_token", "refresh_token"} (a sign-in)
The platform never de-duplicates a POST: it counts every one, so a doubled send shows.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.items import InboundItem, MemberRef
from app.secrets import Secrets, session_ref
from app.timeutil import parse_timestamp
from connectors import errors, http
from connectors.base import AccountConfig, Page, SentReply

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
PAGE = 20


def raw_item(index: int, prefix: str = "m") -> dict[str, Any]:
    return {"id": f"{prefix}{index}", "created_at": (T0 + timedelta(minutes=index)).isoformat(),
            "text": f"mention {prefix}{index}", "url": f"https://tiny.example/{prefix}{index}",
            "author": {"id": f"u{index % 7}", "handle": f"@u{index % 7}", "name": "Member"},
            "in_reply_to": None if index % 4 == 0 else f"{prefix}{index - 1}"}


@dataclass
class TinyPlatform:
    """What the server holds; thread-safe (the loopback server answers on threads)."""

    token: str = "tiny-token-0000"
    password: str = ""  # when set, a sign-in with it gives session tokens
    sessions: list[str] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    posts: list[dict[str, Any]] = field(default_factory=list)
    attempts: Counter[str] = field(default_factory=Counter)  # POSTs received per client_ref
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests += 1
            return self._route(request)

    def _route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path == "/api/v1/token":
            return self._sign_in(json.loads(request.content))
        if not self._authorised(request):
            return httpx.Response(401, json={"error": "invalid_token"})
        if request.method == "GET" and path == "/api/v1/mentions":
            return self._mentions(request)
        if request.method == "POST" and path == "/api/v1/posts":
            return self._post(json.loads(request.content))
        if request.method == "GET" and path.startswith("/api/v1/posts/") \
                and path.endswith("/replies"):
            target = path.removeprefix("/api/v1/posts/").removesuffix("/replies")
            found = [p for p in self.posts if p["in_reply_to"] == target]
            return httpx.Response(200, json={"items": found})
        return httpx.Response(404, json={"error": "not found"})

    def _authorised(self, request: httpx.Request) -> bool:
        valid = {f"Bearer {t}" for t in (self.token, *self.sessions)}
        return request.headers.get("authorization", "") in valid or \
            f"Bearer {request.url.params.get('access_token')}" in valid

    def _sign_in(self, body: dict[str, Any]) -> httpx.Response:
        if not self.password or body.get("password") != self.password:
            return httpx.Response(401, json={"error": "wrong password"})
        n = len(self.sessions) + 1
        access, refresh = f"sess-access-{n}-8c1e5a9b7d", f"sess-refresh-{n}-41f0b2c6aa"
        self.sessions.append(access)
        return httpx.Response(200, json={"access_token": access, "refresh_token": refresh})

    def _mentions(self, request: httpx.Request) -> httpx.Response:
        cursor, limit_text = request.url.params.get("cursor", "0"), request.url.params.get(
            "limit", str(PAGE))
        if not cursor.isdigit() or not limit_text.isdigit():
            return httpx.Response(400, json={"error": "bad cursor or limit"})
        start, limit = int(cursor), int(limit_text)
        chunk = self.items[start:start + limit]
        end = start + len(chunk)
        return httpx.Response(200, json={"items": chunk, "next_cursor": str(end),
                                         "more": end < len(self.items)})

    def _post(self, body: dict[str, Any]) -> httpx.Response:
        ref = str(body.get("client_ref", ""))
        self.attempts[ref] += 1
        ident = f"p{len(self.posts) + 1}"
        post = {"id": ident, "url": f"https://tiny.example/{ident}",
                "in_reply_to": body["in_reply_to"], "text": body["text"], "client_ref": ref,
                "author": {"id": "brand", "handle": "@brand", "name": "Brand"},
                "created_at": T0.isoformat()}
        self.posts.append(post)
        return httpx.Response(200, json={"id": post["id"], "url": post["url"]})


def map_item(raw: Any) -> InboundItem:
    """One platform item as an InboundItem; BadPayload saying what is wrong with it."""
    item = http.expect_dict(raw, "mention")
    author = http.expect_dict(item.get("author"), "mention author")
    ident, author_id = item.get("id"), author.get("id")
    if not isinstance(ident, str) or not isinstance(author_id, str):
        raise errors.BadPayload("mention: id and author.id must be strings")
    created, text, parent = item.get("created_at"), item.get("text", ""), item.get("in_reply_to")
    if not isinstance(created, str) or not isinstance(text, str):
        raise errors.BadPayload("mention: created_at and text must be strings")
    if parent is not None and not isinstance(parent, str):
        raise errors.BadPayload("mention: in_reply_to must be a string or null")
    try:
        when = parse_timestamp(created)
    except ValueError:
        raise errors.BadPayload(f"mention: created_at {created[:40]!r} is not a date") from None
    def optional(obj: dict[str, Any], key: str) -> str:
        value = obj.get(key)
        return value if isinstance(value, str) else ""

    member = MemberRef(author_id, optional(author, "handle"), optional(author, "name"))
    return InboundItem(ident, when, text, member, parent_id=parent, url=optional(item, "url"))


class TinyConnector:
    """fetch, reply and find_sent over the tiny API; the token comes from the keyring."""

    streams: Sequence[str] = ("mentions",)
    max_reply_length = 500

    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.base = config.server_url.rstrip("/")
        self.client = client
        self.secrets, self.ref = secrets, config.secret_ref
        self.page = int(config.settings.get("page", PAGE))
        self.password_sign_in = config.settings.get("auth") == "password"
        self.token = "" if self.password_sign_in else secrets.get(config.secret_ref) or ""

    async def _signed_in(self) -> str:
        """With a password: the session's access token, signing in once for it (kept in the
        keyring beside the password, as real connectors do)."""
        if self.token:
            return self.token
        kept = self.secrets.get(session_ref(self.ref))
        if kept:
            self.token = str(json.loads(kept)["access_token"])
            return self.token
        response = await http.write(self.client, "POST", f"{self.base}/api/v1/token",
                                    "signing in", json_body={
                                        "password": self.secrets.get(self.ref) or ""})
        session = http.expect_dict(http.json_of(response, "sign-in"), "sign-in")
        self.secrets.set(session_ref(self.ref), json.dumps(session))
        self.token = str(session.get("access_token", ""))
        return self.token

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        token = await self._signed_in()
        params = {"cursor": cursor or "0", "limit": str(self.page), "access_token": token}
        response = await http.read(self.client, "GET", f"{self.base}/api/v1/mentions",
                                   "reading mentions", params=params)
        body = http.expect_dict(http.json_of(response, "mentions"), "mentions")
        raw_items = http.expect_list(body.get("items"), "mentions.items")
        next_cursor = body.get("next_cursor")
        if not isinstance(next_cursor, str) or not next_cursor.isdigit():
            # A cursor we cannot use again would stop this account for good: refuse the page.
            raise errors.BadPayload("mentions: next_cursor must be a number in a string")
        items, rejected = [], []
        for raw in raw_items:
            try:
                items.append(map_item(raw))
            except errors.BadPayload as exc:
                ident = raw.get("id") if isinstance(raw, dict) else None
                rejected.append((ident if isinstance(ident, str) else "?", str(exc)))
        return Page(items, next_cursor, more=body.get("more") is True, rejected=rejected)

    async def reply(self, target_platform_id: str, text: str,
                    idempotency_key: str) -> SentReply:
        body = {"in_reply_to": target_platform_id, "text": text, "client_ref": idempotency_key}
        token = await self._signed_in()
        response = await http.write(self.client, "POST", f"{self.base}/api/v1/posts",
                                    "posting a reply", json_body=body,
                                    headers={"Authorization": f"Bearer {token}"})
        sent = http.expect_dict(http.json_of(response, "reply"), "reply")
        ident, url = sent.get("id"), sent.get("url", "")
        if not isinstance(ident, str) or not isinstance(url, str):
            raise errors.SendOutcomeUnknown("the platform's answer to the reply had no id")
        return SentReply(ident, url)

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str = "") -> SentReply | None:
        token = await self._signed_in()
        response = await http.read(
            self.client, "GET", f"{self.base}/api/v1/posts/{target_platform_id}/replies",
            "looking for our reply", params={"access_token": token})
        body = http.expect_dict(http.json_of(response, "replies"), "replies")
        for post in http.expect_list(body.get("items"), "replies.items"):
            if isinstance(post, dict) and post.get("client_ref") == idempotency_key \
                    and isinstance(post.get("id"), str):
                return SentReply(post["id"], str(post.get("url", "")))
        return None
