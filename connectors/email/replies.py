"""Acting on a stored mail by its platform id: answer it (SMTP, then a copy filed in Sent),
find an answer sent before a crash, and mark it read (\\Seen). Blocking.
"""

from __future__ import annotations

import hashlib
import imaplib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from connectors.base import SentReply
from connectors.email import smtp
from connectors.email.api_types import FolderState
from connectors.email.compose import build_reply, our_message_id
from connectors.email.imap import FolderMissing, Imap, imap_session
from connectors.email.mailbox_names import find_folder, sent_folder
from connectors.email.mapping import NO_ID_PREFIX, message_ids, raw_headers
from connectors.email.session import MailAccount
from connectors.errors import BadPayload, ConnectorError

log = logging.getLogger(__name__)

# A mail without a Message-ID is found by hashing the few such mails a folder holds.
MAX_UNNAMED = 500


@dataclass(frozen=True, slots=True)
class Found:
    folder: FolderState
    uid: int
    raw: bytes


def places(imap: Imap, account: MailAccount) -> list[str]:
    """Where a mail of ours or a customer's may be, as the server spells it: Sent, INBOX
    and the watched folders (those that exist)."""
    existing = imap.folders()
    if not existing:  # a LIST answer we could not read: try the names as configured
        return list(dict.fromkeys([account.sent_folder, "INBOX", *account.folders]))
    wanted = [sent_folder(existing, account.sent_folder), "INBOX", *account.folders]
    found = [find_folder(existing, name) for name in wanted if name]
    return list(dict.fromkeys(name for name in found if name))


def find(imap: Imap, folders: list[str], platform_id: str, *,
         writable: bool = False) -> Iterator[Found]:
    """Every copy of the mail, folder by folder (the folder stays selected while used)."""
    for name in folders:
        try:
            state = imap.open(name, writable=writable)
        except FolderMissing:
            continue
        yield from _in_folder(imap, state, platform_id)


def _in_folder(imap: Imap, state: FolderState, platform_id: str) -> Iterator[Found]:
    if platform_id.startswith(NO_ID_PREFIX):
        uids = imap.without_message_id()[-MAX_UNNAMED:]
        for uid, mail in imap.fetch(uids, "(UID BODY.PEEK[])").items():
            raw = mail.content or b""
            if NO_ID_PREFIX + hashlib.sha256(raw).hexdigest() == platform_id:
                yield Found(state, uid, raw)
        return
    if not platform_id.startswith("<") or not platform_id.isascii():
        return
    # SEARCH HEADER is a substring match: check the header really is this id.
    uids = imap.by_message_id(platform_id)
    for uid, mail in imap.fetch(uids, "(UID BODY.PEEK[HEADER])").items():
        raw = mail.content or b""
        if message_ids(" ".join(raw_headers(raw)["Message-ID"]))[:1] == [platform_id]:
            yield Found(state, uid, raw)


def send_reply(account: MailAccount, target: str, text: str, key: str) -> SentReply:
    our_id = our_message_id(key, account.address)
    with imap_session(account) as imap:
        folders = places(imap, account)
        if next(find(imap, folders, our_id), None) is not None:
            return SentReply(our_id)  # sent before and filed: never twice
        parent = next(find(imap, folders, target), None)
        if parent is None:
            raise BadPayload("the mail being answered is no longer on the server, so the "
                             "reply cannot be addressed")
        msg, to = build_reply(parent.raw, text, account.address, our_id)
        smtp.send(account, msg, to)
        _after_sending(imap, account, parent, msg.as_bytes(), our_id)
    return SentReply(our_id)


def _after_sending(imap: Imap, account: MailAccount, parent: Found, raw: bytes,
                   our_id: str) -> None:
    """File the copy in Sent and flag the parent \\Answered, as a mail program would. The
    mail has gone; a failure here is logged, never reported as a failed send."""
    try:
        existing = imap.folders()
        sent = sent_folder(existing, account.sent_folder) if existing else account.sent_folder
        # Some providers (Gmail, Outlook.com) file what goes through SMTP themselves.
        if sent is not None and next(find(imap, [sent], our_id), None) is None:
            imap.append(sent, raw, "(\\Seen)", datetime.now(UTC))
        imap.open(parent.folder.name, writable=True)
        imap.add_flag(parent.uid, "\\Answered")
    except (ConnectorError, imaplib.IMAP4.error, OSError) as exc:
        log.warning("reply sent, but filing it or flagging the mail failed: %s",
                    type(exc).__name__)


def find_sent(account: MailAccount, key: str) -> SentReply | None:
    our_id = our_message_id(key, account.address)
    with imap_session(account) as imap:
        found = next(find(imap, places(imap, account), our_id), None)
    return SentReply(our_id) if found is not None else None


def mark_read(account: MailAccount, platform_id: str) -> None:
    with imap_session(account) as imap:
        marked = 0
        for found in find(imap, places(imap, account), platform_id, writable=True):
            imap.add_flag(found.uid, "\\Seen")
            marked += 1
    if not marked:
        raise BadPayload("that mail is no longer on the server")
