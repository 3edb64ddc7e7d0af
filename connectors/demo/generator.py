"""Deterministic plans for the demo history: which member says what, where, and when.

A plan holds no clock time, only "so many days back, at this Jakarta minute": the same
seed always gives the same plans, and `history.py` places them relative to any `now`.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, replace
from functools import cache

from connectors.demo.content import CastMember, Content, Script, Template, load_content

SEED = "teduh-demo-v1"
TARGET_CONVERSATIONS = 330
# Relative activity per Jakarta hour: quiet at night, busy mornings and evenings.
HOUR_WEIGHTS = (2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 8, 9, 8, 7, 7, 7, 8, 10, 11, 10, 7, 4)
_PRIORITY_ORDER = ("none", "low", "normal", "high", "urgent")


@dataclass(frozen=True, slots=True)
class PlannedTurn:
    who: str  # a cast key, or "us"
    gap_minutes: int
    text: str


@dataclass(frozen=True, slots=True)
class Plan:
    index: int
    source: str
    flavour: str
    lang: str
    topic: str
    member: str
    subject: str
    direct: bool
    tags: tuple[str, ...]
    status: str
    priority: str
    escalate: str | None
    spam: bool
    day_back: int
    start_minute: int
    turns: tuple[PlannedTurn, ...]


@cache
def plans() -> tuple[Plan, ...]:
    """Every planned conversation, always the same ones in the same order."""
    content = load_content()
    rng = random.Random(SEED)
    made: list[Plan] = []
    for script in content.scripts:
        for copy in range(script.repeat):
            made.append(_from_script(rng, content, script, copy, len(made)))
    templates = [t for t in content.templates for _ in range(t.count)]
    rng.shuffle(templates)
    turn = 0
    # Every template its count, then round again until the community is big enough.
    while turn < len(templates) or len(made) < TARGET_CONVERSATIONS:
        made.append(_from_template(rng, content, templates[turn % len(templates)], len(made)))
        turn += 1
    return tuple(made)


def _speakers(content: Content, lang: str, spam: bool = False,
              quiet: tuple[str, ...] = ()) -> list[CastMember]:
    return [m for m in content.cast.values()
            if m.speaks(lang) and m.is_spammer == spam and m.role not in quiet]


def _when(rng: random.Random, status: str) -> tuple[int, int]:
    """(days back, Jakarta minute of day): unanswered work is recent, done work older."""
    horizon = {"new": 3, "open": 9, "pending": 9}.get(status, 27)
    hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
    return rng.randint(0, horizon), hour * 60 + rng.randrange(60)


def _from_script(rng: random.Random, content: Content, script: Script, copy: int,
                 index: int) -> Plan:
    flavour = script.flavours[copy % len(script.flavours)]
    pool = _speakers(content, script.lang, quiet=("conflict",))
    member = script.member or rng.choice(pool).key
    others = [m.key for m in pool if m.key != member]
    other = script.other or rng.choice(others)
    turns = tuple(
        PlannedTurn({"m": member, "o": other}.get(t.who, t.who), t.gap_minutes, t.text)
        for t in script.turns)
    day_back, minute = _when(rng, script.status)
    return _finish(content, Plan(
        index=index, source=script.id, flavour=flavour, lang=script.lang, topic=script.topic,
        member=member, subject=script.subject or _first_line(script.turns[0].text),
        direct=script.direct, tags=script.tags, status=script.status,
        priority=script.priority, escalate=script.escalate, spam="spam" in script.tags,
        day_back=day_back, start_minute=minute, turns=turns))


def _from_template(rng: random.Random, content: Content, template: Template,
                   index: int) -> Plan:
    flavour = rng.choice(template.flavours)
    member = rng.choice(_speakers(content, template.lang, spam=template.spam)).key
    fill = Slots(rng, content.slots)
    asked = rng.randrange(len(template.openers))
    turns = [PlannedTurn(member, 0, fill(template.openers[asked]))]
    # Each line answers the one before it when the lists pair up (same length, same order).
    steps = [("us", template.replies, template.openers, 0.78, (4, 240)),
             (member, template.followups, template.replies, 0.45, (3, 600)),
             ("us", template.closers, template.followups, 0.55, (5, 240))]
    said = asked
    for who, options, answered, chance, (low, high) in steps:
        if template.spam or not options or rng.random() >= chance:
            break
        said = said if len(options) == len(answered) else rng.randrange(len(options))
        turns.append(PlannedTurn(who, rng.randint(low, high), fill(options[said])))
    status = _status_of(turns)
    subject = fill(_paired(rng, template.subjects, asked, len(template.openers)))
    day_back, minute = _when(rng, status)
    return _finish(content, Plan(
        index=index, source=template.id, flavour=flavour, lang=template.lang,
        topic=template.topic, member=member, subject=subject or _first_line(turns[0].text),
        direct=False, tags=template.tags, status=status, priority=template.priority,
        escalate=None, spam=template.spam, day_back=day_back, start_minute=minute,
        turns=tuple(turns)))


def _paired(rng: random.Random, options: tuple[str, ...], chosen: int, of: int) -> str:
    if not options:
        return ""
    return options[chosen] if len(options) == of else rng.choice(options)


def _status_of(turns: list[PlannedTurn]) -> str:
    if all(t.who != "us" for t in turns):
        return "new"
    last = turns[-1]
    if last.who != "us":
        return "open"
    return "pending" if last.text.rstrip().endswith("?") else "done"


def _finish(content: Content, plan: Plan) -> Plan:
    """VIPs get the vip tag and at least high priority while their matter is unsettled."""
    if not content.cast[plan.member].vip:
        return plan
    priority = plan.priority
    if plan.status != "done" and _PRIORITY_ORDER.index(priority) < _PRIORITY_ORDER.index("high"):
        priority = "high"
    tags = plan.tags if "vip" in plan.tags else (*plan.tags, "vip")
    return replace(plan, tags=tags, priority=priority)


def _first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class Slots:
    """Fills {bank}, {device}, ... once per conversation, so a thread stays consistent."""

    def __init__(self, rng: random.Random, slots: dict[str, tuple[str, ...]]) -> None:
        self._chosen = {name: rng.choice(values) for name, values in slots.items()}

    def __call__(self, text: str) -> str:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name]
        missing = [n for n in names if n not in self._chosen]
        if missing:
            raise ValueError(f"demo template text uses unknown slots {missing}: {text!r}")
        return text.format_map(self._chosen)
