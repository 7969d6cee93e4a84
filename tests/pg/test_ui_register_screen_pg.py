"""tests/ui/test_register_screen.py on PostgreSQL (see conftest.py): the screens on the central database."""

from tests.ui.conftest import *  # noqa: F403
from tests.ui.test_register_screen import *  # noqa: F403
