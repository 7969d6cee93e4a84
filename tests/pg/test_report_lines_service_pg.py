"""tests/services/test_report_lines_service.py on PostgreSQL (see conftest.py)."""

from tests.services.test_report_lines_service import *  # noqa: F403
