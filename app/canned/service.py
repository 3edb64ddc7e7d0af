"""CannedService: create, find, change and search the team's canned responses."""

from __future__ import annotations

import builtins
from dataclasses import replace
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.canned import search as fuzzy
from app.canned.model import (
    Canned,
    CannedNotFound,
    InvalidCanned,
    clean_language,
    clean_shortcut,
    cleaned,
    new_id,
)
from app.models import CannedResponse
from app.store import Store
from app.timeutil import utcnow

EDITABLE = frozenset({"title", "shortcut", "body", "language", "folder"})
FALLBACK_LANGUAGE = "en"


class CannedService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, folder: str | None = None, language: str | None = None) -> list[Canned]:
        """Responses in one folder (exactly; "" is the top level) and/or one language."""
        query = select(CannedResponse)
        if folder is not None:
            query = query.where(CannedResponse.folder == folder.strip().strip("/"))
        if language is not None:
            query = query.where(CannedResponse.language == clean_language(language))
        query = query.order_by(col(CannedResponse.folder), col(CannedResponse.title),
                               col(CannedResponse.language))
        with self.store.read_session() as session:
            return [Canned.from_row(row) for row in session.exec(query)]

    def get(self, id: str) -> Canned | None:
        with self.store.read_session() as session:
            row = session.get(CannedResponse, id)
            return Canned.from_row(row) if row else None

    def find(self, shortcut: str, language: str | None = None) -> Canned | None:
        """`;thanks` or `thanks`, in `language`, else English, else any language."""
        found = self.variants(shortcut)
        for wanted in (_language_or_none(language), FALLBACK_LANGUAGE):
            for canned in found:
                if canned.language == wanted:
                    return canned
        return found[0] if found else None

    def variants(self, shortcut: str) -> builtins.list[Canned]:
        """Every language of one shortcut, sorted by language."""
        try:
            wanted = clean_shortcut(shortcut)
        except InvalidCanned:
            return []
        query = (select(CannedResponse).where(CannedResponse.shortcut == wanted)
                 .order_by(col(CannedResponse.language)))
        with self.store.read_session() as session:
            return [Canned.from_row(row) for row in session.exec(query)]

    def folders(self) -> builtins.list[str]:
        """Every folder in use, with its parents, so a tree can be drawn."""
        with self.store.read_session() as session:
            used = set(session.exec(select(CannedResponse.folder).distinct()))
        found: set[str] = set()
        for folder in used:
            parts = folder.split("/") if folder else []
            found.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        return sorted(found, key=str.casefold)

    def search(self, text: str, limit: int = 20) -> builtins.list[Canned]:
        """Best matches first; an empty query lists everything (the picker's first view)."""
        everything = self.list()
        if not text.strip().removeprefix(";"):
            return everything[: max(limit, 0)]
        return fuzzy.rank(text, everything, limit)

    def create(self, title: str, shortcut: str, body: str, language: str = "en",
               folder: str = "") -> Canned:
        now = utcnow()
        return self.upsert(Canned(new_id(), title, shortcut, language, folder, body, now, now))

    def update(self, id: str, **fields: Any) -> Canned:
        unknown = set(fields) - EDITABLE
        if unknown:
            raise TypeError(f"cannot change {', '.join(sorted(unknown))} of a canned response")
        current = self.get(id)
        if current is None:
            raise CannedNotFound(id)
        return self.upsert(replace(current, **fields, updated_at=utcnow()))

    def delete(self, id: str) -> None:
        with self.store.write_session() as session:
            row = session.get(CannedResponse, id)
            if row is None:
                raise CannedNotFound(id)
            session.delete(row)

    def upsert(self, canned: Canned) -> Canned:
        """Save as given, keeping its id and times (import and sync use this directly)."""
        canned = cleaned(canned)
        try:
            with self.store.write_session() as session:
                self._check_unique(session, canned)
                row = session.get(CannedResponse, canned.id) or CannedResponse(
                    id=canned.id, title=canned.title, shortcut=canned.shortcut)
                for name in ("title", "shortcut", "language", "folder", "body",
                             "created_at", "updated_at"):
                    setattr(row, name, getattr(canned, name))
                session.add(row)
        except IntegrityError as exc:  # another writer took the shortcut meanwhile
            raise InvalidCanned(f";{canned.shortcut} ({canned.language}) is already taken") from exc
        return canned

    @staticmethod
    def _check_unique(session: Session, canned: Canned) -> None:
        clash = session.exec(select(CannedResponse).where(
            CannedResponse.shortcut == canned.shortcut,
            CannedResponse.language == canned.language,
            CannedResponse.id != canned.id)).first()
        if clash is not None:
            raise InvalidCanned(f";{canned.shortcut} ({canned.language}) is already used "
                                f"by {clash.title!r}")


def _language_or_none(language: str | None) -> str | None:
    """A conversation's language comes from the platform: anything odd means "no preference"."""
    try:
        return clean_language(language) if language else None
    except InvalidCanned:
        return None
