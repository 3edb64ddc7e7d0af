"""IMAP mailbox names: modified UTF-7 (RFC 3501 5.1.3) and quoting, since imaplib sends a
mailbox name exactly as given and folders such as "Sent Items" or "Terkirim/Ülke" need both.
"""

from __future__ import annotations

import base64
import binascii
import re

_LIST_LINE = re.compile(
    rb'^\((?P<flags>[^)]*)\)\s+(?P<delim>"(?:[^"\\]|\\.)*"|NIL)\s+(?P<name>.+)$', re.IGNORECASE)


def encode(name: str) -> str:
    """A folder name as the server knows it (ASCII only)."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode("ascii").rstrip("=")
                       .replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def decode(name: str) -> str:
    """The readable folder name; a malformed name comes back as the server spelled it."""
    out: list[str] = []
    rest = name
    while rest:
        start = rest.find("&")
        if start < 0:
            out.append(rest)
            break
        out.append(rest[:start])
        end = rest.find("-", start)
        if end < 0:
            return name
        chunk = rest[start + 1:end]
        if chunk:
            try:
                padded = chunk.replace(",", "/") + "=" * (-len(chunk) % 4)
                out.append(base64.b64decode(padded, validate=True).decode("utf-16-be"))
            except (binascii.Error, UnicodeDecodeError, ValueError):
                return name
        else:
            out.append("&")
        rest = rest[end + 1:]
    return "".join(out)


def quoted(name: str) -> str:
    """The encoded name as an IMAP quoted string, ready for a command argument."""
    encoded = encode(name)
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def quote_string(value: str) -> str:
    """Any ASCII search value as an IMAP quoted string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_list_line(line: bytes) -> tuple[set[str], str] | None:
    """(flags, readable name) from one LIST response line, or None when it is not one."""
    match = _LIST_LINE.match(line.strip())
    if match is None:
        return None
    raw = match.group("name").strip()
    if raw.startswith(b'"') and raw.endswith(b'"') and len(raw) >= 2:
        raw = re.sub(rb"\\(.)", rb"\1", raw[1:-1])
    flags = {f.lower() for f in match.group("flags").decode("ascii", "replace").split()}
    return flags, decode(raw.decode("utf-8", "replace"))


def literal_list_line(head: bytes, name: bytes) -> bytes:
    """A LIST line whose name came as a literal, rebuilt with the name quoted."""
    head = re.sub(rb"\{\d+\+?\}\s*$", b"", head.rstrip())
    escaped = name.replace(b"\\", b"\\\\").replace(b'"', b'\\"')
    return head + b' "' + escaped + b'"'


def find_folder(existing: dict[str, set[str]], name: str) -> str | None:
    """The server's spelling of a folder, or None when it has no such folder."""
    if name in existing:
        return name
    # INBOX is the one name IMAP compares without case (RFC 3501 5.1).
    if name.upper() == "INBOX":
        return next((n for n in existing if n.upper() == "INBOX"), None)
    return None


def sent_folder(existing: dict[str, set[str]], configured: str) -> str | None:
    """The configured Sent folder, else the one the server marks \\Sent (RFC 6154)."""
    found = find_folder(existing, configured)
    if found is not None:
        return found
    return next((n for n, flags in sorted(existing.items()) if "\\sent" in flags
                 and "\\noselect" not in flags), None)
