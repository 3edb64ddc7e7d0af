"""A reply as the customer's mail program expects it (RFC 5322 3.6.4): "Re:" once,
In-Reply-To the parent, References the parent's chain plus the parent, sent to Reply-To or
From, and a Message-ID made from the outbox key so the reply can be found after a crash.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from connectors.email.mapping import (
    MalformedMail,
    message_ids,
    parse,
    platform_id_of,
    raw_headers,
    recipients,
    reply_subject,
    sender_of,
    subject_of,
)
from connectors.errors import BadPayload

_SAFE_KEY = re.compile(r"^[A-Za-z0-9._-]{1,80}$")
_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
# Long chains are trimmed as RFC 5322 suggests: the root and the most recent ones.
MAX_REFERENCES = 20


def our_message_id(idempotency_key: str, address: str) -> str:
    """The same key always gives the same Message-ID, under our own domain."""
    key = idempotency_key if _SAFE_KEY.match(idempotency_key) else \
        hashlib.sha256(idempotency_key.encode()).hexdigest()[:40]
    domain = address.rpartition("@")[2]
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        domain = ""
    return f"<serambi.{key}@{domain if _DOMAIN.match(domain) else 'serambi.invalid'}>"


def build_reply(parent_raw: bytes, text: str, our_address: str, message_id: str,
                now: datetime | None = None) -> tuple[EmailMessage, list[str]]:
    """(the reply, its recipients); BadPayload when the parent names nobody to answer."""
    headers = raw_headers(parent_raw)
    parent = parse(parent_raw)
    try:
        sender, name = sender_of(parent, headers)
    except MalformedMail as exc:
        raise BadPayload(f"the mail being answered cannot be replied to: {exc}") from None
    if sender == our_address:  # answering our own mail: a follow-up to whom it went to
        to = [a for a in recipients(headers, "To", "Cc") if a != our_address]
        shown = to
    else:
        to = recipients(headers, "Reply-To") or [sender]
        shown = to if headers["Reply-To"] else [formataddr((name, sender))]
    if not to:
        raise BadPayload("the message being answered names nobody to send the reply to")
    msg = EmailMessage()
    msg["From"] = our_address
    try:
        msg["To"] = ", ".join(shown)
    except (ValueError, TypeError, IndexError) as exc:  # an address the parser cannot take
        raise BadPayload(f"the reply cannot be addressed to {', '.join(to)[:200]} "
                         f"({type(exc).__name__})") from None
    msg["Subject"] = reply_subject(subject_of(parent, headers))
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = message_id
    parent_id = platform_id_of(parent_raw, headers)
    if parent_id.startswith("<"):
        chain = message_ids(" ".join(headers["References"])) or \
            message_ids(" ".join(headers["In-Reply-To"]))[:1]
        msg["In-Reply-To"] = parent_id
        msg["References"] = " ".join(_trimmed([*chain, parent_id]))
    msg.set_content(text)
    return msg, to


def _trimmed(chain: list[str]) -> list[str]:
    unique = list(dict.fromkeys(chain))
    if len(unique) <= MAX_REFERENCES:
        return unique
    return [unique[0], *unique[-(MAX_REFERENCES - 1):]]
