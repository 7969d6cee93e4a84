"""Persistence: engine factory with the SQLite pragmas, ORM models, schema upgrades and backups."""
