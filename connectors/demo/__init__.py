"""The built-in demo community: Teduh, a bilingual budgeting app, on five pretend platforms.

`history` makes the weeks of conversations a new workspace starts with; `DemoConnector`
keeps the inbox alive while syncing, with no account and no network.
"""

from connectors.demo.content import DEMO_FLAVOURS
from connectors.demo.history import DemoConversation, generated_conversations
from connectors.demo.live import DemoConnector
from connectors.demo.state import forget_demo_state

__all__ = ["DEMO_FLAVOURS", "DemoConnector", "DemoConversation", "forget_demo_state",
           "generated_conversations"]
