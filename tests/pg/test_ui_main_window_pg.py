"""tests/ui/test_main_window.py on PostgreSQL (see conftest.py): the screens on the central database."""

from tests.ui.conftest import *  # noqa: F403
from tests.ui.test_main_window import *  # noqa: F403
