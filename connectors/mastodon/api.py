"""The Mastodon REST endpoints Serambi uses (docs.joinmastodon.org/methods/...)."""

from __future__ import annotations

from typing import Any

from connectors.errors import BadPayload, NotSupported, SendOutcomeUnknown
from connectors.http import expect_dict, expect_list, json_of
from connectors.mastodon.api_types import (
    Account,
    Status,
    parse_account,
    parse_scopes,
    parse_status,
)
from connectors.mastodon.pager import Links, parse_links
from connectors.mastodon.session import Session, StatusGone, segment

PAGE_SIZE = 40  # the notifications default since Mastodon 4.1; older servers cap it lower
BATCH = 20


class Api:
    def __init__(self, session: Session) -> None:
        self.s = session

    async def me(self) -> Account:
        return parse_account(await self.s.get_json("/api/v1/accounts/verify_credentials",
                                                   "checking who we are signed in as"))

    async def app_scopes(self) -> tuple[str, ...] | None:
        """The app's scopes (Mastodon 4.3+); None when the server does not say."""
        try:
            raw = await self.s.get_json("/api/v1/apps/verify_credentials",
                                        "checking the app's permissions")
        except (StatusGone, NotSupported):  # before 4.3 this needed the broad `read`
            return None
        scopes = expect_dict(raw, "application").get("scopes")
        return None if scopes is None else parse_scopes(scopes, "application scopes")

    async def notifications(self, params: dict[str, str]) -> tuple[list[Any], Links]:
        # include_filtered: mentions the account's notification policy set aside (4.3+)
        # still belong in a community manager's inbox.
        return await self._list_page("/api/v1/notifications", "reading mentions", {
            "types[]": ["mention"], "limit": str(PAGE_SIZE), "include_filtered": "true",
            **params})

    async def conversations(self, params: dict[str, str]) -> tuple[list[Any], Links]:
        return await self._list_page("/api/v1/conversations", "reading direct messages",
                                     {"limit": str(PAGE_SIZE), **params})

    async def _list_page(self, path: str, what: str,
                         query: dict[str, Any]) -> tuple[list[Any], Links]:
        response = await self.s.get(path, what, query)
        return (expect_list(json_of(response, what), what),
                parse_links(response.headers.get("link")))

    async def status(self, status_id: str) -> Status:
        return parse_status(await self.s.get_json(f"/api/v1/statuses/{segment(status_id)}",
                                                  "reading a post"))

    async def statuses(self, ids: list[str]) -> list[Any]:
        """Several statuses at once (Mastodon 4.3+); missing ones are simply not there."""
        raw = await self.s.get_json("/api/v1/statuses", "looking at posts again",
                                    {"id[]": ids[:BATCH]})
        return expect_list(raw, "posts")

    async def replies_to(self, status_id: str) -> list[Any]:
        raw = expect_dict(await self.s.get_json(
            f"/api/v1/statuses/{segment(status_id)}/context", "reading a thread"), "thread")
        return expect_list(raw.get("descendants", []), "thread replies")

    async def recent_of(self, account_id: str) -> list[Any]:
        raw = await self.s.get_json(f"/api/v1/accounts/{segment(account_id)}/statuses",
                                    "reading our recent posts",
                                    {"limit": "40", "exclude_reblogs": "true"})
        return expect_list(raw, "our recent posts")

    async def post_status(self, form: dict[str, str], idempotency_key: str) -> Status:
        what = "posting a reply"
        response = await self.s.send_raw("POST", "/api/v1/statuses", what, data=form,
                                         headers={"Idempotency-Key": idempotency_key})
        try:
            return parse_status(json_of(response, what))
        except BadPayload:
            # Accepted (2xx) but unreadable: it probably landed, so never call it failed;
            # the outbox reconciles it with find_sent.
            raise SendOutcomeUnknown(f"{what}: the server accepted it but its answer could "
                                     "not be read") from None

    async def delete_status(self, status_id: str) -> None:
        await self.s.send("DELETE", f"/api/v1/statuses/{segment(status_id)}",
                          "deleting a post")

    async def block(self, account_id: str) -> None:
        await self.s.send("POST", f"/api/v1/accounts/{segment(account_id)}/block",
                          "blocking an account")

    async def mute(self, account_id: str) -> None:
        await self.s.send("POST", f"/api/v1/accounts/{segment(account_id)}/mute",
                          "muting an account", data={"notifications": "true"})

    async def report(self, account_id: str, status_id: str, comment: str) -> None:
        await self.s.send("POST", "/api/v1/reports", "reporting a post", data={
            "account_id": account_id, "status_ids[]": [status_id], "comment": comment,
            "category": "other"})

