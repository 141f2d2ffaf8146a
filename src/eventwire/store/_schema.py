"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create them.

    documents      one row per distinct text (id = content hash)
    events         one row per event: indexed columns plus the full Event JSON
    event_sources  which document reported which event, with its evidence and claimant
    actors         actor1/actor2/associated actors of each event, for queries
    places         the location of each event, for queries
    quarantine     documents a batch could not process, with the reason
    revisions      reviewer corrections and rejections of events, in order (never overwriting events)
    interactions   verbal and non-violent interactions of each document (PLOVER/CAMEO only, not ACLED events)
"""

from __future__ import annotations

import sqlalchemy as sa

__all__ = [
    "actors", "documents", "event_sources", "events", "interactions", "metadata", "places", "quarantine", "revisions",
]

metadata = sa.MetaData()

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("language", sa.String(16), nullable=False, server_default="en"),
    sa.Column("source_name", sa.Text),
    sa.Column("external_id", sa.Text, index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
    sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("event_type", sa.String(64), nullable=False, index=True),
    sa.Column("sub_event_type", sa.String(128), nullable=False),
    sa.Column("date_start", sa.Date, index=True),
    sa.Column("date_end", sa.Date, index=True),
    sa.Column("country", sa.String(128), index=True),
    sa.Column("iso3", sa.String(3), index=True),
    sa.Column("admin1", sa.String(128)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("fatalities", sa.Integer),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("search", sa.Text),
)

event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True, index=True),
    sa.Column("url", sa.Text),
    sa.Column("claimant", sa.Text),
    sa.Column("evidence", sa.Text, nullable=False, server_default="[]"),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("role", sa.String(16), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, index=True),
    sa.Column("inter", sa.Integer),
    sa.Column("country", sa.Text),
)

places = sa.Table(
    "places",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("geonames_id", sa.Integer, index=True),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country", sa.Text),
    sa.Column("iso3", sa.String(3)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("precision", sa.Integer),
)

quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("document_id", sa.String(64), primary_key=True),
    sa.Column("source", sa.Text),
    sa.Column("code", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("pipeline_version", sa.String(64), nullable=False),
    sa.Column("document", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

revisions = sa.Table(
    "revisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(64), nullable=False, index=True),
    sa.Column("field", sa.String(32), nullable=False),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("author", sa.Text),
    sa.Column("note", sa.Text),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

interactions = sa.Table(
    "interactions",
    metadata,
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("plover_type", sa.String(32), nullable=False, index=True),
    sa.Column("cameo", sa.String(8)),
    sa.Column("actor1", sa.Text),
    sa.Column("actor2", sa.Text),
    sa.Column("date_start", sa.Date, index=True),
    sa.Column("date_end", sa.Date),
    sa.Column("country", sa.String(128)),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)
