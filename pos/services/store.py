"""Opening the database for the application layer, so the UI needs nothing from `pos.db`."""

from pos.db.engine import Database, open_database, resolve_url, sqlite_path

__all__ = ["Database", "open_database", "resolve_url", "sqlite_path"]
