"""How large a scenario may be: the most actors and routes the app can draw and analyse.

The network view draws every actor as a box in its stage's column and every route as a line: at 200
actors a column holds some 35 boxes, small but legible with the view's zoom; more are slivers.
``analyze`` removes each actor in turn and simulates the months after, so its time grows with the
number of actors times the months times one solve, and a solve grows faster than the network: on a
2-core machine, 200 actors and 1,000 routes take a few seconds, and under 20 seconds of CPU where
every month is short of supply (every actor then grows and every month needs a solve). A 5,000-actor
file took a quarter of an hour. docs/scenario-format.md states the limits; the loader checks them.
"""

from __future__ import annotations

MAX_ACTORS = 200
MAX_ROUTES = 1_000
# A file with thousands of mistakes (every route id misspelt) is told its first ones.
MAX_PROBLEMS = 100
