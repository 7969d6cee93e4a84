"""ヘルプ → このアプリについて: the version, and where the data, its backups and the log file are.

A volunteer asked "where is the data?" reads it here and can copy the paths (the text is selectable).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import pos
from pos.applog import log_path
from pos.domain.errors import PosError
from pos.services.backup import backup_folder, database_file
from pos.services.store import Database
from pos.ui.i18n import tr_args
from pos.ui.operations import read_op


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("このアプリについて"))
        self.text = QLabel(self.about_text(db))
        self.text.setObjectName("aboutText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def about_text(self, db: Database) -> str:
        def where() -> tuple[str, str] | None:
            try:
                data = database_file(db)
            except PosError:  # a PostgreSQL server: no file here, backups are the server's
                return None
            return str(data), str(backup_folder(data))

        found = read_op(self, db, where, None)
        data_text, backups_text = found or (db.url.split("@")[-1], self.tr("（サーバーのバックアップ手順に従う）"))
        return "\n".join(
            [
                tr_args(self.tr("Booth POS バージョン %1"), pos.__version__),
                "",
                tr_args(self.tr("データ: %1"), data_text),
                tr_args(self.tr("バックアップ: %1"), backups_text),
                tr_args(self.tr("ログファイル: %1"), log_path()),
            ]
        )
