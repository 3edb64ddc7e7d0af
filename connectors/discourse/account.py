"""Adding a Discourse account: with an API key and the username it acts as (`--token-stdin`),
or through the browser, where the forum hands Serambi a user API key (`--browser`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping

import httpx

from connectors.base import AccountConfig
from connectors.discourse.categories import wanted
from connectors.discourse.session import USER_API_KEY, Session, server_base
from connectors.discourse.userapikey import KeyRequest
from connectors.errors import AuthExpired
from connectors.loopback import LoopbackRedirect, SignInCancelled
from connectors.setup import PlatformSetup, SetupField, SignInResult

SIGN_IN_TIMEOUT = 300.0
# A user API key may make 20 requests a minute and 2,880 a day (Discourse's defaults);
# polling every three minutes leaves room for replies and moderation within the day.
USER_API_KEY_POLL_SECONDS = 180


async def browser_sign_in(values: Mapping[str, str], client: httpx.AsyncClient,
                          open_url: Callable[[str], None]) -> SignInResult:
    base = server_base(values.get("server_url", ""))
    request = await asyncio.to_thread(KeyRequest)  # making an RSA key takes a moment
    async with LoopbackRedirect() as redirect:
        open_url(request.url(base, redirect.uri))
        params = await redirect.wait(SIGN_IN_TIMEOUT)
    payload = params.get("payload")
    if not payload:
        raise SignInCancelled("the forum sent no key back (is this Serambi's address in the "
                              "forum's allowed user API auth redirects?)")
    key = request.open(payload)
    settings: dict[str, object] = {"auth": USER_API_KEY, "client_id": request.client_id,
                                   "poll_seconds": USER_API_KEY_POLL_SECONDS}
    config = AccountConfig(account_id=0, platform="discourse", handle="", server_url=base,
                           settings=dict(settings))
    me = await Session(config, None, client, key=key).me()
    given = values.get("handle", "").strip().removeprefix("@")
    if given and given.lower() != me.username.lower():
        raise AuthExpired(f"the browser is signed in to the forum as @{me.username}, not "
                          f"@{given}: sign in there as @{given}, or leave the username empty")
    chosen = wanted(values.get("categories", ""))
    if chosen:
        settings["categories"] = chosen
    return SignInResult(handle=me.username, server_url=base, secret=key, settings=settings)

KEY_LABEL = "API key"
KEY_HELP = ("An admin makes one under Admin > API > New API key (user level: this user, or "
            "all users). Or sign in with the browser: the forum then gives Serambi a user "
            "API key of your own.")

SETUP = PlatformSetup(
    platform="discourse",
    title="Discourse",
    fields=(
        SetupField("server_url", "Forum address", kind="url", flag="--server",
                   help="the forum's https:// address",
                   placeholder="https://forum.example.org"),
        SetupField("handle", "Username", flag="--user",
                   help="your username on the forum; an API key acts as this user"),
        SetupField("categories", "Categories", kind="list", flag="--categories",
                   required=False, placeholder="support, feedback",
                   help="categories whose new posts come in too: slugs or ids, "
                        "comma-separated (their subcategories come along)"),
    ),
    credential="token",
    credential_label=KEY_LABEL,
    credential_help=KEY_HELP,
    browser_sign_in=browser_sign_in,
    intro="Serambi reads your notifications (replies, mentions, quotes, messages) and, if "
          "you choose, new posts in some categories; it replies and flags as you, and "
          "hides, deletes, closes and silences when your account is staff.",
)
