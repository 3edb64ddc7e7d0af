"""tone and intent of messages, and auto-triage rules

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

`message_insights` holds what app.understand read in each inbound message (or what a person
corrected it to); `rules` the auto-triage rules that run on every synced page.
"""

import sqlalchemy as sa
from alembic import op

from app.timeutil import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_insights",
        sa.Column("message_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  sa.ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("conversation_id", sa.Integer(),
                  sa.ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("sentiment", sa.String(length=10), nullable=False),
        sa.Column("intent", sa.String(length=12), nullable=False),
        sa.Column("heated", sa.Boolean(), nullable=False),
        sa.Column("because", sa.JSON(), nullable=True),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_message_insights_conversation_id", "message_insights",
                    ["conversation_id"])
    op.create_index("ix_message_insights_sentiment", "message_insights", ["sentiment"])
    op.create_index("ix_message_insights_intent", "message_insights", ["intent"])
    op.create_table(
        "rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=True),
        sa.Column("actions", sa.JSON(), nullable=True),
        sa.Column("stop", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_rules_position", "rules", ["position"])


def downgrade() -> None:
    op.drop_table("rules")
    op.drop_table("message_insights")
