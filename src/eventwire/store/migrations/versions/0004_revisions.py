"""revisions: reviewer corrections and rejections as a history; events.search for text search.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("author", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_revisions_event_id", "revisions", ["event_id"])
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("search", sa.Text))
    # fill the search text of events stored before this revision
    from eventwire.model import Event
    from eventwire.store._filters import search_text

    conn = op.get_bind()
    events = sa.table("events", sa.column("id", sa.String), sa.column("data", sa.Text), sa.column("search", sa.Text))
    for event_id, data in conn.execute(sa.select(events.c.id, events.c.data)).all():
        text = search_text(Event.model_validate_json(data))
        conn.execute(events.update().where(events.c.id == event_id).values(search=text))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("search")
    op.drop_index("ix_revisions_event_id", "revisions")
    op.drop_table("revisions")
