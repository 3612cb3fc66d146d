"""The policy lab: up to four plans compared side by side on the same runs (``ui.lab.window``)."""
