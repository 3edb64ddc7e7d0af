"""`sync DIR`: a three-way merge between this database and a shared folder of files.

Against the base (what both sides held at the last sync): a change on one side is carried
to the other; a change on both sides is a conflict that touches neither; a deletion on one
side of an unchanged response deletes it on the other, and is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Literal

from app.canned import files, sync_state
from app.canned.files import BadFile, ResponseFile
from app.canned.model import Canned, InvalidCanned
from app.canned.service import CannedService
from app.canned.sharing import read_folder
from app.canned.sync_state import Base, base_of
from app.timeutil import utcnow


@dataclass(frozen=True, slots=True)
class Conflict:
    """Both versions are kept as they are; `local`/`incoming` is None where it was deleted."""

    id: str
    title: str
    file: str
    local_updated_at: datetime | None
    file_updated_at: datetime | None
    reason: str = ""
    local: Canned | None = None
    incoming: Canned | None = None


@dataclass(frozen=True, slots=True)
class Deletion:
    id: str
    title: str
    where: Literal["here", "folder"]


@dataclass(slots=True)
class SyncReport:
    imported: list[str] = field(default_factory=list)
    exported: list[str] = field(default_factory=list)
    deleted: list[Deletion] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


class _Sync:
    def __init__(self, service: CannedService, root: Path) -> None:
        self.service, self.root = service, root
        self.identity = sync_state.store_identity(service.store)
        self.base = sync_state.load(root, self.identity)
        folder = read_folder(root)
        self.disk: dict[str, ResponseFile] = folder.by_id
        self.report = SyncReport(rejected=list(folder.rejected))
        self.taken = {found.path: key for key, found in self.disk.items()}
        # A file that fails to parse may still be a response we know: never read its
        # absence as a deletion.
        self.unreadable: set[str | None] = set()
        for path, _ in folder.rejected:
            owner = files.loose_id(root, path)
            self.unreadable.add(owner)
            self.taken.setdefault(path, owner or "")  # never overwrite a file we cannot read

    def resolve(self, key: str, keep: Literal["here", "folder"]) -> SyncReport:
        here, there = self.service.get(key), self.disk.get(key)
        if key in self.unreadable:
            raise BadFile(f"the folder's file for {key} cannot be read; fix or remove it first")
        if here is None and there is None:
            raise LookupError(f"{key} is neither here nor in the folder")
        if keep == "here":
            self.take_here(key, here, there)
        else:
            self.take_folder(key, here, there)
        sync_state.save(self.root, self.identity, self.base)
        return self.report

    def run(self) -> SyncReport:
        local = {canned.id: canned for canned in self.service.list()}
        for key in sorted(set(local) | set(self.disk) | set(self.base)):
            if key in self.unreadable:
                continue
            try:
                self.merge(key, local.get(key), self.disk.get(key), self.base.get(key))
            except (InvalidCanned, BadFile) as exc:
                where = self.disk[key].path if key in self.disk else key
                self.report.rejected.append((where, str(exc)))
        sync_state.save(self.root, self.identity, self.base)
        return self.report

    def merge(self, key: str, here: Canned | None, there: ResponseFile | None,
              base: Base | None) -> None:
        incoming = there.canned if there else None
        changed_here = _changed(here, base)
        changed_there = _changed(incoming, base)
        if here and incoming and here.content_hash == incoming.content_hash:
            self.base[key] = base_of(here, there.path if there else "")
            self.report.unchanged.append(key)
        elif changed_here and changed_there:
            self.conflict(key, here, there, base)
        elif changed_there:
            self.take_folder(key, here, there)
        elif changed_here:
            self.take_here(key, here, there)
        else:
            self.base.pop(key, None)  # gone on both sides

    def take_folder(self, key: str, here: Canned | None, there: ResponseFile | None) -> None:
        if there is None:
            assert here is not None
            self.service.delete(key)
            self.report.deleted.append(Deletion(key, here.title, "here"))
            self.base.pop(key, None)
            return
        saved = self.service.upsert(_newer_than(there.canned, here))
        self.base[key] = base_of(saved, self.write(saved, there.path))
        self.report.imported.append(key)

    def take_here(self, key: str, here: Canned | None, there: ResponseFile | None) -> None:
        if here is None:
            assert there is not None
            files.remove(self.root, there.path)
            self.report.deleted.append(Deletion(key, there.canned.title, "folder"))
            self.base.pop(key, None)
            return
        self.base[key] = base_of(here, self.write(here, there.path if there else None))
        self.report.exported.append(key)

    def write(self, canned: Canned, old_path: str | None) -> str:
        """Write the file unless it already says exactly this; move it if it was renamed."""
        relative = files.relative_path(canned)
        owner = self.taken.get(relative)
        if owner is not None and owner != canned.id:
            raise InvalidCanned(f"{relative} already holds another response with this shortcut")
        current = self.disk.get(canned.id)
        if current is None or current.path != relative or current.canned != canned:
            files.write(self.root, canned)
            self.taken[relative] = canned.id
        if old_path and old_path != relative:
            files.remove(self.root, old_path)
        return relative

    def conflict(self, key: str, here: Canned | None, there: ResponseFile | None,
                 base: Base | None) -> None:
        incoming = there.canned if there else None
        title = here.title if here else incoming.title if incoming else key
        if here is None:
            reason = "deleted here but changed in the folder"
        elif incoming is None:
            reason = "deleted in the folder but changed here"
        else:
            reason = ("changed here and in the folder since the last sync" if base
                      else "exists here and in the folder with different text")
        self.report.conflicts.append(Conflict(
            key, title, there.path if there else (base.file if base else ""),
            here.updated_at if here else None, incoming.updated_at if incoming else None,
            reason, here, incoming))


def _changed(side: Canned | None, base: Base | None) -> bool:
    if base is None:
        return side is not None
    return side is None or side.content_hash != base.hash


def _newer_than(incoming: Canned, here: Canned | None) -> Canned:
    """A hand-edited file often keeps its old `updated`; the import is still the newest."""
    if here is None or incoming.updated_at > here.updated_at:
        return incoming
    return replace(incoming, updated_at=max(utcnow(), here.updated_at))


def sync_dir(service: CannedService, path: Path) -> SyncReport:
    """Merge this database with a shared folder; conflicts are reported, never overwritten."""
    path.mkdir(parents=True, exist_ok=True)
    return _Sync(service, path).run()


def resolve_conflict(service: CannedService, path: Path, id: str,
                     keep: Literal["here", "folder"]) -> SyncReport:
    """Settle one conflict by keeping this database's version or the folder's (or deletion)."""
    return _Sync(service, path).resolve(id, keep)
