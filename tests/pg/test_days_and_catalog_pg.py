"""tests/services/test_days_and_catalog.py on PostgreSQL (see conftest.py)."""

from tests.services.test_days_and_catalog import *  # noqa: F403
