"""The ingest path, example by example, on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text, update

from app.ingest import ingest
from app.items import InboundItem, InvalidItem, MemberRef, validate
from app.models import CONVERSATIONS, MEMBERS, MESSAGES, Direction, Status
from app.store import Store
from tests.conftest import make_account

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
ANI = MemberRef("u1", "@ani", "Ani")
BRAND = MemberRef("brand", "@brand", "Brand")


def msg(pid: str, minute: int, words: str = "", author: MemberRef | None = ANI,
        **kw: Any) -> InboundItem:
    return InboundItem(pid, T0 + timedelta(minutes=minute), words or f"message {pid}", author,
                       **kw)


def reply(pid: str, minute: int, parent: str, words: str = "") -> InboundItem:
    return msg(pid, minute, words or "we are on it", BRAND, parent_id=parent,
               direction=Direction.OUTBOUND)


def conversation(store: Store, thread_key: str = "1") -> Any:
    with store.read() as conn:
        return conn.execute(select(CONVERSATIONS).where(
            CONVERSATIONS.c.thread_key == thread_key)).one()


def message(store: Store, pid: str) -> Any:
    with store.read() as conn:
        return conn.execute(select(MESSAGES).where(MESSAGES.c.platform_id == pid)).one()


def at(minute: int) -> datetime:
    return T0 + timedelta(minutes=minute)


def set_status(store: Store, status: Status, changed_minute: int) -> None:
    with store.write() as conn:
        conn.execute(update(CONVERSATIONS).values(status=status.value,
                                                  status_changed_at=at(changed_minute)))


def test_new_inbound_reopens_a_done_conversation(any_store: Store) -> None:
    account = make_account(any_store)
    ingest(any_store, account, "demo", [msg("1", 0), reply("2", 5, "1")])
    set_status(any_store, Status.DONE, 10)
    result = ingest(any_store, account, "demo", [msg("3", 20, parent_id="2")])
    conv = conversation(any_store)
    assert conv.status == Status.OPEN
    assert result.reopened == [conv.id]
    assert conv.waiting_since == at(20)


def test_back_filled_old_message_does_not_reopen(any_store: Store) -> None:
    account = make_account(any_store)
    ingest(any_store, account, "demo", [msg("1", 0), reply("2", 5, "1")])
    set_status(any_store, Status.DONE, 10)
    result = ingest(any_store, account, "demo", [msg("3", 7, parent_id="2")])
    assert conversation(any_store).status == Status.DONE
    assert result.reopened == []


def test_waiting_since_is_the_first_inbound_after_our_last_reply(any_store: Store) -> None:
    account = make_account(any_store)
    ingest(any_store, account, "demo", [msg("1", 0)])
    assert conversation(any_store).waiting_since == at(0)
    ingest(any_store, account, "demo", [msg("2", 3, parent_id="1")])
    assert conversation(any_store).waiting_since == at(0)  # later inbound does not move it
    ingest(any_store, account, "demo", [reply("3", 10, "2")])
    conv = conversation(any_store)
    assert conv.waiting_since is None
    assert conv.first_response_at == at(10)
    ingest(any_store, account, "demo", [msg("4", 15, parent_id="3"), msg("5", 18, parent_id="4")])
    assert conversation(any_store).waiting_since == at(15)
    ingest(any_store, account, "demo", [reply("6", 30, "5")])
    conv = conversation(any_store)
    assert conv.waiting_since is None
    assert conv.first_response_at == at(10)
    assert conv.last_outbound_at == at(30)
    assert conv.message_count == 6


def test_a_late_reply_of_ours_arriving_after_newer_inbound(any_store: Store) -> None:
    account = make_account(any_store)
    ingest(any_store, account, "demo", [msg("1", 0), msg("3", 20, parent_id="1")])
    ingest(any_store, account, "demo", [reply("2", 10, "1")])  # synced late from another device
    conv = conversation(any_store)
    assert conv.waiting_since == at(20)
    assert conv.first_response_at == at(10)


def test_an_edit_updates_text_and_search(store: Store) -> None:
    account = make_account(store)
    original = msg("1", 0, "the refund never came")
    ingest(store, account, "demo", [original])
    ingest(store, account, "demo", [replace(original, text="sorted now, thanks",
                                            edited_at=at(4))])
    row = message(store, "1")
    assert (row.text, row.edited_at) == ("sorted now, thanks", at(4))
    assert search(store, "refund") == []
    assert search(store, "thanks") == ["1"]
    assert conversation(store).subject == "sorted now, thanks"


def test_an_older_version_arriving_late_does_not_undo_an_edit(any_store: Store) -> None:
    account = make_account(any_store)
    original = msg("1", 0, "first words")
    ingest(any_store, account, "demo", [replace(original, text="better words", edited_at=at(2))])
    result = ingest(any_store, account, "demo", [original])
    assert message(any_store, "1").text == "better words"
    assert result.unchanged == 1


def test_a_deletion_marks_and_keeps_the_text(any_store: Store) -> None:
    account = make_account(any_store)
    original = msg("1", 0, "rude words")
    ingest(any_store, account, "demo", [original])
    ingest(any_store, account, "demo", [replace(original, text="", deleted=True)])
    row = message(any_store, "1")
    assert row.deleted
    assert row.text == "rude words"  # the moderator still sees what was said


def test_member_profile_comes_from_the_newest_item(any_store: Store) -> None:
    account = make_account(any_store)
    ingest(any_store, account, "demo", [msg("2", 10, author=MemberRef("u1", "@ani", "Ani N."))])
    ingest(any_store, account, "demo", [msg("1", 0, author=MemberRef("u1", "@ani", "old name"))])
    with any_store.read() as conn:
        members = conn.execute(select(MEMBERS.c.name, MEMBERS.c.profile_seen_at)).all()
    assert [tuple(m) for m in members] == [("Ani N.", at(10))]


def test_same_time_profile_versions_converge_whatever_the_order(any_store: Store) -> None:
    account = make_account(any_store)
    first, second = (msg(p, 0, author=MemberRef("u1", "@ani", n)) for p, n in
                     (("1", "Ani"), ("2", "Ana")))
    ingest(any_store, account, "demo", [first])
    ingest(any_store, account, "demo", [second])
    with any_store.read() as conn:
        assert conn.execute(select(MEMBERS.c.name)).scalar_one() == "Ani"


def test_a_renamed_member_is_found_by_the_new_name(store: Store) -> None:
    account = make_account(store)
    ingest(store, account, "demo", [msg("1", 0, "halo", author=MemberRef("u1", "@wl", "Ani"))])
    ingest(store, account, "demo", [msg("2", 5, "lagi", author=MemberRef("u1", "@wl", "Wulan"))])
    assert search(store, "Wulan") == ["1", "2"]
    assert search(store, "Ani") == []


def test_email_thread_id_groups_without_parents(any_store: Store) -> None:
    account = make_account(any_store)
    root = "<a1@mail.example>"
    items = [msg(f"<a{i}@mail.example>", i, thread_id=None if i == 1 else root,
                 subject="Re: Invoice" if i > 1 else "Invoice", kind="email") for i in (3, 2, 1)]
    ingest(any_store, account, "demo", items[:1])
    ingest(any_store, account, "demo", items[1:])
    conv = conversation(any_store, root)
    assert (conv.message_count, conv.subject) == (3, "Invoice")


def test_a_reply_chain_arriving_backwards_merges_into_one(any_store: Store) -> None:
    account = make_account(any_store)
    chain = [msg("1", 0, "root"), msg("2", 1, parent_id="1"), msg("3", 2, parent_id="2"),
             msg("4", 3, parent_id="3")]
    for item in reversed(chain):
        ingest(any_store, account, "demo", [item])
    with any_store.read() as conn:
        convs = conn.execute(select(CONVERSATIONS.c.thread_key, CONVERSATIONS.c.message_count,
                                    CONVERSATIONS.c.subject, CONVERSATIONS.c.created_at)).all()
    assert [tuple(c) for c in convs] == [("1", 4, "root", at(0))]


def test_the_same_batch_twice_changes_nothing(any_store: Store) -> None:
    account = make_account(any_store)
    batch = [msg("1", 0), reply("2", 1, "1"), msg("3", 2, parent_id="2")]
    first = ingest(any_store, account, "demo", batch)
    again = ingest(any_store, account, "demo", batch)
    assert (first.inserted, again.inserted, again.unchanged) == (3, 0, 3)
    assert conversation(any_store).message_count == 3


def search(store: Store, word: str) -> list[str]:
    with store.read() as conn:
        rows = conn.execute(text(
            "SELECT m.platform_id FROM message_search s JOIN messages m ON m.id = s.rowid"
            " WHERE message_search MATCH :q ORDER BY m.platform_id"), {"q": f'"{word}"'})
        return [row[0] for row in rows]


HOSTILE = [
    (dict(platform_id=""), "id is empty"),
    (dict(platform_id="   "), "id is empty"),
    (dict(text="x" * 2_000_000), "text is longer than 1000000 characters"),
    (dict(created_at=datetime(1800, 1, 1, tzinfo=UTC)), "created_at 1800-01-01"),
    (dict(created_at=datetime(3000, 1, 1, tzinfo=UTC)), "outside 1990-2200"),
    (dict(edited_at=datetime(3000, 1, 1, tzinfo=UTC)), "edited_at 3000-01-01"),
    (dict(author=MemberRef("")), "author id is empty"),
    (dict(direction="sideways"), "direction 'sideways' is not one of inbound, outbound, note"),
    (dict(text=None), "text must be text"),
]


@pytest.mark.parametrize(("change", "reason"), HOSTILE)
def test_validate_rejects_hostile_values_with_a_clear_reason(
    change: dict[str, Any], reason: str
) -> None:
    with pytest.raises(InvalidItem, match=re.escape(reason)):
        validate(replace(msg("1", 0), **change))


def test_a_bad_item_is_rejected_while_the_rest_of_the_batch_goes_in(any_store: Store) -> None:
    account = make_account(any_store)
    hostile = msg("2", 1, "nul\x00 and a lone \ud800 surrogate",
                  author=MemberRef("u9", "@x\x00", "Mal\udfffory"), parent_id="1")
    too_old = replace(msg("3", 3), created_at=datetime(1800, 1, 1))
    batch = [msg("1", 0), msg("", 2), hostile, too_old]
    good, reasons = [], []
    for item in batch:
        try:
            good.append(validate(item))
        except InvalidItem as exc:
            reasons.append(str(exc))
    assert reasons == ["id is empty", "created_at 1800-01-01T00:00:00+00:00 is outside 1990-2200"]
    ingest(any_store, account, "demo", good)
    assert message(any_store, "2").text == "nul\ufffd and a lone \ufffd surrogate"
    assert conversation(any_store).message_count == 2
    with any_store.read() as conn:
        assert conn.execute(select(MEMBERS.c.name).where(MEMBERS.c.remote_id == "u9")
                            ).scalar_one() == "Mal\ufffdory"


def test_validate_keeps_clean_text_and_makes_times_utc() -> None:
    naive = InboundItem(" 42 ", datetime(2026, 1, 2, 3, 4), "Selamat pagi 🌅 日本語", None,
                        parent_id="", thread_id="  ")
    clean = validate(naive)
    assert (clean.platform_id, clean.text) == ("42", "Selamat pagi 🌅 日本語")
    assert clean.created_at == datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    assert (clean.parent_id, clean.thread_id) == (None, None)
