"""The placeholder values one conversation can fill: who wrote, where, about what, and who
answers. Anything the data lacks is left out, so rendering asks for it instead of blanking.
"""

from __future__ import annotations

from typing import Any

from app.errors import ConversationNotFound
from app.models import Account, Conversation, Member
from app.store import Store

# How a platform is named in a reply ("Thanks for writing to us on Mastodon").
PLATFORM_NAMES = {
    "mastodon": "Mastodon", "bluesky": "Bluesky", "discourse": "Discourse", "matrix": "Matrix",
    "email": "email", "youtube": "YouTube", "github": "GitHub", "telegram": "Telegram",
    "reddit": "Reddit", "x": "X", "facebook": "Facebook", "instagram": "Instagram",
}


def platform_name(account: Account) -> str:
    """The demo community pretends to be a real platform: its `flavour` setting says which."""
    platform = account.platform
    if platform == "demo":
        settings: Any = account.settings
        flavour = settings.get("flavour") if isinstance(settings, dict) else None
        platform = flavour if isinstance(flavour, str) else ""
    return PLATFORM_NAMES.get(platform.strip().lower(), platform.strip())


def context_for(store: Store, conversation_id: int, agent_name: str) -> dict[str, str]:
    with store.read_session() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise ConversationNotFound(conversation_id)
        account = session.get(Account, conversation.account_id)
        member = session.get(Member, conversation.member_id) if conversation.member_id else None
        values = {
            "agent.name": agent_name,
            "conversation.subject": conversation.subject,
            "platform": platform_name(account) if account else "",
            "member.name": member.name if member else "",
            "member.handle": member.handle if member else "",
        }
    # One line each: a name or subject with line breaks must not reshape the reply.
    return {name: " ".join(value.split()) for name, value in values.items() if value.strip()}
