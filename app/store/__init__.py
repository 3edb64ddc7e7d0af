"""Storage: one database URL, many readers, a single writer."""

from app.store.engine import Store, default_database_url, open_store

__all__ = ["Store", "default_database_url", "open_store"]
