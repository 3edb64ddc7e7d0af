"""The trend digest: terms and hashtags rising against a baseline, the questions asked most
often, and the clusters of questions nobody has answered yet: what content the community
needs next. Computed on demand from the archive, locally."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, func, select

from app.models import CONVERSATIONS, INSIGHTS, MESSAGES, Direction
from app.store import Store
from app.timeutil import as_utc, utcnow

MAX_MESSAGES = 100_000  # the newest inbound messages of the two windows, at most
MIN_RECENT = 3  # a term must appear in this many conversations lately to count as rising
SIMILAR = 0.34  # Jaccard overlap of keywords for two questions to be "the same question"
_NOISE = re.compile(r"(?:https?://|www\.)\S+|[@\w.+-]+@[\w-]+\.\w+|@[\w.]+", re.UNICODE)
_WORD = re.compile(r"#?[^\W\d_][^\W_]{2,}", re.UNICODE)
_STOP = """
a about after again all also am an and any are as at be been before being but by can could
did do does doing don't done for from get got had has have having he her here hi hello hey
him his how i i'm if in into is it it's its just let like me more most my no not now of on
one only or other our out over please really same see she should so some still such than
thank thanks that the their them then there these they this those to too up us very was we
were what when where which while who why will with would yes you your yours teduh app ada
aja akan aku anda apa apakah atau bagaimana bahwa banyak baru begitu belum bisa buat cara
dalam dan dari dengan di dia dong ga gak gimana gitu hal hanya harus ini itu jadi jika juga
kak kalau kami kamu karena ke kenapa kok lagi lah masih mau min mohon nggak nya oke pada
para saja saya sama sangat sekarang selalu semua sih sudah supaya tapi tentang terima kasih
tidak tolong udah untuk ya yang yg
"""
STOPWORDS = frozenset(_STOP.split())


@dataclass(frozen=True, slots=True)
class Rising:
    term: str
    recent: int  # conversations that used it in the recent window
    baseline: int  # ... in the baseline window
    rise: float  # recent per day over baseline per day (smoothed)


@dataclass(frozen=True, slots=True)
class QuestionCluster:
    keywords: tuple[str, ...]
    example: str
    asked: int
    unanswered: int
    conversation_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Digest:
    since: datetime
    rising_terms: list[Rising]
    rising_hashtags: list[Rising]
    questions: list[QuestionCluster]
    unanswered: list[QuestionCluster]


def keywords(text: str) -> set[str]:
    words = {w.lower() for w in _WORD.findall(_NOISE.sub(" ", text))}
    return {w for w in words if w not in STOPWORDS and not w.startswith("@")}


def _rising(recent: Counter[str], base: Counter[str], days: int,
            baseline_days: int, limit: int) -> list[Rising]:
    found = []
    for term, n in recent.items():
        if n < MIN_RECENT:
            continue
        rise = (n / days) / ((base.get(term, 0) + 1) / baseline_days)
        if rise >= 2.0:
            found.append(Rising(term, n, base.get(term, 0), round(rise, 2)))
    found.sort(key=lambda r: (-r.rise * math.log1p(r.recent), r.term))
    return found[:limit]


def _cluster(questions: list[tuple[int, str, bool]], limit: int) -> list[QuestionCluster]:
    """Greedy: each question joins the first cluster whose keywords it shares enough of."""
    groups: list[tuple[Counter[str], list[tuple[int, str, bool]]]] = []
    for item in questions:
        words = keywords(item[1])
        if not words:
            continue
        for seen, members in groups:
            core = {w for w, _ in seen.most_common(6)}
            if len(words & core) / len(words | core) >= SIMILAR:
                seen.update(words)
                members.append(item)
                break
        else:
            groups.append((Counter(words), [item]))
    clusters = [QuestionCluster(tuple(w for w, _ in seen.most_common(3)),
                                min((t for _, t, _ in members), key=len)[:280],
                                len({cid for cid, _, _ in members}),
                                len({cid for cid, _, answered in members if not answered}),
                                tuple(sorted({cid for cid, _, _ in members})))
                for seen, members in groups]
    clusters.sort(key=lambda q: (-q.asked, q.example))
    return [q for q in clusters if q.asked >= 2][:limit]


def digest(store: Store, days: int = 7, baseline_days: int = 28, limit: int = 15,
           now: datetime | None = None) -> Digest:
    now = now or utcnow()
    since, start = now - timedelta(days=days), now - timedelta(days=days + baseline_days)
    m, c, i = MESSAGES.c, CONVERSATIONS.c, INSIGHTS.c
    stmt = (select(m.conversation_id, m.text, m.created_at, i.intent, c.last_outbound_at)
            .join(CONVERSATIONS, c.id == m.conversation_id)
            .outerjoin(INSIGHTS, i.message_id == m.id)
            .where(and_(m.direction == Direction.INBOUND.value, m.deleted.is_(False),
                        m.created_at >= start, m.created_at <= now))
            .order_by(m.id.desc()).limit(MAX_MESSAGES))
    with store.read() as conn:
        rows = conn.execute(stmt).all()
    recent: dict[str, Counter[str]] = {"terms": Counter(), "tags": Counter()}
    base: dict[str, Counter[str]] = {"terms": Counter(), "tags": Counter()}
    seen: set[tuple[int, str, bool]] = set()
    questions: list[tuple[int, str, bool]] = []
    for r in rows:
        is_recent = as_utc(r.created_at) >= since
        for word in keywords(r.text):
            kind = "tags" if word.startswith("#") else "terms"
            key = (r.conversation_id, word, is_recent)
            if key not in seen:  # a conversation counts once per term and window
                seen.add(key)
                (recent if is_recent else base)[kind][word] += 1
        if is_recent and r.intent == "question":
            answered = r.last_outbound_at is not None and \
                as_utc(r.last_outbound_at) >= as_utc(r.created_at)
            questions.append((r.conversation_id, r.text, answered))
    clusters = _cluster(questions, limit * 3)
    return Digest(since, _rising(recent["terms"], base["terms"], days, baseline_days, limit),
                  _rising(recent["tags"], base["tags"], days, baseline_days, limit),
                  clusters[:limit], [q for q in clusters if q.unanswered][:limit])


def unanswered_count(store: Store) -> int:
    """Open conversations whose question has not been answered (for the dashboard)."""
    c = CONVERSATIONS.c
    with store.read() as conn:
        return int(conn.execute(select(func.count(func.distinct(c.id)))
                                .join(INSIGHTS, INSIGHTS.c.conversation_id == c.id)
                                .where(INSIGHTS.c.intent == "question",
                                       c.last_outbound_at.is_(None))).scalar_one())
