"""The Flatpak manifest, checked for structure since nothing here can build it (no Flatpak
remote is reachable): the PySide BaseApp without WebEngine, the permissions a social inbox
needs and no more, and every Python dependency as a wheel pinned by sha256, for an offline
build. A dependency added to pyproject.toml but not to the manifest fails here."""

from __future__ import annotations

import json
import re
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]  # via matrix-synapse, a dev dependency
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
FLATPAK = ROOT / "packaging" / "flatpak"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
FROM_BASE = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
LINUX_312 = {"python_version": "3.12", "python_full_version": "3.12.0", "sys_platform": "linux",
             "platform_system": "Linux", "os_name": "posix", "implementation_name": "cpython",
             "platform_python_implementation": "CPython"}
PERMISSIONS = {"--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--share=network",
               "--talk-name=org.freedesktop.secrets",
               "--talk-name=org.freedesktop.Notifications",
               "--talk-name=org.kde.StatusNotifierWatcher"}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((FLATPAK / "org.serambi.Serambi.yml").read_text())
    return loaded


def modules(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Every module, with those kept in JSON files next to the manifest read in."""
    found: list[dict[str, Any]] = []
    for item in manifest["modules"]:
        module = json.loads((FLATPAK / item).read_text()) if isinstance(item, str) else item
        found.append(module)
        found.extend(modules(module) if "modules" in module else [])
    return found


def wheels(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for m in modules(manifest) for s in m.get("sources", [])
            if s["type"] == "file" and s.get("url", "").endswith(".whl")]


def runtime_closure() -> set[str]:
    """Serambi's run-time dependencies on Linux: pyproject's own list (not the possibly older
    installed copy of it), then theirs by the installed metadata."""
    seen: set[str] = set()
    todo: list[tuple[str, tuple[str, ...]]] = [("serambi", ())]
    while todo:
        name, extras = todo.pop()
        requires = PROJECT["dependencies"] if name == "serambi" else \
            metadata.distribution(name).requires or []
        for text in requires:
            req = Requirement(text)
            key = str(canonicalize_name(req.name))
            wanted = any(req.marker is None or req.marker.evaluate({**LINUX_312, "extra": e})
                         for e in ("", *extras))
            if wanted and key not in FROM_BASE and key not in seen:
                seen.add(key)
                todo.append((req.name, tuple(req.extras)))
    return seen


def test_built_on_the_pyside_baseapp_without_webengine(manifest: dict[str, Any]) -> None:
    assert manifest["id"] == "org.serambi.Serambi"
    assert (manifest["runtime"], manifest["sdk"]) == ("org.kde.Platform", "org.kde.Sdk")
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert str(manifest["base-version"]) == str(manifest["runtime-version"])
    assert manifest["build-options"]["env"]["BASEAPP_REMOVE_WEBENGINE"] == "1"
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]
    assert manifest["command"] == "serambi"


def test_asks_for_what_a_social_inbox_needs_and_no_more(manifest: dict[str, Any]) -> None:
    granted = set(manifest["finish-args"])
    assert granted == PERMISSIONS
    assert not any(a.startswith(("--filesystem", "--device", "--socket=session-bus",
                                 "--socket=system-bus")) for a in granted)


def test_every_download_is_pinned_by_sha256_over_https(manifest: dict[str, Any]) -> None:
    sources = [s for m in modules(manifest) for s in m.get("sources", [])]
    remote = [s for s in sources if s["type"] in ("file", "archive")]
    assert len(remote) >= 30
    for source in remote:
        assert source["url"].startswith("https://files.pythonhosted.org/"), source["url"]
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source["url"]
    # The only unpinned source is this checkout itself (a release pins its tarball).
    local = [s for s in sources if s["type"] == "dir"]
    assert [s["path"] for s in local] == ["../.."]


def test_every_runtime_dependency_has_a_wheel_for_both_arches(manifest: dict[str, Any]) -> None:
    per_arch: dict[str, set[str]] = {"x86_64": set(), "aarch64": set()}
    for source in wheels(manifest):
        name, version, _build, tags = parse_wheel_filename(source["url"].rsplit("/", 1)[1])
        assert metadata.version(name) == str(version) or name == "setuptools", name
        binary = not all(t.platform == "any" for t in tags)
        if binary:
            assert len(source["only-arches"]) == 1
            assert any(t.interpreter in ("cp312", "cp311") and t.abi in ("cp312", "abi3")
                       for t in tags), source["url"]  # the BaseApp 6.8's Python is 3.12
        for arch in (source["only-arches"] if binary else per_arch):
            assert not binary or arch in next(iter(tags)).platform
            per_arch[arch].add(str(name))
    needed = runtime_closure()
    assert needed  # the closure really was read (serambi is installed)
    for arch, names in per_arch.items():
        assert needed - names == set(), f"{arch}: run packaging/flatpak/make_requirements.py"


def test_the_app_module_installs_serambi_its_resources_and_desktop_files(
        manifest: dict[str, Any]) -> None:
    app = next(m for m in manifest["modules"] if isinstance(m, dict) and m["name"] == "serambi")
    commands = "\n".join(app["build-commands"])
    assert "--no-index" in commands  # offline: only what the manifest lists
    assert "cp -r resources" in commands
    for installed in ("share/applications/", "share/metainfo/", "share/icons/"):
        assert installed in commands
    for path in ("packaging/org.serambi.Serambi.desktop",
                 "packaging/org.serambi.Serambi.metainfo.xml", "packaging/render_icons.py"):
        assert path.split("org.serambi.Serambi")[0] in commands
        assert (ROOT / path).is_file()
