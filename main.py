"""Fentanyl Trade Explorer: the command line.

    python main.py                      open the app (the bundled scenario)
    python main.py --self-test          check the install works here (offscreen) and exit
    python main.py --scenario FILE      open the app with another scenario
    python main.py --screenshot OUT.png [--size 1280x720] [--stage N] [--select ID] [--remove ID]...
    python main.py validate FILE...     check scenario files; exit 1 listing every problem
    python main.py simulate [--scenario FILE] [--remove ID]... [--preset ID] [--months N]
                            [--seed S] [--seeds K] [--json]
    python main.py analyze [--scenario FILE] [--months N] [--json]
                                        which actors matter most, and the smallest stopping set

``validate``, ``simulate`` and ``analyze`` never import Qt.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1280x720, got '{text}'") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"expected a size between 320x240 and 7680x4320, got '{text}'")
    return width, height


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{text}'") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got '{text}'")
    return value


def _months(text: str) -> int:
    value = _positive(text)
    if value > 120:
        raise argparse.ArgumentTypeError(f"expected at most 120 months, got '{text}'")
    return value


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    """The command line; ``prog`` (default: how it was started) names the program in its usage line."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Fentanyl Trade Explorer: how the illicit fentanyl supply chain into the US works, "
        "and why removing one actor rarely stops it. All model numbers are illustrative.",
    )
    parser.add_argument("--scenario", type=Path, help="scenario file to open (default: the bundled scenario)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    parser.add_argument("--size", type=_size, default=(1280, 720), help="window size for --screenshot (default 1280x720)")
    parser.add_argument("--stage", type=int, help="stage to show for --screenshot (1-based)")
    parser.add_argument("--select", metavar="ID", help="actor to select for --screenshot")
    parser.add_argument("--remove", metavar="ID", action="append", default=[], help="actor to remove for --screenshot (repeatable)")
    parser.add_argument("--self-test", action="store_true", help="check that the app works on this machine (offscreen) and exit")
    sub = parser.add_subparsers(dest="command")

    validate = sub.add_parser("validate", help="check scenario files")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")

    simulate = sub.add_parser("simulate", help="remove actors and print what happens, month by month")
    simulate.add_argument("--scenario", type=Path, default=argparse.SUPPRESS, help="scenario file (default: the bundled scenario)")
    simulate.add_argument("--remove", metavar="ID", action="append", default=argparse.SUPPRESS, help="actor to remove (repeatable)")
    simulate.add_argument("--preset", metavar="ID", action="append", default=[], help="apply a named preset of the scenario (repeatable)")
    simulate.add_argument("--months", type=_months, default=24, help="months to simulate (default 24)")
    simulate.add_argument("--seed", type=int, default=0, help="seed for entry timing (default 0)")
    simulate.add_argument("--seeds", type=_positive, help="run this many seeds and add 10/50/90 percentile bands")
    simulate.add_argument("--json", action="store_true", help="print one JSON object (see docs/model.md)")

    analyze = sub.add_parser("analyze", help="rank actors by what removing each alone does; the smallest stopping set")
    analyze.add_argument("--scenario", type=Path, default=argparse.SUPPRESS, help="scenario file (default: the bundled scenario)")
    analyze.add_argument("--months", type=_months, default=12, help="months of adaptation for the ranking (default 12)")
    analyze.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return run_command(args)
    except BrokenPipeError:  # the output was piped into a command that stopped reading (| head)
        sys.stderr.close()
        return EXIT_OK


def run_command(args: argparse.Namespace) -> int:
    if args.self_test:
        from ui import selftest

        return selftest.run()
    if args.command == "validate":
        return cmd_validate(args.files)
    if args.command == "simulate":
        return cmd_simulate(args)
    if args.command == "analyze":
        return cmd_analyze(args)
    if args.screenshot is not None:
        from ui import app

        return app.screenshot(args.screenshot, args.scenario, args.size, args.stage, args.select, list(args.remove))
    from ui import app

    return app.run(args.scenario)


def cmd_validate(files: Sequence[Path]) -> int:
    from model.scenario import ScenarioError, load_scenario

    status = EXIT_OK
    for file in files:
        try:
            scenario = load_scenario(file)
        except ScenarioError as exc:
            status = EXIT_INVALID
            count = len(exc.problems)
            print(f"{file}: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            continue
        latent = sum(1 for a in scenario.actors if a.latent)
        print(
            f"{file}: ok: {len(scenario.stages)} stages, {len(scenario.actors)} actors ({latent} latent), "
            f"{len(scenario.routes)} routes, {len(scenario.presets)} presets"
        )
    return status


def _load(path: Path | None) -> Any:
    """The scenario at ``path`` (default: the bundled one), or None after printing why it cannot load."""
    from model.bundled import default_scenario_path
    from model.scenario import ScenarioError, load_scenario

    try:
        return load_scenario(path or default_scenario_path())
    except ScenarioError as exc:
        print(f"cannot load the scenario:\n{exc}", file=sys.stderr)
        return None


def cmd_simulate(args: argparse.Namespace) -> int:
    from model.flow import compare
    from model.interventions import Plan, UnknownActorError, check_actor
    from model.network import SupplyNetwork
    from model.simulation import simulate, simulate_bands

    scenario = _load(args.scenario)
    if scenario is None:
        return EXIT_INVALID
    network = SupplyNetwork(scenario)
    plan = Plan()
    try:
        for actor_id in args.remove:
            plan = plan.remove(check_actor(network, actor_id))
    except UnknownActorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for preset_id in args.preset:
        try:
            preset = scenario.preset(preset_id)
        except KeyError:
            known = ", ".join(p.id for p in scenario.presets) or "none"
            print(f"error: unknown preset '{preset_id}'; the scenario has: {known}", file=sys.stderr)
            return EXIT_USAGE
        plan = plan.with_actions(*preset.actions)

    timeline = simulate(network, plan, args.months, args.seed)
    baseline = timeline.baseline
    immediate = timeline.immediate
    impact = compare(baseline, immediate.flow)
    bands = simulate_bands(network, plan, args.months, args.seeds, first_seed=args.seed) if args.seeds else None

    if args.json:
        print(json.dumps(_json_report(scenario, plan, timeline, impact, bands), indent=2))
        return EXIT_OK
    _print_report(scenario, plan, timeline, impact, bands)
    return EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    from model.analysis import criticality, smallest_stopping_set
    from model.network import SupplyNetwork

    scenario = _load(args.scenario)
    if scenario is None:
        return EXIT_INVALID
    network = SupplyNetwork(scenario)
    ranking = criticality(network, months=args.months)
    stopping = sorted(smallest_stopping_set(network), key=network.actor_ids.index)
    names = {a.id: a.name for a in scenario.actors}
    if args.json:
        report = {
            "scenario": scenario.title,
            "illustrative": scenario.illustrative_note,
            "months": args.months,
            "criticality": [
                {
                    "id": row.actor,
                    "name": names[row.actor],
                    "flow_baseline": _r(row.baseline_flow),
                    "share_immediate": _r(row.share_immediate),
                    "share_after": _r(row.share_after),
                }
                for row in ranking
            ],
            "smallest_stopping_set": [{"id": a, "name": names[a], "stage": network.actors[a].stage} for a in stopping],
        }
        print(json.dumps(report, indent=2))
        return EXIT_OK
    print(scenario.title)
    print(f"Illustrative model: {scenario.illustrative_note}")
    print()
    print(f"Removing each active actor alone: share of baseline supply right after, and after {args.months} months.")
    width = max(len(names[row.actor]) for row in ranking)
    print(f"  {'actor':<{width}}  {'carries':>7}  {'after':>6}  {f'{args.months} mo':>6}")
    for row in ranking:
        print(f"  {names[row.actor]:<{width}}  {row.baseline_flow:>7.1f}  {_pct(row.share_immediate):>6}  {_pct(row.share_after):>6}")
    print()
    stages = sorted({network.actors[a].stage for a in stopping}, key=network.stage_order.__getitem__)
    count = f"{len(stopping)} actor{'s' if len(stopping) != 1 else ''} from {len(stages)} stage{'s' if len(stages) != 1 else ''}"
    print(f"Smallest set of actors whose removal stops all supply ({count},")
    print("counting entrants that would otherwise come in):")
    for actor_id in stopping:
        print(f"  {names[actor_id]} (stage: {scenario.stage(network.actors[actor_id].stage).short_title})")
    return EXIT_OK


def _r(value: float) -> float | None:
    """Rounded for the report; None (JSON null) where there is no meaningful number."""
    return round(value, 4) if math.isfinite(value) else None


def _pct(value: float) -> str:
    return f"{value:.0%}" if math.isfinite(value) else "\u2013"


def _json_report(scenario: Any, plan: Any, timeline: Any, impact: Any, bands: Any) -> dict[str, Any]:
    baseline = timeline.baseline
    immediate = timeline.immediate
    months = []
    for i, month in enumerate(timeline.months):
        entry: dict[str, Any] = {
            "month": month.month,
            "delivered": _r(month.delivered),
            "share_of_baseline": _r(month.share_of_baseline),
            "price_index": _r(month.price_index),
            "active_actors": month.active_actors,
            "active_groups": month.active_groups,
            "entered": list(month.entered),
        }
        if bands is not None:
            entry["share_p10"] = _r(bands[i].share_p10)
            entry["share_p50"] = _r(bands[i].share_p50)
            entry["share_p90"] = _r(bands[i].share_p90)
        months.append(entry)
    return {
        "scenario": scenario.title,
        "illustrative": scenario.illustrative_note,
        "removed": sorted(immediate.conditions.removed),
        "seed": timeline.seed,
        "baseline": {"delivered": _r(baseline.delivered), "demand": _r(baseline.demand)},
        "immediate": {
            "delivered": _r(immediate.delivered),
            "share_of_baseline": _r(immediate.share_of_baseline),
            "price_index": _r(immediate.price_index),
        },
        "timeline": months,
        "actors": [
            {
                "id": actor.id,
                "name": actor.name,
                "stage": actor.stage,
                "kind": actor.kind,
                "latent": actor.latent,
                "flow_baseline": _r(baseline.actor_flow[actor.id]),
                "flow_immediate": _r(immediate.flow.actor_flow[actor.id]),
                "flow_final": _r(timeline.months[-1].flow.actor_flow[actor.id]),
            }
            for actor in scenario.actors
        ],
        "rerouted": [{"from": c.from_, "to": c.to, "baseline": _r(c.before), "immediate": _r(c.after)} for c in impact.rerouted],
        "lost": [{"from": c.from_, "to": c.to, "baseline": _r(c.before), "immediate": _r(c.after)} for c in impact.lost],
    }


def _print_report(scenario: Any, plan: Any, timeline: Any, impact: Any, bands: Any) -> None:
    baseline = timeline.baseline
    immediate = timeline.immediate
    names = {a.id: a.name for a in scenario.actors}
    print(scenario.title)
    print(f"Illustrative model: {scenario.illustrative_note}")
    removed = ", ".join(names[a] for a in sorted(immediate.conditions.removed)) or "nobody"
    print(f"Removed: {removed}" + (f"; other actions: {len(plan.actions)}" if plan.actions else ""))
    print(f"Baseline: {baseline.delivered:.1f} units a month reach the streets (demand {baseline.demand:.1f}).")
    share = immediate.share_of_baseline
    print(f"Immediately after: {immediate.delivered:.1f} ({_pct(share)} of baseline), price index {immediate.price_index:.2f}.")
    if impact.rerouted:
        print("Re-routed (routes that gained flow at once):")
        for change in impact.rerouted[:12]:
            print(f"  {names[change.from_]} -> {names[change.to]}: {change.before:.1f} -> {change.after:.1f}")
    print()
    header = f"{'month':>5} {'delivered':>10} {'share':>7} {'price':>6} {'actors':>7} {'groups':>7}"
    if bands is not None:
        header += f" {'p10':>6} {'p50':>6} {'p90':>6}"
    print(header + "  entered")
    for i, month in enumerate(timeline.months):
        line = (
            f"{month.month:>5} {month.delivered:>10.1f} {_pct(month.share_of_baseline):>7} {month.price_index:>6.2f} "
            f"{month.active_actors:>7} {month.active_groups:>7}"
        )
        if bands is not None:
            band = bands[i]
            line += f" {_pct(band.share_p10):>6} {_pct(band.share_p50):>6} {_pct(band.share_p90):>6}"
        entered = ", ".join(names[a] for a in month.entered)
        print(line + (f"  {entered}" if entered else ""))


if __name__ == "__main__":
    sys.exit(main())
