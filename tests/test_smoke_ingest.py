from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.models import Direction
from app.store import Store
from tests.conftest import make_account

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def test_reply_arriving_before_its_parent_joins_one_conversation(any_store: Store) -> None:
    account = make_account(any_store)
    child = InboundItem("3", T0 + timedelta(minutes=5), "and me?", MemberRef("u2", "@bo", "Bo"),
                        parent_id="2")
    ingest(any_store, account, "demo", [child])
    root = InboundItem("1", T0, "Halo, café?", MemberRef("u1", "@ani", "Ani"))
    middle = InboundItem("2", T0 + timedelta(minutes=2), "we answer", MemberRef("b", "@brand"),
                         parent_id="1", direction=Direction.OUTBOUND)
    ingest(any_store, account, "demo", [root, middle])
    with any_store.read() as conn:
        convs = conn.execute(
            text("select id, message_count, waiting_since from conversations")).all()
    assert len(convs) == 1
    assert convs[0].message_count == 3
