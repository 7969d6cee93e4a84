"""The app's log file: a rotating file in the user's log folder, for errors nobody expected.

`setup_logging()` is called once by the app and the CLI; `log_path()` is what messages show so a
volunteer can hand the file to whoever helps. POS_LOG_DIR overrides the folder (tests use it).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from pos.paths import APP_NAME

LOGGER_NAME = "pos"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def log_path() -> Path:
    folder = os.environ.get("POS_LOG_DIR") or user_log_dir(APP_NAME, appauthor=False)
    return Path(folder) / "booth-pos.log"


def setup_logging() -> logging.Logger:
    """Attach the rotating file handler once; a folder that cannot be written leaves logging to stderr."""
    logger = logging.getLogger(LOGGER_NAME)
    path = log_path()
    if any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        return logger
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        os.chmod(path, 0o600)
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def log_unexpected(error: BaseException) -> Path:
    """Write an unexpected error with its traceback to the log; return the log file's path."""
    setup_logging().error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return log_path()
