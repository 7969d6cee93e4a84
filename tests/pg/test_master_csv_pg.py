"""tests/services/test_master_csv.py on PostgreSQL (see conftest.py)."""

from tests.services.test_master_csv import *  # noqa: F403
