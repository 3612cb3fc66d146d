"""Translation without Qt: every sentence the lesson layer makes goes through ``translate``.

``translate(context, source, disambiguation, n)`` has the signature of Qt's
``QCoreApplication.translate``, so that ``pyside6-lupdate`` finds the strings, and the window can
install Qt's own translator with ``set_translator``. Source strings are whole English sentences with
named ``{placeholders}`` (filled by ``str.format`` after translation) and ``%n`` for the count that
chooses a plural form, as in Qt: "%n actor(s) removed." Without a translator, English plurals are made
from the "(s)" markers.

Pass the count positionally, ``translate("describe", "%n actor(s) removed.", None, count)``, as Qt's
own calls do; ``python packaging/translations.py update`` collects the strings into
``resources/translations/`` (and mends what pyside6-lupdate misreads in Python: see that script).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]

_PLURAL_MARK = re.compile(r"\((s|es)\)")


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with ``%n`` filled and "(s)" resolved for the count ``n``."""
    if n < 0:
        return source
    text = source.replace("%n", str(n))
    return _PLURAL_MARK.sub(lambda m: "" if n == 1 else m.group(1), text)


_current: Translator = english


def set_translator(translator: Translator | None) -> None:
    """Use this translator for every sentence from now on (None: English)."""
    global _current
    _current = translator or english


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The sentence in the learner's language; see the module docstring."""
    return _current(context, source, disambiguation, n)


_AFTER_N = "n\U0010ffff"  # Spanish sorts "ñ" as a letter of its own, after every "n…" and before "o"


def collation_key(text: str) -> tuple[str, str]:
    """A sort key that reads accented letters as their base letter ("árbol" with the a's, not after "z"),
    ignores case and leading punctuation ("¿", "«"), and keeps "ñ" after "n"; the text itself breaks ties.
    Python's locale module would need the system's locales installed, which a classroom machine may lack."""
    folded = text.casefold().replace("\u00f1", _AFTER_N)
    folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return folded.lstrip(" \t\u00bf\u00a1\u00ab\"'(["), text
