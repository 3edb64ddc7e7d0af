"""How a mailbox is added: its address, IMAP and SMTP servers, and its password (or app
password). No browser sign-in: OAuth2 for mail (XOAUTH2) is not supported yet.
"""

from __future__ import annotations

from connectors.setup import PlatformSetup, SetupField

_SECURITY = "ssl (implicit TLS, the default), starttls, or none (only for a server on this " \
            "machine)"

SETUP = PlatformSetup(
    platform="email",
    title="Email",
    intro="A mailbox your team answers (support@, hello@...): Serambi reads it over IMAP and "
          "replies over SMTP with the mailbox's own servers, as a mail program would.",
    fields=(
        SetupField("handle", "Email address", flag="--address",
                   placeholder="support@example.com",
                   help="The address customers write to; replies are sent from it."),
        SetupField("imap_host", "IMAP server", placeholder="imap.example.com",
                   help="Where mail is read, from your provider's mail program settings."),
        SetupField("imap_port", "IMAP port", kind="int", default="993",
                   help="993 for ssl, 143 for starttls."),
        SetupField("imap_security", "IMAP security", default="ssl", help=_SECURITY),
        SetupField("smtp_host", "SMTP server", placeholder="smtp.example.com",
                   help="Where mail is sent (outgoing server)."),
        SetupField("smtp_port", "SMTP port", kind="int", default="465",
                   help="465 for ssl, 587 for starttls."),
        SetupField("smtp_security", "SMTP security", default="ssl", help=_SECURITY),
        SetupField("username", "Login", required=False, flag="--login",
                   help="The user name for both servers, when it is not the address."),
        SetupField("folders", "Folders to watch", kind="list", default="INBOX",
                   help="Comma-separated IMAP folders Serambi reads, e.g. INBOX,Support."),
        SetupField("sent_folder", "Sent folder", default="Sent",
                   help="Where copies of replies are filed (left out when it does not "
                        "exist); often 'Sent', 'Sent Items' or '[Gmail]/Sent Mail'."),
    ),
    credential="password",
    credential_label="Password or app password",
    credential_help="The mailbox password. Providers with two-step sign-in (Gmail, Outlook, "
                "iCloud, Yahoo, Fastmail) need an app password made in the account's "
                "security settings.",
)
