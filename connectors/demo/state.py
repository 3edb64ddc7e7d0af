"""What the demo platform remembers between fetches: our posts, due answer-backs, actions.

Kept per account in a module-level dict, so a new connector instance in the same process
(the sync engine may build one per run) still sees replies an earlier instance posted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.items import InboundItem
from connectors.base import SentReply


@dataclass(frozen=True, slots=True)
class PostedReply:
    """One reply that really went out on the demo platform."""

    target_platform_id: str
    text: str
    sent: SentReply
    at: datetime


@dataclass(frozen=True, slots=True)
class AnswerBack:
    """A member's answer to our reply, delivered by the first fetch at or after `due`."""

    due: datetime
    item: InboundItem


@dataclass
class DemoState:
    sent: dict[str, PostedReply] = field(default_factory=dict)
    posted: list[PostedReply] = field(default_factory=list)
    # Our posts as the platform shows them, not yet handed to a fetch.
    echoes: list[InboundItem] = field(default_factory=list)
    answer_backs: list[AnswerBack] = field(default_factory=list)
    actions: list[tuple[str, str]] = field(default_factory=list)
    # Live messages this process made up: id -> (author cast key, language, thread root).
    live: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)

    def done(self, action: str, target: str) -> bool:
        return (action, target) in self.actions

    def silenced(self) -> set[str]:
        """Member ids that were blocked or muted: they stay quiet from then on."""
        return {target for action, target in self.actions if action in ("block", "mute")}

    def removed(self) -> set[str]:
        return {target for action, target in self.actions if action in ("hide", "delete")}


_STATES: dict[int, DemoState] = {}


def state_for(account_id: int) -> DemoState:
    return _STATES.setdefault(account_id, DemoState())


def forget_demo_state(account_id: int | None = None) -> None:
    """Drop what the demo platform remembers (for one account, or all of them)."""
    if account_id is None:
        _STATES.clear()
    else:
        _STATES.pop(account_id, None)
