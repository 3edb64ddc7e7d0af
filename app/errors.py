"""Errors every front end catches the same way, whichever service raised them."""

from __future__ import annotations


class NotFound(KeyError):
    """Something asked for by id that is not (or no longer) there."""

    what = "item"

    def __str__(self) -> str:
        return f"no {self.what} with id {self.args[0]}"


class ConversationNotFound(NotFound):
    what = "conversation"


class MemberNotFound(NotFound):
    what = "member"

