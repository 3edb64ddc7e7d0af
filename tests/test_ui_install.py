"""`make install-desktop` / `uninstall-desktop` (packaging/install_desktop.py): Serambi
appears in the user's application menu with its icons, started by the right program, and
goes away again without touching anything else in those folders."""

from __future__ import annotations

import configparser
import importlib.util
import shlex
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.serambi.Serambi"


def script(name: str) -> ModuleType:
    """A packaging/ script as a module (packaging/ is no package: it would hide the
    `packaging` library that pip and PyInstaller import)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


installer = script("install_desktop")


def fake_program(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "serambi"
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hicolor tree drawn once with Qt, as the bundle carries it."""
    from PySide6.QtWidgets import QApplication

    _ = QApplication.instance() or QApplication([])  # pytest-qt's kind, made before drawing
    out = tmp_path_factory.mktemp("icons")
    script("render_icons").render_all(out)
    return out / "hicolor"


def entry(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def test_install_puts_entry_metainfo_and_icons_where_desktops_look(
        tmp_path: Path, icons: Path) -> None:
    prefix, program = tmp_path / "share", fake_program(tmp_path / "opt" / "Serambi App")
    assert installer.main(["install", "--prefix", str(prefix), "--exec", str(program),
                           "--icons", str(icons)]) == 0
    desktop = entry(prefix / "applications" / f"{APP_ID}.desktop")
    # A folder with a space: Exec quotes it the Desktop Entry way, and a shell agrees.
    assert shlex.split(desktop["Desktop Entry"]["Exec"]) == [str(program)]
    assert desktop["Desktop Entry"]["TryExec"] == str(program)
    assert shlex.split(desktop["Desktop Action demo"]["Exec"]) == [str(program), "--demo"]
    assert (prefix / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in (16, 48, 128, 512):
        png = prefix / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (prefix / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    # No icon cache of our making: a stale one would hide other programs' icons later.
    assert not (prefix / "icons" / "hicolor" / "icon-theme.cache").exists()


def test_uninstall_removes_exactly_what_install_wrote(tmp_path: Path, icons: Path) -> None:
    prefix, program = tmp_path / "share", fake_program(tmp_path / "bin")
    neighbour = prefix / "applications" / "org.example.Other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\nName=Other\n")
    other_icon = prefix / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"png")
    installed = installer.install(prefix, program, icons)
    assert installer.install(prefix, program, icons) == installed  # again: same files
    assert all(path.is_file() for path in installed)
    assert installer.main(["uninstall", "--prefix", str(prefix)]) == 0
    assert not any(path.exists() for path in installed)
    assert neighbour.read_text().startswith("[Desktop Entry]") and other_icon.is_file()
    assert installer.uninstall(prefix) == []  # nothing left to remove is not an error


def test_install_says_what_to_do_when_it_cannot_find_serambi(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no serambi anywhere
    monkeypatch.setattr(installer, "HERE", tmp_path)
    assert installer.main(["install", "--prefix", str(tmp_path / "share")]) == 1
    assert "--exec" in capsys.readouterr().err
    assert not (tmp_path / "share").exists()


def test_the_bundles_copy_finds_the_program_beside_it(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    program = fake_program(tmp_path / "serambi-bundle")
    monkeypatch.setattr(installer, "HERE", tmp_path / "serambi-bundle" / "desktop")
    monkeypatch.setenv("PATH", "")
    assert installer.default_program() == program


def test_default_prefix_follows_xdg_data_home(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert installer.data_home() == tmp_path / "xdg"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert installer.data_home() == tmp_path / "home" / ".local" / "share"
