"""Starting the app: Qt application, the bundled Japanese font, translations, the database, the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from pos.paths import FONT_FAMILY, FONT_FILE, RESOURCES
from pos.services.store import Database, open_database
from pos.ui.i18n import set_language, tr_args

BASE_POINT_SIZE = 12


def load_font(app: QApplication, point_size: int = BASE_POINT_SIZE) -> str:
    """Register the shipped IPAex Gothic and make it the app font (no system CJK font needed)."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else FONT_FAMILY
    app.setFont(QFont(family, point_size))
    return family


#: (context, source) → Japanese, for what qtbase_ja.qm lacks.
QT_GAPS_JA = {
    ("QFileDialog", "&Look in:"): "場所(&L):",
    ("QFileDialog", "Files of &type:"): "ファイルの種類(&T):",
    ("QFileDialog", "Look in:"): "場所:",
    ("QFileDialog", "Files of type:"): "ファイルの種類:",
}


class QtGapsTranslator(QTranslator):
    """Japanese for the few Qt strings that Qt's own qtbase_ja.qm lacks (its file dialog says "Look in:")."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return QT_GAPS_JA.get((context, source))  # None: not ours (an empty string would blank every text)

    def isEmpty(self) -> bool:
        return False


def install_qt_japanese(app: QApplication) -> list[QTranslator]:
    """Qt's own dialogs (file dialog labels, Yes/No, Cancel) in Japanese whatever the system locale.

    A bundled copy (resources/translations, where `make dist` puts it) is tried before Qt's folder."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name in ("qtbase_ja", "qt_ja"):
        qt_strings = QTranslator(app)
        if qt_strings.load(name, str(RESOURCES / "translations")) or qt_strings.load(name, qt_dir):
            app.installTranslator(qt_strings)
            installed.append(qt_strings)
    gaps = QtGapsTranslator(app)
    app.installTranslator(gaps)  # asked first
    installed.append(gaps)
    return installed


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """English comes from resources/translations/booth_pos_en.qm; Japanese is the source language.

    Qt's own strings (Cancel, Yes/No ...) come from Qt's translations shipped with PySide6.
    """
    set_language(language)
    if not language.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
        install_qt_japanese(app)
        return None
    translator = QTranslator(app)
    if translator.load(str(RESOURCES / "translations" / "booth_pos_en.qm")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return translator
    return None


SWITCH_INTERVAL_S = 0.001


def create_application(language: str = "ja", argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Booth POS")
    app.setOrganizationName("booth-pos")
    # A worker running Python (a year's analytics, a merge, a page's first rows) holds the interpreter
    # lock for up to the switch interval each time the GUI thread wants it back — at every call into a
    # Python model or override while Qt lays out and paints. 5 ms by default: a page painted while a
    # worker read took several times as long. 1 ms bounds each wait; the workers lose a little speed.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    load_font(app)
    install_translator(app, language)
    return app


def _seed_with_progress(db: Database) -> bool:
    """First start of `make run`: fill an empty database with demo data, showing that it is busy.
    False (the failure shown) when it could not."""
    from pos.domain.clock import today_local
    from pos.services.demo import is_empty, seed_demo
    from pos.ui.operations import read_op, run_op, show_error

    if not read_op(None, db, lambda: is_empty(db), False):
        return True
    progress = QProgressDialog("デモデータを作成しています…", "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle("Booth POS")
    progress.setMinimumDuration(0)
    outcome: dict[str, object] = {}
    run_op(
        None,
        db,
        lambda: seed_demo(db, today=today_local()),
        background=True,
        busy=False,
        on_done=lambda result: (outcome.setdefault("ok", result), progress.close()),
        on_failed=lambda error: (outcome.setdefault("error", error), progress.close()),
    )
    progress.exec()
    error = outcome.get("error")
    if isinstance(error, BaseException):  # on_failed stores nothing else
        show_error(None, error)
        return False
    return True


def _may_create(db: str | None) -> bool:
    """A missing database file is created only when the person says so (a mistyped --db or a
    disconnected USB stick must not silently start an empty booth)."""
    from PySide6.QtCore import QCoreApplication

    from pos.services.store import resolve_url, sqlite_path
    from pos.ui.operations import read_op

    path = read_op(None, None, lambda: sqlite_path(resolve_url(db)), None)  # a bad URL: said when opening
    if path is None or path.exists():
        return True
    text = tr_args(
        QCoreApplication.translate(
            "App", "データベースファイル「%1」はまだありません。新しいデータベースをここに作りますか？"
        ),
        str(path),
    )
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(None, "Booth POS", text, yes | no, no) == yes


def run_app(db: str | None = None, language: str | None = None, seed_demo_if_new: bool = False) -> int:
    from PySide6.QtCore import QSettings

    from pos.applog import setup_logging
    from pos.ui.main_window import MainWindow
    from pos.ui.operations import install_excepthook, read_op
    from pos.ui.theme import apply_theme

    os.umask(0o077)  # every file the app creates (temp copies, exports, PDFs) is owner-only
    setup_logging()

    QApplication.setOrganizationName("booth-pos")
    QApplication.setApplicationName("Booth POS")
    settings = QSettings("booth-pos", "Booth POS")
    app = create_application(language or str(settings.value("language", "ja")))
    apply_theme(app, str(settings.value("font_size", "標準")), bool(settings.value("high_contrast", False, type=bool)))
    if not seed_demo_if_new and not _may_create(db):
        return 2
    # before the window: a refusal (a newer or damaged file, a failed upgrade) is shown and ends the run
    database = read_op(None, None, lambda: open_database(db), None)
    if database is None:
        return 2
    if seed_demo_if_new and not _seed_with_progress(database):
        database.dispose()
        return 2
    install_excepthook()  # from here on an unexpected error is logged and shown; the app keeps running
    window = MainWindow(database, ask_to_open=True)
    window.show()
    code = app.exec()
    database.dispose()
    return code
