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
        try:
            data = database_file(db)
            data_text, backups_text = str(data), str(backup_folder(data))
        except PosError:  # a PostgreSQL server: no file here, backups are the server's
            data_text, backups_text = db.url.split("@")[-1], self.tr("（サーバーのバックアップ手順に従う）")
        return "\n".join([
            self.tr("Booth POS バージョン %1").replace("%1", pos.__version__),
            "",
            self.tr("データ: %1").replace("%1", data_text),
            self.tr("バックアップ: %1").replace("%1", backups_text),
            self.tr("ログファイル: %1").replace("%1", str(log_path())),
        ])
