"""tests/services/test_stock.py on PostgreSQL (see conftest.py)."""

from tests.services.test_stock import *  # noqa: F403
