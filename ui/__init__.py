"""The PySide6 user interface: reads model results and draws them; never solves anything itself."""
