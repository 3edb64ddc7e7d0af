"""What a rule is: conditions on an arriving message and the actions to take, read from the
JSON kept in the `rules` table (and in `serambi rules add FILE`), checked with clear errors.

Conditions (all given must hold; lists mean "any of"):
  platforms, accounts, words (any word or phrase), all_words, not_words, sentiment, intent,
  heated, direct, vip, member_tags, new_member, hours {"days": [0-6, Monday 0], "from": "HH:MM",
  "to": "HH:MM", "tz": "Asia/Jakarta", "outside": false}
Actions, in order: tag, priority, assign, escalate {to, reason}, snooze {minutes}, hide,
  suggest {canned}, send {canned} (queued only when the action says "approved": true),
  notify {message}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.models import Priority
from app.understand import Intent, Sentiment

ACTIONS = ("tag", "priority", "assign", "escalate", "snooze", "hide", "suggest", "send",
           "notify")
_LISTS = ("platforms", "words", "all_words", "not_words", "sentiment", "intent",
          "member_tags")
_FLAGS = ("heated", "direct", "vip", "new_member")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class RuleError(ValueError):
    """A rule that cannot be used as written; the message says which part and why."""


@dataclass(frozen=True, slots=True)
class Hours:
    days: frozenset[int]
    start: time
    end: time
    zone: ZoneInfo
    outside: bool = False


@dataclass(frozen=True, slots=True)
class Conditions:
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    accounts: tuple[int, ...] = ()
    flags: dict[str, bool] = field(default_factory=dict)
    hours: Hours | None = None


@dataclass(frozen=True, slots=True)
class Action:
    do: str
    value: str = ""
    reason: str = ""
    minutes: int = 0
    approved: bool = False


def _strings(name: str, value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) and v.strip() for v in items):
        raise RuleError(f"condition {name!r} must be a word or a list of words")
    return tuple(v.strip().lower() for v in items)


def _hours(value: Any) -> Hours:
    if not isinstance(value, dict):
        raise RuleError('"hours" must look like {"days": [0,1,2,3,4], "from": "09:00", '
                        '"to": "17:00", "tz": "Asia/Jakarta"}')
    clocks = []
    for key in ("from", "to"):
        found = _CLOCK.match(str(value.get(key, "")))
        if not found:
            raise RuleError(f'hours "{key}" must be a time like 09:00')
        clocks.append(time(int(found[1]), int(found[2])))
    try:
        zone = ZoneInfo(str(value.get("tz", "UTC")))
    except (ZoneInfoNotFoundError, ValueError):
        raise RuleError(f"unknown time zone {value.get('tz')!r}") from None
    days = value.get("days", list(range(7)))
    if not isinstance(days, list) or not all(isinstance(d, int) and 0 <= d <= 6 for d in days):
        raise RuleError('hours "days" must be a list of 0 (Monday) to 6 (Sunday)')
    return Hours(frozenset(days), clocks[0], clocks[1], zone, bool(value.get("outside")))


def parse_conditions(raw: Any) -> Conditions:
    if not isinstance(raw, dict):
        raise RuleError("conditions must be an object")
    unknown = set(raw) - set(_LISTS) - set(_FLAGS) - {"accounts", "hours"}
    if unknown:
        raise RuleError(f"unknown condition(s): {', '.join(sorted(unknown))}")
    lists = {name: _strings(name, raw[name]) for name in _LISTS if name in raw}
    for name, allowed in (("sentiment", Sentiment), ("intent", Intent)):
        bad = [v for v in lists.get(name, ()) if v not in {a.value for a in allowed}]
        if bad:
            raise RuleError(f"{name} {bad[0]!r} is not one of "
                            + ", ".join(a.value for a in allowed))
    accounts = raw.get("accounts", [])
    if not isinstance(accounts, list) or not all(isinstance(a, int) for a in accounts):
        raise RuleError('"accounts" must be a list of account numbers')
    flags = {}
    for name in _FLAGS:
        if name in raw:
            if not isinstance(raw[name], bool):
                raise RuleError(f'condition "{name}" must be true or false')
            flags[name] = raw[name]
    hours = _hours(raw["hours"]) if "hours" in raw else None
    return Conditions(lists, tuple(accounts), flags, hours)


def parse_action(raw: Any) -> Action:
    if not isinstance(raw, dict) or raw.get("do") not in ACTIONS:
        raise RuleError("each action needs \"do\": one of " + ", ".join(ACTIONS))
    do = raw["do"]
    value = str(raw.get("value") or raw.get("canned") or raw.get("to")
                or raw.get("message") or "").strip()
    if do in ("tag", "assign", "suggest", "send", "escalate", "notify") and not value:
        raise RuleError(f'action "{do}" needs a value')
    if do == "priority" and value not in {p.value for p in Priority}:
        raise RuleError("priority must be one of " + ", ".join(p.value for p in Priority))
    minutes = raw.get("minutes", 0)
    if do == "snooze" and (not isinstance(minutes, int) or not 1 <= minutes <= 60 * 24 * 90):
        raise RuleError("snooze needs minutes between 1 and 129600")
    return Action(do, value, str(raw.get("reason", "")), int(minutes),
                  raw.get("approved") is True)


def parse_actions(raw: Any) -> tuple[Action, ...]:
    if not isinstance(raw, list) or not raw:
        raise RuleError("a rule needs at least one action")
    return tuple(parse_action(a) for a in raw)
