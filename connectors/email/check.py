"""`serambi accounts test` for a mailbox: sign in to IMAP, find the watched folders and count
their mail, then sign in to SMTP (EHLO and AUTH, nothing sent). Blocking.
"""

from __future__ import annotations

from connectors.email.imap import imap_session
from connectors.email.mailbox_names import find_folder, sent_folder
from connectors.email.session import BadSettings, MailAccount
from connectors.email.smtp import smtp_session


def verify(account: MailAccount) -> str:
    with imap_session(account) as imap:
        existing = imap.folders()
        counts = []
        for folder in account.folders:
            if find_folder(existing, folder) is None:
                names = ", ".join(sorted(existing)) or "none"
                raise BadSettings(f"the folder {folder!r} is not on {account.imap.host} "
                                  f"(it has: {names[:300]}); change the watched folders")
            messages, unseen = imap.counts(folder)
            counts.append(f"{folder} ({messages} messages, {unseen} unread)")
        sent = sent_folder(existing, account.sent_folder)
    with smtp_session(account) as (_, signed_in):
        pass
    smtp_said = (f"signed in to {account.smtp.host}" if signed_in
                 else f"{account.smtp.host} accepted us without a sign-in")
    filing = (f"filed in {sent!r}" if sent
              else f"not filed (there is no {account.sent_folder!r} folder)")
    return (f"Signed in as {account.address} on {account.imap.host}, reading "
            f"{', '.join(counts)}; {smtp_said}, so replies can be sent and are {filing}; "
            "mail can be marked read")

