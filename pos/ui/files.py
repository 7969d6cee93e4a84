"""Where save and open dialogs start: the user's documents folder, never the program's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def documents_path(filename: str) -> str:
    """The suggested path of a file to save: `filename` in the documents folder."""
    return str(documents_folder() / filename)
