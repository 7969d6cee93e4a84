"""tests/services/test_master_data.py on PostgreSQL (see conftest.py)."""

from tests.services.test_master_data import *  # noqa: F403
