"""Response-time metrics against a week worked out by hand: notes are never replies,
reopened conversations get a first response per opening, replies outside business hours
count in raw time only, and every figure names the conversations behind it."""

from __future__ import annotations

from datetime import date

import pytest

from app import health
from app.store import Store
from tests.test_health_world import HOURS, POLICY, Community, at, community, make_world

HOUR = 3600.0


@pytest.fixture
def week(store: Store, monkeypatch: pytest.MonkeyPatch) -> Community:
    health.save(store, {"time_zone": "UTC", "hours": HOURS, "sla": [POLICY]})
    return community(make_world(store, monkeypatch))


def report(week: Community, **filters: str) -> health.HealthReport:
    return health.compute(week.world.store, date(2026, 11, 2), date(2026, 11, 8),
                          health.Filters(**filters), now=at(9, 10))


def test_first_response_per_opening_raw_and_business(week: Community) -> None:
    r = report(week)
    a = r.conversation(week.a)
    assert a is not None and len(a.timeline.openings) == 1
    assert (a.timeline.openings[0].raw, a.timeline.openings[0].business) == (2 * HOUR, HOUR)
    b = r.conversation(week.b)
    assert b is not None
    assert [(o.cause, o.raw, o.business) for o in b.timeline.openings] == [
        ("created", 20 * 60.0, 20 * 60.0), ("message", 4 * HOUR, 3 * HOUR)]
    # The second opening starts at the member's message (14:00), not at the reopen.
    assert b.timeline.openings[1].start == at(5, 14).timestamp()
    frt = r.metrics.first_response
    # Samples (raw): a 2h, b 20min, b 4h, c 1h -> median 1.5h, p90 4h, mean 1h50min.
    assert (frt.count, frt.median, frt.p90, frt.mean) == (4, 1.5 * HOUR, 4 * HOUR, 6600.0)
    business = r.metrics.first_response_business
    # a 1h, b 20min, b 3h, c 0 (a Saturday) -> median 40min, p90 3h, mean 65min.
    assert (business.median, business.p90, business.mean) == (40 * 60.0, 3 * HOUR, 65 * 60.0)
    assert business.conversations[0] == week.b  # slowest first


def test_a_note_is_never_a_reply(week: Community) -> None:
    a = report(week).conversation(week.a)
    assert a is not None and a.notes == 1
    # Had the 08:30 note counted, the first response would have been 30 minutes.
    assert a.timeline.openings[0].response_at == at(2, 10).timestamp()


def test_reply_time_waits_from_the_first_unanswered_message(week: Community) -> None:
    r = report(week)
    a = r.conversation(week.a)
    assert a is not None
    [wait] = a.timeline.waits
    assert wait.since == at(2, 16, 30).timestamp()  # 16:45 did not move it
    assert (wait.raw, wait.business) == (17 * HOUR, HOUR)  # 16:30-17:00 + 09:00-09:30
    assert (r.metrics.reply.count, r.metrics.reply.median) == (1, 17 * HOUR)
    assert r.metrics.reply_business.conversations == (week.a,)


def test_resolution_from_the_original_creation(week: Community) -> None:
    r = report(week)
    b = r.conversation(week.b)
    assert b is not None
    assert [(x.raw, x.business) for x in b.timeline.resolutions] == [
        (HOUR, HOUR), (48 * HOUR, 16 * HOUR)]
    res = r.metrics.resolution
    # One per conversation and period, its last: a 26h, b 48h.
    assert (res.count, res.median, res.p90) == (2, 37 * HOUR, 48 * HOUR)
    assert r.metrics.resolution_business.median == (9 * HOUR + 16 * HOUR) / 2


def test_sla_hit_missed_and_active(week: Community) -> None:
    r = report(week)
    # First response within 1 business hour: a (1h, just), b (20min), c (0) hit; b's
    # reopening (3h) missed.
    assert (r.sla.first_response.hit, r.sla.first_response.missed) == (3, 1)
    assert r.sla.first_response.missed_conversations == (week.b,)
    # Resolution within 15 business hours: a (9h) hit, b (16h) missed.
    assert (r.sla.resolution.hit, r.sla.resolution.missed) == (1, 1)
    b = r.conversation(week.b)
    assert b is not None and b.sla is health.sla.State.MISSED
    d = r.conversation(week.d)
    assert d is not None and d.sla is health.sla.State.ACTIVE and not d.in_period
    running = health.sla.running(list(d.clocks))
    assert running is not None and running.due == at(9, 10, 30).timestamp()
    assert [(x.conversation_id, x.kind) for x in r.sla.breaching_soon] == [
        (week.d, "first_response")]


def test_response_rate_volume_and_backlog(week: Community) -> None:
    r = report(week)
    assert (r.response_rate.part, r.response_rate.whole) == (4, 4)
    assert (r.volume.inbound, r.volume.outbound, r.volume.conversations) == (6, 5, 3)
    monday = r.volume.days[0]
    assert (monday.day, monday.inbound, monday.outbound) == (date(2026, 11, 2), 3, 1)
    assert r.volume.heatmap[0][16] == 2 and r.volume.heatmap[5][10] == 1  # Mon 16h, Sat 10h
    # Now (Monday the 9th, 10:00): c and d were never marked done; d waits for a reply.
    assert r.backlog.total == 2 and r.backlog.by_status["new"] == 2
    assert r.backlog.unattended == (week.d,) and r.backlog.awaiting_first == (week.d,)
    assert r.backlog.oldest == week.c


def test_filters_and_breakdowns(week: Community) -> None:
    store, triage = week.world.store, week.world.triage
    triage.assign([week.b], "Maya")
    triage.tag([week.a, week.b], "billing")
    r = report(week)
    by_tag = {b.key: b for b in r.by_tag}
    assert by_tag["billing"].conversations == 2
    assert by_tag["billing"].metrics.first_response.count == 3
    by_assignee = {b.key: b for b in r.by_assignee}
    assert by_assignee["Maya"].metrics.first_response.median == (20 * 60 + 4 * HOUR) / 2
    assert by_assignee[""].conversations == 2  # a and c: nobody
    only_maya = report(week, assignee="Maya")
    assert [c.id for c in only_maya.conversations] == [week.b]
    assert only_maya.metrics.first_response.count == 2
    assert health.compute(store, date(2026, 11, 2), date(2026, 11, 8),
                          health.Filters(tag="nope"), now=at(9, 10)).conversations == ()
