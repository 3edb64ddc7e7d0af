"""A small stateful Discourse for the connector tests, served through httpx.MockTransport.

Shaped after the published API (docs.discourse.org and its OpenAPI file; the controllers for
semantics): the same paths, field names, ordering and paging (notifications newest first by
offset with total_rows_notifications; /posts.json 50 at a time below `before`), error
bodies ({"errors": [...], "error_type": ...}), 403 for a refused key, 429 with Retry-After
and extras.wait_seconds, and the User API key redirect with an RSA-encrypted payload.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

BASE = "https://forum.test"
MENTIONED, REPLIED, QUOTED, PRIVATE_MESSAGE, GRANTED_BADGE = 1, 2, 3, 6, 12
NOT_FOUND = "The requested URL or resource could not be found."
NOT_PERMITTED = "You are not permitted to view the requested resource."


@dataclass
class User:
    id: int
    username: str
    name: str = ""
    admin: bool = False
    moderator: bool = False
    trust_level: int = 1
    silenced_till: str | None = None

    @property
    def staff(self) -> bool:
        return self.admin or self.moderator


@dataclass
class Topic:
    id: int
    title: str
    slug: str
    category_id: int | None
    archetype: str = "regular"
    closed: bool = False
    allowed: set[int] = field(default_factory=set)  # private message participants


@dataclass
class Post:
    id: int
    topic_id: int
    post_number: int
    user_id: int
    raw: str
    cooked: str
    created_at: datetime
    updated_at: datetime
    reply_to_post_number: int | None = None
    version: int = 1
    deleted_at: datetime | None = None
    user_deleted: bool = False
    hidden: bool = False
    flags: dict[int, set[int]] = field(default_factory=dict)  # action type -> user ids


@dataclass
class Notification:
    id: int
    user_id: int
    notification_type: int
    created_at: datetime
    topic_id: int | None = None
    post_number: int | None = None
    post_id: int | None = None
    read: bool = False


def cook(raw: str) -> str:
    """A little of PrettyText: paragraphs, @mentions and :emoji: (enough for the tests)."""
    paragraphs = []
    for block in re.split(r"\n{2,}", raw.strip()):
        text = html.escape(block).replace("\n", "<br>")
        text = re.sub(r"@([\w.-]+)", r'<a class="mention" href="/u/\1">@\1</a>', text)
        text = re.sub(r":([a-z_+-]+):", r'<img src="/images/emoji/twitter/\1.png?v=12" '
                      r'title=":\1:" class="emoji" alt=":\1:" loading="lazy">', text)
        paragraphs.append(f"<p>{text}</p>")
    return "\n".join(paragraphs)


def error(status: int, message: str, kind: str, **extra: Any) -> httpx.Response:
    return httpx.Response(status, json={"errors": [message], "error_type": kind, **extra})


class DiscourseFake:
    def __init__(self) -> None:
        self.users: dict[int, User] = {-1: User(-1, "system", "system", admin=True)}
        self.categories: list[dict[str, Any]] = []
        self.topics: dict[int, Topic] = {}
        self.posts: dict[int, Post] = {}
        self.notifications: list[Notification] = []
        self.api_keys: dict[str, str | None] = {}  # key -> the username it is bound to
        self.user_api_keys: dict[str, tuple[int, str]] = {}  # key -> (user id, client id)
        self.requests: list[tuple[str, str]] = []
        self.sent: list[httpx.Request] = []  # every request whole, headers and body
        # Two days ago, so the connector's first sync (a week back) takes it all in.
        self.clock = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
        self.rate_budget: int | None = None  # requests left before 429s
        self.rate_wait, self.rate_header = 30, True
        self.faults: list[httpx.Response | Exception] = []
        self.drop_after_post = False
        self.browser_user: int | None = None  # who is signed in to the forum in the browser
        self.memo: dict[str, tuple[int, datetime]] = {}
        # Hostile answers: what a post's or notification's JSON is turned into.
        self.mangle: dict[int, Callable[[dict[str, Any]], Any]] = {}
        self.mangle_notes: dict[int, Callable[[dict[str, Any]], Any]] = {}
        self._ids = {"post": 100, "topic": 10, "notification": 0, "user": 0}

    # -- building the forum ------------------------------------------------------------
    def _next(self, kind: str) -> int:
        self._ids[kind] += 1
        return self._ids[kind]

    def tick(self, minutes: int = 1) -> datetime:
        self.clock += timedelta(minutes=minutes)
        return self.clock

    def add_user(self, username: str, **kw: Any) -> User:
        user = User(self._next("user"), username, kw.pop("name", username.title()), **kw)
        self.users[user.id] = user
        return user

    def add_category(self, cid: int, slug: str, parent: int | None = None,
                     restricted: bool = False) -> None:
        self.categories.append({"id": cid, "name": slug.title(), "slug": slug,
                                "parent_category_id": parent, "read_restricted": restricted})

    def add_topic(self, title: str, by: User, raw: str, category: int | None = None,
                  allowed: tuple[User, ...] = ()) -> Post:
        archetype = "private_message" if allowed else "regular"
        topic = Topic(self._next("topic"), title, re.sub(r"[^a-z0-9]+", "-", title.lower())
                      .strip("-"), category, archetype, allowed={u.id for u in allowed})
        self.topics[topic.id] = topic
        return self.add_post(topic.id, by, raw)

    def add_post(self, topic_id: int, by: User, raw: str, reply_to: int | None = None,
                 cooked: str | None = None) -> Post:
        topic = self.topics[topic_id]
        number = 1 + max((p.post_number for p in self.posts.values()
                          if p.topic_id == topic_id), default=0)
        when = self.tick()
        post = Post(self._next("post"), topic_id, number, by.id, raw,
                    cooked if cooked is not None else cook(raw), when, when, reply_to)
        self.posts[post.id] = post
        self._notify(topic, post, by)
        return post

    def _notify(self, topic: Topic, post: Post, by: User) -> None:
        told: set[int] = set()
        if topic.archetype == "private_message":
            for uid in topic.allowed - {by.id}:
                self.notify(uid, PRIVATE_MESSAGE, post)
                told.add(uid)
        for name in re.findall(r"@([\w.-]+)", post.raw):
            user = self.user_named(name)
            if user and user.id not in told | {by.id}:
                self.notify(user.id, MENTIONED, post)
                told.add(user.id)
        parent = self.by_number(topic.id, post.reply_to_post_number or 0)
        if parent and parent.user_id not in told | {by.id}:
            self.notify(parent.user_id, REPLIED, post)

    def notify(self, user_id: int, kind: int, post: Post | None = None) -> Notification:
        n = Notification(self._next("notification"), user_id, kind, self.clock,
                         post.topic_id if post else None, post.post_number if post else None,
                         post.id if post else None)
        self.notifications.append(n)
        return n

    def edit(self, post: Post, raw: str) -> None:
        post.raw, post.cooked, post.version = raw, cook(raw), post.version + 1
        post.updated_at = self.tick()

    def user_named(self, name: str) -> User | None:
        return next((u for u in self.users.values() if u.username.lower() == name.lower()),
                    None)

    def by_number(self, topic_id: int, number: int) -> Post | None:
        return next((p for p in self.posts.values()
                     if p.topic_id == topic_id and p.post_number == number), None)

    def created_by(self, username: str) -> list[Post]:
        user = self.user_named(username)
        return [p for p in self.posts.values() if user and p.user_id == user.id]

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle))

    # -- what a viewer may see -------------------------------------------------------
    def can_see(self, viewer: User, topic: Topic | None) -> bool:
        if topic is None:
            return False
        if topic.archetype == "private_message":
            return viewer.id in topic.allowed or viewer.admin
        category = next((c for c in self.categories if c["id"] == topic.category_id), None)
        return viewer.staff or not (category and category["read_restricted"])

    def visible(self, viewer: User, post: Post | None) -> bool:
        return (post is not None and (post.deleted_at is None or viewer.staff)
                and self.can_see(viewer, self.topics.get(post.topic_id)))

    def serialize(self, post: Post, viewer: User, raw: bool = False,
                  title: bool = False) -> dict[str, Any]:
        """PostSerializer's fields, as the API documentation lists them."""
        author, topic = self.users[post.user_id], self.topics[post.topic_id]
        out: dict[str, Any] = {
            "id": post.id, "name": author.name, "username": author.username,
            "avatar_template": f"/user_avatar/forum.test/{author.username.lower()}/{{size}}/"
                               f"{author.id}_2.png",
            "created_at": post.created_at.isoformat().replace("+00:00", "Z"),
            "cooked": post.cooked, "post_number": post.post_number, "post_type": 1,
            "updated_at": post.updated_at.isoformat().replace("+00:00", "Z"),
            "reply_count": 0, "reply_to_post_number": post.reply_to_post_number,
            "quote_count": 0, "incoming_link_count": 0, "reads": 1, "score": 0,
            "yours": author.id == viewer.id, "topic_id": topic.id, "topic_slug": topic.slug,
            "display_username": author.name, "version": post.version,
            "can_edit": viewer.staff, "can_delete": viewer.staff,
            "user_title": None, "bookmarked": False, "moderator": author.moderator,
            "admin": author.admin, "staff": author.staff, "user_id": author.id,
            "hidden": post.hidden, "trust_level": author.trust_level,
            "deleted_at": post.deleted_at.isoformat() if post.deleted_at else None,
            "user_deleted": post.user_deleted, "edit_reason": None, "wiki": False,
            "actions_summary": [{"id": kind, "count": len(who), "acted": viewer.id in who,
                                 "can_undo": viewer.id in who}
                                for kind, who in sorted(post.flags.items()) if who],
        }
        if raw:
            out["raw"] = post.raw
        if title:
            out.update(topic_title=topic.title, topic_html_title=html.escape(topic.title),
                       category_id=topic.category_id)
        return self.mangle[post.id](out) if post.id in self.mangle else out

    def user_json(self, user: User) -> dict[str, Any]:
        return {"id": user.id, "username": user.username, "name": user.name,
                "avatar_template": f"/user_avatar/forum.test/{user.username}/{{size}}/1.png",
                "admin": user.admin, "moderator": user.moderator,
                "trust_level": user.trust_level, "silenced_till": user.silenced_till}

    # -- the HTTP side ----------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.method, request.url.path))
        self.sent.append(request)
        if self.faults:
            fault = self.faults.pop(0)
            if isinstance(fault, Exception):
                raise fault
            return fault
        if self.rate_budget is not None:
            if self.rate_budget <= 0:
                headers = {"Retry-After": str(self.rate_wait)} if self.rate_header else {}
                response = error(429, f"You’ve performed this action too many times. Please "
                                 f"wait {self.rate_wait} seconds before trying again.",
                                 "rate_limit", extras={"wait_seconds": self.rate_wait})
                response.headers.update(headers)
                return response
            self.rate_budget -= 1
        return _route(self, request)

    def viewer(self, request: httpx.Request) -> User | httpx.Response | None:
        """Auth::DefaultCurrentUserProvider: a bad key is a 403, no key is anonymous."""
        key, user_key = request.headers.get("Api-Key"), request.headers.get("User-Api-Key")
        if key is not None:
            bound = self.api_keys.get(key, "-")
            name = request.headers.get("Api-Username", "")
            user = self.user_named(name)
            if bound == "-" or user is None or (bound and bound.lower() != name.lower()):
                return error(403, f"{NOT_PERMITTED} The API username or key is invalid.",
                             "invalid_access")
            return user
        if user_key is not None:
            if user_key not in self.user_api_keys:
                return error(403, NOT_PERMITTED, "invalid_access")
            return self.users[self.user_api_keys[user_key][0]]
        return None

    def approve(self, url: str, on_redirect: Callable[[str], object],
                nonce: str | None = None) -> None:
        """The browser at /user-api-key/new: the signed-in user approves, the forum makes a
        key and redirects to auth_redirect with the encrypted payload."""
        params = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        assert self.browser_user is not None
        key = f"{len(self.user_api_keys) + 1:032x}"
        self.user_api_keys[key] = (self.browser_user, params["client_id"])
        public = serialization.load_pem_public_key(params["public_key"].encode())
        assert isinstance(public, rsa.RSAPublicKey)
        payload = json.dumps({"key": key, "nonce": nonce or params["nonce"], "push": False,
                              "api": 4})
        sealed = base64.encodebytes(public.encrypt(payload.encode(), padding.PKCS1v15()))
        on_redirect(f"{params['auth_redirect']}?{urlencode({'payload': sealed.decode()})}")


# -- routes: (method, path pattern, handler(fake, viewer, request, *groups)) ---------------
Handler = Callable[..., httpx.Response]
_ROUTES: list[tuple[str, re.Pattern[str], Handler]] = []


def _on(method: str, pattern: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _ROUTES.append((method, re.compile(pattern), fn))
        return fn
    return register


def _route(fake: DiscourseFake, request: httpx.Request) -> httpx.Response:
    found = fake.viewer(request)
    if isinstance(found, httpx.Response):
        return found
    for method, pattern, fn in _ROUTES:
        match = pattern.fullmatch(request.url.path)
        if match and request.method == method:
            if found is None and fn.__name__ != "_current":
                return error(403, "You need to be logged in to do that.", "not_logged_in")
            return fn(fake, found, request, *match.groups())
    return error(404, NOT_FOUND, "not_found")


def _body(request: httpx.Request) -> dict[str, Any]:
    if request.headers.get("content-type", "").startswith("application/json"):
        return dict(json.loads(request.content or b"{}"))
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def _missing() -> httpx.Response:
    return error(404, NOT_FOUND, "not_found")


def _refused() -> httpx.Response:
    return error(403, NOT_PERMITTED, "invalid_access")


@_on("GET", r"/session/current\.json")
def _current(fake: DiscourseFake, viewer: User | None, request: httpx.Request) -> httpx.Response:
    if viewer is None:
        return _missing()
    return httpx.Response(200, json={"current_user": fake.user_json(viewer)})


@_on("GET", r"/u/([^/]+)\.json")
def _user(fake: DiscourseFake, viewer: User, request: httpx.Request,
          name: str) -> httpx.Response:
    user = fake.user_named(name)
    if user is None:
        return _missing()
    return httpx.Response(200, json={"user_badges": [], "user": fake.user_json(user)})


def _notification_json(fake: DiscourseFake, n: Notification) -> dict[str, Any]:
    out: dict[str, Any] = {"id": n.id, "user_id": n.user_id, "notification_type":
                           n.notification_type, "read": n.read, "high_priority": False,
                           "created_at": n.created_at.isoformat().replace("+00:00", "Z"),
                           "post_number": n.post_number, "topic_id": n.topic_id,
                           "slug": None, "data": {}}
    if n.notification_type == GRANTED_BADGE:
        out["data"] = {"badge_id": 41, "badge_name": "First Emoji", "badge_slug":
                       "first-emoji", "badge_title": False, "username": "x"}
    elif n.topic_id is not None:
        topic, post = fake.topics[n.topic_id], fake.posts.get(n.post_id or 0)
        author = fake.users[post.user_id].username if post else "system"
        out.update(fancy_title=html.escape(topic.title), slug=topic.slug)
        out["data"] = {"topic_title": topic.title, "original_post_id": n.post_id,
                       "original_post_type": 1, "original_username": author,
                       "revision_number": None, "display_username": author}
    return fake.mangle_notes[n.id](out) if n.id in fake.mangle_notes else out


@_on("GET", r"/notifications\.json")
def _notifications(fake: DiscourseFake, viewer: User,
                   request: httpx.Request) -> httpx.Response:
    limit = min(60, int(request.url.params.get("limit", 60)))
    offset = int(request.url.params.get("offset", 0))
    mine = sorted((n for n in fake.notifications if n.user_id == viewer.id),
                  key=lambda n: (n.created_at, n.id), reverse=True)
    chunk = [n for n in mine[offset:offset + limit]  # filter_inaccessible_topic_notifications
             if n.topic_id is None or fake.can_see(viewer, fake.topics.get(n.topic_id))]
    return httpx.Response(200, json={
        "notifications": [_notification_json(fake, n) for n in chunk],
        "total_rows_notifications": len(mine), "seen_notification_id": 0,
        "load_more_notifications": f"/notifications?offset={offset + limit}&limit={limit}"
                                   f"&username={viewer.username}"})


@_on("PUT", r"/notifications/mark-read\.json")
def _mark_read(fake: DiscourseFake, viewer: User, request: httpx.Request) -> httpx.Response:
    wanted = int(_body(request)["id"])
    for n in fake.notifications:
        if n.id == wanted and n.user_id == viewer.id:
            n.read = True
    return httpx.Response(200, json={"success": "OK"})


@_on("GET", r"/posts\.json")
def _latest(fake: DiscourseFake, viewer: User, request: httpx.Request) -> httpx.Response:
    before = int(request.url.params.get("before", 0)) or None
    posts = sorted((p for p in fake.posts.values() if p.deleted_at is None
                    and fake.topics[p.topic_id].archetype == "regular"
                    and fake.can_see(viewer, fake.topics[p.topic_id])
                    and (before is None or p.id <= before)), key=lambda p: -p.id)[:50]
    return httpx.Response(200, json={"latest_posts": [
        fake.serialize(p, viewer, raw=True, title=True) for p in posts]})


@_on("GET", r"/posts/(\d+)\.json")
def _post(fake: DiscourseFake, viewer: User, request: httpx.Request,
          pid: str) -> httpx.Response:
    post = fake.posts.get(int(pid))
    if post is None or (post.deleted_at and not viewer.staff):
        return _missing()
    if not fake.can_see(viewer, fake.topics[post.topic_id]):
        return _refused()
    return httpx.Response(200, json=fake.serialize(post, viewer, raw=True))


@_on("GET", r"/posts/by_number/(\d+)/(\d+)\.json")
def _by_number(fake: DiscourseFake, viewer: User, request: httpx.Request, tid: str,
               number: str) -> httpx.Response:
    post = fake.by_number(int(tid), int(number))
    return _post(fake, viewer, request, str(post.id)) if post else _missing()


def _topic_posts(fake: DiscourseFake, viewer: User, tid: str) -> list[Post] | httpx.Response:
    topic = fake.topics.get(int(tid))
    posts = sorted((p for p in fake.posts.values() if p.topic_id == int(tid)
                    and fake.visible(viewer, p)), key=lambda p: p.post_number)
    if topic is None or not posts:
        return _missing()
    return posts if fake.can_see(viewer, topic) else _refused()


@_on("GET", r"/t/(\d+)\.json")
def _topic(fake: DiscourseFake, viewer: User, request: httpx.Request,
           tid: str) -> httpx.Response:
    posts = _topic_posts(fake, viewer, tid)
    if isinstance(posts, httpx.Response):
        return posts
    topic = fake.topics[int(tid)]
    return httpx.Response(200, json={
        "post_stream": {"posts": [fake.serialize(p, viewer) for p in posts[:20]],
                        "stream": [p.id for p in posts]},
        "id": topic.id, "title": topic.title, "fancy_title": html.escape(topic.title),
        "slug": topic.slug, "archetype": topic.archetype, "closed": topic.closed,
        "category_id": topic.category_id, "posts_count": len(posts)})


@_on("GET", r"/t/(\d+)/posts\.json")
def _some_posts(fake: DiscourseFake, viewer: User, request: httpx.Request,
                tid: str) -> httpx.Response:
    posts = _topic_posts(fake, viewer, tid)
    if isinstance(posts, httpx.Response):
        return posts
    wanted = {int(i) for i in request.url.params.get_list("post_ids[]")}
    return httpx.Response(200, json={"post_stream": {"posts": [
        fake.serialize(p, viewer) for p in posts if p.id in wanted]}, "id": int(tid)})


@_on("POST", r"/posts\.json")
def _create(fake: DiscourseFake, viewer: User, request: httpx.Request) -> httpx.Response:
    body = _body(request)
    raw, topic = str(body.get("raw", "")), fake.topics.get(int(body.get("topic_id", 0)))
    if topic is None or not fake.can_see(viewer, topic):
        return _missing()
    if topic.closed and not viewer.staff:
        return _refused()
    if len(raw.strip()) < 20:  # SiteSetting.min_post_length
        return httpx.Response(422, json={"action": "create_post", "errors": [
            "Body is too short (minimum is 20 characters)"], "success": False})
    signature = json.dumps([viewer.id, sorted(body.items())], default=str)
    memo = fake.memo.get(signature)
    if memo and fake.clock - memo[1] < timedelta(minutes=2):  # PostsController memoizes
        return httpx.Response(200, json=fake.serialize(fake.posts[memo[0]], viewer, True))
    reply_to = body.get("reply_to_post_number")
    post = fake.add_post(topic.id, viewer, raw.strip(), int(reply_to) if reply_to else None)
    fake.memo[signature] = (post.id, fake.clock)
    if fake.drop_after_post:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    return httpx.Response(200, json={**fake.serialize(post, viewer, raw=True),
                                     "draft_sequence": 1})


@_on("POST", r"/post_actions\.json")
def _flag(fake: DiscourseFake, viewer: User, request: httpx.Request) -> httpx.Response:
    body = _body(request)
    post = fake.posts.get(int(body["id"]))
    if post is None or not fake.visible(viewer, post):
        return _missing()
    kind = int(body["post_action_type_id"])
    if viewer.id in post.flags.get(kind, set()) or kind not in (2, 3, 4, 6, 7, 8):
        return _refused()  # guardian.ensure_post_can_act!
    post.flags.setdefault(kind, set()).add(viewer.id)
    if viewer.staff and str(body.get("queue_for_review")).lower() == "true":
        post.hidden = True
    return httpx.Response(200, json=fake.serialize(post, viewer))


@_on("DELETE", r"/posts/(\d+)\.json")
def _delete(fake: DiscourseFake, viewer: User, request: httpx.Request,
            pid: str) -> httpx.Response:
    post = fake.posts.get(int(pid))
    if post is None or not fake.visible(viewer, post):
        return _missing()
    if not viewer.staff and post.user_id != viewer.id:
        return _refused()
    if viewer.staff:
        post.deleted_at = fake.tick()
    else:  # an author's own deletion: the text is replaced, the post stays for a while
        post.user_deleted, post.cooked = True, "<p>(post deleted by author)</p>"
    return httpx.Response(200)


@_on("PUT", r"/t/(\d+)/status\.json")
def _status(fake: DiscourseFake, viewer: User, request: httpx.Request,
            tid: str) -> httpx.Response:
    topic, body = fake.topics.get(int(tid)), _body(request)
    if topic is None:
        return _missing()
    if not viewer.staff:
        return _refused()
    if body.get("status") == "closed":
        topic.closed = str(body.get("enabled")).lower() == "true"
    return httpx.Response(200, json={"success": "OK", "topic_status_update": None})


@_on("PUT", r"/admin/users/(-?\d+)/silence\.json")
def _silence(fake: DiscourseFake, viewer: User, request: httpx.Request,
             uid: str) -> httpx.Response:
    user, body = fake.users.get(int(uid)), _body(request)
    if not viewer.staff or user is None:
        return _missing()  # the admin routes do not exist for members (StaffConstraint)
    if not body.get("reason") or not body.get("silenced_till"):
        return error(400, "param is missing or the value is empty: reason",
                     "invalid_parameters")
    user.silenced_till = str(body["silenced_till"])
    return httpx.Response(200, json={"silence": {
        "silenced": True, "silence_reason": body["reason"],
        "full_silence_reason": body["reason"], "silenced_till": user.silenced_till,
        "silenced_at": fake.clock.isoformat(), "silenced_by": fake.user_json(viewer)}})


@_on("GET", r"/site\.json")
def _site(fake: DiscourseFake, viewer: User, request: httpx.Request) -> httpx.Response:
    seen = [c for c in fake.categories if viewer.staff or not c["read_restricted"]]
    return httpx.Response(200, json={"categories": seen, "notification_types": {
        "mentioned": 1, "replied": 2, "quoted": 3, "private_message": 6}})


# -- helpers for the tests ---------------------------------------------------------------
def community() -> tuple[DiscourseFake, dict[str, User]]:
    """A forum with our account (@brand, a moderator), a few members and categories."""
    fake = DiscourseFake()
    people = {"brand": fake.add_user("brand", name="Kopi Brand", moderator=True),
              "budi": fake.add_user("budi", name="Budi Santoso"),
              "sari": fake.add_user("sari", name="Sari Dewi", trust_level=2),
              "andrei": fake.add_user("андрей", name="Андрей")}
    fake.add_category(5, "support")
    fake.add_category(6, "billing", parent=5)
    fake.add_category(7, "lounge")
    fake.add_category(9, "staff-room", restricted=True)
    fake.api_keys["key-brand"] = "brand"
    return fake, people


def account(secrets: Any, *, handle: str = "brand", key: str = "key-brand",
            **settings: Any) -> Any:
    """An AccountConfig whose API key is in the (test) keyring."""
    from connectors.base import AccountConfig

    secrets.set("account:discourse-test", key)
    return AccountConfig(account_id=1, platform="discourse", handle=handle, server_url=BASE,
                         settings=settings, secret_ref="account:discourse-test")
