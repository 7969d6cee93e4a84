"""tests/services/test_history.py on PostgreSQL (see conftest.py)."""

from tests.services.test_history import *  # noqa: F403

# SQLite-only here (an SQLite file of their own, or db_path); covered on SQLite in tests/services
del test_any_row_order_gives_the_same_records  # noqa: F821
