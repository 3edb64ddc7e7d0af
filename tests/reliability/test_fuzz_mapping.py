"""Hypothesis against every connector's payload mapping and the import format.

Each connector's real payload (made by its own fake, after the platform's documentation) is
mutated: values swapped for other JSON types or hostile corpus text, keys dropped. Through
parse, mapping and `validate`, the only way out is an item or a typed refusal (BadPayload,
MalformedMail, InvalidItem): never a TypeError, KeyError or anything a page would die of.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.importer import import_stream
from app.items import InboundItem, InvalidItem, validate
from app.store import Store
from connectors.errors import BadPayload
from tests.reliability.hostile import load

REFUSALS: tuple[type[Exception], ...] = (BadPayload, InvalidItem)
HOSTILE = [h.value[:3000] for h in load() if not isinstance(h.raw, bytes)]
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                      st.floats(allow_nan=False), st.text(max_size=40),
                      st.sampled_from(HOSTILE))
JSON = st.recursive(JSON_LEAF, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=12)
FUZZ = settings(max_examples=120, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


def _paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [at]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*at, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*at, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, sample: Any) -> Any:
    """The sample with a few of its values replaced or removed."""
    data = json.loads(json.dumps(sample))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            return draw(JSON)
        path = draw(st.sampled_from(paths))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON)
    return data


def mastodon() -> tuple[Any, Callable[[Any], InboundItem | None]]:
    from connectors.mastodon.api_types import parse_status
    from connectors.mastodon.mapping import status_item
    from tests.connectors.mastodon_fake import FakeMastodon

    fake = FakeMastodon()
    ani = fake.person("ani", "kopi.social", "Ani")
    root = fake.post(fake.me, "Kopi baru!")
    post = fake.post(ani, "@brand pesanan saya belum sampai", reply_to=root)
    return fake.status(post), lambda raw: status_item(parse_status(raw), "social.example",
                                                      fake.me.id)


def bluesky() -> tuple[Any, Callable[[Any], InboundItem | None]]:
    from connectors.bluesky.api_types import PostView
    from connectors.bluesky.mapping import item
    from tests.connectors.bluesky_fake import POST, scene

    s = scene()
    uri = s.fake.post(s.alice, "@brand.bsky.social ada decaf?")
    did, rkey = uri.removeprefix("at://").split(f"/{POST}/")
    raw = {**s.fake.post_view(did, rkey, s.brand), "reason": "mention"}
    return raw, lambda value: item(PostView.parse(value, "mention"), s.brand)


def discourse() -> tuple[Any, Callable[[Any], InboundItem | None]]:
    from connectors.discourse.api_types import parse_post
    from connectors.discourse.mapping import Forum, to_item
    from tests.connectors.discourse_fake import BASE, community

    fake, people = community()
    topic = fake.add_topic("Grinder broke", people["budi"], "Hi @brand, <b>help</b>", 5)
    raw = fake.serialize(topic, people["brand"], raw=True, title=True)
    forum = Forum(BASE, "brand", "brand")
    return raw, lambda value: to_item(parse_post(value), forum, title="Grinder broke")


def matrix() -> tuple[Any, Callable[[Any], InboundItem | None]]:
    from connectors.matrix.api_types import parse_event
    from connectors.matrix.mapping import RoomView, message_item
    from connectors.matrix.mentions import Me

    raw = {"event_id": "$e1", "type": "m.room.message", "sender": "@ani:fake.test",
           "origin_server_ts": 1_790_000_000_000, "room_id": "!support:fake.test",
           "content": {"msgtype": "m.text", "body": "> <@brand:fake.test> halo\n\nmasih?",
                       "format": "org.matrix.custom.html",
                       "formatted_body": "<mx-reply>…</mx-reply>masih?",
                       "m.relates_to": {"m.in_reply_to": {"event_id": "$e0"}}},
           "unsigned": {"age": 5}}
    room = RoomView("!support:fake.test", whole=True, direct=False, name="Pelanggan")
    me = Me("@brand:fake.test", "Brand")
    return raw, lambda value: message_item(parse_event(value), room, me)


MAPPINGS = {"mastodon": mastodon, "bluesky": bluesky, "discourse": discourse, "matrix": matrix}


@pytest.mark.parametrize("platform", MAPPINGS)
def test_a_mangled_payload_maps_or_is_refused(platform: str) -> None:
    sample, mapping = MAPPINGS[platform]()
    validate(mapping(sample) or pytest.fail("the sample itself maps"))  # the seed is good

    @FUZZ
    @given(mutated(sample))
    def mangled(raw: Any) -> None:
        try:
            found = mapping(raw)
            if found is not None:
                validate(found)
        except REFUSALS:
            pass

    mangled()


HEADERS = ("From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
           "References", "Date", "Content-Type", "Content-Transfer-Encoding", "Content-Language",
           "MIME-Version", "Content-Disposition")


@st.composite
def mails(draw: st.DrawFn) -> bytes:
    """Raw mail as a hostile sender writes it: any header with any value (the email
    package's own checks bypassed), a body that may be multipart, cut or noisy."""
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        name = draw(st.sampled_from(HEADERS))
        value = draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60), st.sampled_from(
            ["=?utf-8?b?w6k=?=", "=?x?q?bad?=", "<a@b> (c)", "Group: a@b, c@d;", "\"\" <@>",
             "multipart/mixed; boundary=\"b\"", "text/html; charset=klingon",
             "base64", "quoted-printable", "Tue, 31 Feb 2026 25:61:61 +9999"])))
        lines.append(f"{name}: {value[:300]}")
    body = draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=200)))
    if draw(st.booleans()):
        body = f"--b\r\nContent-Type: text/html\r\n\r\n{body}\r\n--b--\r\n"
    raw = ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(raw)))
        raw = raw[:cut] + draw(st.binary(max_size=64)) + raw[cut:]
    return raw


def test_a_mangled_mail_maps_or_is_refused() -> None:
    from connectors.email.mapping import MalformedMail, Where, to_item

    where = Where("INBOX", 1, 7, datetime(2026, 11, 1, tzinfo=UTC))

    @FUZZ
    @given(st.one_of(mails(), st.binary(max_size=400)))
    def mangled(raw: bytes) -> None:
        try:
            validate(to_item(raw, where, "brand@kopi.example"))
        except (*REFUSALS, MalformedMail):
            pass

    mangled()


@st.composite
def import_lines(draw: st.DrawFn) -> bytes:
    good = {"account": {"platform": "mastodon", "handle": "@brand"}, "id": "1",
            "created_at": "2026-11-01T09:00:00Z", "text": "halo",
            "author": {"id": "u1", "handle": "@ani", "name": "Ani"}}
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["mangled", "any json", "bytes"]))
        if kind == "mangled":
            obj = draw(mutated(good))
            lines.append(json.dumps(obj, ensure_ascii=draw(st.booleans())).encode(
                "utf-8", "surrogatepass"))
        elif kind == "any json":
            lines.append(json.dumps(draw(JSON)).encode())
        else:
            lines.append(draw(st.binary(max_size=80)).replace(b"\n", b" "))
    return b"\n".join(lines) + b"\n"


def test_any_import_file_is_taken_line_by_line_without_a_crash(store: Store) -> None:
    @FUZZ
    @given(import_lines())
    def imported(data: bytes) -> None:
        report = import_stream(store, io.BytesIO(data))
        assert report.lines == data.count(b"\n")
        assert all(isinstance(reason, str) and reason for _, reason in report.rejected)

    imported()
