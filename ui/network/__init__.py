"""The network drawing: items, the scene that lays them out, the view that shows and steers it."""
