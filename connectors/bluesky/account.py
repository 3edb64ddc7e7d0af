"""How a Bluesky account is added: the handle, the PDS (bsky.social unless the account lives
elsewhere) and an app password. No browser sign-in: atproto OAuth needs a DPoP/PAR client
with published client metadata, which a desktop app cannot host; app passwords work."""

from __future__ import annotations

from connectors.bluesky.session import DEFAULT_SERVICE
from connectors.setup import PlatformSetup, SetupField

LABEL = "App password"
WHERE_TO_MAKE_ONE = ("Make one in Bluesky under Settings → Privacy and security → App "
                     "passwords; it lets Serambi read notifications and post without your "
                     "main password.")

SETUP = PlatformSetup(
    platform="bluesky",
    title="Bluesky",
    fields=(
        SetupField(key="handle", label="Handle", flag="--handle",
                   help="The account's handle, such as brand.bsky.social or brand.com",
                   placeholder="brand.bsky.social"),
        SetupField(key="server_url", label="Service", flag="--service", kind="url",
                   required=False, default=DEFAULT_SERVICE,
                   help="The account's PDS or entryway; leave as is for bsky.social accounts",
                   placeholder=DEFAULT_SERVICE),
    ),
    credential="password",
    credential_label=LABEL,
    credential_help=WHERE_TO_MAKE_ONE,
    intro=("Serambi reads the account's mentions, replies and quotes and answers them as "
           "the account. It signs in with an app password, never the main password."),
)
