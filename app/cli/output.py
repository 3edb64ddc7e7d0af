"""How the command line speaks: plain errors, stable JSON, and terminal-safe text."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import Any

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
# C0 and C1 controls (bar tab and newline) and DEL: a message must not drive the terminal.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x7f-\x9f]")


class CliError(Exception):
    """An expected failure: printed in plain words, never as a traceback."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class UsageError(CliError):
    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_USAGE)


def plain(value: object, one_line: bool = False) -> str:
    """Text from strangers made safe to print: no escape sequences, optionally one line."""
    text = _CONTROLS.sub("\ufffd", "" if value is None else str(value))
    return " ".join(text.split()) if one_line else text


def jsonable(value: Any) -> Any:
    """Dataclasses, enums and times as JSON values (times in ISO 8601 UTC)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    text = json.dumps(jsonable(value), ensure_ascii=False, indent=2)
    # json leaves C1 controls raw with ensure_ascii=False; escape them for the terminal.
    print(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def say(message: str) -> None:
    print(message)


def warn(message: str) -> None:
    print(f"serambi: {message}", file=sys.stderr)


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"
