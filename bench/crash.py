"""Long crash runs: SIGKILL the sync engine during ingest and the app while its outbox sends,
many more times than CI does; prints JSON.

    python -m bench.crash [--sync-trials 500] [--outbox-trials 200] [--seed N]

What must hold (the same checks as tests/reliability/test_crash_*.py): after every kill each
stream's stored items are exactly those before its cursor; at the end every item the
platform served is in the inbox once; no reply is posted twice, none is lost, and the ones
the platform could not confirm are shown as "unknown" and go out once when confirmed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.reliability.crash_outbox import TOKEN
from tests.reliability.loopback import SeededFaults, serve
from tests.reliability.outbox_proof import verify
from tests.reliability.runner import run_module
from tests.reliability.tiny import TinyPlatform


def sync_run(trials: int, seed: int, page: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        return run_module("tests.reliability.crash_sync", "--dir", tmp, "--trials",
                          str(trials), "--seed", str(seed), "--page", str(page),
                          timeout=3600)


def outbox_run(trials: int, seed: int) -> dict[str, Any]:
    platform, plan = TinyPlatform(token=TOKEN), SeededFaults(seed)
    with tempfile.TemporaryDirectory() as tmp, serve(platform, plan) as (url, faults):
        figures = run_module("tests.reliability.crash_outbox", "--dir", tmp, "--url", url,
                             "--trials", str(trials), "--seed", str(seed), timeout=3600)
        verdict = verify(Path(tmp) / "outbox.sqlite3", platform, plan)
    return {**figures, "faults": dict(faults), "verdict": verdict.as_dict(),
            "ok": verdict.ok()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sync-trials", type=int, default=500)
    parser.add_argument("--outbox-trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=random.SystemRandom().randrange(10**9))
    parser.add_argument("--page", type=int, default=5)
    args = parser.parse_args(argv)
    started = time.monotonic()
    result: dict[str, Any] = {"seed": args.seed}
    if args.sync_trials:
        result["sync"] = sync_run(args.sync_trials, args.seed, args.page)
    if args.outbox_trials:
        result["outbox"] = outbox_run(args.outbox_trials, args.seed)
    sync = result.get("sync", {})
    result["ok"] = bool(not sync.get("violations") and not sync.get("missing")
                        and not sync.get("duplicates")
                        and result.get("outbox", {"ok": True})["ok"])
    result["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(result, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
