"""The member ledger: VIP flag, notes and tags on a member, and linking the identities one
person has on several platforms. Every change writes an event (with no conversation).

A linked member's VIP flag and notes belong to the person: an edit is written to the person
and to each of its identities, so unlinking later leaves every identity with what it had.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, func, or_, select, update

from app.errors import MemberNotFound
from app.models import Account, Member, MemberTag, Person, Tag
from app.search.scope import account_platform
from app.store import Store, dialect
from app.triage import TriageError, log_event

MEMBERS: Table = Member.__table__  # type: ignore[attr-defined]
PEOPLE: Table = Person.__table__  # type: ignore[attr-defined]
TAGS: Table = Tag.__table__  # type: ignore[attr-defined]
MEMBER_TAGS: Table = MemberTag.__table__  # type: ignore[attr-defined]
ACCOUNTS: Table = Account.__table__  # type: ignore[attr-defined]
MAX_NOTES = 20_000
_NO_CONVERSATION: list[Any] = [None]  # a ledger event belongs to no conversation




@dataclass(frozen=True, slots=True)
class MemberHit:
    """A member found by name, to pick when linking identities."""

    id: int
    name: str
    handle: str
    platform: str
    person_id: int | None


def _person_of(conn: Connection, member_id: int) -> int | None:
    row = conn.execute(select(MEMBERS.c.id, MEMBERS.c.person_id)
                       .where(MEMBERS.c.id == member_id)).first()
    if row is None:
        raise MemberNotFound(member_id)
    return row.person_id  # type: ignore[no-any-return]


def _set_shared(store: Store, member_id: int, agent: str, action: str,
                **values: Any) -> None:
    with store.write() as conn:
        person = _person_of(conn, member_id)
        if person is not None:
            conn.execute(update(PEOPLE).where(PEOPLE.c.id == person).values(**values))
            where = MEMBERS.c.person_id == person
        else:
            where = MEMBERS.c.id == member_id
        conn.execute(update(MEMBERS).where(where).values(**values))
        log_event(conn, agent, action, _NO_CONVERSATION, member_id=member_id,
                  person_id=person, **values)


def set_vip(store: Store, member_id: int, vip: bool, agent: str) -> None:
    _set_shared(store, member_id, agent, "member_vip", vip=bool(vip))


def set_notes(store: Store, member_id: int, notes: str, agent: str) -> None:
    if len(notes) > MAX_NOTES:
        raise TriageError(f"notes are limited to {MAX_NOTES} characters")
    _set_shared(store, member_id, agent, "member_notes", notes=notes.strip())


def _tag_name(name: str) -> str:
    cleaned = name.strip().lstrip("#").strip().lower()
    if not cleaned or len(cleaned) > 60 or any(ch.isspace() for ch in cleaned):
        raise TriageError(f"{name!r} is not a tag name: use one word of up to 60 characters")
    return cleaned


def tag_member(store: Store, member_id: int, name: str, agent: str) -> None:
    name = _tag_name(name)
    with store.write() as conn:
        _person_of(conn, member_id)
        conn.execute(dialect.insert_ignore(conn, TAGS, "name"), [{"name": name, "color": ""}])
        tag_id = conn.execute(select(TAGS.c.id).where(TAGS.c.name == name)).scalar_one()
        conn.execute(dialect.insert_ignore(conn, MEMBER_TAGS, "member_id", "tag_id"),
                     [{"member_id": member_id, "tag_id": tag_id}])
        log_event(conn, agent, "member_tagged", _NO_CONVERSATION, member_id=member_id,
                  tag=name)


def untag_member(store: Store, member_id: int, name: str, agent: str) -> None:
    name = _tag_name(name)
    with store.write() as conn:
        _person_of(conn, member_id)
        tag_id = conn.execute(select(TAGS.c.id).where(TAGS.c.name == name)).scalar()
        if tag_id is not None:
            conn.execute(delete(MEMBER_TAGS).where(MEMBER_TAGS.c.member_id == member_id,
                                                   MEMBER_TAGS.c.tag_id == tag_id))
        log_event(conn, agent, "member_untagged", _NO_CONVERSATION, member_id=member_id,
                  tag=name)


def member_tags(store: Store, member_id: int) -> list[str]:
    stmt = (select(TAGS.c.name).join(MEMBER_TAGS, MEMBER_TAGS.c.tag_id == TAGS.c.id)
            .where(MEMBER_TAGS.c.member_id == member_id).order_by(TAGS.c.name))
    with store.read() as conn:
        return list(conn.execute(stmt).scalars())


def link(store: Store, member_ids: Sequence[int], display_name: str = "",
         agent: str = "") -> int:
    """Make these members one person (joining any person they already belong to); their VIP
    flags and notes are merged onto it. Returns the person's id."""
    wanted = sorted(set(member_ids))
    if len(wanted) < 2:
        raise TriageError("choose at least two members to link")
    with store.write() as conn:
        rows = conn.execute(select(MEMBERS).where(MEMBERS.c.id.in_(wanted))).all()
        missing = set(wanted) - {r.id for r in rows}
        if missing:
            raise MemberNotFound(min(missing))
        people = sorted({r.person_id for r in rows if r.person_id is not None})
        everyone = list(conn.execute(select(MEMBERS).where(or_(
            MEMBERS.c.id.in_(wanted), MEMBERS.c.person_id.in_(people)))).all())
        notes = list(dict.fromkeys(r.notes.strip() for r in everyone if r.notes.strip()))
        vip = any(r.vip for r in everyone)
        name = display_name.strip() or next((r.name for r in rows if r.name), rows[0].handle)
        values = {"display_name": name, "notes": "\n\n".join(notes), "vip": vip}
        if people:
            person = people[0]
            conn.execute(update(PEOPLE).where(PEOPLE.c.id == person).values(**values))
        else:
            person = int(conn.execute(PEOPLE.insert().values(**values))
                         .inserted_primary_key[0])  # type: ignore[index]
        conn.execute(update(MEMBERS).where(MEMBERS.c.id.in_([r.id for r in everyone]))
                     .values(person_id=person, notes=values["notes"], vip=vip))
        if people[1:]:  # the people merged into this one are no one now
            conn.execute(delete(PEOPLE).where(PEOPLE.c.id.in_(people[1:])))
        log_event(conn, agent, "members_linked", _NO_CONVERSATION, person_id=person,
                  member_ids=[r.id for r in everyone])
    return int(person)


def unlink(store: Store, member_id: int, agent: str = "") -> None:
    """Take this identity out of its person; a person left with one identity is dissolved."""
    with store.write() as conn:
        person = _person_of(conn, member_id)
        if person is None:
            return
        conn.execute(update(MEMBERS).where(MEMBERS.c.id == member_id).values(person_id=None))
        left = conn.execute(select(func.count()).where(MEMBERS.c.person_id == person)).scalar()
        if (left or 0) <= 1:
            conn.execute(update(MEMBERS).where(MEMBERS.c.person_id == person)
                         .values(person_id=None))
            conn.execute(delete(PEOPLE).where(PEOPLE.c.id == person))
        log_event(conn, agent, "member_unlinked", _NO_CONVERSATION, member_id=member_id,
                  person_id=person)


def find_members(store: Store, text: str, limit: int = 20,
                 exclude: int | None = None) -> list[MemberHit]:
    """Members whose name or handle contains the text (any case), to link to."""
    needle = f"%{text.strip().lower()}%"
    stmt = (select(MEMBERS.c.id, MEMBERS.c.name, MEMBERS.c.handle, MEMBERS.c.person_id,
                   ACCOUNTS.c.platform, ACCOUNTS.c.settings)
            .join(ACCOUNTS, ACCOUNTS.c.id == MEMBERS.c.account_id)
            .where(or_(func.lower(MEMBERS.c.name).like(needle),
                       func.lower(MEMBERS.c.handle).like(needle)))
            .order_by(MEMBERS.c.name, MEMBERS.c.id).limit(limit))
    if exclude is not None:
        stmt = stmt.where(MEMBERS.c.id != exclude)
    with store.read() as conn:
        return [MemberHit(r.id, r.name, r.handle, account_platform(r.platform, r.settings),
                          r.person_id) for r in conn.execute(stmt)]
