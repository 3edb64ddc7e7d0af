"""A mail's readable body: the text/plain part when there is one, else its HTML as text;
attachments named, never opened. Charsets are whatever the sender claimed, so an unknown or
wrong one gives replacement characters, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage, Message

from connectors.email.html_text import html_to_text

# The inbox stores at most a million characters of text; keep well inside it.
MAX_TEXT = 200_000
MAX_HTML = 900_000
MAX_ATTACHMENTS = 50


@dataclass(frozen=True, slots=True)
class Body:
    text: str
    html: str | None
    attachments: tuple[str, ...]


def body_of(msg: EmailMessage) -> Body:
    plain = msg.get_body(preferencelist=("plain",))
    html_part = msg.get_body(preferencelist=("html",))
    plain_text = decode_text(plain) if plain is not None else ""
    html = decode_text(html_part) if html_part is not None else None
    text = plain_text if plain_text.strip() else (html_to_text(html) if html else "")
    names = attachment_names(msg)
    if names:
        text = (text.rstrip() + "\n\n" if text.strip() else "") + "\n".join(
            f"[attachment: {name}]" for name in names)
    return Body(_cut(text, MAX_TEXT), html if html is None or len(html) <= MAX_HTML else None,
                names)


def decode_text(part: Message) -> str:
    """The part's text in its declared charset; unknown charsets read as UTF-8, and bytes
    that do not fit become U+FFFD."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    if charset in ("us-ascii", "ascii"):
        charset = "utf-8"  # undeclared 8-bit text is nearly always UTF-8
    try:
        # Names such as "base64" or "rot13" are codecs too, but not text ones: LookupError.
        return payload.decode(charset, errors="replace")
    except (LookupError, UnicodeError, ValueError):
        return payload.decode("utf-8", errors="replace")


def attachment_names(msg: EmailMessage) -> tuple[str, ...]:
    names: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
        if disposition == "attachment" or (filename and disposition != "inline"
                                           and part.get_content_maintype() != "text"):
            names.append(_clean_name(filename or part.get_content_type()))
        if len(names) >= MAX_ATTACHMENTS:
            names.append("… more attachments")
            break
    return tuple(names)


def _clean_name(name: str) -> str:
    return " ".join(str(name).split())[:200] or "unnamed"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "\n[… message shortened]"
