"""A small stateful homeserver behind httpx.MockTransport, for what a real Synapse will not
do on demand: malformed answers, 5xx, rate limits with only `retry_after_ms`, broken
connections. Shapes follow the client-server spec (login, refresh, sync, messages, send,
standard error bodies with errcode/error/soft_logout/retry_after_ms)."""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx

ME, PASSWORD = "@brand:fake.test", "s3cret"
Fault = Callable[[httpx.Request], httpx.Response] | httpx.Response | Exception


def error(status: int, errcode: str, message: str, **extra: Any) -> httpx.Response:
    return httpx.Response(status, json={"errcode": errcode, "error": message, **extra})


@dataclass
class Session:
    user_id: str
    device_id: str
    expired: bool = False


@dataclass
class FakeHomeserver:
    events: list[tuple[str, Any]] = field(default_factory=list)  # (room, raw event) in order
    sessions: dict[str, Session] = field(default_factory=dict)  # access token -> session
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh -> device
    faults: list[tuple[str, Fault]] = field(default_factory=list)  # (path regex, answer)
    seen: list[httpx.Request] = field(default_factory=list)
    sent_txns: dict[tuple[str, str], str] = field(default_factory=dict)
    login_devices: list[str | None] = field(default_factory=list)

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle),
                                 base_url="https://matrix.fake.test")

    def fail(self, path_pattern: str, answer: Fault) -> None:
        self.faults.append((path_pattern, answer))

    def post(self, room: str, sender: str, body: str, **content: Any) -> str:
        event_id = f"$e{len(self.events)}"
        self.add_raw(room, {"event_id": event_id, "type": "m.room.message", "sender": sender,
                            "origin_server_ts": 1_790_000_000_000 + len(self.events),
                            "content": {"msgtype": "m.text", "body": body, **content}})
        return event_id

    def add_raw(self, room: str, raw: Any) -> None:
        self.events.append((room, raw))

    def expire_all(self) -> None:
        for session in self.sessions.values():
            session.expired = True

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        path = unquote(request.url.path).removeprefix("/_matrix/client/v3")
        for n, (pattern, answer) in enumerate(self.faults):
            if re.search(pattern, path):
                del self.faults[n]
                if isinstance(answer, Exception):
                    raise answer
                return answer(request) if callable(answer) else answer
        if path == "/login":
            return self._login(json.loads(request.content))
        if path == "/refresh":
            return self._refresh(json.loads(request.content))
        session = self._session(request)
        if isinstance(session, httpx.Response):
            return session
        return self._route(request, path, session)

    def _route(self, request: httpx.Request, path: str, session: Session) -> httpx.Response:
        if path == "/sync":
            return self._sync(request)
        if path.startswith(f"/profile/{ME}"):
            return httpx.Response(200, json={"displayname": "Brand"})
        if path == "/pushrules/":
            return httpx.Response(200, json={"global": {"content": []}})
        send = re.fullmatch(r"/rooms/([^/]+)/send/m\.room\.message/([^/]+)", path)
        if send and request.method == "PUT":
            return self._send(send[1], send[2], session, json.loads(request.content))
        event = re.fullmatch(r"/rooms/([^/]+)/event/([^/]+)", path)
        if event:
            found = [raw for room, raw in self.events
                     if room == event[1] and isinstance(raw, dict)
                     and raw.get("event_id") == event[2]]
            return httpx.Response(200, json=found[0]) if found else \
                error(404, "M_NOT_FOUND", "Event not found")
        return error(404, "M_UNRECOGNIZED", "Unrecognized request")

    def _login(self, body: dict[str, Any]) -> httpx.Response:
        user = body.get("identifier", {}).get("user")
        if body.get("type") != "m.login.password":
            return error(400, "M_UNKNOWN", "Unknown login type")
        if user != ME or body.get("password") != PASSWORD:
            return error(403, "M_FORBIDDEN", "Invalid username or password")
        self.login_devices.append(body.get("device_id"))
        return httpx.Response(200, json=self._issue(body.get("device_id") or "DEV1"))

    def _refresh(self, body: dict[str, Any]) -> httpx.Response:
        device = self.refresh_tokens.pop(body.get("refresh_token", ""), None)
        if device is None:
            return error(401, "M_UNKNOWN_TOKEN", "Unknown refresh token", soft_logout=False)
        issued = self._issue(device)
        return httpx.Response(200, json={k: issued[k] for k in
                                         ("access_token", "refresh_token", "expires_in_ms")})

    def _issue(self, device: str) -> dict[str, Any]:
        access, refresh = f"syt_{secrets.token_hex(8)}", f"syr_{secrets.token_hex(8)}"
        self.sessions[access] = Session(ME, device)
        self.refresh_tokens[refresh] = device
        return {"user_id": ME, "device_id": device, "access_token": access,
                "refresh_token": refresh, "expires_in_ms": 300_000}

    def _session(self, request: httpx.Request) -> Session | httpx.Response:
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return error(401, "M_MISSING_TOKEN", "Missing access token")
        session = self.sessions.get(auth[7:])
        if session is None:
            return error(401, "M_UNKNOWN_TOKEN", "Unknown access token", soft_logout=False)
        if session.expired:
            return error(401, "M_UNKNOWN_TOKEN", "Access token has expired", soft_logout=True)
        return session

    def _sync(self, request: httpx.Request) -> httpx.Response:
        since = int(request.url.params.get("since", "s0")[1:])
        limit = json.loads(request.url.params["filter"])["room"]["timeline"]["limit"]
        rooms: dict[str, list[Any]] = {}
        for position, (room, raw) in enumerate(self.events, start=1):
            if position > since:
                rooms.setdefault(room, []).append(raw)
        join = {room: {"timeline": {"events": events[-limit:], "limited": len(events) > limit,
                                    "prev_batch": f"t{since}"},
                       "state": {"events": []},
                       "summary": {"m.joined_member_count": 3, "m.invited_member_count": 0}}
                for room, events in rooms.items()}
        return httpx.Response(200, json={"next_batch": f"s{len(self.events)}",
                                         "rooms": {"join": join}})

    def _send(self, room: str, txn: str, session: Session,
              content: dict[str, Any]) -> httpx.Response:
        key = (session.device_id, txn)
        if key not in self.sent_txns:
            self.sent_txns[key] = self.post(room, session.user_id, content.get("body", ""))
        return httpx.Response(200, json={"event_id": self.sent_txns[key]})
