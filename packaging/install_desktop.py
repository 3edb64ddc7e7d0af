"""Puts Serambi in the current user's application menu (and takes it out again): the
.desktop entry, the AppStream metainfo and the hicolor icons under ~/.local/share.

    python3 install_desktop.py install [--exec PATH] [--prefix DIR] [--icons DIR]
    python3 install_desktop.py uninstall [--prefix DIR]

`make install-desktop` runs it from packaging/ for a source checkout (icons drawn with Qt);
the Linux bundle carries it in desktop/ with icons drawn at build time, where it needs
nothing but Python's standard library.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_ID = "org.serambi.Serambi"
DESKTOP = f"{APP_ID}.desktop"
METAINFO = f"{APP_ID}.metainfo.xml"
ICON_FILES = (*(f"{n}x{n}/apps/{APP_ID}.png" for n in (16, 22, 24, 32, 48, 64, 128, 256, 512)),
              f"scalable/apps/{APP_ID}.svg")
_EXEC_RESERVED = '"`$\\'  # characters the Desktop Entry spec wants escaped inside quotes


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(configured) if configured else Path.home() / ".local" / "share"


def quote_exec(program: Path) -> str:
    """The program as the Exec key wants it: quoted when it holds anything but plain text."""
    text = str(program)
    if not any(c.isspace() or c in _EXEC_RESERVED + "'<>~|&;*?#()" for c in text):
        return text
    return '"' + "".join("\\" + c if c in _EXEC_RESERVED else c for c in text) + '"'


def desktop_entry(template: str, program: Path) -> str:
    """The packaged entry with every Exec and TryExec pointed at this very program."""
    lines = []
    for line in template.splitlines():
        key, _, value = line.partition("=")
        if key in ("Exec", "TryExec"):
            rest = value.split(" ", 1)[1:]  # the arguments after `serambi`, if any
            target = str(program) if key == "TryExec" else quote_exec(program)
            line = "=".join((key, " ".join([target, *rest])))
        lines.append(line)
    return "\n".join(lines) + "\n"


def default_program() -> Path | None:
    """The bundle's own binary when run from its desktop/ folder, else `serambi` on PATH."""
    for candidate in (HERE / "serambi", HERE.parent / "serambi"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("serambi")
    return Path(found).resolve() if found else None


@contextmanager
def icon_tree(given: Path | None) -> Iterator[Path]:
    """A hicolor tree: the one given, the bundle's, or one drawn now with Qt."""
    for folder in (given, HERE / "icons" / "hicolor"):
        if folder is not None and (folder / ICON_FILES[-1]).is_file():
            yield folder
            return
    sys.path.insert(0, str(HERE))
    import render_icons  # needs PySide6: a source checkout's virtual environment has it

    with tempfile.TemporaryDirectory() as scratch:
        render_icons.render_all(Path(scratch))
        yield Path(scratch) / "hicolor"


def installed_files(prefix: Path) -> list[Path]:
    return [prefix / "applications" / DESKTOP, prefix / "metainfo" / METAINFO,
            *(prefix / "icons" / "hicolor" / name for name in ICON_FILES)]


def install(prefix: Path, program: Path, icons: Path | None) -> list[Path]:
    entry = prefix / "applications" / DESKTOP
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry((HERE / DESKTOP).read_text(encoding="utf-8"), program),
                     encoding="utf-8")
    metainfo = prefix / "metainfo" / METAINFO
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HERE / METAINFO, metainfo)
    with icon_tree(icons) as tree:
        for name in ICON_FILES:
            target = prefix / "icons" / "hicolor" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(tree / name, target)
    _refresh_caches(prefix)
    return installed_files(prefix)


def uninstall(prefix: Path) -> list[Path]:
    """Removes exactly what `install` wrote, nothing else; returns what was there."""
    removed = [path for path in installed_files(prefix) if path.is_file()]
    for path in removed:
        path.unlink()
    _refresh_caches(prefix)
    return removed


def _refresh_caches(prefix: Path) -> None:
    """Refreshes a cache only where one already exists: a new one would go stale when other
    programs add files without updating it, and hide their icons; without one, desktops read
    the folders themselves."""
    applications, hicolor = prefix / "applications", prefix / "icons" / "hicolor"
    for cache, command in ((applications / "mimeinfo.cache",
                            ["update-desktop-database", "-q", str(applications)]),
                           (hicolor / "icon-theme.cache",
                            ["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)])):
        tool = shutil.which(command[0])
        if tool is not None and cache.is_file():
            subprocess.run([tool, *command[1:]],  # noqa: S603 (a system tool, our own paths)
                           check=False, capture_output=True, timeout=60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Add Serambi to your application menu.")
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument("--prefix", type=Path, default=None,
                        help="the data folder to install into (default: $XDG_DATA_HOME or "
                             "~/.local/share)")
    parser.add_argument("--exec", dest="program", type=Path, default=None,
                        help="the serambi program the menu entry starts")
    parser.add_argument("--icons", type=Path, default=None, help="a ready hicolor icon tree")
    args = parser.parse_args(argv)
    prefix = (args.prefix or data_home()).expanduser()
    if args.action == "uninstall":
        removed = uninstall(prefix)
        print(f"Removed {len(removed)} file(s) from {prefix}.")
        return 0
    program = args.program.expanduser().resolve() if args.program else default_program()
    if program is None or not program.is_file():
        print("Cannot find the serambi program: say where it is with --exec PATH.",
              file=sys.stderr)
        return 1
    written = install(prefix, program, args.icons)
    print(f"Installed {len(written)} file(s) into {prefix}; Serambi starts {program}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
