"""Reading the community's tone and intent, locally, in English and Bahasa Indonesia."""

from app.understand.classify import Intent, Sentiment, Understanding, conflict, understand
from app.understand.insights import (
    ConversationMood,
    analyse_backlog,
    analyse_in,
    correct,
    mood,
)

__all__ = ["ConversationMood", "Intent", "Sentiment", "Understanding", "analyse_backlog",
           "analyse_in", "conflict", "correct", "mood", "understand"]
