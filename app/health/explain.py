"""How one conversation's times were computed, in words: which message started each clock,
which reply stopped it, and what business hours took away. (The dashboard says the same
in the user's language from the same structure.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from app.health.report import ConversationHealth
from app.health.settings import HealthSettings

Who = Callable[[int | None], str]  # a message id -> how to point at it ("#123 from ani")


def duration(seconds: float | None) -> str:
    """1d 2h, 3h 05m, 12m, 40s; "-" when there is none."""
    if seconds is None:
        return "-"
    if seconds == float("inf"):
        return "never"
    whole = round(seconds)
    days, rest = divmod(whole, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m" if minutes else f"{secs}s"


def _when(moment: float | None, zone: ZoneInfo) -> str:
    if moment is None:
        return "-"
    return datetime.fromtimestamp(moment, UTC).astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def _time_pair(raw: float | None, business: float | None) -> str:
    if raw is None:
        return "-"
    outside = (raw - business) if business is not None else 0.0
    return (f"{duration(raw)} elapsed, {duration(business)} within business hours"
            + (f" ({duration(outside)} outside business hours not counted)"
               if outside > 0.5 else ""))


def describe(row: ConversationHealth, settings: HealthSettings,
             who: Who = lambda mid: f"message {mid}" if mid else "-") -> list[str]:
    zone, t = settings.calendar.tz, row.timeline
    lines = [f"Conversation {row.id} ({row.platform}, {row.status}); times in {zone.key}.",
             f"Created {_when(t.created, zone)}."]
    causes = {"created": "opened by", "message": "reopened by", "reopened": "reopened by hand"}
    for n, o in enumerate(t.openings, 1):
        start = f"{causes.get(o.cause, o.cause)} {who(o.start_message_id)}" \
            if o.start_message_id else causes.get(o.cause, o.cause)
        lines.append(f"Opening {n}: {start} at {_when(o.start, zone)}.")
        if o.response_at is not None:
            lines.append(f"  First response: {who(o.response_message_id)} at "
                         f"{_when(o.response_at, zone)}: {_time_pair(o.raw, o.business)}.")
        elif o.closed_at is not None:
            lines.append(f"  Marked done at {_when(o.closed_at, zone)} with no reply.")
        else:
            lines.append("  No reply yet: the first response clock is running.")
    for w in t.waits:
        if w.reply_at is not None:
            lines.append(f"Reply: waiting since {who(w.since_message_id)} at "
                         f"{_when(w.since, zone)}, answered by {who(w.reply_message_id)} at "
                         f"{_when(w.reply_at, zone)}: {_time_pair(w.raw, w.business)}.")
        else:
            lines.append(f"Waiting since {who(w.since_message_id)} at {_when(w.since, zone)}"
                         f" until marked done at {_when(w.closed_at, zone)}, unanswered.")
    if t.waiting_since is not None and not t.awaiting_first:
        lines.append(f"Waiting now since {who(t.waiting_message_id)} at "
                     f"{_when(t.waiting_since, zone)}.")
    for r in t.resolutions:
        lines.append(f"Done at {_when(r.done_at, zone)}" + (f" by {r.actor}" if r.actor else "")
                     + f": resolution {_time_pair(r.raw, r.business)} since creation.")
    if row.notes:
        lines.append(f"{row.notes} internal note(s) ignored: a note is never a reply.")
    if row.automated:
        lines.append(f"{row.automated} automatic repl(ies) by a rule ignored: only a person's "
                     "reply stops a clock.")
    if t.late_inbound:
        lines.append(f"{t.late_inbound} member message(s) came while it was done and did "
                     "not reopen it.")
    lines += _sla_lines(row, zone)
    return lines


def _sla_lines(row: ConversationHealth, zone: ZoneInfo) -> list[str]:
    if row.policy is None:
        return ["No SLA policy applies."]
    lines = [f"SLA policy {row.policy!r}: {row.sla.value if row.sla else '-'}."]
    for c in row.clocks:
        label = c.target.value.replace("_", " ")
        if c.stopped is None:
            lines.append(f"  {label}: running, {duration(c.elapsed)} of {duration(c.limit)}"
                         f" used, due {_when(c.due, zone)} ({c.state.value}).")
        else:
            lines.append(f"  {label}: {duration(c.elapsed)} of {duration(c.limit)} "
                         f"allowed: {c.state.value}.")
    if row.window is not None:
        lines.append(f"  {row.window.platform} reply window: {row.window.state}, closes "
                     f"{_when(row.window.closes_at, zone)}.")
    return lines
