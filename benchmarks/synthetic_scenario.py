"""A synthetic scenario of any size, valid for the app, in the default vocabulary: for benchmarks.

    python benchmarks/synthetic_scenario.py --actors 150 --out /tmp/synthetic-150.yaml

The kinds and regions are read from the default vocabulary (``resources/vocabulary/default.yaml``),
not written here: one stage per kind along the main chain (source, carriers, group, market; the
equipment and money kinds are left out), the actors spread evenly over the stages, each linked to
a few actors of the next stage, about one in ten latent. Names and texts say they are synthetic;
the numbers are arbitrary, chosen only so that the flow has somewhere to go when an actor is removed.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


import yaml

from model.scenario.vocabulary import default_vocabulary_data

MAIN_CHAIN_ROLES = ("source", "carrier", "group", "market")
SOURCES = [{"publisher": "Benchmark", "title": "Synthetic network (no real actor)"}]


def _chain(vocabulary: dict[str, Any]) -> list[dict[str, Any]]:
    """The default vocabulary's kinds along the main chain, in the order the vocabulary lists them
    (a scenario's own order): every kind whose role moves the trade itself, the market last."""
    kinds = [k for k in vocabulary["kinds"] if k["role"] in MAIN_CHAIN_ROLES]
    return [k for k in kinds if k["role"] != "market"] + [k for k in kinds if k["role"] == "market"]


def synthetic_scenario(n_actors: int, seed: int = 1, fan_out: int = 3) -> dict[str, Any]:
    """A valid scenario (as data, like a YAML file) with about ``n_actors`` actors."""
    rng = random.Random(seed)
    vocabulary = default_vocabulary_data()
    chain = _chain(vocabulary)
    regions = [r["id"] for r in vocabulary["regions"]]
    n_actors = max(n_actors, 2 * len(chain))
    sizes = [n_actors // len(chain) + (1 if i < n_actors % len(chain) else 0) for i in range(len(chain))]
    stages, actors, layers = [], [], []
    for i, kind in enumerate(chain):
        stage_id = f"stage_{i + 1}"
        stages.append(
            {
                "id": stage_id,
                "title": f"Stage {i + 1}: {kind['label']}",
                "short_title": kind["label"][:40],
                "narrative": "A synthetic stage for benchmarks.",
            }
        )
        # Regions advance with the chain, so the bands look like the bundled scenario's.
        region = regions[min(len(regions) - 1, i * len(regions) // len(chain))]
        layer = []
        for j in range(sizes[i]):
            actor_id = f"s{i + 1}_actor_{j + 1}"
            latent = j % 10 == 9 and kind["role"] != "market"
            layer.append(actor_id)
            actors.append(
                {
                    "id": actor_id,
                    "name": f"{kind['label']} {j + 1}",
                    "stage": stage_id,
                    "kind": kind["id"],
                    "region": region,
                    "description": "A synthetic actor for benchmarks.",
                    "capacity": float(rng.randint(5, 20)),
                    "unit_cost": float(rng.randint(1, 10)),
                    "sources": [dict(source) for source in SOURCES],  # copies: the reader refuses YAML aliases
                    "latent": latent,
                    **({"entry_lag_months": 3, "entry_price": 1.2} if latent else {}),
                }
            )
        layers.append(layer)
    routes = []
    for upstream, downstream in itertools.pairwise(layers):
        reached = set()
        for actor_id in upstream:
            targets = rng.sample(downstream, min(fan_out, len(downstream)))
            reached.update(targets)
            routes += [
                {"from": actor_id, "to": t, "capacity": float(rng.randint(5, 15)), "unit_cost": float(rng.randint(0, 3))} for t in targets
            ]
        routes += [{"from": rng.choice(upstream), "to": t, "capacity": 10.0, "unit_cost": 1.0} for t in downstream if t not in reached]
    market_capacity = sum(a["capacity"] for a in actors if a["stage"] == stages[-1]["id"] and not a["latent"])
    return {
        "id": f"synthetic_{n_actors}",
        "title": f"Synthetic network of {len(actors)} actors",
        "information_date": "not applicable (synthetic)",
        "illustrative_note": "A synthetic network for benchmarks: every name and number is made up.",
        "stages": stages,
        "actors": actors,
        "routes": routes,
        "market": {"demand": market_capacity * 0.6, "elasticity": 0.5},
    }


def write_scenario(path: Path, n_actors: int, seed: int = 1) -> Path:
    """Write the synthetic scenario as a YAML file the app opens (``--scenario FILE``)."""
    path.write_text(yaml.safe_dump(synthetic_scenario(n_actors, seed), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_scenario(args.out, args.actors, args.seed)
    print(f"wrote {args.out} ({args.actors} actors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
