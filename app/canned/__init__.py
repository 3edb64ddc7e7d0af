"""Canned responses: templates with placeholders, shared by a team as a folder of files."""

from app.canned.context import context_for
from app.canned.model import Canned, CannedNotFound, InvalidCanned
from app.canned.service import CannedService
from app.canned.sharing import ImportReport, export_dir, import_dir, load_starter_pack
from app.canned.sync import Conflict, Deletion, SyncReport, resolve_conflict, sync_dir
from app.canned.template import (
    KNOWN_PLACEHOLDERS,
    MissingPlaceholder,
    TemplateError,
    placeholders,
    render,
)

__all__ = [
    "KNOWN_PLACEHOLDERS",
    "Canned",
    "CannedNotFound",
    "CannedService",
    "Conflict",
    "Deletion",
    "ImportReport",
    "InvalidCanned",
    "MissingPlaceholder",
    "SyncReport",
    "TemplateError",
    "context_for",
    "export_dir",
    "import_dir",
    "load_starter_pack",
    "placeholders",
    "render",
    "resolve_conflict",
    "sync_dir",
]
