"""Full-history search: what a manager finds when they type into the search box."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.models import Account, Conversation, ConversationTag, Direction, Tag
from app.search import SearchSyntaxError, SearchUnavailable, parse, search, search_conversations
from app.store import Store
from tests.conftest import make_account

T0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
ANI = MemberRef("u1", "@ani", "Ani Sari")
BO = MemberRef("u2", "@bo", "Bo Lestari")


def item(pid: str, minutes: int, text: str, author: MemberRef | None = ANI,
         **extra: object) -> InboundItem:
    return InboundItem(pid, T0 + timedelta(minutes=minutes), text, author, **extra)  # type: ignore[arg-type]


def texts(store: Store, query: str, **kwargs: object) -> list[str]:
    return [hit.snippet for hit in search(store, query, **kwargs)]  # type: ignore[arg-type]


@pytest.fixture
def inbox(store: Store) -> Store:
    """Two accounts: a Mastodon one and a demo community imitating Bluesky."""
    masto = make_account(store, "mastodon", "@brand")
    demo = make_account(store, "demo", "@demo")
    with store.write() as conn:
        conn.execute(update(Account.__table__).where(Account.__table__.c.id == demo)
                     .values(settings={"flavour": "bluesky"}))
    ingest(store, masto, "mastodon", [
        item("m1", 0, "Apakah café buka hari ini?"),
        item("m2", 5, "Ya, cafe kami buka jam 9", MemberRef("b", "@brand", "Brand"),
             parent_id="m1", direction=Direction.OUTBOUND),
        item("m3", 10, "Refund please, the order never arrived", BO, subject="Order 1234"),
        item("m4", 20, "Terima kasih banyak!", BO, parent_id="m3"),
    ])
    ingest(store, demo, "demo", [
        item("d1", 30, "Is the CAFE open on Sunday?", BO),
        item("d2", 40, "Refunded yesterday, thanks", ANI),
    ])
    return store


def test_diacritics_are_folded_both_ways(inbox: Store) -> None:
    assert len(search(inbox, "cafe")) == 3
    assert texts(inbox, "Café")[-1] == "Apakah [café] buka hari ini?"
    assert len(search(inbox, "CAFÉ")) == 3


def test_newest_first_is_the_default_and_carries_what_the_list_shows(inbox: Store) -> None:
    hits = search(inbox, "cafe")
    assert [h.created_at for h in hits] == sorted((h.created_at for h in hits), reverse=True)
    top = hits[0]
    assert (top.platform, top.author_name, top.author_handle) == ("bluesky", "Bo Lestari", "@bo")
    assert top.created_at == T0 + timedelta(minutes=30)
    assert top.status == "new" and top.direction == "inbound"
    assert hits[1].direction == "outbound" and hits[1].platform == "mastodon"


def test_paging_walks_on_without_repeating(inbox: Store) -> None:
    first = search(inbox, "cafe", limit=2)
    rest = search(inbox, "cafe", limit=2, offset=2)
    assert len(first) == 2 and len(rest) == 1
    assert {h.message_id for h in first}.isdisjoint(h.message_id for h in rest)


def test_phrase_needs_the_words_together(inbox: Store) -> None:
    assert texts(inbox, '"buka hari"') == ["Apakah café [buka hari] ini?"]
    assert texts(inbox, '"hari buka"') == []


def test_prefix_finds_longer_words(inbox: Store) -> None:
    assert len(search(inbox, "refund*")) == 2
    assert len(search(inbox, "refund")) == 1


def test_words_are_and_ed_or_or_ed_or_excluded(inbox: Store) -> None:
    assert texts(inbox, "cafe buka") == ["Ya, [cafe] kami [buka] jam 9",
                                         "Apakah [café] [buka] hari ini?"]
    assert len(search(inbox, "terima OR sunday")) == 2
    assert len(search(inbox, "cafe -buka")) == 1


def test_subject_matches_show_the_subject_snippet(inbox: Store) -> None:
    assert texts(inbox, "1234") == ["Order [1234]"]


def test_rank_order_puts_the_best_match_first(inbox: Store) -> None:
    account = make_account(inbox, "email", "@mail")
    ingest(inbox, account, "email", [
        item("e1", 50, "refund refund refund refund", BO),
        item("e2", 60, "one refund mentioned among many many other words here today", BO)])
    assert search(inbox, "refund", order="rank")[0].snippet.count("[refund]") == 4
    assert search(inbox, "refund")[0].created_at == T0 + timedelta(minutes=60)


def test_from_matches_name_or_handle(inbox: Store) -> None:
    assert len(search(inbox, "from:ani")) == 2
    assert len(search(inbox, "from:Lestari")) == 3
    assert len(search(inbox, "from:Lest*")) == 3
    assert texts(inbox, "cafe from:@bo") == ["Is the [CAFE] open on Sunday?"]


def test_platform_matches_the_account_or_the_demo_flavour(inbox: Store) -> None:
    assert {h.platform for h in search(inbox, "cafe platform:mastodon")} == {"mastodon"}
    assert len(search(inbox, "platform:bluesky")) == 2
    assert len(search(inbox, "platform:demo")) == 2
    assert search(inbox, "cafe platform:github") == []


def _conversation_of(store: Store, query: str) -> int:
    return search(store, query)[0].conversation_id


def test_tag_status_and_unread_filter_conversations(inbox: Store) -> None:
    refund = _conversation_of(inbox, "never arrived")
    convs = Conversation.__table__
    with inbox.write() as conn:
        tag_id = conn.execute(Tag.__table__.insert().values(name="Refund", color="")
                              ).inserted_primary_key[0]
        conn.execute(ConversationTag.__table__.insert().values(conversation_id=refund,
                                                                tag_id=tag_id))
        conn.execute(update(convs).where(convs.c.id == refund)
                     .values(status="pending", unread=False))
    assert {h.conversation_id for h in search(inbox, "tag:refund")} == {refund}
    assert len(search(inbox, "tag:refund")) == 2
    assert search(inbox, "tag:nothing") == []
    assert [h.status for h in search(inbox, "status:pending")] == ["pending", "pending"]
    assert refund not in {h.conversation_id for h in search(inbox, "is:unread")}
    assert len(search(inbox, "is:read terima")) == 1


def test_before_and_after_bound_the_time(inbox: Store) -> None:
    assert len(search(inbox, "cafe after:2026-10-01T09:30")) == 1
    assert len(search(inbox, "cafe before:2026-10-01T09:30")) == 2
    assert search(inbox, "cafe after:2026-10-02") == []
    assert len(search(inbox, "after:2026-10-01 before:2026-10-02")) == 6


def test_filters_alone_list_messages_newest_first(inbox: Store) -> None:
    hits = search(inbox, "platform:mastodon status:new")
    assert hits[0].snippet == "Terima kasih banyak!"
    assert len(hits) == 4


def test_search_conversations_lists_each_conversation_once(inbox: Store) -> None:
    conversations = search_conversations(inbox, "cafe")
    assert len(conversations) == 2
    assert conversations[0] == _conversation_of(inbox, "sunday")
    assert search_conversations(inbox, "cafe", limit=1, offset=1) == conversations[1:]


@pytest.mark.parametrize(("query", "reason"), [
    ('"', "quote is not closed"), ('cafe "open', "quote is not closed"),
    ("foo:bar", 'Unknown filter "foo:"'), ("text:cafe", "put it in quotes"),
    ("status:closed", "one of new, open, pending, snoozed, done"),
    ("before:yesterdayish", "is not a date"), ("is:starred", "is:unread or is:read"),
    ("-cafe", "cannot only exclude"), ("OR cafe", "OR needs a word"),
    ("cafe OR", "OR needs a word"), ("from:", "needs a value"),
    ("-from:ani cafe", "only words can be excluded"), ("ca*", "at least 3 letters"),
    ('"buka h"*', "at least 3 letters"),
])
def test_bad_queries_say_what_is_wrong(inbox: Store, query: str, reason: str) -> None:
    with pytest.raises(SearchSyntaxError, match=reason):
        search(inbox, query)


@pytest.mark.parametrize("query", [
    '"cafe""', "cafe*)", "NEAR(cafe buka)", "cafe AND", "'; DROP TABLE messages; --",
    "cafe) OR (1=1", "{text subject}", "^cafe", '"" cafe', "* cafe", "cafe NOT buka",
    "author : ani", "cafe\x00", "rowid", "MATCH",
])
def test_fts_and_sql_syntax_is_searched_as_text(inbox: Store, query: str) -> None:
    try:
        hits = search(inbox, query)
    except SearchSyntaxError:
        return
    for hit in hits:
        assert "[" in hit.snippet
    assert len(search(inbox, "cafe")) == 3  # the archive is untouched


def test_near_and_not_are_plain_words(inbox: Store) -> None:
    assert search(inbox, "NEAR(cafe buka)") == []
    assert len(search(inbox, "cafe NOT buka")) == 0
    assert texts(inbox, "^Apakah") == ["[Apakah] café buka hari ini?"]


def test_an_edit_replaces_the_old_words(store: Store, account_id: int) -> None:
    ingest(store, account_id, "demo", [item("x", 0, "the parcel is lost")])
    ingest(store, account_id, "demo", [item("x", 0, "the parcel has arrived",
                                            edited_at=T0 + timedelta(hours=1))])
    assert search(store, "lost") == []
    assert texts(store, "arrived") == ["the parcel has [arrived]"]


def test_a_renamed_member_is_found_by_the_new_name(store: Store, account_id: int) -> None:
    ingest(store, account_id, "demo", [item("x", 0, "hello")])
    ingest(store, account_id, "demo", [item("y", 60, "again", MemberRef("u1", "@ani", "Ani W"))])
    assert len(search(store, "from:W")) == 2
    assert search(store, "from:Sari") == []
    assert {h.author_name for h in search(store, "hello")} == {"Ani W"}


def test_parse_builds_quoted_fts_strings() -> None:
    query = parse('ka"fe" "buka hari"* -tutup from:ani')
    assert query.match_expression() == (
        '("ka""fe""" AND "buka hari" * AND author : ("ani")) NOT "tutup"')


def test_relative_ages_count_back_from_now() -> None:
    now = datetime(2026, 11, 23, tzinfo=UTC)
    assert parse("after:3d", now=now).filters.after == now - timedelta(days=3)


def test_text_search_on_a_team_inbox_says_it_is_not_there_yet(pg_store: Store) -> None:
    account = make_account(pg_store, "mastodon")
    ingest(pg_store, account, "mastodon", [item("m1", 0, "cafe")])
    with pytest.raises(SearchUnavailable):
        search(pg_store, "cafe")
    assert [h.snippet for h in search(pg_store, "platform:mastodon status:new")] == ["cafe"]


_PIECES = st.sampled_from(["cafe", "OR", "AND", "NOT", "NEAR(", '"', "*", "-", ":", "from:",
                           "text:", "(", ")", "^", "{", "}", "é", "\x00", "'", ";", "+", " "])


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_any_typing_gives_hits_or_a_syntax_error_never_a_crash(inbox: Store, query: str) -> None:
    try:
        hits = search(inbox, query)
    except SearchSyntaxError as error:
        assert str(error)
        return
    assert len(hits) <= 6
