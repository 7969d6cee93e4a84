"""tests/ui/test_close_dialog.py on PostgreSQL (see conftest.py): the screens on the central database."""

from tests.ui.conftest import *  # noqa: F403
from tests.ui.test_close_dialog import *  # noqa: F403
