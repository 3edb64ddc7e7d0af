"""Understanding the community beyond one conversation: the member ledger's history, the
members who carry it, and what it talks and asks about lately."""

from app.community.ledger import (
    ModerationEntry,
    TopMember,
    moderation_history,
    top_members,
    warn_member,
)
from app.community.trends import Digest, QuestionCluster, Rising, digest

__all__ = ["Digest", "ModerationEntry", "QuestionCluster", "Rising", "TopMember", "digest",
           "moderation_history", "top_members", "warn_member"]
