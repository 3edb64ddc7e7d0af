"""Keeps secrets out of every log line: Authorization headers, token parameters and any
secret this process has handled are replaced by `[redacted]` before a handler writes them.

httpx logs request URLs (with their query strings), and an exception may quote a request,
so the filter sits on the handlers themselves and also cleans formatted tracebacks.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
from typing import Any

MASK = "[redacted]"
# Shorter values are too likely to be ordinary words to be masked wherever they appear.
MIN_KNOWN = 8

_PARAMS = (r"access_token|refresh_token|id_token|token|password|passwd|pass|secret|"
           r"client_secret|api_key|apikey|key|code|session|sig|signature|auth")
_RULES = (
    # Authorization: Bearer abc / 'authorization': 'Bearer abc' / Proxy-Authorization ...
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?(?:bearer|basic|token|"
               r"digest|mac|dpop)?\s*)[^\s'\",}\]]+"),
    # ?access_token=abc&... in URLs and form bodies
    re.compile(rf"(?i)([?&;](?:{_PARAMS})=)[^&\s'\"#;]+"),
    # "access_token": "abc" in JSON and reprs of dicts
    re.compile(r"(?i)(['\"](?:access_token|refresh_token|id_token|token|password|passwd|"
               r"secret|client_secret|api_key|apikey|accessJwt|refreshJwt)['\"]"
               r"\s*:\s*['\"])[^'\"]+"),
    # Cookie and Set-Cookie values
    re.compile(r"(?i)((?:set-)?cookie['\"]?\s*[:=]\s*['\"]?)[^'\"\r\n]+"),
    # JSON Web Tokens (Bluesky sessions, OAuth id tokens) wherever they appear
    re.compile(r"()eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*"),
)

_known: set[str] = set()
_known_lock = threading.Lock()


def remember(secret: str | None) -> None:
    """Mask this value wherever it appears from now on (and the strings inside it, when it
    is a JSON session blob a connector stored)."""
    if not secret:
        return
    values = {secret}
    with contextlib.suppress(ValueError, TypeError, RecursionError):  # not a JSON blob
        values |= set(_leaves(json.loads(secret)))
    with _known_lock:
        _known.update(v for v in values if len(v) >= MIN_KNOWN)


def _leaves(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return []


def redact(text: str) -> str:
    """The text with every secret-looking value masked."""
    with _known_lock:
        known = sorted(_known, key=len, reverse=True)  # longest first: no half-masked tail
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    for rule in _RULES:
        text = rule.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message, traceback and stack in place before any handler sees
    them; it never drops a record."""

    _format = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not fit: log what we have
            message = f"{record.msg!r} {record.args!r}"
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._format.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


FILTER = RedactingFilter()


def protect(handler: logging.Handler) -> logging.Handler:
    """Put the filter on one handler (idempotent); returns the handler."""
    if FILTER not in handler.filters:
        handler.addFilter(FILTER)
    return handler


def install() -> None:
    """Protect every handler of the root logger and Python's last-resort stderr handler
    (what prints warnings when nobody configured logging, as in the CLI)."""
    for handler in logging.getLogger().handlers:
        protect(handler)
    if logging.lastResort is not None:
        protect(logging.lastResort)
