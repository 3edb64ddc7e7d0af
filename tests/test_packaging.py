"""The desktop entry, the AppStream metainfo and the version agree with each other and with
pyproject.toml: one application id, one version, everywhere a user or a store looks."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from importlib import metadata
from pathlib import Path

import pytest

from app.cli.main import main
from app.version import APP_ID, UNKNOWN, version

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DECLARED = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser


def metainfo() -> ET.Element:
    return ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()


def test_the_version_is_pyprojects_and_the_cli_prints_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert version() == DECLARED
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"serambi {DECLARED}"


def test_without_installed_metadata_the_version_comes_from_pyproject(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)  # what app.version asks
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "serambi"\nversion = "9.8.7"\n')
    assert version(pyproject) == "9.8.7"  # a frozen bundle carries pyproject.toml
    pyproject.write_text("[project\nversion = ")  # damaged: no version, but no crash
    assert version(pyproject) == UNKNOWN
    assert version(tmp_path / "absent.toml") == UNKNOWN


def test_the_desktop_entry_starts_serambi_under_the_app_id() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "serambi"  # install_desktop.py and Flatpak point it at the program
    assert entry["StartupWMClass"] == "Serambi"  # Qt's X11 class: the application name
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Network" in entry["Categories"].split(";")
    assert desktop_entry()["Desktop Action demo"]["Exec"] == "serambi --demo"


def test_the_metainfo_describes_this_release_of_this_app() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == f"{APP_ID}.desktop"
    releases = root.findall("releases/release")
    assert releases[0].get("version") == DECLARED  # newest first, and it is this version
    dates = [date.fromisoformat(r.get("date", "")) for r in releases]
    assert dates == sorted(dates, reverse=True)
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.find("screenshots/screenshot/image") is not None
    assert root.findtext("provides/binary") == "serambi"
    assert root.findtext("project_license") == \
        tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]["text"]


def test_qt_is_told_the_app_id_so_wayland_finds_the_desktop_entry() -> None:
    # A fresh process: ui.app.application() sets it only when it makes the application.
    done = subprocess.run(
        [sys.executable, "-c", "from ui.app import application; "
         "print(application().desktopFileName())"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == APP_ID
    assert (PACKAGING / f"{done.stdout.strip()}.desktop").is_file()


def test_the_windows_and_macos_recipes_agree_with_the_spec() -> None:
    """They cannot be built here; at least the names they share must match."""
    spec = (PACKAGING / "serambi.spec").read_text()
    iss = (PACKAGING / "windows" / "serambi.iss").read_text()
    assert f"AppId={APP_ID}" in iss
    # The spec's Windows folder and windowed program are what the installer packs and starts.
    assert 'programs = [_exe("Serambi", console=False), _exe("serambi-cli", console=True)]' \
        in spec and 'folder = "Serambi"' in spec
    assert 'Source: "dist\\Serambi\\*"' in iss and 'Filename: "{app}\\Serambi.exe"' in iss
    # render_icons.py draws the icons into the spec's work folder, build\serambi\icons.
    assert "SetupIconFile=build\\serambi\\icons\\serambi.ico" in iss
    assert 'ICONS = Path(workpath) / "icons"' in spec
    assert "bundle_identifier=APP_ID" in spec and '"CFBundleShortVersionString": VERSION' in spec
    entitlements = (PACKAGING / "macos" / "entitlements.plist").read_text()
    assert "allow-unsigned-executable-memory" in entitlements
