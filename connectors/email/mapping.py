"""One fetched mail as an InboundItem: who wrote it, when, which thread (RFC 5322
Message-ID, In-Reply-To, References) and its text. Anything a sender controls is untrusted;
a mail that cannot be read raises MalformedMail and is reported alone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from email.utils import getaddresses, parseaddr

from app.items import InboundItem, MemberRef
from app.models import Direction, MessageKind
from connectors.email.body import body_of

_MSG_ID = re.compile(r"<([\x21-\x3b\x3d\x3f-\x7e]{1,240})>")
_RE_PREFIX = re.compile(r"^\s*(re|aw|sv|antw)\s*(\[\d+\])?\s*:", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$")
_EARLIEST = datetime(1990, 1, 2, tzinfo=UTC)
NO_ID_PREFIX = "nomsgid:"
MAX_REFERENCES = 100


class MalformedMail(ValueError):
    """This mail cannot be shown; the reason says why."""


@dataclass(frozen=True, slots=True)
class Where:
    """Where on the server a mail was read, noted on the item for people and for replies."""

    folder: str
    uidvalidity: int
    uid: int
    internal_date: datetime | None = None
    flags: frozenset[str] = frozenset()


def parse(raw: bytes) -> EmailMessage:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    return msg


RAW_HEADERS = ("Message-ID", "In-Reply-To", "References", "From", "To", "Cc", "Reply-To",
               "Subject")


def raw_headers(raw: bytes) -> dict[str, list[str]]:
    """Identity and address headers exactly as written: the modern header parser has raised
    on hostile values in some Python versions, and these must always be readable."""
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    return {name: [str(v) for v in headers.get_all(name, [])] for name in RAW_HEADERS}


def message_ids(value: str) -> list[str]:
    """Every <id> in a header, in order, brackets kept (they make SEARCH exact)."""
    return [f"<{m}>" for m in _MSG_ID.findall(value)]


def platform_id_of(raw: bytes, headers: dict[str, list[str]]) -> str:
    """The Message-ID, or for a mail without one a hash of its bytes: the same mail gets the
    same id in every folder and after the server renumbers its UIDs."""
    found = message_ids(" ".join(headers.get("Message-ID", [])))
    return found[0] if found else NO_ID_PREFIX + hashlib.sha256(raw).hexdigest()


def sender_of(msg: EmailMessage, headers: dict[str, list[str]]) -> tuple[str, str]:
    """(lowercased address, display name) of From; MalformedMail when there is none."""
    try:
        addresses: tuple[Address, ...] = msg["From"].addresses if msg["From"] else ()
        if addresses and "@" in addresses[0].addr_spec:
            return addresses[0].addr_spec.lower(), _one_line(addresses[0].display_name)
    except Exception:  # noqa: S110 - a hostile header; the forgiving parser below decides
        pass
    name, addr = parseaddr(" ".join(headers.get("From", [])[:1]))
    if "@" not in addr:
        raise MalformedMail("it has no sender address (From)")
    return addr.lower(), _one_line(name)


def recipients(headers: dict[str, list[str]], *names: str) -> list[str]:
    """Addresses in the given headers, forgivingly parsed, lowercased, without repeats."""
    values = [v for name in names for v in headers.get(name, [])]
    found = [addr.lower() for _, addr in getaddresses(values) if "@" in addr]
    return list(dict.fromkeys(found))


def subject_of(msg: EmailMessage, headers: dict[str, list[str]]) -> str:
    try:
        return _one_line(str(msg.get("Subject", "")))[:1000]
    except Exception:  # a broken encoded word: show the header as it came
        return _one_line(" ".join(headers.get("Subject", [])[:1]))[:1000]


def reply_subject(subject: str) -> str:
    subject = _one_line(subject)
    return subject if _RE_PREFIX.match(subject) else f"Re: {subject}".strip()


def sent_at(msg: EmailMessage, where: Where) -> datetime:
    """The Date header, unless it is missing or absurd; then when the server received it."""
    try:
        header = msg["Date"]
        when = header.datetime if header is not None else None
    except Exception:
        when = None
    if isinstance(when, datetime):
        when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
        if _EARLIEST <= when <= datetime.now(UTC) + timedelta(days=1):
            return when
    return where.internal_date or datetime.now(UTC)


def to_item(raw: bytes, where: Where, our_address: str, our_handle: str = "") -> InboundItem:
    if not raw.strip():
        raise MalformedMail("the message is empty")
    headers = raw_headers(raw)
    msg = parse(raw)
    own_id = platform_id_of(raw, headers)
    address, name = sender_of(msg, headers)
    references = message_ids(" ".join(headers["References"]))[-MAX_REFERENCES:]
    in_reply_to = next(iter(message_ids(" ".join(headers["In-Reply-To"]))), None)
    parent = in_reply_to or (references[-1] if references else None)
    body = body_of(msg)
    ours = address == our_address
    member = our_handle if ours and our_handle else address
    return InboundItem(
        platform_id=own_id,
        created_at=sent_at(msg, where),
        text=body.text,
        author=MemberRef(remote_id=member, handle=member, name=name,
                         profile_url=f"mailto:{address}"),
        direction=Direction.OUTBOUND if ours else Direction.INBOUND,
        kind=MessageKind.EMAIL,
        thread_id=references[0] if references else (in_reply_to or own_id),
        parent_id=parent if parent != own_id else None,
        subject=subject_of(msg, headers),
        html=body.html,
        language=_language(msg),
        deleted="\\deleted" in where.flags,
        is_direct=True,
        extra=_extra(headers, where),
    )


def _extra(headers: dict[str, list[str]], where: Where) -> dict[str, str]:
    extra = {"folder": where.folder, "uidvalidity": str(where.uidvalidity),
             "uid": str(where.uid), "seen": "yes" if "\\seen" in where.flags else "no"}
    for key, header in (("to", "To"), ("cc", "Cc"), ("reply_to", "Reply-To")):
        found = recipients(headers, header)
        if found:
            extra[key] = ", ".join(found)[:2000]
    return extra


def _language(msg: EmailMessage) -> str:
    try:
        value = str(msg.get("Content-Language", "")).split(",")[0].strip()
    except Exception:
        return ""
    return value if _LANGUAGE.match(value) else ""


def _one_line(value: str) -> str:
    return " ".join(str(value).split())
