"""``python -m fentanyl_trade_explorer``: the same as the ``fentanyl-trade-explorer`` command."""

import sys

from fentanyl_trade_explorer import main

if __name__ == "__main__":
    sys.argv[0] = "python -m fentanyl_trade_explorer"  # the usage line names the command that was typed
    sys.exit(main())
