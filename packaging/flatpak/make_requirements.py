"""Writes python3-requirements.json: every Python package Serambi needs at run time (those
the PySide BaseApp does not bring), pinned to the versions this environment tests with, as
wheels with their PyPI URL and sha256, so flatpak-builder installs them with no network.

    .venv/bin/python packaging/flatpak/make_requirements.py   # asks PyPI, through pip

Run it after changing a dependency in pyproject.toml; tests/test_packaging_flatpak.py fails
until the two agree. Compiled wheels are listed per architecture (only-arches).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
OUT = HERE / "python3-requirements.json"
PROJECT = tomllib.loads((HERE.parent.parent / "pyproject.toml").read_text())["project"]
PYTHON = "3.12"  # the Python of org.kde.Platform 6.8 (freedesktop 24.08), the BaseApp's
ARCHES = ("x86_64", "aarch64")
FROM_BASE = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
BUILD_ONLY = ("setuptools>=68",)  # pyproject's build backend, for the serambi module
INSTALL = ('pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
           '--prefix=${FLATPAK_DEST} --no-build-isolation')
MARKERS = {"python_version": PYTHON, "python_full_version": f"{PYTHON}.0",
           "sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
           "implementation_name": "cpython", "platform_python_implementation": "CPython"}


def runtime_closure() -> dict[str, str]:
    """Canonical name -> installed version of everything Serambi needs on Linux: pyproject's
    own list, then what those need by their installed metadata."""
    found: dict[str, str] = {}  # canonical name -> version
    todo: list[tuple[str, tuple[str, ...]]] = [("serambi", ())]
    while todo:
        name, extras = todo.pop()
        key = str(canonicalize_name(name))
        if key in FROM_BASE:
            continue
        if key == "serambi":
            requires = list(PROJECT["dependencies"])
        else:
            dist = metadata.distribution(name)
            found[key] = dist.version
            requires = dist.requires or []
        for text in requires:
            req = Requirement(text)
            wanted = any(req.marker is None or req.marker.evaluate({**MARKERS, "extra": e})
                         for e in ("", *extras))
            if wanted and canonicalize_name(req.name) not in found:
                todo.append((req.name, tuple(req.extras)))
    return found


def pip_report(pins: list[str], arch: str) -> list[dict[str, Any]]:
    """What pip would download for `pins` on manylinux `arch` with CPython 3.12."""
    platforms = [f"--platform=manylinux_2_{n}_{arch}" for n in (17, 27, 28, 34)]
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        subprocess.run(  # noqa: S603 (this Python's own pip, with arguments made here)
            [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed",
             "--no-deps", "--only-binary=:all:", *platforms, f"--python-version={PYTHON}",
             "--implementation=cp", "--abi=cp312", "--abi=abi3", "--abi=none",
             f"--target={scratch}/t", "--index-url=https://pypi.org/simple",
             f"--report={report}", *pins],
            check=True, env={**os.environ, "PIP_CONFIG_FILE": os.devnull})
        installs: list[dict[str, Any]] = json.loads(report.read_text())["install"]
        return installs


def sources(pins: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Name -> its flatpak file sources: one for a pure wheel, one per arch otherwise."""
    by_name: dict[str, dict[str, dict[str, Any]]] = {}  # name -> arch -> source
    for arch in ARCHES:
        for item in pip_report(pins, arch):
            info = item["download_info"]
            source = {"type": "file", "url": info["url"],
                      "sha256": info["archive_info"]["hashes"]["sha256"]}
            name = str(canonicalize_name(item["metadata"]["name"]))
            by_name.setdefault(name, {})[arch] = source
    result: dict[str, list[dict[str, Any]]] = {}
    for name, per_arch in by_name.items():
        urls = {s["url"] for s in per_arch.values()}
        if len(urls) == 1:
            result[name] = [per_arch[ARCHES[0]]]
        else:
            result[name] = [{**per_arch[a], "only-arches": [a]} for a in ARCHES]
    return result


def module(name: str, pins: list[str], files: list[dict[str, Any]]) -> dict[str, Any]:
    return {"name": name, "buildsystem": "simple",
            "build-commands": [f"{INSTALL} {' '.join(pins)}"],
            "sources": files, "cleanup": ["/bin"]}  # the libraries' own commands


def main() -> int:
    closure = runtime_closure()
    pins = [f"{name}=={version}" for name, version in sorted(closure.items())]
    files = sources(pins)
    missing = set(closure) - set(files)
    if missing:
        print(f"no wheel found for: {', '.join(sorted(missing))}", file=sys.stderr)
        return 1
    build = sources(list(BUILD_ONLY))
    doc = {"name": "python3-requirements", "buildsystem": "simple", "build-commands": [],
           "modules": [
               module("python3-serambi-runtime", pins,
                      [s for name in sorted(files) for s in files[name]]),
               {**module("python3-serambi-build", list(BUILD_ONLY),
                         [s for name in sorted(build) for s in build[name]]),
                # setuptools is needed to build Serambi's own wheel, never to run it
                "cleanup": ["*"]}]}
    OUT.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    print(f"{len(pins)} runtime packages, {sum(len(v) for v in files.values())} wheels -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
