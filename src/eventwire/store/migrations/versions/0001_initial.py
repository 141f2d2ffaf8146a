"""Initial store: documents, events, event_sources, actors, places.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(16), nullable=False, server_default="en"),
        sa.Column("source_name", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(128), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("country", sa.String(128)),
        sa.Column("iso3", sa.String(3)),
        sa.Column("admin1", sa.String(128)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("fatalities", sa.Integer),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    for column in ("event_type", "date_start", "date_end", "country", "iso3"):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_table(
        "event_sources",
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("claimant", sa.Text),
        sa.Column("evidence", sa.Text, nullable=False, server_default="[]"),
    )
    op.create_index("ix_event_sources_document_id", "event_sources", ["document_id"])
    op.create_table(
        "actors",
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("inter", sa.Integer),
        sa.Column("country", sa.Text),
    )
    op.create_index("ix_actors_name", "actors", ["name"])
    op.create_table(
        "places",
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country", sa.Text),
        sa.Column("iso3", sa.String(3)),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("precision", sa.Integer),
    )
    op.create_index("ix_places_geonames_id", "places", ["geonames_id"])


def downgrade() -> None:
    for table in ("places", "actors", "event_sources", "events", "documents"):
        op.drop_table(table)
