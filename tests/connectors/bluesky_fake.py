"""A stateful fake Bluesky: a PDS (sessions, repositories of records) with its AppView
(notifications, post views, profiles) behind it, served through httpx.MockTransport.

Shapes and behaviour follow the published lexicons (bluesky-social/atproto lexicons/) and
the reference PDS/AppView: XRPC errors as {"error", "message"}, ExpiredToken as a 400,
refresh tokens that rotate, RateLimit-* headers (Reset in epoch seconds) and 429 with
Retry-After, listNotifications paged newest first by an ISO time cursor with `reasons`
filtered after paging, getPosts leaving out deleted posts and blocked authors, threadgate
hiddenReplies hiding replies from the root author's notifications, and a 500 when a record
key is written twice.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import itertools
import json
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

SERVICE = "https://pds.test"
POST = "app.bsky.feed.post"
_S32 = "234567abcdefghijklmnopqrstuvwxyz"
_TID_COLLECTIONS = {POST, "app.bsky.feed.threadgate", "app.bsky.feed.postgate",
                    "app.bsky.graph.block"}
REASON_TYPES = {f"com.atproto.moderation.defs#{n}" for n in (
    "reasonSpam", "reasonViolation", "reasonMisleading", "reasonSexual", "reasonRude",
    "reasonOther", "reasonAppeal")}


class XrpcError(Exception):
    def __init__(self, status: int, error: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.error, self.headers = status, error, headers or {}


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def tid(when: datetime, clock: int = 0) -> str:
    value = (int(when.timestamp() * 1_000_000) << 10) | (clock & 0x3FF)
    return "".join(_S32[(value >> s) & 31] for s in range(60, -1, -5))


def cid_of(value: Any) -> str:
    digest = hashlib.sha256(json.dumps(value, sort_keys=True).encode()).digest()
    return "bafyrei" + base64.b32encode(digest).decode().lower().rstrip("=")[:52]


def graphemes(text: str) -> int:
    """A rough count for validation: joiners, marks and modifiers do not start a new one."""
    count, joined = 0, False
    for ch in text:
        cp = ord(ch)
        extends = unicodedata.category(ch) in ("Mn", "Mc", "Me") or cp == 0x200D \
            or 0xFE00 <= cp <= 0xFE0F or 0x1F3FB <= cp <= 0x1F3FF
        if not extends and not joined:
            count += 1
        joined = cp == 0x200D
    return count


@dataclass
class Account:
    did: str
    handle: str
    app_password: str
    name: str = ""


@dataclass
class Record:
    cid: str
    value: dict[str, Any]
    indexed_at: datetime


@dataclass
class FakeBluesky:
    accounts: dict[str, Account] = field(default_factory=dict)
    repos: dict[str, dict[tuple[str, str], Record]] = field(default_factory=dict)
    access: dict[str, tuple[str, bool]] = field(default_factory=dict)  # token -> did, expired
    refresh: dict[str, str] = field(default_factory=dict)
    mutes: dict[str, set[str]] = field(default_factory=dict)
    reports: list[dict[str, Any]] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    # nsid -> [limit, remaining, reset epoch]; exhausted budgets answer 429.
    limits: dict[str, list[int]] = field(default_factory=dict)
    retry_after_header: bool = True
    # nsid -> exceptions or (status, error) answers to give instead of the real one.
    faults: dict[str, list[Any]] = field(default_factory=dict)
    # An nsid whose next answer is lost after the write was done (a broken connection).
    lose_answer_for: str = ""
    # Rewrites each listNotifications page: a hostile or broken AppView.
    tamper: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None = None
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    # ----- test helpers -------------------------------------------------------------------
    def add_account(self, handle: str, app_password: str = "abcd-efgh-ijkl-mnop",
                    name: str = "") -> str:
        did = "did:plc:" + hashlib.sha256(handle.encode()).hexdigest()[:24]
        self.accounts[did] = Account(did, handle, app_password, name or handle.split(".")[0])
        self.repos[did] = {}
        return did

    def post(self, author: str, text: str, *, reply_to: str | None = None,
             quote: str | None = None, facets: list[Any] | None = None,
             ago: timedelta = timedelta(0), langs: list[str] | None = None,
             created_at: str | None = None, **extra: Any) -> str:
        """A post as the author's own client would write it; returns its at:// address."""
        when = datetime.now(UTC) - ago
        record: dict[str, Any] = {"$type": POST, "text": text,
                                  "createdAt": created_at or iso(when), **extra}
        if facets:
            record["facets"] = facets
        if langs:
            record["langs"] = langs
        if reply_to:
            parent = self.strong_ref(reply_to)
            parent_value = self.record_at(reply_to)
            root = (parent_value or {}).get("reply", {}).get("root", parent)
            record["reply"] = {"root": root, "parent": parent}
        if quote:
            record["embed"] = {"$type": "app.bsky.embed.record", "record": self.strong_ref(quote)}
        rkey = tid(when, next(self._counter))
        self.repos[author][(POST, rkey)] = Record(cid_of(record), record, when)
        return f"at://{author}/{POST}/{rkey}"

    def mention_facet(self, text: str, handle: str) -> dict[str, Any]:
        start = text.encode().index(f"@{handle}".encode())
        did = next(a.did for a in self.accounts.values() if a.handle == handle)
        return {"index": {"byteStart": start, "byteEnd": start + len(handle.encode()) + 1},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}]}

    def edit(self, uri: str, text: str) -> None:
        did, collection, rkey = _split(uri)
        old = self.repos[did][(collection, rkey)]
        value = {**old.value, "text": text}
        self.repos[did][(collection, rkey)] = Record(cid_of(value), value, old.indexed_at)

    def delete(self, uri: str) -> None:
        did, collection, rkey = _split(uri)
        self.repos[did].pop((collection, rkey), None)

    def put(self, did: str, collection: str, rkey: str, value: dict[str, Any]) -> None:
        """A record written by the account's own client (outside Serambi)."""
        self.repos[did][(collection, rkey)] = Record(cid_of(value), value, datetime.now(UTC))

    def block(self, blocker: str, subject: str) -> str:
        """`blocker` blocks `subject`, as their own client would (a public block record)."""
        value = {"$type": "app.bsky.graph.block", "subject": subject,
                 "createdAt": iso(datetime.now(UTC))}
        rkey = tid(datetime.now(UTC), next(self._counter))
        self.repos[blocker][("app.bsky.graph.block", rkey)] = Record(
            cid_of(value), value, datetime.now(UTC))
        return f"at://{blocker}/app.bsky.graph.block/{rkey}"

    def expire_access_tokens(self) -> None:
        self.access = {token: (did, True) for token, (did, _) in self.access.items()}

    def record_at(self, uri: str) -> dict[str, Any] | None:
        did, collection, rkey = _split(uri)
        found = self.repos.get(did, {}).get((collection, rkey))
        return found.value if found else None

    def strong_ref(self, uri: str) -> dict[str, str]:
        did, collection, rkey = _split(uri)
        return {"uri": uri, "cid": self.repos[did][(collection, rkey)].cid}

    def records(self, did: str, collection: str) -> dict[str, dict[str, Any]]:
        return {rkey: r.value for (c, rkey), r in self.repos[did].items() if c == collection}

    def count(self, nsid: str) -> int:
        return sum(1 for call in self.calls if call == nsid)

    def transport(self) -> httpx.MockTransport:
        async def answer(request: httpx.Request) -> httpx.Response:
            await asyncio.sleep(0)  # let concurrent callers interleave, as over a network
            return self.handle(request)

        return httpx.MockTransport(answer)

    # ----- the server -----------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        nsid = request.url.path.removeprefix("/xrpc/")
        self.calls.append(nsid)
        headers: dict[str, str] = {}
        try:
            self._fault(nsid)
            headers = self._rate_limit(nsid)
            name = re.sub("([A-Z])", lambda m: "_" + m.group(1).lower(), nsid)
            handler = getattr(self, "x_" + name.replace(".", "_"), None)
            if handler is None or request.url.host != "pds.test":
                raise XrpcError(501, "MethodNotImplemented", "Method Not Implemented")
            body = json.loads(request.content) if request.content else {}
            result = handler(request, body)
        except XrpcError as exc:
            return httpx.Response(exc.status, json={"error": exc.error, "message": str(exc)},
                                  headers={**headers, **exc.headers})
        if nsid == self.lose_answer_for:
            self.lose_answer_for = ""
            raise httpx.ReadTimeout("the answer was lost", request=request)
        if result is None:
            return httpx.Response(200, headers=headers)
        return httpx.Response(200, json=result, headers=headers)

    def _fault(self, nsid: str) -> None:
        queued = self.faults.get(nsid)
        if queued:
            fault = queued.pop(0)
            if isinstance(fault, Exception):
                raise fault
            raise XrpcError(*fault)

    def _rate_limit(self, nsid: str) -> dict[str, str]:
        budget = self.limits.get(nsid)
        if budget is None:
            return {"RateLimit-Limit": "3000", "RateLimit-Remaining": "2999",
                    "RateLimit-Reset": str(int(time.time()) + 300),
                    "RateLimit-Policy": "3000;w=300"}
        limit, remaining, reset = budget
        headers = {"RateLimit-Limit": str(limit), "RateLimit-Reset": str(reset),
                   "RateLimit-Policy": f"{limit};w=300"}
        if remaining <= 0:
            headers["RateLimit-Remaining"] = "0"
            if self.retry_after_header:
                headers["Retry-After"] = str(max(0, reset - int(time.time())))
            raise XrpcError(429, "RateLimitExceeded", "Rate Limit Exceeded", headers)
        budget[1] -= 1
        headers["RateLimit-Remaining"] = str(budget[1])
        return headers

    def _viewer(self, request: httpx.Request, optional: bool = False) -> str:
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            if optional:
                return ""
            raise XrpcError(401, "AuthMissing", "Authentication Required")
        token = auth.removeprefix("Bearer ")
        if token in self.refresh:
            raise XrpcError(400, "InvalidToken", "Bad token scope")
        if token not in self.access:
            raise XrpcError(400, "InvalidToken", "Token could not be verified")
        did, expired = self.access[token]
        if expired:
            raise XrpcError(400, "ExpiredToken", "Token has expired")
        return did

    def _issue(self, did: str) -> dict[str, Any]:
        n = next(self._counter)
        access, refresh = f"eyJhbGciOi.access{n}.sig", f"eyJhbGciOi.refresh{n}.sig"
        self.access[access] = (did, False)
        self.refresh[refresh] = did
        account = self.accounts[did]
        return {"accessJwt": access, "refreshJwt": refresh, "handle": account.handle,
                "did": did, "active": True, "email": f"{account.handle}@mail.test",
                "emailConfirmed": True,
                "didDoc": {"id": did, "service": [{"id": "#atproto_pds",
                                                   "type": "AtprotoPersonalDataServer",
                                                   "serviceEndpoint": SERVICE}]}}

    def _did_of(self, actor: str) -> str | None:
        if actor in self.accounts:
            return actor
        return next((a.did for a in self.accounts.values() if a.handle == actor), None)

    def blocks(self, did: str) -> dict[str, str]:
        """Who `did` blocks -> the block record's address."""
        return {r["subject"]: f"at://{did}/app.bsky.graph.block/{k}"
                for k, r in self.records(did, "app.bsky.graph.block").items()}

    def _blocked_between(self, a: str, b: str) -> bool:
        return b in self.blocks(a) or a in self.blocks(b)

    def profile(self, did: str, viewer: str = "") -> dict[str, Any]:
        account = self.accounts[did]
        view: dict[str, Any] = {
            "did": did, "handle": account.handle, "displayName": account.name,
            "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/bafkrei@jpeg",
            "labels": [], "createdAt": "2024-01-01T00:00:00.000Z"}
        if viewer:
            view["viewer"] = {"muted": did in self.mutes.get(viewer, set()),
                              "blockedBy": viewer in self.blocks(did)}
            if did in self.blocks(viewer):
                view["viewer"]["blocking"] = self.blocks(viewer)[did]
        return view

    def post_view(self, did: str, rkey: str, viewer: str) -> dict[str, Any]:
        rec = self.repos[did][(POST, rkey)]
        return {"uri": f"at://{did}/{POST}/{rkey}", "cid": rec.cid,
                "author": self.profile(did, viewer), "record": rec.value,
                "indexedAt": iso(rec.indexed_at), "replyCount": 0, "repostCount": 0,
                "likeCount": 0, "quoteCount": 0, "labels": []}

    # ----- com.atproto.server -----------------------------------------------------------------
    def x_com_atproto_server_create_session(self, request: httpx.Request,
                                           body: dict[str, Any]) -> dict[str, Any]:
        did = self._did_of(str(body.get("identifier", "")).removeprefix("@"))
        if did is None or body.get("password") != self.accounts[did].app_password:
            raise XrpcError(401, "AuthenticationRequired", "Invalid identifier or password")
        return self._issue(did)

    def x_com_atproto_server_refresh_session(self, request: httpx.Request,
                                            body: dict[str, Any]) -> dict[str, Any]:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        did = self.refresh.pop(token, None)  # refresh tokens rotate: each works once
        if did is None:
            raise XrpcError(400, "ExpiredToken", "Token has been revoked")
        return self._issue(did)

    def x_com_atproto_server_get_session(self, request: httpx.Request,
                                        body: dict[str, Any]) -> dict[str, Any]:
        did = self._viewer(request)
        return {"handle": self.accounts[did].handle, "did": did, "active": True,
                "emailConfirmed": True}

    def x_com_atproto_identity_resolve_handle(self, request: httpx.Request,
                                             body: dict[str, Any]) -> dict[str, Any]:
        did = self._did_of(request.url.params.get("handle", "").lower())
        if did is None or not request.url.params.get("handle", "").count("."):
            raise XrpcError(400, "HandleNotFound", "Unable to resolve handle")
        return {"did": did}

    # ----- com.atproto.repo ------------------------------------------------------------------
    def x_com_atproto_repo_get_record(self, request: httpx.Request,
                                     body: dict[str, Any]) -> dict[str, Any]:
        p = request.url.params
        did = self._did_of(p.get("repo", ""))
        key = (p.get("collection", ""), p.get("rkey", ""))
        rec = self.repos.get(did or "", {}).get(key)
        uri = f"at://{did}/{key[0]}/{key[1]}"
        if rec is None:
            raise XrpcError(400, "RecordNotFound", f"Could not locate record: {uri}")
        return {"uri": uri, "cid": rec.cid, "value": rec.value}

    def _own_repo(self, request: httpx.Request, body: dict[str, Any]) -> str:
        did = self._viewer(request)
        if self._did_of(str(body.get("repo", ""))) != did:
            raise XrpcError(401, "AuthenticationRequired", "Authentication Required")
        return did

    def x_com_atproto_repo_create_record(self, request: httpx.Request,
                                        body: dict[str, Any]) -> dict[str, Any]:
        did = self._own_repo(request, body)
        collection, record = body.get("collection", ""), body.get("record")
        rkey = body.get("rkey") or tid(datetime.now(UTC), next(self._counter))
        self._validate(collection, rkey, record)
        if (collection, rkey) in self.repos[did]:
            # The reference PDS's repository tree refuses a second value at a key: a 500.
            raise XrpcError(500, "InternalServerError", "Internal Server Error")
        return self._write(did, collection, rkey, record)

    def x_com_atproto_repo_put_record(self, request: httpx.Request,
                                     body: dict[str, Any]) -> dict[str, Any]:
        did = self._own_repo(request, body)
        collection, rkey, record = body.get("collection", ""), body.get("rkey", ""), \
            body.get("record")
        self._validate(collection, rkey, record)
        current = self.repos[did].get((collection, rkey))
        swap = body.get("swapRecord")
        if "swapRecord" in body and (current.cid if current else None) != swap:
            raise XrpcError(400, "InvalidSwap", "Record was at another version")
        return self._write(did, collection, rkey, record)

    def x_com_atproto_repo_delete_record(self, request: httpx.Request,
                                        body: dict[str, Any]) -> dict[str, Any]:
        did = self._own_repo(request, body)
        self.repos[did].pop((body.get("collection", ""), body.get("rkey", "")), None)
        return {"commit": {"cid": cid_of(["commit", next(self._counter)]), "rev": "3l"}}

    def _write(self, did: str, collection: str, rkey: str,
               record: dict[str, Any]) -> dict[str, Any]:
        rec = Record(cid_of(record), record, datetime.now(UTC))
        self.repos[did][(collection, rkey)] = rec
        return {"uri": f"at://{did}/{collection}/{rkey}", "cid": rec.cid,
                "commit": {"cid": cid_of(["commit", rkey]), "rev": tid(datetime.now(UTC))},
                "validationStatus": "valid"}

    def _validate(self, collection: str, rkey: str, record: Any) -> None:
        def bad(why: str) -> XrpcError:
            return XrpcError(400, "InvalidRequest", f"Invalid {collection} record: {why}")

        if not isinstance(record, dict) or record.get("$type", collection) != collection:
            raise bad("$type must match the collection")
        if collection in _TID_COLLECTIONS and not (
                len(rkey) == 13 and rkey[0] in _S32[:16] and all(c in _S32 for c in rkey)):
            raise XrpcError(400, "InvalidRequest", f"Invalid record key for {collection}")
        if not isinstance(record.get("createdAt"), str) or "T" not in record["createdAt"]:
            raise bad("createdAt must be a datetime")
        if collection == POST:
            _validate_post(record, bad)
        elif collection == "app.bsky.feed.threadgate" and len(
                record.get("hiddenReplies", [])) > 300:
            raise bad("hiddenReplies must not be longer than 300 elements")
        elif collection == "app.bsky.graph.block" and not str(
                record.get("subject", "")).startswith("did:"):
            raise bad("subject must be a did")

    # ----- app.bsky ----------------------------------------------------------------------------
    def x_app_bsky_notification_list_notifications(self, request: httpx.Request,
                                                  body: dict[str, Any]) -> dict[str, Any]:
        viewer = self._viewer(request)
        p = request.url.params
        limit = int(p.get("limit", "50"))
        if not 1 <= limit <= 100:
            raise XrpcError(400, "InvalidRequest", "limit must be between 1 and 100")
        everything = self._notifications(viewer)
        cursor = p.get("cursor")
        if cursor:
            everything = [n for n in everything if n["indexedAt"] < cursor]
        page = everything[:limit + 1]
        reasons = p.get_list("reasons")
        out = [n for n in page[:limit] if not reasons or n["reason"] in reasons]
        out = self.tamper(out) if self.tamper else out
        result: dict[str, Any] = {"notifications": out, "priority": False}
        if len(page) > limit:
            result["cursor"] = page[limit - 1]["indexedAt"]
        return result

    def _notifications(self, viewer: str) -> list[dict[str, Any]]:
        found = []
        for author, repo in self.repos.items():
            if author == viewer or self._blocked_between(viewer, author) \
                    or author in self.mutes.get(viewer, set()):
                continue
            for (collection, rkey), rec in repo.items():
                reason = self._reason(viewer, f"at://{author}/{collection}/{rkey}", rec.value) \
                    if collection == POST else None
                if reason is None:
                    continue
                created = rec.value.get("createdAt", "")
                sort_at = min(iso(rec.indexed_at), created) if "T" in str(created) else \
                    iso(rec.indexed_at)
                found.append({"uri": f"at://{author}/{POST}/{rkey}", "cid": rec.cid,
                              "author": self.profile(author, viewer), "reason": reason[0],
                              "reasonSubject": reason[1], "record": rec.value,
                              "isRead": False, "indexedAt": sort_at, "labels": []})
        return sorted(found, key=lambda n: n["indexedAt"], reverse=True)

    def _reason(self, viewer: str, uri: str, value: dict[str, Any]) -> tuple[str, str] | None:
        """One notification per post and recipient, mention first, then quote, then reply
        (to the viewer's parent or root post; the AppView looks up to five levels up)."""
        for facet in value.get("facets") or []:
            features = facet.get("features") if isinstance(facet, dict) else None
            for feature in features if isinstance(features, list) else []:
                if isinstance(feature, dict) and feature.get("did") == viewer:
                    return "mention", ""
        quoted = (value.get("embed") or {}).get("record", {}).get("uri", "")
        if quoted.startswith(f"at://{viewer}/"):
            return "quote", quoted
        reply = value.get("reply") or {}
        root = reply.get("root", {}).get("uri", "")
        parent = reply.get("parent", {}).get("uri", "")
        if root.startswith(f"at://{viewer}/"):
            gate = self.repos[viewer].get(("app.bsky.feed.threadgate", root.rsplit("/", 1)[1]))
            if gate and uri in gate.value.get("hiddenReplies", []):
                return None  # hidden by the root author's threadgate
        for ancestor in (parent, root):
            if ancestor.startswith(f"at://{viewer}/"):
                return "reply", ancestor
        return None

    def x_app_bsky_feed_get_posts(self, request: httpx.Request,
                                 body: dict[str, Any]) -> dict[str, Any]:
        viewer = self._viewer(request, optional=True)
        uris = request.url.params.get_list("uris")
        if len(uris) > 25:
            raise XrpcError(400, "InvalidRequest", "uris must not be longer than 25 elements")
        posts = []
        for uri in dict.fromkeys(uris):
            did, collection, rkey = _split(uri)
            if (collection, rkey) in self.repos.get(did, {}) and collection == POST and not (
                    viewer and self._blocked_between(viewer, did)):
                posts.append(self.post_view(did, rkey, viewer))
        return {"posts": posts}

    def x_app_bsky_actor_get_profile(self, request: httpx.Request,
                                    body: dict[str, Any]) -> dict[str, Any]:
        viewer = self._viewer(request, optional=True)
        did = self._did_of(request.url.params.get("actor", ""))
        if did is None:
            raise XrpcError(400, "InvalidRequest", "Profile not found")
        return self.profile(did, viewer)

    def x_app_bsky_graph_mute_actor(self, request: httpx.Request, body: dict[str, Any]) -> None:
        viewer = self._viewer(request)
        did = self._did_of(str(body.get("actor", "")))
        if did is None:
            raise XrpcError(400, "InvalidRequest", "Actor not found")
        if did == viewer:
            raise XrpcError(400, "InvalidRequest", "Cannot mute oneself")
        self.mutes.setdefault(viewer, set()).add(did)

    def x_com_atproto_moderation_create_report(self, request: httpx.Request,
                                              body: dict[str, Any]) -> dict[str, Any]:
        viewer = self._viewer(request)
        subject = body.get("subject") or {}
        if body.get("reasonType") not in REASON_TYPES or \
                subject.get("$type") != "com.atproto.repo.strongRef" or \
                not subject.get("cid") or not str(subject.get("uri", "")).startswith("at://"):
            raise XrpcError(400, "InvalidRequest", "Input/subject must be a strongRef")
        report = {"id": len(self.reports) + 1, "reasonType": body["reasonType"],
                  "reason": body.get("reason", ""), "subject": subject,
                  "reportedBy": viewer, "createdAt": iso(datetime.now(UTC))}
        self.reports.append(report)
        return report


def _split(uri: str) -> tuple[str, str, str]:
    did, collection, rkey = uri.removeprefix("at://").split("/")
    return did, collection, rkey


def _validate_post(record: dict[str, Any], bad: Any) -> None:
    text = record.get("text")
    if not isinstance(text, str) or len(text.encode()) > 3000 or graphemes(text) > 300:
        raise bad("text must be a string of at most 300 graphemes")
    for ref in ("root", "parent") if "reply" in record else ():
        strong = record["reply"].get(ref) or {}
        if not str(strong.get("uri", "")).startswith("at://") or not strong.get("cid"):
            raise bad(f"reply/{ref} must be a strongRef")
    if len(record.get("langs", [])) > 3:
        raise bad("langs must not be longer than 3 elements")
    size = len(text.encode())
    for facet in record.get("facets", []):
        index = facet.get("index", {})
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size):
            raise bad("facet index must be a byte slice of the text")
        for feature in facet.get("features", []):
            kind = feature.get("$type", "").rsplit("#", 1)[-1]
            needed = {"mention": "did", "link": "uri", "tag": "tag"}.get(kind)
            if needed is None or not feature.get(needed):
                raise bad(f"facet feature {kind!r} is not a mention, link or tag")


BRAND = "brand.bsky.social"
SECRET_REF = "account:bluesky-test"


@dataclass
class Scene:
    """The brand's account and three members on one fake Bluesky."""

    fake: FakeBluesky
    brand: str
    alice: str
    budi: str
    yuki: str

    def connector(self, secrets: Any, settings: dict[str, Any] | None = None) -> Any:
        from connectors.base import AccountConfig
        from connectors.bluesky import BlueskyConnector

        secrets.set(SECRET_REF, self.fake.accounts[self.brand].app_password)
        config = AccountConfig(account_id=1, platform="bluesky", handle=BRAND,
                               server_url=SERVICE, settings=settings or {},
                               secret_ref=SECRET_REF)
        return BlueskyConnector(config, secrets,
                                httpx.AsyncClient(transport=self.fake.transport()))


def scene() -> Scene:
    fake = FakeBluesky()
    return Scene(fake, fake.add_account(BRAND, name="Brand"),
                 fake.add_account("alice.bsky.social", name="Alice Ñandú"),
                 fake.add_account("budi.example.id", name="Budi Santoso"),
                 fake.add_account("yuki.bsky.social", name="ゆき 🌸"))
