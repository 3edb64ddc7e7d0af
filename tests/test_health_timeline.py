"""One conversation's clocks from its facts alone: reopenings by hand and by the member,
messages while done, closing without a reply, old data without events, reply windows."""

from __future__ import annotations

from datetime import date

import pytest

from app import health
from app.health.calendar import always, office_hours
from app.health.settings import ReplyWindow, SlaPolicy
from app.health.sla import State, Target, clocks, overall, reply_window
from app.health.timeline import MessageFact, StatusFact, build
from app.store import Store
from tests.test_health_world import HOURS, at, make_world

H = 3600.0
T0 = at(2, 9).timestamp()  # Monday 09:00 UTC


def msg(n: int, hours: float, inbound: bool = True) -> MessageFact:
    return MessageFact(n, T0 + hours * H, inbound)


def done(hours: float) -> StatusFact:
    return StatusFact(T0 + hours * H, "status", "done", "Sari")


def test_reopened_by_hand_without_a_message_starts_at_the_reopen() -> None:
    events = [done(1), StatusFact(T0 + 3 * H, "status", "open", "Sari")]
    t = build(1, T0, [msg(1, 0), msg(2, 0.5, False), msg(3, 5, False)], events, "open",
              None, always())
    assert [(o.cause, o.start, o.raw) for o in t.openings] == [
        ("created", T0, 0.5 * H), ("reopened", T0 + 3 * H, 2 * H)]
    assert not t.done and t.waiting_since is None


def test_a_message_while_done_that_did_not_reopen_is_late_not_a_new_opening() -> None:
    t = build(1, T0, [msg(1, 0), msg(2, 1, False), msg(3, 3)], [done(2)], "done", None,
              always())
    assert len(t.openings) == 1 and t.late_inbound == 1 and t.done
    assert t.waiting_since is None


def test_closed_without_a_reply_stops_the_first_response_clock() -> None:
    policy = SlaPolicy("p", first_response=60, next_reply=60, resolution=24 * 60,
                       business_hours=False)
    t = build(1, T0, [msg(1, 0)], [done(0.5)], "done", None, always())
    assert t.openings[0].closed_at == T0 + 0.5 * H and t.openings[0].response_at is None
    made = clocks(t, policy, always(), T0 + 10 * H)
    assert [(c.target, c.state) for c in made] == [
        (Target.FIRST_RESPONSE, State.HIT), (Target.RESOLUTION, State.HIT)]
    late = build(1, T0, [msg(1, 0)], [done(2)], "done", None, always())
    assert overall(clocks(late, policy, always(), T0 + 10 * H)) is State.MISSED


def test_done_with_no_event_is_taken_from_the_stored_status() -> None:
    t = build(1, T0, [msg(1, 0), msg(2, 1, False)], [], "done", T0 + 4 * H, always())
    assert [(r.done_at, r.raw, r.actor) for r in t.resolutions] == [(T0 + 4 * H, 4 * H, "")]


def test_a_conversation_we_started_opens_with_the_members_first_message() -> None:
    t = build(1, T0, [msg(1, 0, False), msg(2, 2), msg(3, 3, False)], [], "open", None,
              always())
    assert [(o.start, o.raw) for o in t.openings] == [(T0 + 2 * H, H)]


def test_a_running_clock_is_due_in_business_hours() -> None:
    cal = office_hours("UTC")
    friday = at(6, 16).timestamp()
    t = build(1, friday, [MessageFact(1, friday, True)], [], "new", None, cal)
    assert t.awaiting_first and t.waiting_since == friday
    [first] = clocks(t, SlaPolicy("p", first_response=120), cal, friday + 0.5 * H)
    assert (first.state, first.due) == (State.ACTIVE, at(9, 10).timestamp())  # Monday 10:00
    [late] = clocks(t, SlaPolicy("p", first_response=120), cal, at(9, 11).timestamp())
    assert late.state is State.MISSED and late.elapsed == 3 * H


def test_reply_windows_open_extended_closed() -> None:
    window = ReplyWindow("instagram", 24, 168)
    last = T0
    assert reply_window(window, True, last, True, last + 23 * H).state == "open"  # type: ignore[union-attr]
    assert reply_window(window, True, last, True, last + 25 * H).state == "extended"  # type: ignore[union-attr]
    assert reply_window(window, True, last, True, last + 169 * H).state == "closed"  # type: ignore[union-attr]
    assert reply_window(window, False, last, True, last) is None  # comments: no window
    assert reply_window(window, True, last, False, last) is None  # nobody is waiting
    assert reply_window(None, True, last, True, last) is None  # a platform without one


def test_reply_window_in_the_report(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    health.save(store, {"time_zone": "UTC", "hours": HOURS, "breaching_soon_minutes": 120})
    w = make_world(store, monkeypatch, platform="instagram")
    cid = w.start("dm", at(2, 9), direct=True)
    r = health.compute(store, date(2026, 11, 2), date(2026, 11, 3), now=at(3, 8))
    row = r.conversation(cid)
    assert row is not None and row.window is not None
    assert row.window.closes_at == at(3, 9).timestamp()
    assert any(d.kind == "reply_window" and d.conversation_id == cid
               for d in r.sla.breaching_soon)


def test_the_week_on_both_databases(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_health_world import POLICY, community

    health.save(any_store, {"time_zone": "UTC", "hours": HOURS, "sla": [POLICY]})
    week = community(make_world(any_store, monkeypatch))
    r = health.compute(any_store, date(2026, 11, 2), date(2026, 11, 8), now=at(9, 10))
    assert r.metrics.first_response.median == 1.5 * H
    assert r.metrics.first_response_business.p90 == 3 * H
    assert r.metrics.reply.median == 17 * H
    assert r.metrics.resolution.conversations == (week.b, week.a)
    assert r.backlog.unattended == (week.d,)
