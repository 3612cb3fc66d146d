"""The interface's language: English or Spanish, chosen by ``--lang``, remembered, or the system's.

``use_language`` installs Qt's translator (resources/translations/explorer_<code>.qm) for the widgets'
``tr()``, plugs it into the lesson layer's ``translate`` (ui/lesson/i18n.py), and sets the number
conventions: ``QLocale`` for Qt's own formatting and the lesson layer's separators (ui/lesson/numbers.py).
Spanish follows the ``es_MX`` locale's conventions (``QLocale("es_MX")``): a decimal point and a comma
between thousands, "1,234.5", as many Latin American classrooms write them (``es_ES`` would write "1.234,5").

``LanguageMenu`` is View > Language (English, Español): choosing one remembers it and re-translates
the open window without a restart. Texts are set when widgets are built, so the window is built again
in the new language and takes over the learner's session (stage, plan, month, predictions, answers),
its size and place, text size, colours and presentation mode; with the bundled scenario, the new
window opens its file in the new language when there is one (same ids, so the session fits).
"""

from __future__ import annotations

import json
import logging
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from ui.lesson import i18n, numbers

if TYPE_CHECKING:
    from ui.window import MainWindow

logger = logging.getLogger(__name__)

LANGUAGES = (("en", "English"), ("es", "Espa\u00f1ol"))  # each named in its own language, as language menus do
LANGUAGE_KEY = "view/language"
LOCALES = {"en": "en_US", "es": "es_MX"}

_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None  # Qt's own words: the Close and Cancel of standard buttons, file dialogs
_current = "en"
_windows: list[MainWindow] = []  # windows built by a switch, kept alive (a top-level window has no parent to hold it)


def system_language() -> str:
    """Spanish when the system's language is Spanish, else English."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def saved_language(store: QSettings | None) -> str | None:
    if store is None:
        return None
    value = store.value(LANGUAGE_KEY)
    return value if value in LOCALES else None


def remember_language(store: QSettings | None, code: str) -> None:
    if store is not None:
        store.setValue(LANGUAGE_KEY, code)


def chosen_language(asked: str | None, store: QSettings | None) -> str:
    """``--lang`` when given, else the one remembered, else the system's."""
    return asked or saved_language(store) or system_language()


def current_language() -> str:
    return _current


def translations_file(code: str) -> Path:
    return Path(str(resources.files("resources").joinpath("translations", f"explorer_{code}.qm")))


def _lesson_translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The lesson layer's sentences from the same file (without needing a QApplication: the command line's reports)."""
    text = _translator.translate(context, source, disambiguation, n) if _translator is not None else ""
    if not text:
        return i18n.english(context, source, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def attach_translator(app: QCoreApplication) -> None:
    """Install the chosen language's translator on ``app`` (created after the language was chosen)."""
    for translator in (_qt_translator, _translator):
        if translator is not None:
            app.installTranslator(translator)


def use_language(code: str) -> str:
    """Translate everything from now on into ``code`` ("en" or "es"); returns the language in use
    (English when the translation file cannot be loaded, which is logged)."""
    global _translator, _current
    app = QCoreApplication.instance()
    if _translator is not None and app is not None:
        app.removeTranslator(_translator)
    _translator = None
    _use_qt_translation(code)
    if code in LOCALES and code != "en":
        translator = QTranslator()
        if translator.load(str(translations_file(code))):
            _translator = translator
            if app is not None:
                app.installTranslator(translator)
        else:
            logger.warning("no translations for %r at %s; the interface stays in English", code, translations_file(code))
    _current = code if _translator is not None else "en"
    locale = QLocale(LOCALES[_current])
    QLocale.setDefault(locale)
    numbers.set_separators(locale.decimalPoint(), locale.groupSeparator())
    i18n.set_translator(_lesson_translate if _translator is not None else None)
    return _current


def _use_qt_translation(code: str) -> None:
    """Qt's own translation (qtbase_<code>.qm, shipped with PySide6) for the texts Qt writes itself: the
    standard buttons (Close, Cancel), file and print dialogs. Without it they stay English (logged)."""
    global _qt_translator
    app = QCoreApplication.instance()
    if _qt_translator is not None and app is not None:
        app.removeTranslator(_qt_translator)
    _qt_translator = None
    if code not in LOCALES or code == "en":
        return
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{code}", folder):
        _qt_translator = translator
        if app is not None:
            app.installTranslator(translator)
    else:
        logger.warning("no Qt translations for %r in %s; standard buttons stay in English", code, folder)


def scenario_in_language(path: Path | None, code: str) -> Path | None:
    """The bundled scenario ``path`` in ``code`` when there is such a file; any other file as it is."""
    from model.catalogue import UnknownScenarioError, bundled, find

    if path is None:
        return None
    entry = next((e for e in bundled() if e.path.resolve() == path.resolve()), None)
    if entry is None:
        return path
    try:
        return find(entry.id, code)
    except UnknownScenarioError:  # pragma: no cover - the id came from the catalogue itself
        return path


class LanguageMenu(QObject):
    """View > Language: English, Español (the one in use is checked)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.view_menu.addMenu(self.tr("Language"))
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            action.setToolTip(self.tr("Show the explorer in {language}").format(language=name))
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> MainWindow:
        """Switch to ``code``: remembered, and the window built again in it (returned; the same one when nothing changes)."""
        if code == current_language():
            return self.window
        remember_language(self.window.store, code)
        use_language(code)
        return rebuild(self.window)


def rebuild(old: MainWindow) -> MainWindow:
    """The window again, in the current language, with the learner's session; the old one closes."""
    from ui.lesson.session_file import from_json, to_json
    from ui.lesson.start import WINDOW_MONTHS
    from ui.startup import load
    from ui.window import MONTHS, MainWindow

    scenario, network, source, assessor = old.scenario, old.network, old.source, old.assessor
    wanted = scenario_in_language(source, current_language())
    if wanted is not None and source is not None and wanted.resolve() != source.resolve():
        try:
            scenario, network, assessor = load(wanted, MONTHS)
            source = wanted
        except Exception:  # the other language's file is broken: keep the scenario open in the language it has
            logger.exception("could not open %s; keeping %s", wanted, source)
    session = old.session
    if network is not old.network:  # same ids in the other language's file: the session file's reader re-binds it
        data = json.loads(to_json(session, old.source))
        data["scenario"] = {"id": scenario.id, "language": scenario.language, "title": scenario.title}  # now this file's
        session = from_json(json.dumps(data), network, WINDOW_MONTHS)
    predict = old.predict_action.isChecked()
    new = MainWindow(scenario, network, source, base_points=old.base_points, assessor=assessor, store=old.store, predict=predict)
    new.predict_exploring_action.setChecked(old.predict_exploring_action.isChecked())
    new.set_text_scale(old.text_scale)
    new.session_files.autosaves, old.session_files.autosaves = old.session_files.autosaves, None  # the new window saves from now on
    new.session_files.show(session)
    new.setGeometry(old.geometry())
    new.setWindowState(old.windowState())
    if old.isVisible():
        new.show()
        new.load_chart()
    if old.presenting:
        new.set_presenting(True)
    old.close()
    old.deleteLater()
    if old in _windows:
        _windows.remove(old)
    _windows.append(new)
    return new
