"""Replies: who they are addressed to, who may see them, and finding one sent before a
crash.

Mastodon shows a reply to the people it mentions, so the author of the post we answer is
mentioned when the agent did not do it; the reply keeps the post's audience (a direct
message stays direct, followers-only stays followers-only) and its content warning.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from connectors.mastodon.api_types import Status

# Idempotency key -> (target, text we posted): lets `find_sent` recognise a reply whose
# answer was lost (SendOutcomeUnknown) later in the same run. After a restart it is
# empty and find_sent answers None, so the outbox asks the user to check.
_SENT: OrderedDict[str, tuple[str, str]] = OrderedDict()
_SENT_KEEP = 500
_MENTION = re.compile(r"(?<![\w@])@\w+(?:[.-]\w+)*(?:@\w+(?:[.-]\w+)*(?::\d+)?)?")


def mentions(text: str, acct: str, host: str) -> bool:
    """Does `text` already mention this account (its acct as our server writes it)?"""
    user, _, domain = acct.lstrip("@").partition("@")
    names = [f"@{user}@{domain or host}"] + ([] if domain else [f"@{user}"])
    found = {m.group(0).lower() for m in _MENTION.finditer(text)}
    return any(name.lower() in found for name in names)


def addressed(text: str, parent: Status, me: str, host: str) -> str:
    """The reply's text: the parent's author mentioned first unless already there. Answering
    our own direct message, its recipients are mentioned instead: a direct post reaches
    only the people it mentions."""
    if parent.account.id != me:
        people = [parent.account.acct]
    elif parent.visibility == "direct":
        people = [m.acct for m in parent.mentions if m.id != me]
    else:
        people = []
    missing = [acct.lstrip("@") for acct in dict.fromkeys(people)
               if not mentions(text, acct, host)]
    return " ".join(f"@{acct}" for acct in missing) + " " + text if missing else text


def form(text: str, parent: Status) -> dict[str, str]:
    """POST /api/v1/statuses fields: in the thread, with the parent's audience, never wider."""
    fields = {"status": text, "in_reply_to_id": parent.id, "visibility": parent.visibility}
    if parent.spoiler_text:
        fields["spoiler_text"] = parent.spoiler_text
    return fields


def remember(idempotency_key: str, target: str, text: str) -> None:
    _SENT[idempotency_key] = (target, text)
    _SENT.move_to_end(idempotency_key)
    while len(_SENT) > _SENT_KEEP:
        _SENT.popitem(last=False)


def remembered(idempotency_key: str, target: str) -> str | None:
    known = _SENT.get(idempotency_key)
    return known[1] if known and known[0] == target else None


def comparable(text: str) -> str:
    """Text as two renderings of one reply agree on it: no mentions (the server may write
    them with or without the domain), whitespace folded, case folded."""
    return " ".join(_MENTION.sub(" ", text).split()).casefold()
