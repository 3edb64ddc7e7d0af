"""The house's one direction of imports: app/ and connectors/ never load Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECK = """
import importlib, json, pkgutil, sys
names = []
for package in ("app", "connectors"):
    root = importlib.import_module(package)
    names.append(package)
    for info in pkgutil.walk_packages(root.__path__, package + "."):
        if info.name.startswith("app.migrations."):
            continue  # env.py and revisions only run inside Alembic (test_migrations)
        importlib.import_module(info.name)
        names.append(info.name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_no_module_of_app_or_connectors_imports_qt() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert {"app.ingest", "app.store.engine", "connectors.base"} <= set(report["imported"])
    assert report["qt"] == []
