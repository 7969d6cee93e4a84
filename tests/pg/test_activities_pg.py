"""tests/services/test_activities.py on PostgreSQL (see conftest.py)."""

from tests.services.test_activities import *  # noqa: F403
