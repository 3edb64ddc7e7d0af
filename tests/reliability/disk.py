"""A small disk to fill and a disk to make read-only: a real tmpfs when this process may
mount one (root), else SQLite's own limits (`PRAGMA max_page_count`, a `mode=ro` file)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

NO_TMPFS = "SERAMBI_TEST_NO_TMPFS"  # set: use SQLite's limits even as root


@dataclass
class Disk:
    path: Path
    how: str  # "tmpfs" or "sqlite limits"

    @property
    def real(self) -> bool:
        return self.how == "tmpfs"

    def read_only(self, on: bool) -> None:
        """Remount read-only (or back); only for a real tmpfs."""
        subprocess.run(["mount", "-o", f"remount,{'ro' if on else 'rw'}", str(self.path)],
                       check=True, capture_output=True)


def _mount(path: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None or os.environ.get(NO_TMPFS):
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True, check=False)
    return done.returncode == 0


@contextlib.contextmanager
def small_disk(base: Path, size: str = "2m") -> Iterator[Disk]:
    path = base / f"disk-{uuid.uuid4().hex[:8]}"
    path.mkdir()
    if not _mount(path, size):
        yield Disk(path, "sqlite limits")
        return
    try:
        yield Disk(path, "tmpfs")
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(path)], capture_output=True,
                       check=False)
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)

