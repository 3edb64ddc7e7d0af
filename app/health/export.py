"""The report as data to hand on: CSV with one row per conversation and all its metrics,
and the stable JSON of `serambi stats --json` (docs/health.md documents every field).

Seconds are plain numbers (no units), times ISO 8601 UTC, empty cells / null when a metric
does not apply (no reply yet, never done). Subjects come from members: CSV cells are
defused as `serambi export` does.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from app.export import csv_cell
from app.health.report import (
    Breakdown,
    ConversationHealth,
    HealthReport,
    Metrics,
    Ratio,
    SlaTally,
    Summary,
)
from app.health.sla import Target
from app.health.stats import median

CSV_FIELDS = (
    "conversation_id", "platform", "status", "priority", "assignee", "tags", "subject",
    "created_at", "inbound", "outbound", "notes", "automated_replies", "openings",
    "first_response_at", "first_response_seconds", "first_response_business_seconds",
    "later_first_response_seconds", "replies", "reply_median_seconds",
    "reply_median_business_seconds", "reply_max_seconds", "reply_max_business_seconds",
    "resolutions", "resolved_at", "resolution_seconds", "resolution_business_seconds",
    "waiting_since", "awaiting_first_response", "sla_policy", "sla",
    "sla_first_response", "sla_next_reply", "sla_resolution", "sla_due_at",
    "reply_window_closes_at")


def iso(moment: float | None) -> str | None:
    if moment is None or moment == float("inf"):
        return None
    return datetime.fromtimestamp(moment, UTC).isoformat()


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def csv_row(row: ConversationHealth) -> dict[str, Any]:
    t = row.timeline
    first = t.openings[0] if t.openings else None
    answered = [w for w in t.waits if w.reply_at is not None]
    raw = [w.raw or 0.0 for w in answered]
    business = [w.business or 0.0 for w in answered]
    last = t.resolutions[-1] if t.done and t.resolutions else None
    states = {target: [c.state.value for c in row.clocks if c.target is target]
              for target in Target}
    due = min((c.due for c in row.clocks if c.due is not None), default=None)
    return {
        "conversation_id": row.id, "platform": row.platform, "status": row.status,
        "priority": row.priority, "assignee": row.assignee, "tags": list(row.tags),
        "subject": row.subject, "created_at": iso(t.created), "inbound": row.inbound,
        "outbound": row.outbound, "notes": row.notes, "automated_replies": row.automated,
        "openings": len(t.openings),
        "first_response_at": iso(first.response_at if first else None),
        "first_response_seconds": _round(first.raw if first else None),
        "first_response_business_seconds": _round(first.business if first else None),
        "later_first_response_seconds": [_round(o.raw) for o in t.openings[1:]
                                         if o.raw is not None],
        "replies": len(answered), "reply_median_seconds": _round(median(raw)),
        "reply_median_business_seconds": _round(median(business)),
        "reply_max_seconds": _round(max(raw, default=None)),
        "reply_max_business_seconds": _round(max(business, default=None)),
        "resolutions": len(t.resolutions), "resolved_at": iso(last.done_at if last else None),
        "resolution_seconds": _round(last.raw if last else None),
        "resolution_business_seconds": _round(last.business if last else None),
        "waiting_since": iso(t.waiting_since), "awaiting_first_response": t.awaiting_first,
        "sla_policy": row.policy, "sla": row.sla.value if row.sla else None,
        "sla_first_response": _worst(states[Target.FIRST_RESPONSE]),
        "sla_next_reply": _worst(states[Target.NEXT_REPLY]),
        "sla_resolution": _worst(states[Target.RESOLUTION]),
        "sla_due_at": iso(due),
        "reply_window_closes_at": iso(row.window.closes_at if row.window else None),
    }


def _worst(states: Sequence[str]) -> str | None:
    for state in ("missed", "active", "hit"):
        if state in states:
            return state
    return None


def write_csv(report: HealthReport, out: TextIO) -> int:
    """The conversations active in the period, one row each; returns how many."""
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    written = 0
    for row in report.conversations:
        if row.in_period:
            record = csv_row(row)
            writer.writerow([csv_cell(record[name]) for name in CSV_FIELDS])
            written += 1
    return written


# -- JSON ---------------------------------------------------------------------------------
def _summary(s: Summary) -> dict[str, Any]:
    return {"count": s.count, "median_seconds": _round(s.median),
            "p90_seconds": _round(s.p90), "mean_seconds": _round(s.mean),
            "conversations": list(s.conversations)}


def _metric(raw: Summary, business: Summary) -> dict[str, Any]:
    return {**_summary(raw), "business": _summary(business)}


def _metrics(m: Metrics) -> dict[str, Any]:
    return {"first_response": _metric(m.first_response, m.first_response_business),
            "reply": _metric(m.reply, m.reply_business),
            "resolution": _metric(m.resolution, m.resolution_business)}


def _tally(t: SlaTally) -> dict[str, Any]:
    return {"hit": t.hit, "missed": t.missed, "active": t.active,
            "hit_rate": _round(t.hit_rate), "missed_conversations": list(t.missed_conversations)}


def _ratio(r: Ratio) -> dict[str, Any]:
    return {"responded": r.part, "openings": r.whole, "rate": _round(r.rate),
            "unanswered_conversations": list(r.conversations)}


def _breakdown(b: Breakdown) -> dict[str, Any]:
    return {"key": b.key, "conversations": b.conversations, **_metrics(b.metrics),
            "sla": _tally(b.sla)}


def to_json(report: HealthReport) -> dict[str, Any]:
    v, b, s = report.volume, report.backlog, report.sla
    return {
        "period": {"from": report.first_day.isoformat(), "to": report.last_day.isoformat(),
                   "start": iso(report.start), "end": iso(report.end),
                   "time_zone": report.zone},
        "filters": {"platform": report.platform, "tag": report.tag,
                    "assignee": report.assignee},
        "now": iso(report.now),
        **_metrics(report.metrics),
        "response_rate": _ratio(report.response_rate),
        "volume": {
            "inbound": v.inbound, "outbound": v.outbound, "conversations": v.conversations,
            "days": [{"day": d.day.isoformat(), "inbound": d.inbound, "outbound": d.outbound,
                      "conversations": d.conversations,
                      "first_response_median_business_seconds":
                          _round(d.first_response_median)} for d in v.days],
            "inbound_by_hour": list(v.inbound_by_hour),
            "outbound_by_hour": list(v.outbound_by_hour),
            "heatmap": [list(row) for row in v.heatmap]},
        "backlog": {
            "total": b.total, "by_status": dict(b.by_status),
            "ages": [{"label": a.label, "count": len(a.conversations),
                      "conversations": list(a.conversations)} for a in b.ages],
            "oldest_age_seconds": _round(b.oldest_age), "oldest_conversation": b.oldest,
            "unattended": list(b.unattended), "awaiting_first_response": list(b.awaiting_first)},
        "sla": {
            "first_response": _tally(s.first_response), "next_reply": _tally(s.next_reply),
            "resolution": _tally(s.resolution),
            "breaching_soon": [{"conversation": d.conversation_id, "kind": d.kind,
                                "due": iso(d.due)} for d in s.breaching_soon],
            "overdue": [{"conversation": d.conversation_id, "kind": d.kind, "due": iso(d.due)}
                        for d in s.overdue]},
        "by_platform": [_breakdown(x) for x in report.by_platform],
        "by_tag": [_breakdown(x) for x in report.by_tag],
        "by_assignee": [_breakdown(x) for x in report.by_assignee],
        "problems": list(report.problems),
        "compute_seconds": round(report.seconds, 3),
    }
