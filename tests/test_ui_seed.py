"""A small community for the UI tests (seeded through app.ingest, not the demo), and the
read model the desktop's panes stand on (app.views)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app import views
from app.canned import CannedService
from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.models import Account
from app.secrets import Secrets
from app.store import Store
from app.timeutil import utcnow
from app.triage import Triage

HOSTILE = "<b>bold</b><img src=file:///etc/passwd>"
RTL_NAME = "Eve \u202egnp.exe"


@dataclass
class Seeded:
    store: Store
    account_id: int
    ids: dict[str, int]  # member remote id -> conversation id


def seed(store: Store) -> Seeded:
    with store.write_session() as session:
        account = Account(platform="demo", handle="@serambi", settings={"flavour": "mastodon"})
        session.add(account)
        session.flush()
        assert account.id is not None
        account_id = account.id
    now = utcnow()

    def said(pid: str, who: str, minutes_ago: int, text: str, **kw: object) -> InboundItem:
        name = RTL_NAME if who == "eve" else who.title()
        return InboundItem(pid, now - timedelta(minutes=minutes_ago), text,
                           MemberRef(who, f"@{who}@social.example", name,
                                     profile_url=f"https://social.example/@{who}"),
                           url=kw.pop("url", f"https://social.example/@{who}/{pid}"),  # type: ignore[arg-type]
                           **kw)  # type: ignore[arg-type]

    items = [
        said("a1", "ani", 50, "Halo! Is the community garden open on Sunday?"),
        said("b1", "budi", 40, "My order #1234 never arrived, can you help?"),
        said("c1", "citra", 300, "Thanks for the workshop yesterday, it was lovely."),
        said("e1", "eve", 20, HOSTILE, url="javascript:alert(1)"),
        said("d1", "dewi", 10, "The refund policy page gives a 404."),
    ]
    ingest(store, account_id, "demo", items)
    with store.read() as conn:
        rows = conn.execute(views.select(views.C.id, views.MB.c.remote_id).join(
            views.MB, views.MB.c.id == views.C.member_id)).all()
    ids = {remote: cid for cid, remote in rows}
    triage = Triage(store, "rina")
    triage.mark_done([ids["citra"]])
    triage.tag([ids["budi"]], "orders")
    CannedService(store).create("Order follow-up", "order",
                                "Hi {{member.name}}, I checked order {{order_number}} for you.")
    CannedService(store).create("Thanks", "thanks", "Thank you, {{member.name}}!")
    return Seeded(store, account_id, ids)


def test_inbox_lists_new_and_open_newest_first(seeded: Seeded) -> None:
    rows = views.page(seeded.store, views.View("inbox"), "rina")
    assert [r.member_name for r in rows] == ["Dewi", RTL_NAME, "Budi", "Ani"]
    assert rows[0].platform == "mastodon"
    assert rows[0].preview.startswith("The refund policy")


def test_waiting_longest_puts_the_oldest_wait_first(seeded: Seeded) -> None:
    rows = views.page(seeded.store, views.View("inbox"), "rina", order="waiting")
    assert rows[0].member_name == "Ani"


def test_counts_cover_every_sidebar_view(seeded: Seeded) -> None:
    Triage(seeded.store, "rina").assign([seeded.ids["ani"]], "rina")
    counts = views.counts(seeded.store, "rina")
    assert counts.fixed["inbox"] == 4
    assert counts.fixed["done"] == 1
    assert counts.fixed["mine"] == 1
    assert counts.fixed["unassigned"] == 3
    assert counts.platforms == {"mastodon": 4}
    assert counts.tags == {"orders": 1}
    tagged = views.page(seeded.store, views.View("tag", "orders"), "rina")
    assert [r.member_name for r in tagged] == ["Budi"]


def test_thread_has_messages_member_and_other_conversations(seeded: Seeded) -> None:
    detail = views.thread(seeded.store, seeded.ids["eve"])
    assert detail.messages[0].text == HOSTILE
    assert detail.member is not None and detail.member.name == RTL_NAME
    assert detail.row.tags == ()


def test_search_view_pages_conversations(seeded: Seeded) -> None:
    rows = views.page(seeded.store, views.View("search", "refund"), "rina")
    assert [r.member_name for r in rows] == ["Dewi"]


@dataclass
class FakeWorkspace:
    """What `ui.app.run` needs of a workspace."""

    store: Store
    secrets: Secrets
    agent: str = "rina"
