"""The bundle's smoke test (packaging/serambi_main.py --smoke-test), run from source: it
passes on a sound install and fails, loudly, on what a broken bundle gets wrong. CI runs
the same test on the frozen bundle (make bundle-smoke)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "packaging" / "serambi_main.py"


def smoke_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("serambi_smoke",
                                                  ROOT / "packaging" / "serambi_smoke.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(tmp_path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    env = {**os.environ, "SERAMBI_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(MAIN), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, done.stdout + done.stderr
    result: dict[str, Any] = json.loads(lines[0])
    return done.returncode, result


def test_the_demo_opens_syncs_and_exits_cleanly(tmp_path: Path) -> None:
    code, result = run(tmp_path, "--demo", "--smoke-test")
    assert code == 0, result
    assert result["ok"] is True and result["error"] is None
    assert all(result["checks"].values()), result["checks"]
    assert len(result["accounts"]) >= 5  # every demo platform reported its sync
    assert all(a["error"] is None for a in result["accounts"])
    assert result["frozen"] is False and result["platform"] == "offscreen"
    assert (tmp_path / "data" / "demo" / "serambi.sqlite3").is_file()


def test_no_window_is_a_failure_not_a_silent_pass(tmp_path: Path) -> None:
    code, result = run(tmp_path, "inbox", "--smoke-test")  # a command, not the app
    assert code == 1
    assert result == {"ok": False, "error": "the app returned 0 without a window"}


def test_a_bundle_missing_its_data_files_fails_the_checks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    import connectors.demo.content
    import ui.language

    checks = smoke_module().bundle_checks()
    assert all(checks.values()), checks
    monkeypatch.setattr(ui.language, "I18N", tmp_path)  # as if resources/ were left out
    monkeypatch.setattr(connectors.demo.content, "RESOURCES", tmp_path)
    checks = smoke_module().bundle_checks()
    assert checks["serambi_translation"] is False and checks["demo_resources"] is False
    assert checks["svg_plugin"] is True
