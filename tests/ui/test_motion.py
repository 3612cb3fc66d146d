"""Motion in the explorer: markers that move over a network drawn once per state (and never over a
stale one), that stop when nobody can see them, reduced motion, full screen, and the month controls'
drawn icons."""

from __future__ import annotations

from tests.ui.conftest import WindowFactory


def test_the_month_controls_show_drawn_icons_and_plain_words(make_window: WindowFactory) -> None:
    """No glyph from a font (the pause sign showed as an empty box): drawn icons, and words a
    screen reader says as they are."""
    strip = make_window().impact
    pictures = {}
    for playing, word in ((False, "Play"), (True, "Pause")):
        strip.set_playing(playing)
        assert strip.play.text() == word and strip.play.accessibleName() == word
        image = strip.play.icon().pixmap(32, 32).toImage()
        inked = sum(1 for y in range(32) for x in range(32) if image.pixelColor(x, y).alpha() > 128)
        assert inked > 60, f"the {word} icon is drawn"
        pictures[word] = image
    strip.set_playing(False)
    assert pictures["Play"] != pictures["Pause"]
    for button, name in ((strip.step_back, "Previous month"), (strip.step_forward, "Next month")):
        assert button.accessibleName() == name and not button.icon().isNull() and button.text() == ""
