"""The real connectors as fault-harness subjects: two instances of each platform's fake (from
tests/connectors/), one per account, told apart by host, and a `grow` that gives both
accounts a new message to fetch."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import httpx

from tests.reliability.harness import AccountSpec, Subject


class ByHost(httpx.AsyncBaseTransport):
    """One fake per host: the two accounts live on two servers of the same platform.
    `served_as` is the host a fake insists on seeing (the Bluesky fake checks it)."""

    def __init__(self, transports: dict[str, httpx.AsyncBaseTransport],
                 served_as: str = "") -> None:
        self.transports, self.served_as = transports, served_as

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fake = self.transports[request.url.host]
        if self.served_as:
            request.url = request.url.copy_with(host=self.served_as)
        return await fake.handle_async_request(request)


def mastodon() -> Subject:
    from connectors.mastodon import MastodonConnector
    from tests.connectors.mastodon_fake import FakeMastodon

    fakes = {host: FakeMastodon() for host in ("a.social.test", "b.social.test")}
    people = {host: fake.person("ani", name="Ani") for host, fake in fakes.items()}
    count = itertools.count()

    def grow() -> None:
        for host, fake in fakes.items():
            fake.tick()
            fake.post(people[host], f"@brand pesanan {next(count)} belum sampai")

    accounts = tuple(AccountSpec(f"@brand@{host}", f"https://{host}", fake.token)
                     for host, fake in fakes.items())
    transport = ByHost({h: f.transport() for h, f in fakes.items()})
    return Subject("mastodon", MastodonConnector, transport, accounts, grow)  # type: ignore[arg-type]


def bluesky() -> Subject:
    from connectors.bluesky import BlueskyConnector
    from tests.connectors.bluesky_fake import BRAND, scene

    scenes = {host: scene() for host in ("a.pds.test", "b.pds.test")}
    count = itertools.count()

    def grow() -> None:
        for s in scenes.values():
            words = f"@{BRAND} pesanan {next(count)} belum sampai"
            s.fake.post(s.alice, words, facets=[s.fake.mention_facet(words, BRAND)])

    accounts = tuple(AccountSpec(BRAND, f"https://{host}", s.fake.accounts[s.brand].app_password)
                     for host, s in scenes.items())
    transport = ByHost({h: s.fake.transport() for h, s in scenes.items()}, "pds.test")
    return Subject("bluesky", BlueskyConnector, transport, accounts, grow)  # type: ignore[arg-type]


def discourse() -> Subject:
    from connectors.discourse import DiscourseConnector
    from tests.connectors.discourse_fake import community

    forums = {host: community() for host in ("a.forum.test", "b.forum.test")}
    count = itertools.count()

    def grow() -> None:
        for fake, people in forums.values():
            n = next(count)
            fake.add_topic(f"Pesanan {n} belum sampai", people["budi"],
                           f"Hi @brand, pesanan {n} belum sampai", 5)

    accounts = tuple(AccountSpec("brand", f"https://{host}", "key-brand",
                                 {"categories": ["support"]}) for host in forums)
    transport = ByHost({h: httpx.MockTransport(f.handle) for h, (f, _) in forums.items()})
    return Subject("discourse", DiscourseConnector, transport, accounts, grow)  # type: ignore[arg-type]


def matrix() -> Subject:
    from connectors.matrix import MatrixConnector
    from tests.connectors.matrix_fake import ME, PASSWORD, FakeHomeserver

    room, alice = "!support:fake.test", "@alice:fake.test"
    servers = {host: FakeHomeserver() for host in ("a.matrix.test", "b.matrix.test")}
    count = itertools.count()

    def grow() -> None:
        for server in servers.values():
            server.post(room, alice, f"pesanan {next(count)} belum sampai")

    accounts = tuple(AccountSpec(ME, f"https://{host}", PASSWORD, {"rooms": [room]})
                     for host in servers)
    transport = ByHost({h: httpx.MockTransport(s.handle) for h, s in servers.items()})
    return Subject("matrix", MatrixConnector, transport, accounts, grow)  # type: ignore[arg-type]


SUBJECTS: dict[str, Callable[[], Subject]] = {
    "mastodon": mastodon, "bluesky": bluesky, "discourse": discourse, "matrix": matrix}
