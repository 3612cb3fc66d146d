"""Data only: bundled scenarios and styles, loaded with importlib.resources."""
