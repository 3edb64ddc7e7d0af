"""SIGKILL during ingest, 50 times: after restart every item the platform served is in the
inbox exactly once and no cursor ever skipped (the runner checks after every kill)."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.runner import SEED, run_module

TRIALS = 50


def test_killing_the_sync_at_random_loses_and_doubles_nothing(tmp_path: Path) -> None:
    figures = run_module("tests.reliability.crash_sync", "--dir", str(tmp_path),
                         "--trials", str(TRIALS), "--seed", str(SEED))
    assert figures["violations"] == []
    assert figures["killed"] == TRIALS  # each child was still syncing when it was killed
    assert figures["pages_lost_in_flight"] > 0  # kills did land between fetch and commit
    assert figures["missing"] == 0 and figures["duplicates"] == 0
    assert figures["items_stored"] == figures["items_served"] > TRIALS * 20
    assert figures["indexed"] == figures["items_stored"]  # the search index too, once each
    assert figures["integrity"] == "ok"


def test_the_proof_catches_a_cursor_committed_apart_from_its_page(tmp_path: Path) -> None:
    figures = run_module("tests.reliability.crash_sync", "--dir", str(tmp_path),
                         "--trials", "10", "--seed", str(SEED), "--broken",
                         "--max-delay", "0.3")
    assert figures["violations"]
    assert figures["missing"] > 0
