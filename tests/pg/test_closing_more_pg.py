"""tests/services/test_closing_more.py on PostgreSQL (see conftest.py)."""

from tests.services.test_closing_more import *  # noqa: F403

# SQLite-only here (an SQLite file of their own, or db_path); covered on SQLite in tests/services
del test_mixed_payments_at_both_rates_settle_to_the_yen  # noqa: F821
