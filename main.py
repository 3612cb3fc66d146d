"""Fentanyl Trade Explorer: the command line.

    python main.py                      open the app (the bundled scenario)
    python main.py --scenario ID|FILE   open the app with another scenario (a bundled id or a file)
    python main.py --reduced-motion     open the app with no moving markers and no animated changes
    python main.py --profile NAME       open the app in a colour profile (standard, projector, dark) for this run
    python main.py --present            open the app in presentation mode (full screen, large text, projector colours)
    python main.py --self-test          check the install works here (offscreen) and exit
    python main.py --screenshot OUT.png [--size 1280x720] [START...]
    python main.py [START...]           open the app in a state; START is any of
                                        --stage N, --preset ID..., --remove ID..., --select ID, --month N,
                                        --fullscreen, --session FILE (a saved session)
    python main.py validate FILE...     check scenario files; exit 1 listing every problem
    python main.py simulate [--scenario ID|FILE] [--remove ID]... [--preset ID] [--months N]
                            [--seed S] [--seeds K] [--json]
    python main.py analyze [--scenario ID|FILE] [--months N] [--json]
                                        which actors matter most, and the smallest stopping set
    python main.py handout [--scenario ID|FILE] [--session FILE] [--preset ID]... [--remove ID]... --out FILE.pdf
                                        a PDF handout of a plan (or a saved session): stages, plan,
                                        what happened, chart, predictions, quiz, sources
    python main.py compare PLAN... [--scenario ID|FILE] [--seeds N] [--first-seed S] [--months N]
                           [--jobs N] [--json]
                                        plans side by side on the same seeds (see PLAN_HELP)

``validate``, ``simulate``, ``analyze`` and ``compare`` never import Qt or matplotlib; ``handout`` lays out its PDF
with Qt, offscreen.

Exit status: 0 when all went well; 1 when a scenario file is not valid (every command, --screenshot
too); 2 when the request is not (an unknown option, actor, preset or stage, a plan beyond the model's
limits, a screenshot that cannot be written). Everything printed passes through ``terminal_safe``:
text from a scenario file can never act on the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO, cast

from model.characters import terminal_safe
from model.errors import ModelError

if TYPE_CHECKING:
    from model.scenario import Scenario
    from ui.lesson.start import StartRequest

EXIT_OK = 0
EXIT_INVALID = 1  # a scenario file is not valid
EXIT_USAGE = 2  # the request is not: an unknown option, actor, preset or stage, a plan too big, an unwritable output

EXIT_STATUS_HELP = (
    "exit status: 0 all went well; 1 a scenario file is not valid; 2 the request is not (an unknown option, actor, "
    "preset or stage, policies applied beyond the model's limits, an output that cannot be written)"
)


class _TerminalSafe(io.TextIOBase):
    """A text stream that writes through ``terminal_safe``: an escape sequence in a scenario's names
    (``"\\e[2J"`` clears the screen) is printed as ``\\x1b[2J``, never sent to the terminal."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _terminal_safe_output() -> Iterator[None]:
    """stdout and stderr escape what could act on a terminal, until the command is done."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = cast(TextIO, _TerminalSafe(stdout)), cast(TextIO, _TerminalSafe(stderr))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = stdout, stderr


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


# The colour profiles of ui/theme.py, named here so that the command line needs no Qt (a test keeps them equal).
PROFILE_NAMES = ("standard", "projector", "dark")

PLAN_HELP = """\
A PLAN is one or more parts joined by '+' (quote it if a name has spaces):
  PRESET or preset:PRESET          a preset of the scenario (see 'simulate --preset')
  baseline                         no change, for reference
  remove:ID[,ID...]                remove these actors
  scale:kind=K,region=R,factor=F   capacity of every actor of kind K and/or region R times F
  cost:from_kind=K,to_kind=K,from_region=R,to_region=R,amount=A
                                   add cost A to every route between those kinds and/or regions
  demand:F                         demand times F (0.8: a fifth less is bought)
  name=TEXT                        the plan's name in the report
Kinds and regions are the scenario's own (its vocabulary). Example:
  python main.py compare kingpin_one_faction 'remove:cjng,sinaloa_chapitos+name=Two groups' demand:0.8
Every plan runs on the same seeds; the numbers are illustrative.

"""


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    """The command line; ``prog`` (default: how it was started) names the program in its usage line."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Fentanyl Trade Explorer: how the illicit fentanyl supply chain into the US works, "
        "and why removing one actor rarely stops it. All model numbers are illustrative.",
        epilog=EXIT_STATUS_HELP,
    )
    parser.add_argument(
        "--scenario", metavar="ID|FILE", help="bundled scenario id or scenario file to open (default: the bundled scenario)"
    )
    parser.add_argument(
        "--reduced-motion",
        action="store_true",
        help="no moving flow markers and no animated changes, for this run (View > Reduced motion remembers the choice)",
    )
    # -- colour profile and presentation mode (issue 11, profiles) --
    parser.add_argument(
        "--profile", choices=PROFILE_NAMES, help="colour profile for this run (View > Colours remembers the choice); also for --screenshot"
    )
    parser.add_argument("--present", action="store_true", help="start in presentation mode: full screen, large text, projector colours")
    # -- end of colour profile and presentation mode --
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    parser.add_argument(  # issue 12: the interface's language
        "--lang",
        choices=("en", "es"),
        help="language of the window (default: View > Language's last choice, else the system's), of --screenshot and of "
        "the text reports (default: en); JSON keys stay English",
    )
    parser.add_argument("--size", type=_size, default=(1280, 720), help="window size for --screenshot (default 1280x720)")
    _add_start_options(parser)
    parser.add_argument("--self-test", action="store_true", help="check that the app works on this machine (offscreen) and exit")
    sub = parser.add_subparsers(dest="command")

    validate = sub.add_parser("validate", help="check scenario files", epilog=EXIT_STATUS_HELP)
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")

    simulate = sub.add_parser("simulate", help="remove actors and print what happens, month by month", epilog=EXIT_STATUS_HELP)
    simulate.add_argument(
        "--scenario", metavar="ID|FILE", default=argparse.SUPPRESS, help="bundled scenario id or file (default: the bundled one)"
    )
    simulate.add_argument("--remove", metavar="ID", action="append", default=argparse.SUPPRESS, help="actor to remove (repeatable)")
    simulate.add_argument("--preset", metavar="ID", action="append", default=[], help="apply a named preset of the scenario (repeatable)")
    simulate.add_argument("--months", type=_months, default=24, help="months to simulate (default 24)")
    simulate.add_argument("--seed", type=int, default=0, help="seed for entry timing (default 0)")
    simulate.add_argument("--seeds", type=_positive, help="run this many seeds and add 10/50/90 percentile bands")
    simulate.add_argument("--json", action="store_true", help="print one JSON object (see docs/model.md)")

    analyze = sub.add_parser(
        "analyze", help="rank actors by what removing each alone does; the smallest stopping set", epilog=EXIT_STATUS_HELP
    )
    analyze.add_argument(
        "--scenario", metavar="ID|FILE", default=argparse.SUPPRESS, help="bundled scenario id or file (default: the bundled one)"
    )
    analyze.add_argument("--months", type=_months, default=12, help="months of adaptation for the ranking (default 12)")
    analyze.add_argument("--json", action="store_true", help="print one JSON object")

    compare = sub.add_parser(
        "compare",
        help="plans side by side on the same seeds: bands of supply and price, and the plans ranked",
        description="Run several plans on the same seeds and print them side by side. All model numbers are illustrative.",
        epilog=PLAN_HELP + EXIT_STATUS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    compare.add_argument("plans", nargs="+", metavar="PLAN", help="a plan (see below)")
    compare.add_argument(
        "--scenario", metavar="ID|FILE", default=argparse.SUPPRESS, help="bundled scenario id or file (default: the bundled one)"
    )
    compare.add_argument("--seeds", type=_positive, default=50, help="seeds every plan runs on (default 50)")
    compare.add_argument("--first-seed", type=int, default=0, help="the first seed (default 0)")
    compare.add_argument("--months", type=_months, default=24, help="months to simulate (default 24)")
    compare.add_argument("--jobs", type=_positive, help="worker processes (default: one per CPU; 1 runs in this process)")
    compare.add_argument("--json", action="store_true", help="print one JSON object (see docs/model.md)")
    _add_handout_command(sub)
    for command in sub.choices.values():  # --lang also after the command ("handout --lang es"), as teachers type it
        command.add_argument("--lang", choices=("en", "es"), default=argparse.SUPPRESS, help="language of the text (default: en)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        with _terminal_safe_output():
            logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
            args = build_parser().parse_args(argv)
            try:
                return run_command(args)
            except ModelError as exc:  # the model's one error type: a message for the user, never a traceback
                from model.flow import SolverError
                from model.scenario import ScenarioError

                print(f"error: {exc}", file=sys.stderr)
                return EXIT_INVALID if isinstance(exc, ScenarioError | SolverError) else EXIT_USAGE
    except BrokenPipeError:  # the output was piped into a command that stopped reading (| head)
        sys.stderr.close()
        return EXIT_OK


def run_command(args: argparse.Namespace) -> int:
    _use_language(args)
    if args.self_test:
        from ui import selftest

        return selftest.run()
    if args.command == "handout":
        return cmd_handout(args)
    if args.command == "validate":
        return cmd_validate(args.files)
    if args.command == "simulate":
        return cmd_simulate(args)
    if args.command == "analyze":
        return cmd_analyze(args)
    if args.command == "compare":
        return cmd_compare(args)
    path = _scenario_path(args.scenario)
    if path is False:
        return EXIT_USAGE
    start = _start_request(args)
    if args.session is not None and path is None:
        from ui.lesson.start import session_scenario

        path = session_scenario(args.session)  # the scenario the session was saved with, where it still is
    if args.screenshot is not None or not start.is_empty:
        # An invalid file exits as it does everywhere else (1), a flag that cannot be followed with 2,
        # both before Qt is even imported.
        status = _check_start(path, start)
        if status is not None:
            return status
    from ui import app

    if args.screenshot is not None:
        return app.screenshot(args.screenshot, path, args.size, start=start, profile=args.profile)
    path = _window_language(args, path)
    return app.run(path, reduced_motion=args.reduced_motion, start=start, profile=args.profile, present=args.present)


_language = "en"  # the bundled scenario's language to open (--lang): see _use_language


def _use_language(args: argparse.Namespace) -> None:
    """--lang: the interface's language, and the bundled scenario's when it has a file in it. Pictures and
    reports default to English, so they are the same on every machine; English needs no translator (the
    reports then import no Qt). The window without --lang: see _window_language."""
    global _language
    _language = getattr(args, "lang", None) or "en"
    if _language != "en":
        from ui.language import use_language

        _language = use_language(_language)


def _window_language(args: argparse.Namespace, path: Path | None) -> Path | None:
    """The window's language when --lang does not say (View > Language's last choice, else the system's),
    chosen once the start was checked (those checks import no Qt); ``path`` in that language."""
    if getattr(args, "lang", None) is not None:
        return path
    from ui.language import chosen_language, scenario_in_language, use_language
    from ui.settings import user_settings

    language = use_language(chosen_language(None, user_settings()))
    return scenario_in_language(path, language)


# The state a window starts in: the launch flags (issue 11) ---------------------------------------


def _add_start_options(parser: argparse.ArgumentParser) -> None:
    start = parser.add_argument_group("start in a state (the window, and --screenshot)")
    start.add_argument("--stage", type=int, metavar="N", help="the stage of the tour to show (1-based)")
    start.add_argument("--preset", metavar="ID", action="append", default=[], help="apply a preset of the scenario (repeatable)")
    start.add_argument("--remove", metavar="ID", action="append", default=[], help="remove an actor (repeatable)")
    start.add_argument("--select", metavar="ID", help="select an actor (its stage is shown unless --stage says otherwise)")
    start.add_argument("--month", type=int, metavar="N", help="the month to show after the changes (0: right after)")
    start.add_argument("--fullscreen", action="store_true", help="fill the screen (F11 leaves it)")
    start.add_argument(
        "--session", type=Path, metavar="FILE", help="continue a saved session (and open its scenario, unless --scenario is given)"
    )


def _start_request(args: argparse.Namespace) -> StartRequest:
    from ui.lesson.start import StartRequest

    return StartRequest(
        stage=args.stage,
        presets=tuple(args.preset),
        remove=tuple(args.remove),
        select=args.select,
        month=args.month,
        fullscreen=args.fullscreen,
        session=args.session,
    )


def _check_start(path: Path | None, request: StartRequest) -> int | None:
    """None when the scenario loads and every flag can be followed; else the exit status, after saying why."""
    from model.catalogue import default_scenario_path
    from model.network import SupplyNetwork
    from model.scenario import ScenarioError, load_scenario
    from ui.lesson.start import WINDOW_MONTHS, BadStart, check_start

    try:
        network = SupplyNetwork(load_scenario(path or default_scenario_path(_language)))
    except ScenarioError as exc:
        print(f"cannot load the scenario:\n{exc}", file=sys.stderr)
        return EXIT_INVALID
    try:
        check_start(network, request, WINDOW_MONTHS)
    except BadStart as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return None


def _add_handout_command(sub: Any) -> None:
    handout = sub.add_parser(
        "handout",
        help="a PDF handout of a plan or a saved session (Qt lays it out, offscreen)",
        description="Write a PDF handout: the stages (all of them, or those a saved session saw), the plan and what happened, "
        "the chart, predictions, the quiz score and every source. All model numbers are illustrative.",
        epilog=EXIT_STATUS_HELP,
    )
    handout.add_argument(
        "--scenario", metavar="ID|FILE", default=argparse.SUPPRESS, help="bundled scenario id or file (default: the bundled one)"
    )
    handout.add_argument("--session", type=Path, metavar="FILE", help="a saved session: its stages, plan, predictions and answers")
    handout.add_argument("--preset", metavar="ID", action="append", default=[], help="apply a preset of the scenario (repeatable)")
    handout.add_argument("--remove", metavar="ID", action="append", default=[], help="remove an actor (repeatable)")
    handout.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF")


def cmd_handout(args: argparse.Namespace) -> int:
    import os

    from model.network import SupplyNetwork
    from ui.lesson.describe import Describer
    from ui.lesson.session import Session
    from ui.lesson.start import WINDOW_MONTHS, BadStart, StartRequest, check_start, session_scenario, started_session

    if args.out.suffix.lower() != ".pdf":
        print(f"error: --out: expected a file name ending in .pdf, got '{args.out}'", file=sys.stderr)
        return EXIT_USAGE
    name = getattr(args, "scenario", None)
    if name is None and args.session is not None:
        name = session_scenario(args.session)
    scenario = _load(str(name) if name is not None else None)
    if isinstance(scenario, int):
        return scenario
    network = SupplyNetwork(scenario)
    try:
        state = check_start(
            network, StartRequest(presets=tuple(args.preset), remove=tuple(args.remove), session=args.session), WINDOW_MONTHS
        )
    except BadStart as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    everything = Session(network, seen=frozenset(range(len(scenario.stages))), played=WINDOW_MONTHS)  # a teacher's handout: every stage
    describer = Describer(network)
    session = started_session(state, everything, describer)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from model.assessor import Assessor
    from ui.app import create_application
    from ui.exports import write_handout

    create_application()
    try:
        write_handout(session, Assessor(network, months=WINDOW_MONTHS), describer, args.out)
    except OSError as exc:
        print(
            f"error: could not write {args.out} ({exc.strerror or exc}); expected a PDF file in a folder you can write to", file=sys.stderr
        )
        return EXIT_USAGE
    print(f"{args.out}: handout written")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------------


def _scenario_path(name: str | None) -> Path | Literal[False] | None:
    """The file ``--scenario`` names (a path, or a bundled scenario's id); None for the default;
    False after saying why there is none."""
    if name is None:
        return None
    from model.catalogue import UnknownScenarioError, find

    try:
        return find(name, _language)
    except UnknownScenarioError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return False


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


def _load(name: str | None) -> Scenario | int:
    """The scenario ``--scenario`` names (default: the bundled one), or the exit status after saying why not."""
    from model.catalogue import default_scenario_path
    from model.scenario import ScenarioError, load_scenario

    path = _scenario_path(name)
    if path is False:
        return EXIT_USAGE
    try:
        return load_scenario(path or default_scenario_path(_language))
    except ScenarioError as exc:
        print(f"cannot load the scenario:\n{exc}", file=sys.stderr)
        return EXIT_INVALID


def cmd_simulate(args: argparse.Namespace) -> int:
    from model.interventions import Plan, UnknownActorError, check_actor
    from model.network import SupplyNetwork
    from model.simulation import simulate, simulate_bands
    from ui.lesson.report import RunReport

    scenario = _load(getattr(args, "scenario", None))
    if isinstance(scenario, int):
        return scenario
    network = SupplyNetwork(scenario)
    plan = Plan()
    try:
        for actor_id in getattr(args, "remove", []):
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
    bands = simulate_bands(network, plan, args.months, args.seeds, first_seed=args.seed) if args.seeds else None
    report = RunReport(network, plan, timeline, bands)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(report.to_text(), end="")
    return EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    from model.analysis import criticality, smallest_stopping_set
    from model.network import SupplyNetwork
    from ui.lesson.report import AnalysisReport

    scenario = _load(getattr(args, "scenario", None))
    if isinstance(scenario, int):
        return scenario
    network = SupplyNetwork(scenario)
    ranking = criticality(network, months=args.months)
    stopping = sorted(smallest_stopping_set(network), key=network.actor_ids.index)
    report = AnalysisReport(network, args.months, ranking, stopping)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(report.to_text(), end="")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    import os

    from model.interventions import conditions_for
    from model.network import SupplyNetwork
    from model.parallel import EnsemblePool
    from ui.lesson.comparison import Comparison, Outcome
    from ui.lesson.lab import PlanSpecError, parse_plan
    from ui.lesson.report import ComparisonReport

    scenario = _load(getattr(args, "scenario", None))
    if isinstance(scenario, int):
        return scenario
    network = SupplyNetwork(scenario)
    try:
        lab_plans = [parse_plan(text, network) for text in args.plans]
    except PlanSpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("see: python main.py compare --help", file=sys.stderr)
        return EXIT_USAGE
    seeds = range(args.first_seed, args.first_seed + args.seeds)
    jobs = args.jobs or os.cpu_count() or 1
    plans = [p.plan(scenario) for p in lab_plans]
    for plan in plans:  # a plan beyond the model's limits raises ModelError here, before any run: main() says why
        conditions_for(network, plan)
    with EnsemblePool(scenario, args.months, workers=jobs, processes=jobs > 1) as pool:
        ensembles = pool.run_all(plans, seeds)
    outcomes = [Outcome(p, p.title(scenario), e) for p, e in zip(lab_plans, ensembles, strict=True)]
    report = ComparisonReport(Comparison(network, outcomes))
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(report.to_text(), end="")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
