"""How each demo flavour looks like its real platform: ids, links, handles, kinds.

Every id is derived from a token string by hashing, so the same token always yields the
same id and ids never depend on the clock (seeding twice cannot double the history).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from app.items import MemberRef
from app.models import MessageKind
from connectors.demo.content import CastMember

BRAND_USER = "teduh"
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_MASTODON_HOSTS = ("mastodon.demo", "kopi.demo", "social.demo")
_MAIL_HOSTS = ("mail.demo", "surel.demo", "kantor.demo")
MATRIX_ROOM = "#komunitas:matrix.demo"
FORUM = "https://forum.teduh.demo"

# Reply lengths the imitated platforms accept (Mastodon's default server, Bluesky's post
# record, Discourse's default max_post_length, a Matrix event's practical size, email).
REPLY_LIMITS = {"mastodon": 500, "bluesky": 300, "discourse": 32_000, "matrix": 65_536,
                "email": 100_000}


@dataclass(frozen=True, slots=True)
class AccountLook:
    handle: str
    display_name: str
    server_url: str


ACCOUNTS: dict[str, AccountLook] = {
    "mastodon": AccountLook("@teduh@mastodon.demo", "Teduh on Mastodon (demo)",
                            "https://mastodon.demo"),
    "bluesky": AccountLook("@teduh.bsky.demo", "Teduh on Bluesky (demo)", "https://bsky.demo"),
    "discourse": AccountLook("@teduh_team", "Teduh community forum (demo)", FORUM),
    "matrix": AccountLook("@teduh:matrix.demo", "Teduh Matrix room (demo)",
                          "https://matrix.demo"),
    "email": AccountLook("halo@teduh.demo", "Teduh support email (demo)", "https://mail.teduh.demo"),
}


def digest(token: str) -> int:
    return int.from_bytes(hashlib.sha256(token.encode()).digest()[:16], "big")


def _pick(options: tuple[str, ...], token: str) -> str:
    return options[digest(token) % len(options)]


def _tid(number: int) -> str:
    """A Bluesky record key: 13 characters of base32-sortable text."""
    chars = []
    for _ in range(13):
        chars.append(_TID_ALPHABET[number % 32])
        number //= 32
    return "3" + "".join(reversed(chars))[1:]


def _did(user: str) -> str:
    raw = hashlib.sha256(f"did|{user}".encode()).digest()
    return "did:plc:" + base64.b32encode(raw).decode().lower()[:24]


def mastodon_host(user: str) -> str:
    return "mastodon.demo" if user == BRAND_USER else _pick(_MASTODON_HOSTS, user)


def member_ref(flavour: str, member: CastMember) -> MemberRef:
    return _ref(flavour, member.user, member.name)


def brand_ref(flavour: str) -> MemberRef:
    return _ref(flavour, BRAND_USER, "Teduh")


def _ref(flavour: str, user: str, name: str) -> MemberRef:
    if flavour == "mastodon":
        host = mastodon_host(user)
        return MemberRef(str(100000 + digest(user) % 900000), f"@{user}@{host}", name,
                         f"https://{host}/@{user}")
    if flavour == "bluesky":
        handle = f"{user.replace('_', '-')}.bsky.demo"
        return MemberRef(_did(user), f"@{handle}", name, f"https://bsky.demo/profile/{handle}")
    if flavour == "discourse":
        handle = "teduh_team" if user == BRAND_USER else user
        return MemberRef(str(1000 + digest(user) % 90000), f"@{handle}", name,
                         f"{FORUM}/u/{handle}")
    if flavour == "matrix":
        mxid = f"@{user}:matrix.demo"
        return MemberRef(mxid, mxid, name, f"https://matrix.demo/#/user/{mxid}")
    address = "halo@teduh.demo" if user == BRAND_USER else f"{user}@{_pick(_MAIL_HOSTS, user)}"
    return MemberRef(address, address, name, f"mailto:{address}")


def topic_number(token: str) -> int:
    return 2000 + digest(f"topic|{token}") % 900000


def post_id(flavour: str, token: str, author: MemberRef, topic: int = 0) -> str:
    """A new message id shaped like the platform's own."""
    number = digest(f"{flavour}|{token}")
    if flavour == "mastodon":
        return str(110_000_000_000_000_000 + number % 9_000_000_000_000_000)
    if flavour == "bluesky":
        return f"at://{author.remote_id}/app.bsky.feed.post/{_tid(number)}"
    if flavour == "discourse":
        return f"{topic}/{100000 + number % 90_000_000}"
    if flavour == "matrix":
        raw = number.to_bytes(16, "big") + hashlib.sha256(token.encode()).digest()[:16]
        return "$" + base64.urlsafe_b64encode(raw).decode().rstrip("=")
    host = author.remote_id.rsplit("@", 1)[-1]
    return f"<{number:032x}@{host}>"


def post_url(flavour: str, pid: str, author: MemberRef, slug: str = "",
             is_root: bool = False) -> str:
    """A plausible link on a fake demo host (the UI shows it; nothing is served there)."""
    if flavour == "mastodon":
        user, host = author.handle.lstrip("@").split("@")
        return f"https://{host}/@{user}/{pid}"
    if flavour == "bluesky":
        return f"{author.profile_url}/post/{pid.rsplit('/', 1)[-1]}"
    if flavour == "discourse":
        topic, post = pid.split("/")
        return f"{FORUM}/t/{slug or 'topic'}/{topic}" if is_root else f"{FORUM}/p/{post}"
    if flavour == "matrix":
        return f"https://matrix.demo/#/room/{MATRIX_ROOM}/{pid}"
    return f"https://mail.teduh.demo/message/{digest(pid) % 10**12:012d}"


def looks_like_post(flavour: str, pid: str) -> bool:
    """A cheap shape check, so a moderation call on a foreign id fails clearly."""
    checks = {
        "mastodon": pid.isdigit(),
        "bluesky": pid.startswith("at://") and "/app.bsky.feed.post/" in pid,
        "discourse": pid.count("/") == 1 and pid.replace("/", "").isdigit(),
        "matrix": pid.startswith("$") and len(pid) > 1,
        "email": pid.startswith("<") and pid.endswith(">") and "@" in pid,
    }
    return checks.get(flavour, False)


def mention_us(flavour: str, text: str) -> str:
    """Public posts that reach our inbox mention us, as they must on the real platforms."""
    mention = {"mastodon": "@teduh", "bluesky": "@teduh.bsky.demo"}.get(flavour)
    if mention is None or "@teduh" in text:
        return text
    return f"{mention} {text}"


def kinds(flavour: str, direct: bool) -> tuple[MessageKind, MessageKind]:
    """(kind of the thread's first message, kind of the replies)."""
    if flavour == "email":
        return MessageKind.EMAIL, MessageKind.EMAIL
    if direct:
        return MessageKind.DIRECT, MessageKind.DIRECT
    first = {"discourse": MessageKind.POST, "matrix": MessageKind.COMMENT}
    return first.get(flavour, MessageKind.MENTION), MessageKind.REPLY


def names_root(flavour: str) -> bool:
    """Whether the platform tells a reply's thread root (Mastodon only gives the parent)."""
    return flavour != "mastodon"
