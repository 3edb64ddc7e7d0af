"""How one conversation's times were computed, said in the user's language: which message
started each clock, which reply stopped it, and what business hours left out."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from app.health.report import ConversationHealth
from app.health.timeline import Opening, Wait
from ui.dashboard_drill import state_name, target_name
from ui.dashboard_format import duration, when

Who = Callable[[int | None], str]


class Explainer(QObject):
    def __init__(self, zone: ZoneInfo, who: Who) -> None:
        super().__init__()
        self.zone, self.who = zone, who

    def _pair(self, raw: float | None, business: float | None) -> str:
        if raw is None:
            return "–"
        text = self.tr("%1 elapsed, %2 in business hours").replace("%1", duration(raw)) \
            .replace("%2", duration(business))
        outside = raw - (business or 0.0)
        if outside > 0.5:
            text += " " + self.tr("(%1 outside business hours not counted)").replace(
                "%1", duration(outside))
        return text

    def _when(self, moment: float | None) -> str:
        return when(moment, self.zone)

    def text(self, row: ConversationHealth) -> str:
        t = row.timeline
        lines = [self.tr("Times in %1. Created %2.").replace("%1", self.zone.key)
                 .replace("%2", self._when(t.created))]
        for o in t.openings:
            lines += self._opening(o)
        for w in t.waits:
            lines.append(self._wait(w))
        if t.waiting_since is not None and not t.awaiting_first:
            lines.append(self.tr("Waiting now since %1 (%2).")
                         .replace("%1", self.who(t.waiting_message_id))
                         .replace("%2", self._when(t.waiting_since)))
        for r in t.resolutions:
            lines.append(self.tr("Done at %1: resolution %2 since creation.")
                         .replace("%1", self._when(r.done_at))
                         .replace("%2", self._pair(r.raw, r.business)))
        if row.notes:
            lines.append(self.tr("%1 internal note(s) not counted: a note is never a reply.")
                         .replace("%1", str(row.notes)))
        if row.automated:
            lines.append(self.tr("%1 automatic repl(ies) by a rule not counted: only a "
                                 "person's reply stops a clock.").replace("%1", str(row.automated)))
        return "\n".join(lines + self._sla(row))

    def _opening(self, o: Opening) -> list[str]:
        causes = {"created": self.tr("Opened by %1 at %2."),
                  "message": self.tr("Reopened by %1 at %2."),
                  "reopened": self.tr("Reopened by hand at %2.")}
        lines = [causes.get(o.cause, "%2").replace("%1", self.who(o.start_message_id))
                 .replace("%2", self._when(o.start))]
        if o.response_at is not None:
            lines.append("  " + self.tr("First response %1 at %2: %3.")
                         .replace("%1", self.who(o.response_message_id))
                         .replace("%2", self._when(o.response_at))
                         .replace("%3", self._pair(o.raw, o.business)))
        elif o.closed_at is not None:
            lines.append("  " + self.tr("Marked done at %1 without a reply.")
                         .replace("%1", self._when(o.closed_at)))
        else:
            lines.append("  " + self.tr("No reply yet: the first response clock is running."))
        return lines

    def _wait(self, w: Wait) -> str:
        if w.reply_at is None:
            return self.tr("Waiting since %1 (%2) until marked done, unanswered.") \
                .replace("%1", self.who(w.since_message_id)).replace("%2", self._when(w.since))
        return self.tr("Waiting since %1 (%2), answered by %3 (%4): %5.") \
            .replace("%1", self.who(w.since_message_id)).replace("%2", self._when(w.since)) \
            .replace("%3", self.who(w.reply_message_id)) \
            .replace("%4", self._when(w.reply_at)).replace("%5", self._pair(w.raw, w.business))

    def _sla(self, row: ConversationHealth) -> list[str]:
        if row.policy is None:
            return [self.tr("No SLA policy applies.")]
        lines = [self.tr("SLA policy “%1”: %2.").replace("%1", row.policy)
                 .replace("%2", state_name(row.sla))]
        for c in row.clocks:
            text = self.tr("%1: running, %2 of %3 used, due %4.") if c.stopped is None \
                else self.tr("%1: %2 of %3 allowed: %4.")
            last = self._when(c.due) if c.stopped is None else state_name(c.state)
            lines.append("  " + text.replace("%1", target_name(c.target))
                         .replace("%2", duration(c.elapsed)).replace("%3", duration(c.limit))
                         .replace("%4", last))
        if row.window is not None:
            lines.append("  " + self.tr("Reply window on %1 closes %2.")
                         .replace("%1", row.window.platform)
                         .replace("%2", self._when(row.window.closes_at)))
        return lines


def explain(row: ConversationHealth, zone: ZoneInfo, who: Who) -> str:
    return Explainer(zone, who).text(row)
