"""The trainers' bundle starts here: the same command line as ``python main.py``.

With FTE_STARTUP_PROBE set it runs packaging/startup_probe.py instead, which opens the explorer and
reports when the network has painted: how tests/distribution compares its start with the source's.
"""

import os
import sys
from pathlib import Path


def use_bundled_fonts() -> None:
    """Let the bundle's fontconfig find the machine's fonts and, failing those, the DejaVu it carries."""
    internal = Path(getattr(sys, "_MEIPASS", Path(__file__).parent))
    config = internal / "fontconfig" / "fonts.conf"
    if config.is_file():
        os.environ.setdefault("FONTCONFIG_FILE", str(config))


if __name__ == "__main__":
    use_bundled_fonts()
    if os.environ.get("FTE_STARTUP_PROBE"):
        from startup_probe import probe

        sys.exit(probe())
    from fentanyl_trade_explorer import main  # (explains a missing system library instead of a traceback)

    sys.exit(main())
