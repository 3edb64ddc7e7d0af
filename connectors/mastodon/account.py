"""How a Mastodon account is added: its server, its handle, and a token pasted from the
server's settings or obtained through the browser sign-in."""

from __future__ import annotations

from connectors.mastodon.signin import SCOPES, browser_sign_in
from connectors.setup import PlatformSetup, SetupField

SETUP = PlatformSetup(
    platform="mastodon",
    title="Mastodon",
    fields=(
        SetupField(key="server_url", label="Server", kind="url", flag="--instance",
                   placeholder="https://mastodon.social",
                   help="The address of the Mastodon server the account lives on."),
        SetupField(key="handle", label="Handle", flag="--handle", required=False,
                   placeholder="@brand@mastodon.social",
                   help="The account's full address. Browser sign-in fills it in; give it "
                        "when you paste a token."),
    ),
    credential="token",
    credential_label="Access token",
    credential_help=("On your server open Preferences → Development → New application, tick "
                 f"the scopes {SCOPES}, save, open the application and copy "
                 "'Your access token'."),
    browser_sign_in=browser_sign_in,
    intro=("Serambi reads the account's mentions and direct messages and can reply, "
           "delete its own posts, block, mute and report. Sign in through the browser, or "
           "paste an access token made under Preferences → Development."),
)
