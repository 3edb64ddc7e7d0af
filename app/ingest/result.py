"""What one ingest call did, for the sync report and the UI's refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class IngestResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conversations_created: int = 0
    reopened: list[int] = field(default_factory=list)
    new_message_ids: list[int] = field(default_factory=list)
    touched_conversations: set[int] = field(default_factory=set)

    def add(self, other: IngestResult) -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.conversations_created += other.conversations_created
        self.reopened += other.reopened
        self.new_message_ids += other.new_message_ids
        self.touched_conversations |= other.touched_conversations
