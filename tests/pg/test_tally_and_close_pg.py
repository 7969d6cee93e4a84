"""tests/services/test_tally_and_close.py on PostgreSQL (see conftest.py)."""

from tests.services.test_tally_and_close import *  # noqa: F403

# SQLite-only here (an SQLite file of their own, or db_path); covered on SQLite in tests/services
del test_settlement_invariants_on_generated_days  # noqa: F821
