"""documents.external_id: the corpus's own id of a record (--id-field).

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("external_id", sa.Text))
    op.create_index("ix_documents_external_id", "documents", ["external_id"])


def downgrade() -> None:
    op.drop_index("ix_documents_external_id", "documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("external_id")
