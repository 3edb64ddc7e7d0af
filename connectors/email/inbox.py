"""Reading the watched folders a batch at a time, oldest UID first, read-only (EXAMINE and
BODY.PEEK, so nothing turns "read" on the server just because Serambi saw it).

A folder whose UIDVALIDITY changed was renumbered by the server: it is read again from the
start, and the Message-ID as platform id keeps that from doubling anything.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from connectors.base import Page
from connectors.email import cursor
from connectors.email.api_types import FetchedMail, FolderState
from connectors.email.imap import FolderMissing, Imap, imap_session
from connectors.email.mapping import Where, to_item
from connectors.email.session import MailAccount
from connectors.errors import BadPayload

log = logging.getLogger(__name__)

BATCH = 100
# A page stops growing past this many bytes of mail (at least one mail is always read).
PAGE_BYTES = 20_000_000
# Bigger mails are stored from their header alone, with a note where the text would be.
MAIL_BYTES = 25_000_000
FULL = "(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])"
HEADER_ONLY = "(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[HEADER])"


def read_page(account: MailAccount, marks: cursor.FolderMarks) -> Page:
    """The next batch of any watched folder, or an empty last page when all are read."""
    missing: list[tuple[str, str]] = []
    with imap_session(account) as imap:
        for folder in account.folders:
            try:
                state = imap.open(folder)
            except FolderMissing as exc:
                missing.append((f"folder {folder}", str(exc)))
                continue
            uidvalidity, last = marks.get(folder, (state.uidvalidity, 0))
            if uidvalidity != state.uidvalidity:
                log.info("folder %r was renumbered by the server; reading it again", folder)
                last = 0
            marks[folder] = (state.uidvalidity, last)
            new = _new_uids(imap, state, last)
            if not new:
                continue
            page, upto = _read_batch(imap, account, state, new[:BATCH])
            marks[folder] = (state.uidvalidity, upto)
            # More may wait here or in the folders after this one; the next call looks.
            return replace(page, cursor=cursor.dump(marks), more=True)
    # Missing folders are reported once per cycle, on its last page.
    return Page(items=[], cursor=cursor.dump(marks), more=False, rejected=missing)


def _new_uids(imap: Imap, state: FolderState, last: int) -> list[int]:
    if state.exists == 0 or (state.uidnext is not None and state.uidnext <= last + 1):
        return []
    return imap.uids_after(last)


def _read_batch(imap: Imap, account: MailAccount, state: FolderState,
                uids: list[int]) -> tuple[Page, int]:
    try:
        sizes = imap.fetch(uids, "(UID RFC822.SIZE)")
    except BadPayload:  # sizes only shape the page; the fetch below reports any refusal
        sizes = {}
    chosen: list[int] = []
    total = 0
    for uid in uids:
        size = min(_size(sizes.get(uid)), MAIL_BYTES)
        if chosen and total + size > PAGE_BYTES:
            break
        chosen.append(uid)
        total += size
    big = {uid for uid in chosen if _size(sizes.get(uid)) > MAIL_BYTES}
    fetched, refused = _fetch_each_if_needed(imap, [u for u in chosen if u not in big], FULL)
    more, refused_big = _fetch_each_if_needed(imap, sorted(big), HEADER_ONLY)
    fetched.update(more)
    refused.update(refused_big)
    items, rejected = [], []
    for uid in chosen:
        mail = fetched.get(uid)
        label = f"{state.name} UID {uid}"
        if uid in refused:
            rejected.append((label, refused[uid]))
            continue
        if mail is None or mail.content is None:
            rejected.append((label, "the message vanished from the server before it was read"))
            continue
        where = Where(state.name, state.uidvalidity, uid, mail.internal_date, mail.flags)
        try:
            item = to_item(mail.content, where, account.address, account.handle)
        except Exception as exc:  # one unreadable mail must not stop the rest
            rejected.append((label, f"cannot read this mail ({_reason(exc)})"))
            continue
        if uid in big:
            item = replace(item, text=f"[This mail is {_size(mail) / 1e6:.0f} MB; only its "
                                      "header was downloaded. Open it in your mail program.]")
        items.append(item)
    return Page(items=items, cursor=None, rejected=rejected), chosen[-1]


def _fetch_each_if_needed(imap: Imap, uids: list[int],
                          items: str) -> tuple[dict[int, FetchedMail], dict[int, str]]:
    """The batch in one command; if the server refuses it, mail by mail, so one mail it
    cannot send (a damaged file on its side) is reported and the rest still come."""
    try:
        return imap.fetch(uids, items), {}
    except BadPayload as exc:
        if len(uids) == 1:
            return {}, {uids[0]: _reason(exc)}
    fetched: dict[int, FetchedMail] = {}
    refused: dict[int, str] = {}
    for uid in uids:
        try:
            fetched.update(imap.fetch([uid], items))
        except BadPayload as exc:
            refused[uid] = _reason(exc)
    return fetched, refused


def _size(mail: FetchedMail | None) -> int:
    return mail.size if mail is not None and mail.size is not None else 0


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:200]
    return text if text else type(exc).__name__
