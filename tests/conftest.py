"""Test-wide setup: Qt runs offscreen, so GUI tests need no screen; hypothesis is reproducible in CI."""

import os

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

# In CI the same examples run every time, so a red build can be reproduced; developers' runs keep
# exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
