"""interactions: verbal and non-violent interactions (PLOVER/CAMEO only), one row per document's record.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interactions",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("plover_type", sa.String(32), nullable=False),
        sa.Column("cameo", sa.String(8)),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("country", sa.String(128)),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_interactions_plover_type", "interactions", ["plover_type"])
    op.create_index("ix_interactions_date_start", "interactions", ["date_start"])


def downgrade() -> None:
    op.drop_index("ix_interactions_date_start", "interactions")
    op.drop_index("ix_interactions_plover_type", "interactions")
    op.drop_table("interactions")
