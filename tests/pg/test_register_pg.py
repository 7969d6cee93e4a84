"""tests/services/test_register.py on PostgreSQL (see conftest.py)."""

from tests.services.test_register import *  # noqa: F403
