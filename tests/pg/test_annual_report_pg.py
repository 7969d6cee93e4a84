"""tests/services/test_annual_report.py on PostgreSQL (see conftest.py)."""

from tests.services.test_annual_report import *  # noqa: F403
