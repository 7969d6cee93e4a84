"""Where things live: the app's resources and alembic folder, and the default database file.

From source these are the repository's `resources/` and `db/`; in the one-folder app built by
`make dist` (PyInstaller, packaging/booth_pos.spec) they are copied next to the frozen modules, in
the folder PyInstaller names `sys._MEIPASS`. `bundle_root()` is the one place that tells the two apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir


def is_frozen() -> bool:
    """True inside the app built by PyInstaller (`make dist`)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder that holds `resources/` and `db/`: the bundle's data folder when frozen, else the repository."""
    if is_frozen():
        return Path(sys._MEIPASS).resolve()  # type: ignore[attr-defined]  # set by PyInstaller's bootloader only
    return Path(__file__).resolve().parent.parent


ROOT = bundle_root()
RESOURCES = ROOT / "resources"
ALEMBIC_DIR = ROOT / "db"
FONT_FILE = RESOURCES / "fonts" / "ipaexg.ttf"
FONT_FAMILY = "IPAexGothic"
APP_NAME = "booth-pos"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "booth.db"
