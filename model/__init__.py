"""The Qt-free model: scenario files, the supply network, flows, months of adaptation, analyses."""
