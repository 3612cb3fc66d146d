"""The app's data: bundled scenarios (one file per scenario and language), the default vocabulary,
texts, styles, translations and icons. Code finds them with ``importlib.resources``."""

DEFAULT_SCENARIO = "fentanyl_trade"  # the id of the scenario the app opens by default
APP_ID = "fentanyl-trade-explorer"  # the app's name in folders (its cache) and files (its icon, its .desktop file)
ICON = f"icons/{APP_ID}.png"
