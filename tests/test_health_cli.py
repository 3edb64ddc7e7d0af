"""`serambi stats`: the same figures as the dashboard in text, JSON (documented in
docs/health.md) and CSV; how one conversation's times were computed; the settings."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import health
from app.cli.main import main
from app.models import OUTBOX
from app.store import Store, open_store
from tests.test_health_world import HOURS, POLICY, Community, at, community, make_world

WEEK = ("--from", "2026-11-02", "--to", "2026-11-08")


@pytest.fixture
def world(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Community]:
    store = open_store(f"sqlite:///{data_dir / 'serambi.sqlite3'}")
    health.save(store, {"time_zone": "UTC", "hours": HOURS, "sla": [POLICY]})
    made = community(make_world(store, monkeypatch))
    monkeypatch.undo()
    monkeypatch.setenv("SERAMBI_DATA_DIR", str(data_dir))
    yield made
    store.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["stats", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_is_the_documented_shape_with_hand_computed_figures(
        capsys: Any, world: Community) -> None:
    code, out, err = run(capsys, *WEEK, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {
        "period", "filters", "now", "first_response", "reply", "resolution",
        "response_rate", "volume", "backlog", "sla", "by_platform", "by_tag", "by_assignee",
        "problems", "compute_seconds"}
    assert data["period"] == {"from": "2026-11-02", "to": "2026-11-08",
                              "start": "2026-11-02T00:00:00+00:00",
                              "end": "2026-11-09T00:00:00+00:00", "time_zone": "UTC"}
    frt = data["first_response"]
    assert (frt["count"], frt["median_seconds"], frt["p90_seconds"]) == (4, 5400.0, 14400.0)
    assert frt["business"]["median_seconds"] == 2400.0
    assert frt["business"]["conversations"] == [world.b, world.a, world.c]
    assert data["resolution"]["business"]["median_seconds"] == 45000.0  # (9h + 16h) / 2
    assert data["response_rate"] == {"responded": 4, "openings": 4, "rate": 1.0,
                                     "unanswered_conversations": []}
    assert data["sla"]["first_response"]["missed_conversations"] == [world.b]
    assert len(data["volume"]["days"]) == 7 and len(data["volume"]["heatmap"]) == 7
    assert data["by_platform"][0]["key"] == "demo"


def test_text_csv_and_filters(capsys: Any, world: Community, tmp_path: Path) -> None:
    target = tmp_path / "week.csv"
    code, out, _ = run(capsys, *WEEK, "--csv", str(target))
    assert code == 0
    assert "First response" in out and "1h 30m" in out and "Wrote 3 conversation(s)" in out
    with target.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sorted(int(r["conversation_id"]) for r in rows) == [world.a, world.b, world.c]
    code, out, _ = run(capsys, *WEEK, "--unassigned", "--platform", "nowhere", "--json")
    assert code == 0 and json.loads(out)["first_response"]["count"] == 0


def test_explain_says_which_messages_started_and_stopped_the_clocks(
        capsys: Any, world: Community) -> None:
    code, out, err = run(capsys, "--explain", str(world.a))
    assert code == 0, err
    assert "Opening 1: opened by Ani's message" in out
    assert "2h 00m elapsed, 1h 00m within business hours (1h 00m outside business hours" in out
    assert "1 internal note(s) ignored" in out
    code, _, err = run(capsys, "--explain", "999")
    assert code == 1 and "no conversation 999" in err


def test_usage_errors_are_plain(capsys: Any, world: Community) -> None:
    assert run(capsys, "--from", "yesterday")[0] == 2
    code, _, err = run(capsys, "--from", "2026-11-08", "--to", "2026-11-02")
    assert code == 2 and "--from must not be after --to" in err


def test_settings_are_shown_and_replaced_only_when_valid(
        capsys: Any, world: Community, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--show-settings")
    shown = json.loads(out)
    assert shown["time_zone"] == "UTC" and shown["sla"][0]["first_response_minutes"] == 60
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"time_zone": "Mars/Olympus"}), encoding="utf-8")
    code, _, err = run(capsys, "--set-settings", str(bad))
    assert code == 1 and "unknown time zone" in err
    good = tmp_path / "good.json"
    good.write_text(json.dumps({**shown, "time_zone": "Asia/Jakarta"}), encoding="utf-8")
    assert run(capsys, "--set-settings", str(good))[0] == 0
    assert json.loads(run(capsys, "--show-settings")[1])["time_zone"] == "Asia/Jakarta"


def test_a_reply_a_rule_sent_by_itself_is_not_a_first_response(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    w = make_world(store, monkeypatch)
    cid = w.start("q", at(2, 10))
    w.reply("q", at(2, 10, 1))  # the rule's canned answer, a minute later
    w.reply("q", at(2, 12))  # Sari, two hours later
    with store.write() as conn:
        pid = f"q-{w.seq - 1}"
        conn.execute(OUTBOX.insert().values(
            idempotency_key="k1", conversation_id=cid, account_id=w.account, action="reply",
            text="Thanks! We will get back to you.", agent="rule:welcome", state="sent",
            platform_id=pid, attempts=1, last_error="", created_at=at(2, 10, 1),
            updated_at=at(2, 10, 1)))
    row = health.conversations(store, [cid], now=at(3, 0))[cid]
    assert row.automated == 1 and row.outbound == 2
    assert row.timeline.openings[0].raw == 2 * 3600.0
