"""The user interfaces: ``ui.lesson`` (Qt-free: what the learner sees and does, shared with the command
line's text) and the PySide6 window around it, which draws and wires only. This package's own module
stays free of Qt, so that the command line can import ``ui.lesson`` without loading Qt.
"""
