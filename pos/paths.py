"""Where things live: the repository's resources and alembic folder, and the default database file."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
ALEMBIC_DIR = ROOT / "db"
FONT_FILE = RESOURCES / "fonts" / "ipaexg.ttf"
FONT_FAMILY = "IPAexGothic"
APP_NAME = "booth-pos"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "booth.db"
