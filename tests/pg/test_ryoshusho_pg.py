"""tests/services/test_ryoshusho.py on PostgreSQL (see conftest.py); the CLI test needs an SQLite file."""

from tests.services.test_ryoshusho import *  # noqa: F403
from tests.services.test_ryoshusho import test_cli

del test_cli
