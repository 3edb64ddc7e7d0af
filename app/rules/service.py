"""Keeping the rules: add, change, reorder, turn on and off, remove. Every change is checked
by app.rules.model before it is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update

from app.errors import NotFound
from app.models import RULES
from app.rules.model import RuleError, parse_actions, parse_conditions
from app.store import Store
from app.timeutil import utcnow
from app.triage import log_event


class RuleNotFound(NotFound):
    what = "rule"


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: int
    position: int
    name: str
    enabled: bool
    conditions: dict[str, Any]
    actions: list[dict[str, Any]]
    stop: bool
    updated_at: datetime


def _checked(raw: dict[str, Any]) -> dict[str, Any]:
    name = str(raw.get("name", "")).strip()
    if not name or len(name) > 200:
        raise RuleError("a rule needs a name (1 to 200 characters)")
    conditions, actions = raw.get("conditions", {}), raw.get("actions")
    parse_conditions(conditions)
    parse_actions(actions)
    return {"name": name, "conditions": conditions, "actions": actions,
            "stop": bool(raw.get("stop", False)), "enabled": bool(raw.get("enabled", True))}


def list_rules(store: Store) -> list[RuleInfo]:
    with store.read() as conn:
        rows = conn.execute(select(RULES).order_by(RULES.c.position, RULES.c.id)).all()
    return [RuleInfo(r.id, r.position, r.name, bool(r.enabled), dict(r.conditions or {}),
                     list(r.actions or []), bool(r.stop), r.updated_at) for r in rows]


def add_rule(store: Store, raw: dict[str, Any], agent: str) -> RuleInfo:
    values = _checked(raw)
    now = utcnow()
    with store.write() as conn:
        last = conn.execute(select(func.coalesce(func.max(RULES.c.position), 0))).scalar_one()
        new_id = int(conn.execute(RULES.insert().values(
            position=int(last) + 1, created_at=now, updated_at=now, **values))
            .inserted_primary_key[0])  # type: ignore[index]
        log_event(conn, agent, "rule_added", [None], rule=new_id, name=values["name"])
    return get_rule(store, new_id)


def get_rule(store: Store, rule_id: int) -> RuleInfo:
    for rule in list_rules(store):
        if rule.id == rule_id:
            return rule
    raise RuleNotFound(rule_id)


def update_rule(store: Store, rule_id: int, raw: dict[str, Any], agent: str) -> RuleInfo:
    values = _checked(raw)
    with store.write() as conn:
        if not conn.execute(update(RULES).where(RULES.c.id == rule_id)
                            .values(updated_at=utcnow(), **values)).rowcount:
            raise RuleNotFound(rule_id)
        log_event(conn, agent, "rule_changed", [None], rule=rule_id, name=values["name"])
    return get_rule(store, rule_id)


def set_enabled(store: Store, rule_id: int, enabled: bool, agent: str) -> RuleInfo:
    with store.write() as conn:
        if not conn.execute(update(RULES).where(RULES.c.id == rule_id)
                            .values(enabled=enabled, updated_at=utcnow())).rowcount:
            raise RuleNotFound(rule_id)
        log_event(conn, agent, "rule_enabled" if enabled else "rule_disabled", [None],
                  rule=rule_id)
    return get_rule(store, rule_id)


def move_rule(store: Store, rule_id: int, steps: int, agent: str) -> list[RuleInfo]:
    """Earlier (negative steps) or later in the order rules run in."""
    order = [r.id for r in list_rules(store)]
    if rule_id not in order:
        raise RuleNotFound(rule_id)
    at = order.index(rule_id)
    order.insert(max(0, min(len(order) - 1, at + steps)), order.pop(at))
    with store.write() as conn:
        for position, rid in enumerate(order, start=1):
            conn.execute(update(RULES).where(RULES.c.id == rid).values(position=position))
        log_event(conn, agent, "rules_reordered", [None], order=order)
    return list_rules(store)


def remove_rule(store: Store, rule_id: int, agent: str) -> None:
    with store.write() as conn:
        if not conn.execute(delete(RULES).where(RULES.c.id == rule_id)).rowcount:
            raise RuleNotFound(rule_id)
        log_event(conn, agent, "rule_removed", [None], rule=rule_id)
