"""Run one of the crash modules in a process of its own and read the JSON it prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# A fixed seed keeps CI repeatable; SERAMBI_CRASH_SEED tries another one.
SEED = int(os.environ.get("SERAMBI_CRASH_SEED", "20261101"))


def run_module(module: str, *args: str, timeout: float = 150.0) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    print(module, json.dumps(figures), file=sys.stderr)  # shown when a test fails
    return figures
