"""Test-wide setup: Qt runs offscreen, so GUI tests need no screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
