"""tests/services/test_markdowns.py on PostgreSQL (see conftest.py)."""

from tests.services.test_markdowns import *  # noqa: F403
