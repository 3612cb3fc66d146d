"""The interface in Spanish (issue 12): no English left on any screen, a switch that keeps the
learner's session, View > Language remembered, --lang for pictures and reports."""

from __future__ import annotations

import functools
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.ui.conftest import WindowFactory
    from ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "explorer_es.ts"


@pytest.fixture
def spanish() -> Iterator[None]:
    """The interface in Spanish for one test, English again after it (the language is the process's)."""
    from ui.app import create_application
    from ui.language import use_language

    create_application()
    assert use_language("es") == "es"
    yield
    use_language("en")


@functools.cache
def _english_patterns() -> tuple[list[tuple[str, re.Pattern[str]]], list[str]]:
    """Every catalogue source whose Spanish differs, as a pattern a whole text would match (placeholders
    stand for anything, %n for a number), and the long fixed ones to look for inside longer texts."""
    whole: list[tuple[str, re.Pattern[str]]] = []  # (its longest fixed part, for a quick look first; the pattern)
    inside: list[str] = []
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if all(form == source for form in forms):
            continue  # "{tip} ({keys})", "A+": the same in both languages
        pattern = re.escape(source.replace("&", ""))
        pattern = re.sub(r"\\\{[a-z_]+\\\}", ".+?", pattern).replace("%n", r"\d+").replace(r"\(s\)", "s?").replace(r"\(es\)", "(es)?")
        literal = re.sub(r"\{[a-z_]+\}|%n", "", source)
        if len(re.findall(r"[A-Za-z]{2,}", literal)) >= 2 or "{" not in source:  # a pattern with words of its own, not "{first} and {last}"
            fixed = max(re.split(r"\{[a-z_]+\}|%n|\(e?s\)", source.replace("&", "")), key=len)
            whole.append((fixed, re.compile(pattern, re.DOTALL)))
        if "{" not in source and "%n" not in source and len(source.split()) >= 4 and "\n" not in source:
            inside.append(source)
    return whole, inside


def _texts(window: Any) -> set[str]:
    """Every text a learner can see or hear in ``window``: labels, buttons, menus, actions, tool tips,
    accessible names, list and combo items, tab titles and rich text."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QTabWidget,
        QTextBrowser,
        QTextEdit,
        QWidget,
    )

    found: set[str] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        found |= {widget.toolTip(), widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()}
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QMenu):
            found.add(widget.title())
        if isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                found |= {widget.item(i).text(), widget.item(i).toolTip()}
        if isinstance(widget, QTabWidget):
            found |= {widget.tabText(i) for i in range(widget.count())} | {widget.tabToolTip(i) for i in range(widget.count())}
        if isinstance(widget, QTextEdit | QTextBrowser):
            found.add(widget.toPlainText())
    for action in window.findChildren(QAction):
        found |= {action.text(), action.toolTip(), action.iconText(), action.statusTip()}
    return {text for text in found if text and text.strip()}


def _scenario_strings(scenario: Any) -> str:
    """Every text of the scenario file, joined: scenario text is data (translated in its own file), so a
    catalogue phrase that also appears there is not evidence of an untranslated interface."""
    from tests.texts import scenario_strings

    return "\n".join(scenario_strings(scenario))


# The words Qt writes itself on standard buttons (translated by Qt's own qtbase_es.qm, not our catalogue).
QT_STANDARD_WORDS = frozenset({"OK", "Open", "Save", "Cancel", "Close", "Discard", "Apply", "Reset", "Help", "Yes", "No", "Retry"})


def _english_left(texts: set[str], scenario_text: str = "") -> list[str]:
    whole, inside = _english_patterns()
    left = []
    for text in texts:
        for part in [text, *text.splitlines()]:
            plain = part.replace("&", "").strip()
            if plain in QT_STANDARD_WORDS:
                left.append(part)
            if any(fixed in plain and p.fullmatch(plain) for fixed, p in whole):
                left.append(part)
        left += [f"{source!r} in {text[:60]!r}" for source in inside if source in text and source not in scenario_text]
    return sorted(set(left))


def _dialog_texts(window: MainWindow) -> set[str]:
    """The texts of the window's dialogs (built, not run: their exec() would wait for a click)."""
    from ui.dialogs import TextDialog
    from ui.legend import LegendDialog
    from ui.lesson.documents import about_markdown, glossary_markdown, keyboard_markdown

    found: set[str] = set()
    for dialog in (
        LegendDialog(window),
        TextDialog(window.tr("Keyboard"), keyboard_markdown(), window),
        TextDialog(window.tr("Glossary"), glossary_markdown(window.scenario), window),
        TextDialog("", about_markdown(window.scenario), window),
        TextDialog(window.tr("My predictions"), window.prediction.history(), window),
    ):
        found |= _texts(dialog)
        dialog.deleteLater()
    return found


def test_the_collector_finds_english_in_an_english_window(qtbot: QtBot, make_window: WindowFactory) -> None:
    """The check below can fail: in English, it finds the catalogue's strings on screen."""
    window = make_window()
    left = _english_left(_texts(window))
    assert any("Next stage" in text for text in left) and any("Reset all" in text for text in left)


def test_no_english_string_remains_at_any_stage_after_a_removal_and_a_preset(
    qtbot: QtBot, make_window: WindowFactory, spanish: None
) -> None:
    from model.catalogue import default_scenario_path

    window = make_window(default_scenario_path("es"))  # the Spanish scenario file where there is one
    window.load_chart()
    scenario_text = _scenario_strings(window.scenario)
    left: set[str] = set()
    for stage in range(len(window.scenario.stages)):
        window.go_to_stage(stage)
        window.settle()
        left |= set(_english_left(_texts(window), scenario_text))
    removable = next(a for a in window.network.actors.values() if not a.latent and a.id in window.assessor.baseline.actor_flow)
    window.select_actor(removable.id)
    window.remove_actor(removable.id)
    window.set_month(6)
    window.settle()
    left |= set(_english_left(_texts(window), scenario_text))
    window.apply_preset(window.scenario.presets[0].id)
    window.settle()
    left |= set(_english_left(_texts(window) | _dialog_texts(window), scenario_text))
    assert not left, "English on screen in Spanish:\n" + "\n".join(sorted(left))
    assert window.menuBar().actions()[0].text() == "&Archivo"


def test_switching_language_keeps_the_session_and_is_remembered(qtbot: QtBot, make_window: WindowFactory, fresh_settings: Path) -> None:
    from PySide6.QtCore import QSettings

    from ui.language import LANGUAGE_KEY, current_language, use_language
    from ui.settings import user_settings

    window = make_window(store=user_settings())
    window.go_to_stage(2)
    actor = next(a for a in window.network.actors.values() if not a.latent and a.id in window.assessor.baseline.actor_flow)
    window.remove_actor(actor.id)
    window.set_month(5)
    before = window.session
    try:
        spanish_window = window.language_menu.choose("es")
        qtbot.addWidget(spanish_window)
        after = spanish_window.session
        assert current_language() == "es"
        assert (after.stage, after.month, after.plan.removed) == (before.stage, before.month, before.plan.removed)
        assert spanish_window.size() == window.size()
        assert spanish_window.menuBar().actions()[0].text() == "&Archivo"
        assert spanish_window.language_menu.actions["es"].isChecked()
        assert QSettings(user_settings().fileName(), QSettings.Format.IniFormat).value(LANGUAGE_KEY) == "es"
        english_window = spanish_window.language_menu.choose("en")
        qtbot.addWidget(english_window)
        assert english_window.menuBar().actions()[0].text() == "&File"
        assert english_window.session.plan.removed == before.plan.removed
    finally:
        use_language("en")


def test_the_language_is_the_remembered_one_else_the_system_s(fresh_settings: Path) -> None:
    from PySide6.QtCore import QLocale

    from ui.app import create_application
    from ui.language import chosen_language, remember_language
    from ui.settings import user_settings

    create_application()
    store = user_settings()
    system = "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"
    assert chosen_language(None, store) == system
    remember_language(store, "es")
    assert chosen_language(None, store) == "es"
    assert chosen_language("en", store) == "en"


def test_numbers_follow_the_es_mx_conventions_in_spanish(spanish: None) -> None:
    """es_MX writes numbers as English does (1,234.5); the separators do come from the locale."""
    from PySide6.QtCore import QLocale

    from ui.lesson.numbers import format_amount, format_index, format_share

    assert QLocale().name() == "es_MX"
    assert (format_amount(12345.0), format_amount(2.5), format_share(0.125, 1), format_index(1.31)) == ("12,345", "2.5", "12.5%", "1.31")


def test_the_command_line_s_json_keeps_english_keys_with_lang_es(capsys: pytest.CaptureFixture[str]) -> None:
    import main
    from ui.language import current_language, use_language

    try:
        assert main.main(["--lang", "es", "simulate", "--remove", "cjng", "--months", "3", "--json"]) == 0
        assert current_language() == "es"
        data = json.loads(capsys.readouterr().out)
    finally:
        use_language("en")
    assert {"removed", "baseline", "immediate"} <= set(data)


def test_the_command_line_s_text_reports_speak_spanish_with_lang_es(capsys: pytest.CaptureFixture[str]) -> None:
    import main
    from ui.language import use_language

    try:
        assert main.main(["--lang", "es", "simulate", "--remove", "cjng", "--months", "2"]) == 0
        simulate = capsys.readouterr().out
        assert main.main(["--lang", "es", "analyze", "--months", "2"]) == 0
        analyze = capsys.readouterr().out
    finally:
        use_language("en")
    assert "Justo después:" in simulate and "  mes  entregado" in simulate and "Immediately after" not in simulate
    assert "Cada actor activo eliminado por separado" in analyze and "Conjunto mínimo de actores" in analyze
    assert main.main(["simulate", "--remove", "cjng", "--months", "2"]) == 0
    assert "Immediately after:" in capsys.readouterr().out  # and English again after it


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_in_spanish_what_happened_shows_whole_after_removing_each_stage_s_busiest_actor(
    make_window: WindowFactory, spanish: None, size: tuple[int, int]
) -> None:
    """Spanish runs about a fifth longer than English: at both classroom sizes the strip's sentence and
    numbers fit without scrolling, also after a preset (the longest sentence: "Con 1 cambio más ...")."""
    from model.catalogue import default_scenario_path

    window = make_window(default_scenario_path("es"), size=size)
    words = window.impact.words_scroll
    baseline = window.assessor.baseline.actor_flow
    cut: list[str] = []
    for index, stage in enumerate(window.scenario.stages):
        active = [a.id for a in window.scenario.actors if a.stage == stage.id and not a.latent and baseline.get(a.id, 0) > 0]
        if not active:
            continue
        busiest = max(active, key=lambda actor: baseline[actor])
        for preset in ((), ("demand_reduction",)):
            window.reset_all()
            for name in preset:
                window.apply_preset(name)
            window.go_to_stage(index)
            window.select_actor(busiest)
            window.remove_actor(busiest)
            window.settle()
            if words.verticalScrollBar().maximum() > 0:
                cut.append(f"{busiest} after {preset or 'nothing'}: {window.impact.sentence.text()[:60]}")
    assert window.impact.sentence.text().startswith("Con 1 cambio"), window.impact.sentence.text()[:40]
    assert not cut, "the What happened box scrolls at " + "x".join(map(str, size)) + ":\n" + "\n".join(cut)


def test_a_spanish_handout_is_dated_the_spanish_way_and_lang_follows_the_command_too(spanish: None) -> None:
    """A teacher types "handout --lang es" as readily as "--lang es handout": both give a Spanish handout,
    headed "hecha el 2 de diciembre de 2026" (not "2 diciembre 2026")."""
    import main
    from model.assessor import Assessor
    from model.catalogue import default_scenario_path
    from model.network import SupplyNetwork
    from model.scenario import load_scenario
    from ui.exports import handout_of
    from ui.lesson.describe import Describer
    from ui.lesson.session import Session

    network = SupplyNetwork(load_scenario(default_scenario_path("es")))
    handout, _chart = handout_of(Session(network), Assessor(network, months=3), Describer(network))
    assert re.search(r"hecha el \d{1,2} de [a-z]+ de \d{4}\.", handout.markdown()), handout.markdown()[:300]
    parser = main.build_parser()
    for argv in (["handout", "--lang", "es", "--out", "a.pdf"], ["--lang", "es", "handout", "--out", "a.pdf"]):
        assert parser.parse_args(argv).lang == "es"
    assert parser.parse_args(["simulate", "--remove", "cjng"]).lang is None


@pytest.mark.parametrize(("width", "height"), [(7.4, 3.4), (10.0, 4.2), (17.0, 6.0)])
def test_the_lab_s_charts_keep_spanish_titles_and_plan_names_apart(spanish: None, width: float, height: float) -> None:
    """The lab's two charts at the widths a 1024x768 to 1920x1080 window gives them, in Spanish with four
    long plan names: the titles wrap within their own chart (they ran into each other), and the legend
    stays inside the figure (it ran off its right edge)."""
    from model.catalogue import default_scenario_path
    from model.network import SupplyNetwork
    from model.scenario import load_scenario
    from ui.lab.figures import FanPlan, fan_figure
    from ui.lesson.comparison import LabWords

    scenario = load_scenario(default_scenario_path("es"))
    flat = (tuple([0.5] * 25),) * 3
    plans = [
        FanPlan(preset.name, colour, flat, flat) for preset, colour in zip(scenario.presets[:4], ("C0", "C1", "C2", "C3"), strict=True)
    ]
    figure = fan_figure(LabWords(SupplyNetwork(scenario)), plans, 24, width, height, 11.0)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    supply, price = figure.axes
    left, right = (axes.title.get_window_extent(renderer) for axes in (supply, price))
    assert left.x1 < right.x0, "the two charts' titles overlap"
    for title in (left, right):
        assert title.y0 >= max(supply.get_window_extent(renderer).y1, price.get_window_extent(renderer).y1) - 1, (
            "a title runs into its chart"
        )
        assert title.y1 <= figure.bbox.y1 + 1, "a title is cut at the top"
    legend = figure.legends[0].get_window_extent(renderer)
    assert figure.bbox.x0 - 1 <= legend.x0 and legend.x1 <= figure.bbox.x1 + 1, "the legend runs off the figure"
    lowest = min(axes.xaxis.label.get_window_extent(renderer).y0 for axes in (supply, price))
    assert legend.y1 <= lowest + 1, "the legend covers a chart's month axis"


def test_in_spanish_every_stage_title_shows_whole_when_the_stage_list_scrolls(make_window: WindowFactory, spanish: None) -> None:
    """At 1024x768 after a long "What happened" the stage list gets short and scrolls: every title still
    has the height it needs at the width left beside the scroll bar (it showed "1 …" and "4 …")."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    from model.catalogue import default_scenario_path

    window = make_window(default_scenario_path("es"), size=(1024, 768))
    window.go_to_stage(3)
    window.select_actor("sinaloa_chapitos")
    window.remove_actor("sinaloa_chapitos")
    window.set_month(12)
    window.settle()
    stages = window.stage_column.list
    assert stages.verticalScrollBar().isVisible(), "the list scrolls here: the case this test is for"
    # The text's width inside an item: the stylesheet's padding and border (explorer.qss: 4 + 4 + 4 px)
    # and the style's text margins on both sides.
    text_margin = stages.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    width = stages.viewport().width() - 12 - 2 * text_margin
    short = []
    for row in range(stages.count()):
        item = stages.item(row)
        needed = QFontMetrics(item.font()).boundingRect(0, 0, width, 1000, Qt.TextFlag.TextWordWrap, item.text()).height()
        if item.sizeHint().height() < needed:
            short.append((item.text(), item.sizeHint().height(), needed))
    assert not short, short
