"""The queue and one conversation, as the command line and the desktop show them."""

from __future__ import annotations

import pytest

from app import queries
from app.ingest import ingest
from app.models import Direction, Status
from app.outbox import Outbox
from app.store import Store
from app.triage import Triage
from tests.conftest import make_account
from tests.fakes import item


def _three(store: Store) -> list[int]:
    account = make_account(store, "mastodon", "@brand@kopi.social")
    ingest(store, account, "mastodon", [
        item("a", 0, "\n\n  Halo, refund?\nsecond line", author="ani"),
        item("b", 10, "Sync is broken", author="budi"),
        item("c", 20, "Thanks!", author="citra"),
        item("a2", 30, "we are on it", author="brand", parent="a",
             direction=Direction.OUTBOUND),
    ])
    by_member = {r.member_handle: r.id for r in queries.inbox(store, status=queries.ALL)}
    return [by_member["@ani"], by_member["@budi"], by_member["@citra"]]


def test_default_queue_hides_done_and_snoozed_and_orders_newest_first(store: Store) -> None:
    a, b, c = _three(store)
    Triage(store, "Sari").mark_done([b])
    rows = queries.inbox(store)
    assert [r.id for r in rows] == [a, c]  # a's reply at minute 30 makes it the newest
    assert queries.count(store) == 2
    assert [r.id for r in queries.inbox(store, status="done")] == [b]
    assert queries.count(store, status=queries.ALL) == 3


def test_rows_carry_what_a_list_shows(store: Store) -> None:
    a, _, _ = _three(store)
    Triage(store, "Sari").tag([a], "billing")
    row = next(r for r in queries.inbox(store) if r.id == a)
    assert row.platform == "mastodon"
    assert row.account_handle == "@brand@kopi.social"
    assert (row.member_name, row.member_handle) == ("Ani", "@ani")
    assert row.preview == "we are on it"
    assert row.tags == ("billing",)
    assert row.message_count == 2
    assert row.unread and row.status == Status.NEW.value


def test_filters_by_tag_and_assignee_and_pages(store: Store) -> None:
    a, _, c = _three(store)
    triage = Triage(store, "Sari")
    triage.tag([a, c], "Billing")
    triage.assign([c], "Budi")
    assert {r.id for r in queries.inbox(store, tag="billing")} == {a, c}
    assert [r.id for r in queries.inbox(store, assignee="Budi")] == [c]
    assert queries.count(store, tag="billing", assignee="Budi") == 1
    assert len(queries.inbox(store, limit=1, offset=2)) == 1
    assert queries.inbox(store, tag="nothing") == []


def test_preview_is_the_first_non_empty_line_cut_to_width() -> None:
    assert queries.preview_of("\n \n  Halo, refund?\nsecond") == "Halo, refund?"
    long = queries.preview_of("x" * 500)
    assert len(long) == queries.PREVIEW_CHARS and long.endswith("…")


def test_conversation_detail_has_thread_escalations_and_unsent_replies(store: Store) -> None:
    a, _, _ = _three(store)
    Triage(store, "Sari").escalate([a], "Budi", "refund over limit")
    Outbox(store, "Sari").queue_reply(a, "Sudah kami proses ya")
    detail = queries.conversation(store, a)
    assert [m.text for m in detail.messages] == ["\n\n  Halo, refund?\nsecond line",
                                                 "we are on it"]
    assert [m.direction for m in detail.messages] == ["inbound", "outbound"]
    assert detail.messages[0].author_name == "Ani"
    assert [(e.to, e.reason) for e in detail.escalations] == [("Budi", "refund over limit")]
    assert [(o.state, o.text) for o in detail.outbox] == [("queued", "Sudah kami proses ya")]
    assert detail.conversation.escalated


def test_unknown_conversation_is_a_plain_key_error(store: Store) -> None:
    with pytest.raises(queries.ConversationNotFound) as caught:
        queries.conversation(store, 404)
    assert str(caught.value) == "no conversation with id 404"


def test_unknown_order_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown order"):
        queries.inbox(store, order="sideways")


def test_demo_accounts_show_the_platform_they_imitate(store: Store) -> None:
    from app.demo import seed_demo

    seed_demo(store)
    platforms = {r.platform for r in queries.inbox(store, status=queries.ALL, limit=1000)}
    assert "demo" not in platforms
    assert {"mastodon", "email"} <= platforms


def test_queue_and_thread_read_the_same_on_postgresql(any_store: Store) -> None:
    a, b, _ = _three(any_store)
    Triage(any_store, "Sari").tag([a], "billing")
    assert [r.id for r in queries.inbox(any_store, tag="BILLING")] == [a]
    assert queries.count(any_store) == 3
    assert [m.author_handle for m in queries.conversation(any_store, b).messages] == ["@budi"]
