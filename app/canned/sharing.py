"""Import and export a folder of response files, and load the starter pack.

Import merges by id, the newer `updated` winning; a file whose shortcut another response
already uses is rejected with its name, and the other files go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.canned import files
from app.canned.files import BadFile, ResponseFile
from app.canned.model import Canned, InvalidCanned
from app.canned.service import CannedService

STARTER_PACK = Path(__file__).resolve().parents[2] / "resources" / "canned"


@dataclass(slots=True)
class ImportReport:
    """Ids of what changed, and (file, reason) for every file left out."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Folder:
    """A shared folder as read: the good files by id, and the bad ones with reasons."""

    by_id: dict[str, ResponseFile] = field(default_factory=dict)
    rejected: list[tuple[str, str]] = field(default_factory=list)


def read_folder(root: Path) -> Folder:
    if not root.is_dir():
        raise NotADirectoryError(f"{root} is not a folder")
    folder = Folder()
    for relative in files.scan(root):
        try:
            found = files.read(root, relative)
        except BadFile as exc:
            folder.rejected.append((relative, str(exc)))
            continue
        first = folder.by_id.get(found.canned.id)
        if first is not None:
            folder.rejected.append((relative, f"has the same id as {first.path}"))
            continue
        folder.by_id[found.canned.id] = found
    return folder


def export_dir(service: CannedService, path: Path) -> int:
    """Write every response as a file; returns how many were written."""
    path.mkdir(parents=True, exist_ok=True)
    existing = read_folder(path).by_id
    written = 0
    for canned in service.list():
        relative = files.write(path, canned)
        old = existing.get(canned.id)
        if old is not None and old.path != relative:  # renamed or moved since last export
            files.remove(path, old.path)
        written += 1
    return written


def import_dir(service: CannedService, path: Path) -> ImportReport:
    folder = read_folder(path)
    report = ImportReport(rejected=list(folder.rejected))
    for found in folder.by_id.values():
        try:
            _import_one(service, found.canned, report)
        except InvalidCanned as exc:
            report.rejected.append((found.path, str(exc)))
    return report


def _import_one(service: CannedService, incoming: Canned, report: ImportReport) -> None:
    local = service.get(incoming.id)
    if local is None:
        service.upsert(incoming)
        report.created.append(incoming.id)
    elif local.content_hash != incoming.content_hash and incoming.updated_at > local.updated_at:
        service.upsert(incoming)
        report.updated.append(incoming.id)
    else:
        report.unchanged.append(incoming.id)


def load_starter_pack(service: CannedService) -> ImportReport:
    """The greetings, thanks and policies Serambi ships with, in English and Indonesian."""
    return import_dir(service, STARTER_PACK)
