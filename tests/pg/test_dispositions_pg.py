"""tests/services/test_dispositions.py on PostgreSQL (see conftest.py)."""

from tests.services.test_dispositions import *  # noqa: F403
