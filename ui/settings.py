"""What the app remembers between sessions: the text size, predicting, reduced motion, the colour
profile (an INI file in the user's settings folder).

Pictures and tests pass no store, so they never read or write the learner's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ui.lesson.documents import APP_NAME

TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.3)
TEXT_SCALE_KEY = "view/text_scale"
REDUCED_MOTION_KEY = "view/reduced_motion"


def user_settings() -> QSettings:
    """The app's own settings file (an INI file in the user's configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME.replace(" ", ""), "explorer")


def saved_text_scale(store: QSettings | None) -> float:
    """The text scale saved last time, if it is one the app offers; else 1."""
    if store is None:
        return 1.0
    try:
        value = float(store.value(TEXT_SCALE_KEY, 1.0))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0
    return value if any(abs(value - s) < 1e-6 for s in TEXT_SCALES) else 1.0


def remember_text_scale(store: QSettings | None, scale: float) -> None:
    if store is not None:
        store.setValue(TEXT_SCALE_KEY, scale)


PREDICT_KEY = "lesson/predict"
PREDICT_EXPLORING_KEY = "lesson/predict_exploring"


def saved_flag(store: QSettings | None, key: str, default: bool) -> bool:
    """A remembered yes/no setting (the default when there is no store or no valid value)."""
    if store is None:
        return default
    value = store.value(key, default)
    if isinstance(value, bool):
        return value
    return {"true": True, "false": False}.get(str(value).lower(), default)


def remember_flag(store: QSettings | None, key: str, value: bool) -> None:
    if store is not None:
        store.setValue(key, value)


PROFILE_KEY = "view/profile"
PRESENT_TEXT_SCALE = 1.3  # presenting: at least this text size (a projected picture is read from the back of the room)


def saved_profile(store: QSettings | None) -> str | None:
    """The colour profile chosen last time (None: none chosen, or no store)."""
    if store is None:
        return None
    value = store.value(PROFILE_KEY)
    return value if isinstance(value, str) and value else None


def remember_profile(store: QSettings | None, name: str) -> None:
    if store is not None:
        store.setValue(PROFILE_KEY, name)
