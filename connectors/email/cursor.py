"""The sync cursor: per watched folder, its UIDVALIDITY and the last UID stored.

Stored as JSON, {"INBOX": [3857529045, 4120]}. A cursor that cannot be read starts the
folders over, which only costs time: ingest is idempotent on the Message-ID.
"""

from __future__ import annotations

import json
from typing import Any

FolderMarks = dict[str, tuple[int, int]]
_MAX_NUMBER = 2**63


def load(cursor: str | None) -> FolderMarks:
    try:
        data: Any = json.loads(cursor) if cursor else {}
    except ValueError:
        return {}
    marks: FolderMarks = {}
    if not isinstance(data, dict):
        return marks
    for folder, value in data.items():
        if (isinstance(folder, str) and isinstance(value, list) and len(value) == 2
                and all(_is_count(v) for v in value)):
            marks[folder] = (int(value[0]), int(value[1]))
    return marks


def dump(marks: FolderMarks) -> str:
    return json.dumps({folder: [uv, uid] for folder, (uv, uid) in sorted(marks.items())},
                      ensure_ascii=False, separators=(",", ":"))


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < _MAX_NUMBER
