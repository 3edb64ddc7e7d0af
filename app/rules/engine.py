"""Running rules: each new inbound message is matched against the enabled rules in order, and
a matching rule's actions are taken once per conversation, inside the transaction that stored
the page, each written to the event log as done by `rule:<name>`. A dry run matches the same
way over the archive and takes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, select

from app.canned.template import render
from app.models import (
    ACCOUNTS,
    CANNED,
    CONVERSATIONS,
    INSIGHTS,
    MEMBER_TAGS,
    MEMBERS,
    MESSAGES,
    RULES,
    TAGS,
    Direction,
    OutboxAction,
    Priority,
)
from app.outbox import Outbox
from app.rules.model import Action, Conditions, Hours, parse_actions, parse_conditions
from app.search.scope import account_platform
from app.store import Store
from app.timeutil import as_utc, utcnow
from app.triage import Triage, log_event


@dataclass(frozen=True, slots=True)
class Rule:
    id: int
    name: str
    conditions: Conditions
    actions: tuple[Action, ...]
    stop: bool


@dataclass(frozen=True, slots=True)
class Arrival:
    """What a rule may look at in one arriving message."""

    message_id: int
    conversation_id: int
    account_id: int
    platform: str
    text: str
    created_at: datetime
    direct: bool
    sentiment: str
    intent: str
    heated: bool
    vip: bool
    member_tags: frozenset[str]
    new_member: bool


@dataclass(frozen=True, slots=True)
class Hit:
    rule_id: int
    rule: str
    conversation_id: int
    message_id: int
    actions: tuple[str, ...]


def load_rules(conn: Connection, enabled_only: bool = True) -> list[Rule]:
    stmt = select(RULES).order_by(RULES.c.position, RULES.c.id)
    if enabled_only:
        stmt = stmt.where(RULES.c.enabled.is_(True))
    return [Rule(r.id, r.name, parse_conditions(r.conditions or {}),
                 parse_actions(r.actions or []), bool(r.stop)) for r in conn.execute(stmt)]


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _in_hours(moment: datetime, hours: Hours) -> bool:
    local = as_utc(moment).astimezone(hours.zone)
    inside = local.weekday() in hours.days and (
        hours.start <= local.time() < hours.end if hours.start <= hours.end
        else local.time() >= hours.start or local.time() < hours.end)
    return inside != hours.outside


def matches(c: Conditions, a: Arrival) -> bool:
    text, lists = a.text.lower(), c.lists
    checks: tuple[tuple[str, Callable[[tuple[str, ...]], bool]], ...] = (
        ("platforms", lambda v: a.platform in v),
        ("words", lambda v: any(_has_word(text, w) for w in v)),
        ("all_words", lambda v: all(_has_word(text, w) for w in v)),
        ("not_words", lambda v: not any(_has_word(text, w) for w in v)),
        ("sentiment", lambda v: a.sentiment in v),
        ("intent", lambda v: a.intent in v),
        ("member_tags", lambda v: bool(a.member_tags & set(v))),
    )
    if any(name in lists and not test(lists[name]) for name, test in checks):
        return False
    if c.accounts and a.account_id not in c.accounts:
        return False
    facts = {"heated": a.heated, "direct": a.direct, "vip": a.vip, "new_member": a.new_member}
    if any(facts[name] != wanted for name, wanted in c.flags.items()):
        return False
    return c.hours is None or _in_hours(a.created_at, c.hours)


def arrivals(conn: Connection, message_ids: Sequence[int]) -> list[Arrival]:
    m, mb = MESSAGES.c, MEMBERS.c
    if not message_ids:
        return []
    rows = conn.execute(
        select(m.id, m.conversation_id, m.account_id, m.text, m.subject, m.created_at,
               m.kind, m.author_id, mb.vip, ACCOUNTS.c.platform, ACCOUNTS.c.settings,
               CONVERSATIONS.c.is_direct, INSIGHTS.c.sentiment, INSIGHTS.c.intent,
               INSIGHTS.c.heated)
        .join(ACCOUNTS, ACCOUNTS.c.id == m.account_id)
        .join(CONVERSATIONS, CONVERSATIONS.c.id == m.conversation_id)
        .outerjoin(MEMBERS, mb.id == m.author_id)
        .outerjoin(INSIGHTS, INSIGHTS.c.message_id == m.id)
        .where(m.id.in_(list(message_ids)), m.direction == Direction.INBOUND.value,
               m.deleted.is_(False)).order_by(m.id)).all()
    authors = {r.author_id for r in rows if r.author_id is not None}
    tags: dict[int, set[str]] = {}
    for member_id, name in conn.execute(
            select(MEMBER_TAGS.c.member_id, TAGS.c.name)
            .join(TAGS, TAGS.c.id == MEMBER_TAGS.c.tag_id)
            .where(MEMBER_TAGS.c.member_id.in_(authors))):
        tags.setdefault(member_id, set()).add(name)
    firsts = dict(conn.execute(select(m.author_id, func.min(m.id)).where(
        m.author_id.in_(authors)).group_by(m.author_id)).all())
    return [Arrival(r.id, r.conversation_id, r.account_id,
                    account_platform(r.platform, r.settings), f"{r.subject}\n{r.text}",
                    r.created_at, bool(r.is_direct) or r.kind == "direct",
                    r.sentiment or "neutral", r.intent or "other", bool(r.heated),
                    bool(r.vip), frozenset(tags.get(r.author_id, ())),
                    r.author_id is not None and firsts.get(r.author_id) == r.id)
            for r in rows]


def describe(action: Action) -> str:
    extra = action.value or (f"{action.minutes} min" if action.minutes else "")
    return f"{action.do} {extra}".strip()


def evaluate(rules: Sequence[Rule], found: Sequence[Arrival]) -> list[Hit]:
    """Which rule acts on which conversation, once each, in rule order."""
    hits: list[Hit] = []
    done: set[tuple[int, int]] = set()
    for arrival in found:
        for rule in rules:
            if not matches(rule.conditions, arrival):
                continue
            if (rule.id, arrival.conversation_id) not in done:
                done.add((rule.id, arrival.conversation_id))
                hits.append(Hit(rule.id, rule.name, arrival.conversation_id,
                                arrival.message_id, tuple(describe(a) for a in rule.actions)))
            if rule.stop:
                break
    return hits


def run_rules_in(conn: Connection, store: Store, message_ids: Sequence[int]) -> list[Hit]:
    """Match and act inside the caller's transaction (the page that brought the messages)."""
    rules = load_rules(conn)
    if not rules:
        return []
    hits = evaluate(rules, arrivals(conn, message_ids))
    by_id = {r.id: r for r in rules}
    for hit in hits:
        for action in by_id[hit.rule_id].actions:
            _act(conn, store, f"rule:{hit.rule}", hit, action)
    return hits


def _act(conn: Connection, store: Store, actor: str, hit: Hit, action: Action) -> None:
    ids, triage = [hit.conversation_id], Triage(store, actor, conn)
    do = action.do
    if do == "tag":
        triage.tag(ids, action.value)
    elif do == "priority":
        triage.set_priority(ids, Priority(action.value))
    elif do == "assign":
        triage.assign(ids, action.value)
    elif do == "escalate":
        triage.escalate(ids, action.value, action.reason or hit.rule)
    elif do == "snooze":
        triage.snooze(ids, utcnow() + timedelta(minutes=action.minutes))
    elif do == "hide":
        Outbox(store, actor, conn).queue_action(hit.conversation_id, OutboxAction.HIDE)
    elif do in ("suggest", "send"):
        _canned(conn, store, actor, hit, action)
    elif do == "notify":
        log_event(conn, actor, "rule_notify", ids, message=action.value)


def _canned(conn: Connection, store: Store, actor: str, hit: Hit, action: Action) -> None:
    row = conn.execute(select(CANNED.c.id, CANNED.c.body).where(and_(
        CANNED.c.shortcut == action.value.lstrip(";")))).first()
    if row is None:
        log_event(conn, actor, "rule_failed", [hit.conversation_id],
                  reason=f"no canned response ;{action.value}")
        return
    if action.do == "send" and action.approved:
        try:
            body = render(row.body, {})
        except ValueError as exc:  # placeholders need a person: suggest instead
            log_event(conn, actor, "rule_suggested", [hit.conversation_id], canned=row.id,
                      reason=str(exc))
            return
        Outbox(store, actor, conn).queue_reply(hit.conversation_id, body)
    else:
        log_event(conn, actor, "rule_suggested", [hit.conversation_id], canned=row.id)


def dry_run(store: Store, rule_id: int | None = None, limit: int = 20_000,
            raw: dict[str, Any] | None = None) -> list[Hit]:
    """What the rules (or one rule, or one not yet saved) would have done to the newest
    `limit` inbound messages of the archive. Nothing is changed."""
    with store.read() as conn:
        if raw is not None:
            rules = [Rule(0, str(raw.get("name", "draft")),
                          parse_conditions(raw.get("conditions", {})),
                          parse_actions(raw.get("actions")), bool(raw.get("stop")))]
        else:
            rules = [r for r in load_rules(conn, enabled_only=rule_id is None)
                     if rule_id is None or r.id == rule_id]
        ids = list(conn.execute(select(MESSAGES.c.id).where(
            MESSAGES.c.direction == Direction.INBOUND.value)
            .order_by(MESSAGES.c.id.desc()).limit(limit)).scalars())
        return evaluate(rules, arrivals(conn, sorted(ids)))
