"""Canned responses: placeholders, the service, shared files, and folder sync."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.canned import (
    CannedService,
    InvalidCanned,
    MissingPlaceholder,
    TemplateError,
    context_for,
    export_dir,
    import_dir,
    load_starter_pack,
    placeholders,
    render,
    resolve_conflict,
    sync_dir,
)
from app.models import Account, Conversation, Member
from app.store import Store, open_store

T0 = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture
def service(any_store: Store) -> CannedService:
    return CannedService(any_store)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[CannedService]:
    """A second, fresh inbox (a teammate's laptop)."""
    second = open_store(f"sqlite:///{tmp_path / 'teammate.sqlite3'}")
    yield CannedService(second)
    second.dispose()


def test_render_fills_every_placeholder_and_spaces_are_fine() -> None:
    body = "Hi {{ member.name }}, {{agent.name}} here from {{platform}}."
    values = {"member.name": "Ani", "agent.name": "Budi", "platform": "Mastodon"}
    assert render(body, values) == "Hi Ani, Budi here from Mastodon."


def test_missing_or_empty_values_are_named_never_blank() -> None:
    body = "Hi {{member.name}}, about {{conversation.subject}} on {{platform}}"
    with pytest.raises(MissingPlaceholder) as caught:
        render(body, {"platform": "Bluesky", "member.name": "  "})
    assert caught.value.names == ["member.name", "conversation.subject"]
    assert "{{member.name}}" in str(caught.value)
    assert "{{conversation.subject}}" in str(caught.value)


def test_placeholders_in_order_once_and_values_are_not_reinterpreted() -> None:
    body = "{{order_number}} {{member.name}} {{ order_number }}"
    assert placeholders(body) == ["order_number", "member.name"]
    hostile = {"order_number": "{{agent.name}}", "member.name": "x"}
    assert render(body, hostile) == "{{agent.name}} x {{agent.name}}"


@pytest.mark.parametrize("body", ["Hi {{ member.name | upper }}", "Hi {{member.name",
                                  "{{__class__}}", "{{ }}", "{{a.__init__.b}}"])
def test_anything_but_a_plain_name_is_a_template_error(body: str) -> None:
    with pytest.raises(TemplateError):
        placeholders(body)


def test_find_with_or_without_semicolon_and_language_fallback(service: CannedService) -> None:
    en = service.create("Thanks", ";Thanks", "Thanks {{member.name}}!")
    bahasa = service.create("Terima kasih", "thanks", "Terima kasih {{member.name}}!", "id")
    only_id = service.create("Salam", "salam", "Halo!", "id")
    assert service.find(";thanks") == en
    assert service.find("thanks", "id") == bahasa
    assert service.find(";THANKS", "fr") == en
    assert service.find("thanks", "not a language!") == en
    assert service.find("salam", "en") == only_id
    assert service.find("nothing") is None
    assert [c.language for c in service.variants(";thanks")] == ["en", "id"]


def test_create_validates_what_a_manager_typed(service: CannedService) -> None:
    service.create("Thanks", "thanks", "Thanks!", folder="Greetings/Warm")
    with pytest.raises(InvalidCanned, match="already used"):
        service.create("Thanks again", "thanks", "Thank you!")
    for bad in [dict(shortcut="two words"), dict(body="  "), dict(body="Hi {{member.nmae}}"),
                dict(folder="../../etc"), dict(shortcut="x" * 41)]:
        with pytest.raises(InvalidCanned):
            service.create(**{"title": "T", "shortcut": "ok", "body": "Hi", **bad})
    assert service.folders() == ["Greetings", "Greetings/Warm"]
    assert [c.title for c in service.list()] == ["Thanks"]


def test_update_and_delete(service: CannedService) -> None:
    canned = service.create("Refund", "refund", "Refunds take 5 days.")
    changed = service.update(canned.id, body="Refunds take {{days}} days.", folder="Policies")
    assert changed.updated_at >= canned.updated_at
    assert service.get(canned.id) == changed
    assert service.list(folder="Policies") == [changed]
    service.delete(canned.id)
    assert service.get(canned.id) is None


def test_fuzzy_search_ranks_the_obvious_one_first(service: CannedService) -> None:
    load_starter_pack(service)
    assert service.search("refund")[0].shortcut == "refund"
    assert service.search(";order")[0].shortcut == "order-dm"
    assert service.search("looking into")[0].shortcut == "looking"
    assert service.search("guidlines")[0].shortcut == "warn"  # a typo still finds it
    assert service.search("zzzz qqq") == []
    assert len(service.search("", limit=50)) == 12  # the picker opens on everything


def test_context_for_a_conversation_fills_what_the_data_has(store: Store) -> None:
    with store.write_session() as session:
        account = Account(platform="demo", handle="@brand", settings={"flavour": "mastodon"})
        session.add(account)
        session.flush()
        assert account.id is not None
        member = Member(account_id=account.id, platform="demo", remote_id="1",
                        handle="@ani@example.social", name="Ani")
        session.add(member)
        session.flush()
        with_member = Conversation(account_id=account.id, thread_key="t1", member_id=member.id,
                                   subject="Late order", created_at=T0, last_message_at=T0)
        anonymous = Conversation(account_id=account.id, thread_key="t2", created_at=T0,
                                 last_message_at=T0)
        session.add_all([with_member, anonymous])
        session.flush()
        ids = with_member.id, anonymous.id
    assert ids[0] is not None and ids[1] is not None
    values = context_for(store, ids[0], "Budi")
    assert render("{{member.name}} {{member.handle}} {{platform}} {{agent.name}} "
                  "{{conversation.subject}}", values) == (
        "Ani @ani@example.social Mastodon Budi Late order")
    with pytest.raises(MissingPlaceholder) as caught:
        render("Hi {{member.name}} of {{member.handle}}", context_for(store, ids[1], "Budi"))
    assert caught.value.names == ["member.name", "member.handle"]


def test_export_then_import_into_a_fresh_inbox_is_identical(
        service: CannedService, other: CannedService, tmp_path: Path) -> None:
    service.create("Odd: title \\ with # marks", "odd", "Line one\n\n---\nkey: not front matter",
                   folder="Tim Dukungan/Ulasan")
    load_starter_pack(service)
    shared = tmp_path / "shared"
    assert export_dir(service, shared) == 13
    report = import_dir(other, shared)
    assert len(report.created) == 13 and not report.rejected
    assert other.list() == service.list()
    again = import_dir(other, shared)
    assert len(again.unchanged) == 13 and not again.created and not again.updated


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


GOOD = "---\nid: hi-1\ntitle: Hi\nshortcut: hi\nlanguage: en\n---\nHi {{member.name}}\n"


def test_bad_files_are_rejected_by_name_while_the_rest_imports(
        store: Store, tmp_path: Path) -> None:
    service = CannedService(store)
    shared = tmp_path / "shared"
    write(shared / "hi.en.md", GOOD)
    write(shared / "broken.en.md", "no front matter here")
    write(shared / "escape.en.md", GOOD.replace("hi-1", "esc").replace(
        "language: en", "language: en\nfolder: ../../outside"))
    write(shared / "huge.en.md", GOOD.replace("hi-1", "big") + "x" * 70_000)
    write(shared / "typo.en.md", GOOD.replace("hi-1", "t").replace("member.name", "member.nam"))
    write(tmp_path / "secret.md", GOOD.replace("hi-1", "secret").replace("shortcut: hi",
                                                                           "shortcut: s"))
    os.symlink(tmp_path / "secret.md", shared / "link.en.md")
    report = import_dir(service, shared)
    assert [c.shortcut for c in service.list()] == ["hi"]
    reasons = dict(report.rejected)
    assert set(reasons) == {"broken.en.md", "escape.en.md", "huge.en.md", "typo.en.md",
                            "link.en.md"}
    assert "symbolic link" in reasons["link.en.md"]
    assert "64 KiB" in reasons["huge.en.md"]


def test_a_shortcut_taken_by_another_response_is_rejected_not_overwritten(
        service: CannedService, tmp_path: Path) -> None:
    mine = service.create("My hi", "hi", "Hello there")
    write(tmp_path / "hi.en.md", GOOD)
    report = import_dir(service, tmp_path)
    assert report.rejected[0][0] == "hi.en.md" and "already used" in report.rejected[0][1]
    assert service.list() == [mine]


def test_starter_pack_has_english_and_bahasa_for_each_response(
        store: Store) -> None:
    service = CannedService(store)
    assert len(load_starter_pack(service).created) == 12
    shortcuts = {c.shortcut for c in service.list()}
    assert shortcuts == {"hello", "thanks", "looking", "order-dm", "refund", "warn"}
    for shortcut in shortcuts:
        assert [c.language for c in service.variants(shortcut)] == ["en", "id"]
    assert load_starter_pack(service).unchanged and not load_starter_pack(service).created


def edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_sync_carries_a_change_each_way(service: CannedService, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    thanks = service.create("Thanks", "thanks", "Thanks!", folder="Greetings")
    refund = service.create("Refund", "refund", "Refunds take 5 days.")
    first = sync_dir(service, shared)
    assert sorted(first.exported) == sorted([thanks.id, refund.id])
    assert sorted(sync_dir(service, shared).unchanged) == sorted([thanks.id, refund.id])
    edit(shared / "Greetings" / "thanks.en.md", "Thanks!", "Thanks a lot!")  # `updated` kept
    service.update(refund.id, body="Refunds take 3 days.", shortcut="refunds")
    report = sync_dir(service, shared)
    assert report.imported == [thanks.id] and report.exported == [refund.id]
    assert service.find("thanks").body == "Thanks a lot!"  # type: ignore[union-attr]
    assert "Refunds take 3 days." in (shared / "refunds.en.md").read_text(encoding="utf-8")
    assert not (shared / "refund.en.md").exists()


def test_changed_on_both_sides_is_a_conflict_that_changes_nothing(
        service: CannedService, tmp_path: Path) -> None:
    canned = service.create("Thanks", "thanks", "Thanks!")
    sync_dir(service, tmp_path)
    edit(tmp_path / "thanks.en.md", "Thanks!", "Thanks from the folder")
    service.update(canned.id, body="Thanks from here")
    report = sync_dir(service, tmp_path)
    assert [c.id for c in report.conflicts] == [canned.id]
    conflict = report.conflicts[0]
    assert conflict.file == "thanks.en.md" and conflict.local_updated_at is not None
    assert conflict.incoming is not None and conflict.incoming.body == "Thanks from the folder"
    assert service.get(canned.id).body == "Thanks from here"  # type: ignore[union-attr]
    assert "Thanks from the folder" in (tmp_path / "thanks.en.md").read_text(encoding="utf-8")
    assert sync_dir(service, tmp_path).conflicts  # still a conflict until settled
    resolve_conflict(service, tmp_path, canned.id, keep="here")
    assert "Thanks from here" in (tmp_path / "thanks.en.md").read_text(encoding="utf-8")
    assert sync_dir(service, tmp_path).unchanged == [canned.id]


def test_deletions_follow_unchanged_responses_and_conflict_with_changed_ones(
        service: CannedService, tmp_path: Path) -> None:
    gone_there = service.create("A", "a", "A")
    gone_here = service.create("B", "b", "B")
    edited_here = service.create("C", "c", "C")
    sync_dir(service, tmp_path)
    (tmp_path / "a.en.md").unlink()
    service.delete(gone_here.id)
    (tmp_path / "c.en.md").unlink()
    service.update(edited_here.id, body="C, edited")
    report = sync_dir(service, tmp_path)
    assert {(d.title, d.where) for d in report.deleted} == {("A", "here"), ("B", "folder")}
    assert service.get(gone_there.id) is None and not (tmp_path / "b.en.md").exists()
    assert [(c.title, c.file_updated_at) for c in report.conflicts] == [("C", None)]
    assert service.get(edited_here.id) is not None


def test_a_file_broken_by_a_teammate_does_not_delete_the_response(
        service: CannedService, tmp_path: Path) -> None:
    canned = service.create("Thanks", "thanks", "Thanks!")
    sync_dir(service, tmp_path)
    edit(tmp_path / "thanks.en.md", "title: Thanks\n", "title Thanks\n")
    report = sync_dir(service, tmp_path)
    assert report.rejected[0][0] == "thanks.en.md"
    assert service.get(canned.id) is not None and not report.deleted


def test_two_inboxes_share_one_folder(store: Store, other: CannedService, tmp_path: Path) -> None:
    mine = CannedService(store)
    canned = mine.create("Thanks", "thanks", "Thanks!")
    sync_dir(mine, tmp_path)
    assert sync_dir(other, tmp_path).imported == [canned.id]
    other.update(canned.id, body="Thanks, from a teammate")
    assert sync_dir(other, tmp_path).exported == [canned.id]
    assert sync_dir(mine, tmp_path).imported == [canned.id]
    assert mine.get(canned.id) == other.get(canned.id)
