"""SIGKILL the app while the outbox sends, 50 times, against a platform on a loopback socket
that also refuses, drops and delays posts: no reply is posted twice, none is lost; what the
platform could not confirm is found in the thread (find_sent) or shown as unknown."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.crash_outbox import TOKEN
from tests.reliability.loopback import SeededFaults, serve
from tests.reliability.outbox_proof import verify
from tests.reliability.runner import SEED, run_module
from tests.reliability.tiny import TinyPlatform

TRIALS = 50


def test_killing_the_app_while_sending_never_doubles_or_loses_a_reply(tmp_path: Path) -> None:
    platform, plan = TinyPlatform(token=TOKEN), SeededFaults(SEED)
    with serve(platform, plan) as (url, faults):
        figures = run_module("tests.reliability.crash_outbox", "--dir", str(tmp_path),
                             "--url", url, "--trials", str(TRIALS), "--seed", str(SEED))
        verdict = verify(tmp_path / "outbox.sqlite3", platform, plan)
    print("verdict", verdict.as_dict(), "faults", dict(faults))
    assert figures["killed"] == TRIALS and figures["killed_mid_send"] > 0
    assert faults["drop_after"] > 0 and faults["drop_before"] > 0  # both kinds of doubt
    assert verdict.replies > TRIALS
    assert verdict.posted_twice == 0 and verdict.sent_not_posted == 0
    assert verdict.silently_lost == 0 and verdict.unknown_but_posted == 0
    assert verdict.sent_after_confirming == verdict.unknown_not_posted  # once, after asking
    assert verdict.final_posted_once == verdict.replies and verdict.thread_copies_wrong == 0
    assert verdict.ok()
