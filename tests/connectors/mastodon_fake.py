"""A stateful fake Mastodon server behind httpx.MockTransport, faithful to the published API
(docs.joinmastodon.org): entity field names, `Link` pagination as the controllers build it
(notifications: rel="next" whenever a page is non-empty; conversations: only when full),
`X-RateLimit-*` on every answer and a 429 *without* Retry-After as rack-attack sends it,
`{"error": ...}` bodies, bearer tokens with scopes, Idempotency-Key, OAuth with PKCE.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

HOST = "social.example"
BASE = f"https://{HOST}"
ALL_SCOPES = ("read:accounts read:notifications read:statuses write:statuses write:blocks "
              "write:mutes write:reports")


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Acct:
    id: str
    username: str
    domain: str | None = None
    display_name: str = ""

    @property
    def acct(self) -> str:
        return f"{self.username}@{self.domain}" if self.domain else self.username

    @property
    def url(self) -> str:
        return f"https://{self.domain or HOST}/@{self.username}"

    def entity(self) -> dict[str, Any]:
        return {"id": self.id, "username": self.username, "acct": self.acct,
                "display_name": self.display_name, "locked": False, "bot": False,
                "url": self.url, "avatar": f"https://files.{HOST}/{self.id}.gif",
                "avatar_static": f"https://files.{HOST}/{self.id}.png", "emojis": [],
                "fields": [], "created_at": "2020-01-01T00:00:00.000Z"}


@dataclass
class Post:
    id: int
    author: Acct
    text: str
    created_at: datetime
    visibility: str = "public"
    in_reply_to: int | None = None
    spoiler_text: str = ""
    language: str | None = "en"
    edited_at: datetime | None = None
    deleted: bool = False
    mentions: list[Acct] = field(default_factory=list)
    media: list[dict[str, Any]] = field(default_factory=list)
    content: str | None = None  # HTML as a remote server sent it; else rendered from text


@dataclass
class Note:
    id: int
    type: str
    account: Acct
    post: Post | None
    created_at: datetime
    filtered: bool = False
    raw: dict[str, Any] | None = None  # a broken payload sent as it is


class FakeMastodon:
    def __init__(self, *, rate_limit: int = 300, batch_lookup: bool = True,
                 scopes: str = ALL_SCOPES, knows_types: bool = True) -> None:
        self.me = Acct("1001", "brand", display_name="Brand ✨")
        self.accounts: dict[str, Acct] = {self.me.id: self.me}
        self.token = secrets.token_urlsafe(24)
        self.tokens: dict[str, tuple[str, set[str]]] = {self.token: (self.me.id, set(
            scopes.split()))}
        self.posts: dict[int, Post] = {}
        self.notes: list[Note] = []
        self.apps: dict[str, dict[str, Any]] = {}
        self.codes: dict[str, dict[str, Any]] = {}
        self.idempotent: dict[tuple[str, str], int] = {}
        self.blocked: list[str] = []
        self.muted: list[str] = []
        self.reports: list[dict[str, Any]] = []
        self.created_posts = 0
        self.log: list[tuple[str, str, dict[str, list[str]]]] = []
        self.hosts: set[str] = set()
        self.faults: dict[str, list[httpx.Response | Exception]] = {}
        self.lose_next_post_answer = False
        self.batch_lookup = batch_lookup
        self.knows_types = knows_types  # types[] came in Mastodon 3.5; older ones ignore it
        self.rate_limit, self.remaining = rate_limit, rate_limit
        self.reset_at = datetime.now(UTC) + timedelta(minutes=5)
        self.retry_after_header: str | None = None  # a proxy in front may add one
        self.clock = datetime.now(UTC) - timedelta(days=2)
        self._next = {"post": 110_000_000_000_000_000, "note": 5000, "conv": 70}
        self.conversation_ids: dict[int, int] = {}

    # -- building the world -------------------------------------------------------------
    def person(self, username: str, domain: str | None = None, name: str = "") -> Acct:
        ident = str(2000 + len(self.accounts))
        self.accounts[ident] = Acct(ident, username, domain, name or username.title())
        return self.accounts[ident]

    def _id(self, kind: str) -> int:
        self._next[kind] += 1 if kind != "post" else 65536
        return self._next[kind]

    def tick(self, minutes: int = 1) -> datetime:
        self.clock += timedelta(minutes=minutes)
        return self.clock

    def post(self, author: Acct, text: str, *, visibility: str = "public",
             reply_to: Post | None = None, filtered: bool = False, **kw: Any) -> Post:
        """A status by someone; mentioning us makes a mention notification, as on Mastodon."""
        found = self._mentioned(text)
        post = Post(self._id("post"), author, text, self.tick(), visibility,
                    reply_to.id if reply_to else None, mentions=found, **kw)
        self.posts[post.id] = post
        if self.me in found and author is not self.me:
            self.notes.append(Note(self._id("note"), "mention", author, post, post.created_at,
                                   filtered))
        if visibility == "direct":
            root = self._root(post)
            self.conversation_ids.setdefault(root, self._id("conv"))
        return post

    def other_notification(self, kind: str, author: Acct, post: Post | None = None) -> None:
        self.notes.append(Note(self._id("note"), kind, author, post, self.tick()))

    def broken_notification(self, payload: dict[str, Any]) -> int:
        ident = self._id("note")
        self.notes.append(Note(ident, "mention", self.me, None, self.tick(),
                               raw={"id": str(ident), **payload}))
        return ident

    def edit(self, post: Post, text: str) -> None:
        post.text, post.content, post.edited_at = text, None, self.tick()
        post.mentions = self._mentioned(text)

    def delete(self, post: Post) -> None:
        post.deleted = True

    def _mentioned(self, text: str) -> list[Acct]:
        found = []
        for user, domain in re.findall(r"(?<![\w@])@(\w+)(?:@([\w.:-]+\w))?", text):
            for acct in self.accounts.values():
                if acct.username == user and (acct.domain == (domain or None)
                                              or (acct.domain is None and domain == HOST)):
                    found.append(acct)
        return found

    def _root(self, post: Post) -> int:
        while post.in_reply_to is not None and post.in_reply_to in self.posts:
            post = self.posts[post.in_reply_to]
        return post.id

    # -- entities -------------------------------------------------------------------
    def status(self, post: Post, *, source: bool = False) -> dict[str, Any]:
        parent = self.posts.get(post.in_reply_to) if post.in_reply_to else None
        entity = {
            "id": str(post.id), "uri": f"{post.author.url}/statuses/{post.id}",
            "url": f"{post.author.url}/{post.id}", "created_at": iso(post.created_at),
            "account": post.author.entity(),
            "content": post.content if post.content is not None else render(
                post.text, post.mentions, HOST),
            "visibility": post.visibility, "sensitive": bool(post.spoiler_text),
            "spoiler_text": post.spoiler_text, "media_attachments": post.media,
            "application": {"name": "Web", "website": None},
            "mentions": [{"id": a.id, "username": a.username, "url": a.url, "acct": a.acct}
                         for a in post.mentions],
            "tags": [], "emojis": [], "reblogs_count": 0, "favourites_count": 0,
            "replies_count": 0, "in_reply_to_id": str(post.in_reply_to) if parent else None,
            "in_reply_to_account_id": parent.author.id if parent else None, "reblog": None,
            "poll": None, "card": None, "language": post.language,
            "edited_at": iso(post.edited_at) if post.edited_at else None}
        if source:
            entity["text"] = post.text
        return entity

    def note(self, note: Note) -> dict[str, Any]:
        if note.raw is not None:
            return note.raw
        return {"id": str(note.id), "type": note.type, "created_at": iso(note.created_at),
                "group_key": f"ungrouped-{note.id}", "account": note.account.entity(),
                "status": self.status(note.post) if note.post else None}

    def visible(self, post: Post, viewer: str) -> bool:
        if post.deleted:
            return False
        if post.visibility == "direct":
            return post.author.id == viewer or any(a.id == viewer for a in post.mentions)
        return True

    # -- the transport ------------------------------------------------------------------
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.transport())

    def handle(self, request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.url.query.decode(), keep_blank_values=True)
        self.log.append((request.method, request.url.path, query))
        self.hosts.add(request.url.host)
        for prefix, queued in self.faults.items():
            if request.url.path.startswith(prefix) and queued:
                answer = queued.pop(0)
                if isinstance(answer, Exception):
                    raise answer
                return answer
        return route(self, request, query)

    def limited(self, response: httpx.Response) -> httpx.Response:
        """Every API answer carries the budget, as rack-attack's headers do."""
        response.headers["X-RateLimit-Limit"] = str(self.rate_limit)
        response.headers["X-RateLimit-Remaining"] = str(max(0, self.remaining))
        response.headers["X-RateLimit-Reset"] = self.reset_at.isoformat(timespec="microseconds")
        return response

    def spend(self) -> httpx.Response | None:
        now = datetime.now(UTC)
        if now >= self.reset_at:
            self.remaining, self.reset_at = self.rate_limit, now + timedelta(minutes=5)
        if self.remaining <= 0:
            answer = error(429, "Too many requests")
            if self.retry_after_header is not None:
                answer.headers["Retry-After"] = self.retry_after_header
            return answer
        self.remaining -= 1
        return None

    # -- OAuth consent (the part the user does in the browser) ----------------------------
    def approve(self, authorize_url: str) -> tuple[str, dict[str, str]]:
        """The consent page: check the request as Doorkeeper does, then the redirect."""
        params = {k: v[0] for k, v in parse_qs(urlsplit(authorize_url).query).items()}
        app = self.apps[params["client_id"]]
        assert params["response_type"] == "code"
        assert params["redirect_uri"] in app["redirect_uris"]
        assert set(params["scope"].split()) <= set(app["scopes"])
        assert params["code_challenge_method"] == "S256"
        code = secrets.token_urlsafe(16)
        self.codes[code] = {**params}
        return params["redirect_uri"], {"code": code, "state": params["state"]}

    def exchange(self, form: dict[str, str]) -> httpx.Response:
        app = self.apps.get(form.get("client_id", ""))
        if app is None or app["client_secret"] != form.get("client_secret"):
            return json_response(401, {"error": "invalid_client", "error_description":
                                       "Client authentication failed due to unknown client."})
        grant = self.codes.pop(form.get("code", ""), None)
        verifier = form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        if (grant is None or grant["redirect_uri"] != form.get("redirect_uri")
                or grant["code_challenge"] != challenge.rstrip(b"=").decode()):
            return json_response(400, {"error": "invalid_grant", "error_description":
                                       "The provided authorization grant is invalid."})
        token = secrets.token_urlsafe(24)
        self.tokens[token] = (self.me.id, set(grant["scope"].split()))
        return json_response(200, {"access_token": token, "token_type": "Bearer",
                                   "scope": grant["scope"], "created_at": 1573979017})


def json_response(status: int, body: Any, headers: dict[str, str] | None = None
                  ) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers={
        "Content-Type": "application/json; charset=utf-8", **(headers or {})})


def error(status: int, message: str) -> httpx.Response:
    return json_response(status, {"error": message})


def link_header(path: str, base_params: dict[str, Any], older: str | None,
                newer: str | None) -> str:
    parts = []
    if older:
        parts.append(f'<{BASE}{path}?{urlencode({**base_params, "max_id": older}, True)}>; '
                     'rel="next"')
    if newer:
        parts.append(f'<{BASE}{path}?{urlencode({**base_params, "min_id": newer}, True)}>; '
                     'rel="prev"')
    return ", ".join(parts)


# -- rendering plain text as Mastodon does (TextFormatter) ---------------------------------
_TOKENS = re.compile(r"(?P<url>https?://[^\s<]+[^\s<.,!?;:)\]])"
                     r"|(?P<mention>(?<![\w@])@\w+(?:@[\w.:-]+\w)?)"
                     r"|(?P<tag>(?<![\w#])#\w+)")


def _link(url: str) -> str:
    scheme, _, rest = url.partition("://")
    prefix = scheme + "://" + ("www." if rest.startswith("www.") else "")
    rest = url[len(prefix):]
    shown, hidden = rest[:30], rest[30:]
    return (f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener" '
            f'translate="no"><span class="invisible">{html.escape(prefix)}</span>'
            f'<span class="{"ellipsis" if hidden else ""}">{html.escape(shown)}</span>'
            f'<span class="invisible">{html.escape(hidden)}</span></a>')


def _inline(text: str, mentions: list[Acct], host: str) -> str:
    out, at = [], 0
    for m in _TOKENS.finditer(text):
        out.append(html.escape(text[at:m.start()]))
        at = m.end()
        word = m.group(0)
        if m.group("url"):
            out.append(_link(word))
        elif m.group("tag"):
            tag = word[1:]
            out.append(f'<a href="https://{host}/tags/{tag.lower()}" class="mention hashtag" '
                       f'rel="tag">#<span>{html.escape(tag)}</span></a>')
        else:
            user, _, domain = word[1:].partition("@")
            acct = next((a for a in mentions if a.username == user
                         and (a.domain == (domain or None) or domain == host)), None)
            out.append(html.escape(word) if acct is None else
                       f'<span class="h-card" translate="no"><a href="{acct.url}" '
                       f'class="u-url mention">@<span>{html.escape(user)}</span></a></span>')
    out.append(html.escape(text[at:]))
    return "".join(out)


def render(text: str, mentions: list[Acct], host: str) -> str:
    paragraphs = [p for p in re.split(r"\n{2,}", text.strip()) if p]
    return "".join("<p>" + "<br />".join(_inline(line, mentions, host)
                                         for line in p.split("\n")) + "</p>"
                   for p in paragraphs)


# -- the REST API ------------------------------------------------------------------------
_SCOPE_PARENTS = {"follow": ("write:blocks", "write:mutes", "read:blocks", "read:mutes")}


def _allowed(scopes: set[str], needed: str) -> bool:
    parent = needed.split(":")[0]
    return (needed in scopes or parent in scopes
            or any(needed in _SCOPE_PARENTS.get(s, ()) for s in scopes))


def _form(request: httpx.Request) -> dict[str, list[str]]:
    if request.headers.get("content-type", "").startswith("application/json"):
        raw = json.loads(request.content or b"{}")
        return {k: v if isinstance(v, list) else [str(v)] for k, v in raw.items()}
    return parse_qs(request.content.decode(), keep_blank_values=True)


def _one(values: dict[str, list[str]], key: str) -> str | None:
    found = values.get(key)
    return found[0] if found else None


def route(fake: FakeMastodon, request: httpx.Request,
          query: dict[str, list[str]]) -> httpx.Response:
    path, method = request.url.path, request.method
    if (method, path) == ("POST", "/api/v1/apps"):
        return _register_app(fake, _form(request))
    if (method, path) == ("POST", "/oauth/token"):
        return fake.exchange({k: v[0] for k, v in _form(request).items()})
    over = fake.spend()
    if over is not None:
        return fake.limited(over)
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    if token not in fake.tokens:
        return fake.limited(error(401, "The access token is invalid"))
    viewer, scopes = fake.tokens[token]
    return fake.limited(_api(fake, request, query, viewer, scopes))


def _register_app(fake: FakeMastodon, form: dict[str, list[str]]) -> httpx.Response:
    uris = form.get("redirect_uris") or []
    if not uris or not _one(form, "client_name"):
        return error(422, "Validation failed: Redirect URI must be an absolute URI.")
    client_id, secret = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    scopes = (_one(form, "scopes") or "read").split()
    fake.apps[client_id] = {"client_secret": secret, "redirect_uris": uris, "scopes": scopes}
    return json_response(200, {"id": "563419", "name": _one(form, "client_name"),
                               "website": None, "scopes": scopes, "redirect_uri": uris[0],
                               "redirect_uris": uris, "client_id": client_id,
                               "client_secret": secret, "client_secret_expires_at": 0})


_STATUS = re.compile(r"^/api/v1/statuses/([^/]+)(/context)?$")
_ACCOUNT = re.compile(r"^/api/v1/accounts/([^/]+)/(block|mute|statuses)$")
_NEEDS = {("GET", "/api/v1/notifications"): "read:notifications",
          ("GET", "/api/v1/conversations"): "read:statuses",
          ("GET", "/api/v1/accounts/verify_credentials"): "read:accounts",
          ("POST", "/api/v1/statuses"): "write:statuses",
          ("POST", "/api/v1/reports"): "write:reports"}


def _api(fake: FakeMastodon, request: httpx.Request, query: dict[str, list[str]],
         viewer: str, scopes: set[str]) -> httpx.Response:
    path, method = request.url.path, request.method
    needed = _NEEDS.get((method, path))
    status_match, account_match = _STATUS.match(path), _ACCOUNT.match(path)
    if status_match:
        needed = "write:statuses" if method == "DELETE" else "read:statuses"
    if account_match:
        needed = {"block": "write:blocks", "mute": "write:mutes"}.get(
            account_match.group(2), "read:statuses")
    if needed and not _allowed(scopes, needed):
        return error(403, "This action is outside the authorized scopes")
    if path == "/api/v1/accounts/verify_credentials":
        return json_response(200, {**fake.accounts[viewer].entity(),
                                   "source": {"privacy": "public", "note": ""}})
    if path == "/api/v1/apps/verify_credentials":
        return json_response(200, {"name": "Serambi", "website": None,
                                   "scopes": sorted(scopes), "redirect_uris": []})
    if path == "/api/v1/notifications":
        return _notifications(fake, query, viewer)
    if path == "/api/v1/conversations":
        return _conversations(fake, query, viewer)
    if path == "/api/v1/statuses" and method == "GET":
        if not fake.batch_lookup:
            return error(404, "Record not found")
        wanted = {int(i) for i in query.get("id[]", []) if i.isdigit()}
        return json_response(200, [fake.status(p) for i, p in sorted(fake.posts.items())
                                   if i in wanted and fake.visible(p, viewer)])
    if path == "/api/v1/statuses" and method == "POST":
        return _create(fake, request, viewer)
    if path == "/api/v1/reports" and method == "POST":
        return _report(fake, _form(request))
    if status_match:
        return _one_status(fake, method, status_match, viewer)
    if account_match:
        return _account_action(fake, account_match, query, viewer)
    return error(404, "Record not found")


def _limit(query: dict[str, list[str]], default: int, most: int) -> int:
    raw = _one(query, "limit") or str(default)
    return max(1, min(int(raw) if raw.isdigit() else default, most))


def paginate(items: list[Any], key: Any, query: dict[str, list[str]], limit: int) -> list[Any]:
    """`to_a_paginated_by_id`: max_id/since_id bound, min_id walks forward."""
    bounds = {k: int(v) for k in ("max_id", "since_id", "min_id")
              if (v := _one(query, k)) and v.isdigit()}
    chosen = [i for i in items
              if key(i) < bounds.get("max_id", 1 << 80) and key(i) > bounds.get("since_id", -1)
              and key(i) > bounds.get("min_id", -1)]
    if "min_id" in bounds:
        return sorted(chosen, key=key)[:limit][::-1]
    return sorted(chosen, key=key, reverse=True)[:limit]


def _notifications(fake: FakeMastodon, query: dict[str, list[str]],
                   viewer: str) -> httpx.Response:
    types = query.get("types[]", []) if fake.knows_types else []
    with_filtered = _one(query, "include_filtered") == "true"
    notes = [n for n in fake.notes if (not types or n.type in types or n.raw is not None)
             and (with_filtered or not n.filtered) and not (n.post and n.post.deleted)]
    page = paginate(notes, lambda n: n.id, query, _limit(query, 40, 80))
    base = {"limit": _one(query, "limit") or "40", **({"types[]": types} if types else {})}
    link = link_header("/api/v1/notifications", base, str(page[-1].id) if page else None,
                       str(page[0].id) if page else None)
    return json_response(200, [fake.note(n) for n in page], {"Link": link} if link else {})


def _conversations(fake: FakeMastodon, query: dict[str, list[str]],
                   viewer: str) -> httpx.Response:
    rows = []
    for root, conv_id in fake.conversation_ids.items():
        posts = [p for p in fake.posts.values() if p.visibility == "direct"
                 and fake._root(p) == root and fake.visible(p, viewer)]
        if posts:
            last = max(posts, key=lambda p: p.id)
            people = {a.id: a for p in posts for a in [p.author, *p.mentions] if a.id != viewer}
            rows.append((last.id, {"id": str(conv_id), "unread": True, "accounts": [
                a.entity() for a in people.values()], "last_status": fake.status(last)}))
    limit = _limit(query, 20, 40)
    page = paginate(rows, lambda r: r[0], query, limit)
    full = len(page) == limit
    link = link_header("/api/v1/conversations", {"limit": str(limit)},
                       str(page[-1][0]) if page and full else None,
                       str(page[0][0]) if page else None)
    return json_response(200, [r[1] for r in page], {"Link": link} if link else {})


def _visible_post(fake: FakeMastodon, raw_id: str, viewer: str) -> Post | None:
    post = fake.posts.get(int(raw_id)) if raw_id.isdigit() else None
    return post if post is not None and fake.visible(post, viewer) else None


def _one_status(fake: FakeMastodon, method: str, match: re.Match[str],
                viewer: str) -> httpx.Response:
    post = _visible_post(fake, match.group(1), viewer)
    if post is None:
        return error(404, "Record not found")
    if match.group(2):
        ancestors, up = [], post
        while up.in_reply_to and (parent := _visible_post(fake, str(up.in_reply_to), viewer)):
            ancestors.insert(0, fake.status(parent))
            up = parent
        below = [p for p in fake.posts.values() if p.id != post.id and fake.visible(p, viewer)
                 and _descends(fake, p, post.id)]
        return json_response(200, {"ancestors": ancestors, "descendants": [
            fake.status(p) for p in sorted(below, key=lambda p: p.id)]})
    if method == "DELETE":
        if post.author.id != viewer:
            return error(403, "This action is not allowed")
        post.deleted = True
        return json_response(200, fake.status(post, source=True))
    return json_response(200, fake.status(post))


def _descends(fake: FakeMastodon, post: Post, ancestor: int) -> bool:
    while post.in_reply_to is not None:
        if post.in_reply_to == ancestor:
            return True
        if post.in_reply_to not in fake.posts:
            return False
        post = fake.posts[post.in_reply_to]
    return False


def _create(fake: FakeMastodon, request: httpx.Request, viewer: str) -> httpx.Response:
    form = _form(request)
    key = request.headers.get("idempotency-key")
    if key and (viewer, key) in fake.idempotent:  # kept for an hour on the real server
        return json_response(200, fake.status(fake.posts[fake.idempotent[(viewer, key)]]))
    text = (_one(form, "status") or "").strip()
    if not text:
        return error(422, "Validation failed: Text can't be blank")
    counted = re.sub(r"(@\w+)@[\w.:-]+\w", r"\1", text)  # a mention's domain is free
    if len(counted) > 500:
        return error(422, "Validation failed: Text character limit of 500 exceeded")
    visibility = _one(form, "visibility") or "public"
    if visibility not in ("public", "unlisted", "private", "direct"):
        return error(422, "Validation failed: Visibility is not included in the list")
    parent = None
    if reply_to := _one(form, "in_reply_to_id"):
        parent = _visible_post(fake, reply_to, viewer)
        if parent is None:
            return error(404, "Record not found")
    post = fake.post(fake.accounts[viewer], text, visibility=visibility, reply_to=parent,
                     spoiler_text=_one(form, "spoiler_text") or "")
    fake.created_posts += 1
    if key:
        fake.idempotent[(viewer, key)] = post.id
    if fake.lose_next_post_answer:
        fake.lose_next_post_answer = False
        raise httpx.ReadError("connection reset by peer")
    return json_response(200, fake.status(post))


def _relationship(account_id: str, **flags: bool) -> dict[str, Any]:
    base = dict.fromkeys(("following", "showing_reblogs", "notifying", "followed_by",
                          "blocking", "blocked_by", "muting", "muting_notifications",
                          "requested", "domain_blocking", "endorsed"), False)
    return {"id": account_id, **base, **flags}


def _account_action(fake: FakeMastodon, match: re.Match[str], query: dict[str, list[str]],
                    viewer: str) -> httpx.Response:
    account_id, action = match.groups()
    if account_id not in fake.accounts:
        return error(404, "Record not found")
    if action == "statuses":
        posts = [p for p in fake.posts.values() if p.author.id == account_id
                 and fake.visible(p, viewer)]
        page = paginate(posts, lambda p: p.id, query, _limit(query, 20, 40))
        return json_response(200, [fake.status(p) for p in page])
    if action == "block":
        fake.blocked.append(account_id)
        return json_response(200, _relationship(account_id, blocking=True))
    fake.muted.append(account_id)
    return json_response(200, _relationship(account_id, muting=True,
                                            muting_notifications=True))


def _report(fake: FakeMastodon, form: dict[str, list[str]]) -> httpx.Response:
    account_id = _one(form, "account_id") or ""
    if account_id not in fake.accounts:
        return error(404, "Record not found")
    ids = [i for i in form.get("status_ids[]", []) if i.isdigit() and int(i) in fake.posts
           and fake.posts[int(i)].author.id == account_id]
    report = {"id": str(48914 + len(fake.reports)), "account_id": account_id,
              "status_ids": ids, "comment": _one(form, "comment") or "",
              "category": _one(form, "category") or "other",
              "forward": _one(form, "forward") == "true"}
    fake.reports.append(report)
    return json_response(200, {**report, "action_taken": False, "forwarded": False,
                               "target_account": fake.accounts[account_id].entity(),
                               "created_at": iso(datetime.now(UTC))})


def connector_for(fake: FakeMastodon, secrets: Any, *, settings: dict[str, Any] | None = None,
                  client: httpx.AsyncClient | None = None, server: str = BASE) -> Any:
    """A MastodonConnector signed in to the fake as @brand, its token in the keyring."""
    from connectors.base import AccountConfig
    from connectors.mastodon import MastodonConnector

    secrets.set("account:mastodon-test", fake.token)
    config = AccountConfig(account_id=1, platform="mastodon", handle=f"@brand@{HOST}",
                           server_url=server, settings=settings or {},
                           secret_ref="account:mastodon-test")
    return MastodonConnector(config, secrets, client or fake.client())
