"""The member ledger: VIP, notes, tags and linking one person across platforms, each with
an event, as the reading pane shows them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app import members, views
from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.models import Account, Conversation, Event
from app.store import Store
from app.timeutil import utcnow
from app.triage import TriageError

EVENTS = Event.__table__  # type: ignore[attr-defined]
CONVERSATIONS = Conversation.__table__  # type: ignore[attr-defined]


def _account(store: Store, flavour: str) -> int:
    with store.write_session() as session:
        account = Account(platform="demo", handle=f"@{flavour}", settings={"flavour": flavour})
        session.add(account)
        session.flush()
        assert account.id is not None
        return account.id


@pytest.fixture
def two(store: Store) -> dict[str, int]:
    """Ani on Mastodon and on Matrix: two member rows, two conversations."""
    ids: dict[str, int] = {}
    for flavour, handle in (("mastodon", "@ani@social.example"), ("matrix", "@ani:matrix.x")):
        account = _account(store, flavour)
        ingest(store, account, "demo", [InboundItem(
            f"{flavour}-1", utcnow(), f"hello from {flavour}",
            MemberRef(f"ani-{flavour}", handle, "Ani"))])
    with store.read() as conn:
        for mid, handle, cid in conn.execute(select(views.MB.c.id, views.MB.c.handle, views.C.id)
                                             .join(CONVERSATIONS,
                                                   views.C.member_id == views.MB.c.id)):
            key = "mastodon" if "social" in handle else "matrix"
            ids[key], ids[f"{key}_conversation"] = mid, cid
    return ids


def _events(store: Store) -> list[tuple[str, object]]:
    with store.read() as conn:
        return [(r.action, r.conversation_id) for r in conn.execute(
            select(EVENTS.c.action, EVENTS.c.conversation_id).order_by(EVENTS.c.id))]


def test_vip_notes_and_tags_show_in_the_thread_and_write_events(store: Store,
                                                                two: dict[str, int]) -> None:
    members.set_vip(store, two["mastodon"], True, "rina")
    members.set_notes(store, two["mastodon"], "  Runs the Sunday garden club.  ", "rina")
    members.tag_member(store, two["mastodon"], "#Volunteer", "rina")
    shown = views.thread(store, two["mastodon_conversation"]).member
    assert shown is not None
    assert shown.vip and shown.notes == "Runs the Sunday garden club."
    assert shown.tags == ("volunteer",)
    members.untag_member(store, two["mastodon"], "volunteer", "rina")
    assert members.member_tags(store, two["mastodon"]) == []
    assert [a for a, _ in _events(store)] == ["member_vip", "member_notes", "member_tagged",
                                               "member_untagged"]
    assert {c for _, c in _events(store)} == {None}
    with pytest.raises(TriageError):
        members.tag_member(store, two["mastodon"], "two words", "rina")
    with pytest.raises(members.MemberNotFound):
        members.set_vip(store, 99999, True, "rina")


def test_linking_makes_one_person_across_platforms_and_unlinking_undoes_it(
        store: Store, two: dict[str, int]) -> None:
    members.set_notes(store, two["matrix"], "Prefers Bahasa Indonesia.", "rina")
    person = members.link(store, [two["mastodon"], two["matrix"]], "Ani Lestari", "rina")
    shown = views.thread(store, two["mastodon_conversation"]).member
    assert shown is not None and shown.person_id == person
    assert shown.person_name == "Ani Lestari"
    assert [(i.platform, i.handle) for i in shown.identities] == [("matrix", "@ani:matrix.x")]
    assert [o.id for o in shown.others] == [two["matrix_conversation"]]  # across platforms
    assert shown.notes == "Prefers Bahasa Indonesia."  # merged from the other identity
    members.set_vip(store, two["mastodon"], True, "rina")  # the person's, so both show it
    other = views.thread(store, two["matrix_conversation"]).member
    assert other is not None and other.vip
    hits = members.find_members(store, "ANI", exclude=two["mastodon"])
    assert [h.id for h in hits] == [two["matrix"]] and hits[0].platform == "matrix"
    members.unlink(store, two["matrix"], "rina")
    alone = views.thread(store, two["mastodon_conversation"]).member
    assert alone is not None and alone.person_id is None and alone.identities == ()
    assert alone.others == () and alone.vip  # what it had stays
    assert "members_linked" in [a for a, _ in _events(store)]
    assert "member_unlinked" in [a for a, _ in _events(store)]
    with pytest.raises(TriageError):
        members.link(store, [two["matrix"]], "", "rina")
