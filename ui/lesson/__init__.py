"""What the learner sees and does, without Qt: the learner's state, every sentence made from the
model's numbers, the scenario's documents, the layered layout of the network and the command line's
reports. The Qt widgets in the rest of ``ui`` and the command line render what this layer returns;
this layer never imports PySide6, shiboken6, matplotlib or the rest of ``ui`` (import-linter checks it).
"""
