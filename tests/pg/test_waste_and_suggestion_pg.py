"""tests/services/test_waste_and_suggestion.py on PostgreSQL (see conftest.py)."""

from tests.services.test_waste_and_suggestion import *  # noqa: F403

# SQLite-only here (an SQLite file of their own, or db_path); covered on SQLite in tests/services
del test_the_cli_prints_the_report_and_writes_a_csv  # noqa: F821
del test_a_formula_like_name_is_neutralised_in_the_csv  # noqa: F821
del test_the_cli_suggests  # noqa: F821
