"""How a Matrix account is added: homeserver, full user id, optional rooms to follow whole,
and the account's password (kept in the keyring; Serambi signs in with it and keeps the
access and refresh tokens it gets beside it)."""

from __future__ import annotations

from connectors.setup import PlatformSetup, SetupField

SIGN_IN_HELP = ("The Matrix account's password. Accounts that only sign in through single "
                "sign-on (SSO/OIDC) cannot be added yet.")

SETUP = PlatformSetup(
    platform="matrix",
    title="Matrix",
    fields=(
        SetupField(key="server_url", label="Homeserver", kind="url", flag="--homeserver",
                   placeholder="https://matrix.example.org",
                   help="The address of your homeserver's client API (the one your Matrix "
                        "app signs in to)."),
        SetupField(key="handle", label="User ID", flag="--user",
                   placeholder="@brand:example.org",
                   help="The account's full Matrix ID, with the @ and the server."),
        SetupField(key="rooms", label="Rooms to follow", kind="list", required=False,
                   flag="--rooms", placeholder="#support:example.org, !abc123:example.org",
                   help="Rooms whose every message should come in, by id or alias, "
                        "separated by commas. Mentions and direct chats come in from every "
                        "room anyway."),
    ),
    credential="password",
    credential_label="Password",
    credential_help=SIGN_IN_HELP,
    intro="Serambi signs in as its own device of a Matrix account (best a dedicated one for "
          "the brand), reads mentions and direct chats, and every message of the rooms you "
          "choose. End-to-end encrypted rooms cannot be read.",
)
