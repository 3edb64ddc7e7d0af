"""Drilling down: which conversations are behind a figure (slowest or most urgent first),
and for the one selected, how its times were computed, in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.health.report import ConversationHealth, HealthReport
from app.health.sla import State, Target
from app.health.volume import behind
from ui.dashboard_format import duration, translate, until

Row = tuple[int, str]  # conversation id, the value that puts it in the list


@dataclass(frozen=True, slots=True)
class Drill:
    title: str
    rows: tuple[Row, ...]


def _in(report: HealthReport, moment: float | None) -> bool:
    return moment is not None and report.start <= moment < report.end


def _first_response(r: HealthReport, c: ConversationHealth, business: bool) -> float | None:
    times = [(o.business if business else o.raw) for o in c.timeline.openings
             if _in(r, o.response_at)]
    return max((t for t in times if t is not None), default=None)


def _reply(r: HealthReport, c: ConversationHealth, business: bool) -> float | None:
    times = [(w.business if business else w.raw) for w in c.timeline.waits if _in(r, w.reply_at)]
    return max((t for t in times if t is not None), default=None)


def _resolution(r: HealthReport, c: ConversationHealth, business: bool) -> float | None:
    done = [x for x in c.timeline.resolutions if _in(r, x.done_at)]
    return (done[-1].business if business else done[-1].raw) if done else None


METRICS: dict[str, tuple[object, Callable[[HealthReport, ConversationHealth, bool],
                                       float | None]]] = {
    "first_response": (QT_TRANSLATE_NOOP("Dashboard", "First response"), _first_response),
    "reply": (QT_TRANSLATE_NOOP("Dashboard", "Reply time"), _reply),
    "resolution": (QT_TRANSLATE_NOOP("Dashboard", "Resolution"), _resolution),
}


def drill(report: HealthReport, key: str, business: bool) -> Drill:
    """The conversations behind the figure `key` (see Dashboard.figure keys)."""
    by_id = {c.id: c for c in report.conversations}
    kind, _, value = key.partition(":")
    if kind in METRICS:
        title, measure = METRICS[kind]
        summary = getattr(report.metrics, kind + ("_business" if business else ""))
        rows = _measured(report, summary.conversations, by_id, measure, business)
        return Drill(translate("Dashboard", str(title)), rows)
    if kind in ("platform", "tag", "assignee"):
        members = [c for c in report.conversations if c.in_period and value in _keys(kind, c)]
        members.sort(key=lambda c: -(_first_response(report, c, business) or -1))
        name = value or translate("Dashboard", "nobody")
        return Drill(translate("Dashboard", "%1 (first response)").replace("%1", name),
                     _measured(report, [c.id for c in members], by_id, _first_response,
                               business))
    return _now(report, kind, value, by_id)


def _keys(kind: str, c: ConversationHealth) -> tuple[str, ...]:
    if kind == "platform":
        return (c.platform,)
    if kind == "tag":
        return c.tags
    return (c.assignee or "",)


def _measured(report: HealthReport, ids: tuple[int, ...] | list[int],
              by_id: dict[int, ConversationHealth],
              measure: Callable[[HealthReport, ConversationHealth, bool], float | None],
              business: bool) -> tuple[Row, ...]:
    return tuple((cid, duration(measure(report, by_id[cid], business)))
                 for cid in ids if cid in by_id)


def _now(report: HealthReport, kind: str, value: str,
         by_id: dict[int, ConversationHealth]) -> Drill:
    now, b = report.now, report.backlog
    if kind == "response_rate":
        no_reply = translate("Dashboard", "no reply")
        return Drill(translate("Dashboard", "Openings without a first response"),
                     tuple((cid, no_reply) for cid in report.response_rate.conversations))
    if kind == "sla":
        missed = {t: getattr(report.sla, t.value).missed_conversations for t in Target}
        rows = [(cid, _target_name(t)) for t, ids in missed.items() for cid in ids]
        return Drill(translate("Dashboard", "Missed SLA targets"), tuple(rows))
    if kind == "due":
        rows = [(d.conversation_id, f"{_target_name(d.kind)}: {until(d.due, now)}")
                for d in (*report.sla.overdue, *report.sla.breaching_soon)]
        return Drill(translate("Dashboard", "Overdue and breaching soon"), tuple(rows))
    if kind == "unattended":
        return Drill(translate("Dashboard", "Waiting on our reply"), tuple(
            (cid, translate("Dashboard", "waiting %1").replace("%1", duration(
                now - (by_id[cid].timeline.waiting_since or now))))
            for cid in b.unattended if cid in by_id))
    if kind in ("backlog", "age"):
        buckets = [a for a in b.ages if kind == "backlog" or a.label == value]
        ids = [cid for a in buckets for cid in a.conversations]
        return Drill(translate("Dashboard", "Not done yet") if kind == "backlog" else value, tuple(
            (cid, _age(by_id[cid], now)) for cid in ids if cid in by_id))
    zone = ZoneInfo(report.zone)
    if kind == "day":
        that_day = behind(report.messages, zone, day=date.fromisoformat(value))
        return Drill(value, tuple((cid, "") for cid in that_day))
    if kind == "heat":
        weekday, hour = (int(x) for x in value.split("-"))
        cell = behind(report.messages, zone, weekday=weekday, hour=hour, inbound_only=True)
        return Drill(translate("Dashboard", "Messages at %1:00").replace("%1", f"{hour:02d}"),
                     tuple((cid, "") for cid in cell))
    return Drill("", ())


def _age(c: ConversationHealth, now: float) -> str:
    openings = c.timeline.openings
    start = openings[-1].start if openings else c.timeline.created
    return duration(now - start)


def _target_name(target: Target | str) -> str:
    names = {Target.FIRST_RESPONSE.value: translate("Dashboard", "first response"),
             Target.NEXT_REPLY.value: translate("Dashboard", "next reply"),
             Target.RESOLUTION.value: translate("Dashboard", "resolution"),
             "reply_window": translate("Dashboard", "reply window")}
    value = target.value if isinstance(target, Target) else target
    return names.get(value, value)


def state_name(state: State | None) -> str:
    if state is None:
        return translate("Dashboard", "no SLA")
    return {State.ACTIVE: translate("Dashboard", "running"),
            State.HIT: translate("Dashboard", "hit"),
            State.MISSED: translate("Dashboard", "missed")}[state]


def target_name(target: Target | str) -> str:
    return _target_name(target)
