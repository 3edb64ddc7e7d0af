"""`accounts test` in plain words: what the token's scopes let Serambi do.

Scopes are hierarchical (docs.joinmastodon.org/api/oauth-scopes): `read` covers every
`read:*`, `write` every `write:*`, and the deprecated `follow` covers blocks and mutes.
"""

from __future__ import annotations

from collections.abc import Iterable

# What Serambi does -> the scopes, any one of which allows it.
_NEEDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("read mentions", frozenset({"read", "read:notifications"})),
    ("read posts and direct messages", frozenset({"read", "read:statuses"})),
    ("post replies and delete its own posts", frozenset({"write", "write:statuses"})),
    ("block", frozenset({"write", "write:blocks", "follow"})),
    ("mute", frozenset({"write", "write:mutes", "follow"})),
    ("report", frozenset({"write", "write:reports"})),
)


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def describe(scopes: Iterable[str] | None) -> str:
    """One clause: what the account may do, and what it may not."""
    if scopes is None:
        return ("the server did not say which permissions the token has (Mastodon before "
                "4.3); actions it does not allow will fail with a clear message")
    have = set(scopes)
    can = [what for what, needs in _NEEDS if have & needs]
    cannot = [what for what, needs in _NEEDS if not have & needs]
    if not can:
        return "the token allows none of what Serambi does; sign in again"
    said = f"can {_join(can)}"
    return said + (f"; cannot {_join(cannot)} (sign in again to allow it)" if cannot else "")
