"""Opening the database for the application layer, so the UI needs nothing from `pos.db`."""

from pos.db.engine import (
    Database,
    checkpoint,
    open_database,
    resolve_url,
    sqlite_path,
    use_background_checkpoints,
)

__all__ = [
    "Database",
    "checkpoint",
    "open_database",
    "resolve_url",
    "sqlite_path",
    "use_background_checkpoints",
]
