"""Read models for the desktop's panes, Qt-free: the list and sidebar (`lists`), one
conversation (`thread`), saved searches (`saved`), accounts and platforms (`status`)."""

from sqlalchemy import select

from app.queries import ConversationRow
from app.views.lists import (
    FIXED_VIEWS,
    MB,
    ORDERS,
    A,
    Arrivals,
    C,
    Counts,
    M,
    Order,
    View,
    arrivals,
    counts,
    page,
)
from app.views.saved import COUNT_CAP, SavedView, saved_counts, saved_views
from app.views.status import (
    REPLY_LIMITS,
    Abilities,
    AccountSync,
    abilities,
    reply_limit,
    sync_status,
)
from app.views.thread import (
    ConversationGone,
    Identity,
    MemberInfo,
    Thread,
    ThreadMessage,
    thread,
)

__all__ = [
    "COUNT_CAP",
    "FIXED_VIEWS",
    "MB",
    "ORDERS",
    "REPLY_LIMITS",
    "A",
    "Abilities",
    "AccountSync",
    "Arrivals",
    "C",
    "ConversationGone",
    "ConversationRow",
    "Counts",
    "Identity",
    "M",
    "MemberInfo",
    "Order",
    "SavedView",
    "Thread",
    "ThreadMessage",
    "View",
    "abilities",
    "arrivals",
    "counts",
    "page",
    "reply_limit",
    "saved_counts",
    "saved_views",
    "select",
    "sync_status",
    "thread",
]
