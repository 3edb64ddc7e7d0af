"""Checks a built Linux bundle beyond what the smoke test touches: every library the bundle
carries finds the Qt, ICU and Python libraries it links to inside the bundle (so trimming
an unused Qt module never breaks the X11 or Wayland plugins the offscreen run cannot load),
and prints its size as one JSON line.

    python packaging/check_bundle.py dist/serambi
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

# Libraries a user's system is expected to provide (X11, Wayland, GTK, glibc, ...) may be
# missing on a build machine; these are the ones the bundle itself must carry.
CARRIED = re.compile(r"^(libQt6|libicu|libpyside6|libshiboken6|libpython3)")
_MISSING = re.compile(r"^\s*(\S+) => not found")


def libraries(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*.so*") if p.is_file() and not p.is_symlink())


def missing_carried(bundle: Path) -> dict[str, list[str]]:
    """Library -> the bundle-carried libraries `ldd` cannot find for it."""
    internal = bundle / "_internal"
    search = [internal, internal / "PySide6" / "Qt" / "lib"]
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(map(str, search))}
    broken: dict[str, list[str]] = {}
    for library in libraries(bundle):
        # ldd on our own bundle's files, from the system's PATH as any build tool is.
        done = subprocess.run(["ldd", str(library)], capture_output=True,  # noqa: S603, S607
                              text=True, env=env, check=False, timeout=60)
        lost = [m.group(1) for line in done.stdout.splitlines()
                if (m := _MISSING.match(line)) and CARRIED.match(m.group(1))]
        if lost:
            broken[str(library.relative_to(bundle))] = lost
    return broken


def size_mb(bundle: Path) -> float:
    total = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 1_000_000, 1)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "_internal").is_dir():
        print("usage: check_bundle.py DIST_FOLDER (the one holding _internal/)", file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    broken = missing_carried(bundle)
    print(json.dumps({"ok": not broken, "size_mb": size_mb(bundle),
                      "libraries": len(libraries(bundle)), "missing": broken}))
    return 0 if not broken else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
