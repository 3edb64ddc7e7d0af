"""The member ledger's moderation history across linked identities, top members, and the
trend digest (rising terms and hashtags, frequent and unanswered questions)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.community import digest, moderation_history, top_members, warn_member
from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.members import link
from app.models import CONVERSATIONS, MEMBERS, Direction, OutboxAction
from app.outbox import Outbox
from app.store import Store
from app.timeutil import utcnow
from app.understand import analyse_backlog
from tests.conftest import make_account

NOW = utcnow()


def said(pid: str, who: str, days_ago: float, text: str, parent: str | None = None,
         outbound: bool = False) -> InboundItem:
    return InboundItem(pid, NOW - timedelta(days=days_ago), text,
                       MemberRef(who, f"@{who}", who.title()), parent_id=parent,
                       direction=Direction.OUTBOUND if outbound else Direction.INBOUND)


def _ids(store: Store, table: object, column: str) -> dict[str, int]:
    with store.read() as conn:
        return {getattr(r, column): r.id for r in conn.execute(select(table))}  # type: ignore[arg-type]


def test_moderation_history_follows_the_person_across_platforms(store: Store) -> None:
    masto, sky = make_account(store, "fake", "@brand"), make_account(store, "other", "@b")
    ingest(store, masto, "fake", [said("m1", "bima", 1, "You are all STUPID LIARS!!")])
    ingest(store, sky, "other", [said("s1", "bima.sky", 1, "hello again")])
    analyse_backlog(store)
    members = _ids(store, MEMBERS, "remote_id")
    link(store, [members["bima"], members["bima.sky"]], "Bima", "rina")
    conversations = _ids(store, CONVERSATIONS, "member_id")
    Outbox(store, "rina").queue_action(conversations[members["bima"]], OutboxAction.HIDE)
    warn_member(store, members["bima.sky"], "Warned in DM about insults", "rina")
    history = moderation_history(store, members["bima.sky"])
    assert sorted(e.what for e in history) == ["conflict", "hide", "warning"]
    assert {e.by for e in history if e.what != "conflict"} == {"rina"}
    assert next(e for e in history if e.what == "warning").note == "Warned in DM about insults"


def test_top_members_by_activity_and_by_helpfulness(store: Store) -> None:
    account = make_account(store, "fake")
    ingest(store, account, "fake", [
        said("q1", "asker", 2, "How do I export?"),
        said("a1", "helper", 1.9, "Settings > Export, then CSV", parent="q1"),
        said("a2", "helper", 1.8, "Or use the web", parent="q1"),
        said("q2", "asker", 1, "And import?"),
        said("q3", "asker", 0.5, "Thanks!"),
        said("old", "ghost", 90, "long ago"),
    ])
    active, helpful = top_members(store, days=30)
    assert [(t.handle, t.messages) for t in active] == [("@asker", 3), ("@helper", 2)]
    assert [(t.handle, t.helpful) for t in helpful] == [("@helper", 2)]


def test_the_digest_finds_rising_terms_and_unanswered_questions(store: Store) -> None:
    account = make_account(store, "fake")
    items = [said(f"b{i}", f"u{i}", 20, f"my budget envelope works {i}") for i in range(6)]
    items += [said(f"r{i}", f"v{i}", 2, f"the #outage broke bank sync again {i}")
              for i in range(5)]
    items += [said(f"x{i}", f"w{i}", 1, q) for i, q in enumerate([
        "How do I export my data to Excel?", "Can I export data to Excel?",
        "how to export data into excel", "Where is the dark mode setting?",
        "Is there a dark mode setting?"])]
    items += [said("ans", "brand", 0.5, "Export is under Settings", parent="x0",
                   outbound=True)]
    ingest(store, account, "fake", items)
    while analyse_backlog(store):
        pass
    found = digest(store, days=7, baseline_days=28, now=NOW)
    terms = {r.term for r in found.rising_terms}
    assert {"sync", "bank", "broke"} <= terms and "budget" not in terms
    assert [r.term for r in found.rising_hashtags] == ["#outage"]
    top = found.questions[0]
    assert top.asked == 3 and {"export", "excel"} <= set(top.keywords)
    assert top.unanswered == 2  # one of the three conversations has our answer
    assert any({"dark", "mode"} <= set(q.keywords) and q.unanswered == 2
               for q in found.unanswered)
