"""Use cases: each owns its transaction and returns plain data, never ORM objects."""
