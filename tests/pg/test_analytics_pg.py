"""tests/services/test_analytics.py on PostgreSQL (see conftest.py)."""

from tests.services.test_analytics import *  # noqa: F403
