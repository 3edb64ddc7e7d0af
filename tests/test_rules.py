"""Auto-triage rules: checked when written, run in order on what a sync brings, once per
conversation, each action in the event log as the rule's; and a dry run that changes nothing."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app import rules
from app.canned import CannedService
from app.cli.main import main
from app.members import tag_member
from app.models import CONVERSATIONS, EVENTS, OUTBOX
from app.secrets import Secrets
from app.store import Store
from app.sync import SyncEngine
from tests.conftest import make_account
from tests.fakes import FakePlatform, factory_for, item

REFUND = {"name": "Refunds to billing", "conditions": {"words": ["refund", "charged twice"]},
          "actions": [{"do": "tag", "value": "billing"}, {"do": "priority", "value": "high"},
                      {"do": "assign", "value": "sari"}]}


def _sync(store: Store, secrets: Secrets, platform: FakePlatform) -> list[Any]:
    engine = SyncEngine(store, secrets, factory_for=factory_for(platform))
    return asyncio.run(engine.run_once())


def _conversation(store: Store, pid: str) -> Any:
    with store.read() as conn:
        return conn.execute(text(
            "select c.* from conversations c join messages m on m.conversation_id = c.id "
            "where m.platform_id = :p"), {"p": pid}).one()


def _tags(store: Store, cid: int) -> set[str]:
    with store.read() as conn:
        return set(conn.execute(text(
            "select t.name from conversation_tags ct join tags t on t.id = ct.tag_id "
            "where ct.conversation_id = :c"), {"c": cid}).scalars())


@pytest.mark.parametrize(("raw", "says"), [
    ({"name": "", "actions": [{"do": "tag", "value": "x"}]}, "needs a name"),
    ({"name": "r", "actions": []}, "at least one action"),
    ({"name": "r", "conditions": {"sentiment": ["angry"]}, "actions": [{"do": "hide"}]},
     "not one of"),
    ({"name": "r", "conditions": {"colour": "red"}, "actions": [{"do": "hide"}]}, "unknown"),
    ({"name": "r", "conditions": {"hours": {"from": "9am", "to": "17:00"}},
      "actions": [{"do": "hide"}]}, "09:00"),
    ({"name": "r", "actions": [{"do": "priority", "value": "asap"}]}, "priority must be"),
    ({"name": "r", "actions": [{"do": "launch"}]}, "one of"),
])
def test_a_rule_is_checked_when_written(store: Store, raw: dict[str, Any], says: str) -> None:
    with pytest.raises(rules.RuleError, match=says):
        rules.add_rule(store, raw, "rina")
    assert rules.list_rules(store) == []


def test_rules_act_on_arrival_in_order_once_per_conversation(store: Store,
                                                            secrets: Secrets) -> None:
    make_account(store, "fake")
    rules.add_rule(store, REFUND, "rina")
    rules.add_rule(store, {"name": "Angry VIPs up", "conditions": {
        "vip": True, "sentiment": ["negative"]}, "actions": [
        {"do": "escalate", "to": "lead", "reason": "unhappy VIP"}]}, "rina")
    rules.add_rule(store, {"name": "Spam away", "conditions": {"intent": ["spam"]},
                           "actions": [{"do": "hide"}, {"do": "tag", "value": "spam"}],
                           "stop": True}, "rina")
    platform = FakePlatform(page_size=10, items=[
        item("m1", 0, "I was charged twice, I want a refund"),
        item("m2", 1, "Still no refund??", parent="m1"),
        item("m3", 2, "How do I export?", author="u2"),
        item("m4", 3, "FREE crypto giveaway, claim your prize https://x.test", author="u3"),
    ])
    [report] = _sync(store, secrets, platform)
    assert report.ok and report.rules == 2  # refund once (two messages), spam once
    refund = _conversation(store, "m1")
    assert (refund.priority, refund.assignee) == ("high", "sari")
    assert _tags(store, refund.id) == {"billing"}
    assert _tags(store, _conversation(store, "m3").id) == set()
    spam = _conversation(store, "m4")
    assert _tags(store, spam.id) == {"spam"}
    with store.read() as conn:
        hidden = conn.execute(select(OUTBOX.c.action, OUTBOX.c.agent).where(
            OUTBOX.c.conversation_id == spam.id)).all()
        actors = conn.execute(select(EVENTS.c.actor, EVENTS.c.action).where(
            EVENTS.c.conversation_id == refund.id).order_by(EVENTS.c.id)).all()
    assert hidden == [("hide", "rule:Spam away")]
    assert [a for a in actors if a[0].startswith("rule:")] == [
        ("rule:Refunds to billing", "tagged"), ("rule:Refunds to billing", "priority"),
        ("rule:Refunds to billing", "assigned")]


def test_vip_member_tags_hours_and_an_approved_canned_reply(store: Store,
                                                           secrets: Secrets) -> None:
    account = make_account(store, "fake")
    CannedService(store).create("Thanks", "thanks", "Thank you, we read it!")
    rules.add_rule(store, {"name": "Praise gets thanks", "conditions": {
        "intent": ["praise"], "member_tags": ["beta"],
        "hours": {"days": [0, 1, 2, 3, 4, 5, 6], "from": "00:00", "to": "23:59",
                  "tz": "Asia/Jakarta"}},
        "actions": [{"do": "send", "canned": "thanks", "approved": True},
                    {"do": "suggest", "canned": "thanks"}]}, "rina")
    _sync(store, secrets, FakePlatform(items=[item("m0", 0, "hello", author="fan")]))
    with store.read() as conn:
        fan = conn.execute(text("select id from members where remote_id = 'fan'")).scalar()
    tag_member(store, fan, "beta", "rina")
    platform = FakePlatform(items=[item("m0", 0, "hello", author="fan"),
                                   item("m1", 5, "Love the new app, thanks!", author="fan"),
                                   item("m2", 6, "Love it too, thanks!", author="other")])
    _sync(store, secrets, platform)
    with store.read() as conn:
        sent = conn.execute(select(OUTBOX.c.text, OUTBOX.c.agent).where(
            OUTBOX.c.account_id == account)).all()
        suggested = conn.execute(select(EVENTS.c.data).where(
            EVENTS.c.action == "rule_suggested")).scalars().all()
    assert sent == [("Thank you, we read it!", "rule:Praise gets thanks")]  # fan only
    assert len(suggested) == 1


def test_dry_run_shows_what_would_happen_and_changes_nothing(store: Store,
                                                            secrets: Secrets) -> None:
    make_account(store, "fake")
    _sync(store, secrets, FakePlatform(page_size=10, items=[
        item("m1", 0, "refund please"), item("m2", 1, "nice app", author="u2")]))
    hits = rules.dry_run(store, raw=REFUND)
    assert [(h.rule, h.actions) for h in hits] == [
        ("Refunds to billing", ("tag billing", "priority high", "assign sari"))]
    with store.read() as conn:
        assert conn.execute(select(CONVERSATIONS.c.assignee)).scalars().all() == [None, None]


def test_the_cli_adds_lists_dry_runs_and_reorders(capsys: Any, data_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(REFUND)))
    assert main(["rules", "add", "-"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(
        {"name": "Questions", "conditions": {"intent": ["question"]},
         "actions": [{"do": "tag", "value": "faq"}]})))
    assert main(["rules", "add", "-"]) == 0
    assert main(["rules", "move", "2", "-1"]) == 0
    capsys.readouterr()
    assert main(["rules", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["rules"]
    assert [r["name"] for r in listed] == ["Questions", "Refunds to billing"]
    assert main(["rules", "disable", "1"]) == 0
    assert main(["rules", "dry-run"]) == 0
    assert "nothing was changed" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "x", "actions": []}'))
    assert main(["rules", "add", "-"]) == 1
