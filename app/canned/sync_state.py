"""What a shared folder and this database agreed on at their last sync (the merge base).

It lives in `.serambi-sync.json` inside the folder, one section per database, keyed by
response id: a folder shared by a team (a network drive, a git repository) is synced by
several databases, and each needs its own memory of what it last saw.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.canned.model import Canned, new_id
from app.models import Setting
from app.store import Store

STATE_FILE = ".serambi-sync.json"
MAX_STATE = 4 * 1024 * 1024
_IDENTITY_KEY = "canned_sync"


@dataclass(frozen=True, slots=True)
class Base:
    """One response as it was when this database and the folder last agreed."""

    hash: str
    updated: str
    file: str


def store_identity(store: Store) -> str:
    """A random id for this database, kept in its settings so every machine on a shared
    PostgreSQL inbox is the same party to the sync."""
    with store.write_session() as session:
        setting = session.get(Setting, _IDENTITY_KEY)
        if setting is None or not isinstance(setting.value.get("store_id"), str):
            setting = _new_identity(session)
        return str(setting.value["store_id"])


def _new_identity(session: Session) -> Setting:
    setting = session.get(Setting, _IDENTITY_KEY) or Setting(key=_IDENTITY_KEY)
    setting.value = {"store_id": new_id()}
    session.add(setting)
    return setting


def load(root: Path, identity: str) -> dict[str, Base]:
    """The base for this database; an unreadable state file means "never synced"."""
    path = root / STATE_FILE
    try:
        if path.is_symlink() or path.stat().st_size > MAX_STATE:
            return {}
        section = json.loads(path.read_text(encoding="utf-8"))["stores"][identity]
        return {str(key): Base(str(v["hash"]), str(v["updated"]), str(v["file"]))
                for key, v in section.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save(root: Path, identity: str, base: dict[str, Base]) -> None:
    path = root / STATE_FILE
    everything: dict[str, Any] = {"version": 1, "stores": {}}
    try:
        if not path.is_symlink():
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(loaded.get("stores"), dict):
                everything["stores"] = loaded["stores"]
    except (OSError, ValueError, AttributeError):
        pass  # a broken state file is replaced; the worst case is one more conflict
    everything["stores"][identity] = {
        key: {"hash": b.hash, "updated": b.updated, "file": b.file}
        for key, b in sorted(base.items())}
    temporary = root / f".{STATE_FILE}.tmp"
    temporary.unlink(missing_ok=True)
    temporary.write_text(json.dumps(everything, indent=1, sort_keys=True), encoding="utf-8")
    temporary.replace(path)


def base_of(canned: Canned, relative: str) -> Base:
    return Base(canned.content_hash, canned.updated_at.isoformat(), relative)
