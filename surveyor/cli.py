"""The command line: parses arguments, runs a job of surveyor.core.jobs, prints its report.

No Qt here (`gui` imports the window lazily), and nothing heavy at import: the jobs (pyxform,
sqlite-utils, calamine) are imported when a command runs.
Exit status: 0 success, 1 some input was refused (reason printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from surveyor import __version__, paths
from surveyor.core.errors import SurveyError
from surveyor.core.progress import Cancelled
from surveyor.logs import log_unexpected
from surveyor.terminal import (
    print_conflicts,
    print_export,
    print_history,
    print_merge_report,
    print_resolved,
    print_status,
    print_summary,
    terminal_progress,
)

OK, REFUSED, USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()   # imports read workbooks in a worker process (bundles too)
    args = build_parser().parse_args(argv)
    if not getattr(args, "command", None):
        args.command, args.func = "gui", cmd_gui
    try:
        return args.func(args)
    except SurveyError as error:
        print(f"surveyor: {error}", file=sys.stderr)
        return REFUSED
    except Cancelled:
        print("surveyor: cancelled; what was stored before is kept", file=sys.stderr)
        return REFUSED
    except KeyboardInterrupt:
        print("\nsurveyor: interrupted", file=sys.stderr)
        return REFUSED
    except Exception as error:  # noqa: BLE001 (anything unexpected: say so, log the details)
        log = log_unexpected(error)
        print(f"surveyor: unexpected error: {error!r}\n  details: {log}", file=sys.stderr)
        return REFUSED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="surveyor", description=(
        "Offline field surveys on XLSForm, synced by Excel workbooks. "
        "With no command, opens the window."))
    parser.add_argument("--version", action="version", version=f"surveyor {__version__}")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"the store (default: {paths.default_db_path()})")
    parser.add_argument("--forms", type=Path, action="append", default=None, metavar="DIR",
                        help="a folder of XLSForms to use besides the bundled ones (repeatable)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func, help: str) -> argparse.ArgumentParser:
        found = sub.add_parser(name, help=help)
        found.set_defaults(func=func)
        return found

    command("gui", cmd_gui, "open the window")
    form = sub.add_parser("form", help="work with XLSForms").add_subparsers(dest="form_command",
                                                                            required=True)
    check = form.add_parser("check", help="validate XLSForms and list what is unsupported")
    check.add_argument("files", nargs="+", type=Path, metavar="FORM.xlsx")
    check.set_defaults(func=cmd_form_check)

    export = command("export", cmd_export, "write the sync workbook")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    export.add_argument("--form", default=None, metavar="ID", help="only this form")
    export.add_argument("--since", default=None, metavar="DATE",
                        help="only responses updated since (YYYY-MM-DD)")

    imp = command("import", cmd_import, "merge workbooks into the store")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    imp.add_argument("--json", action="store_true", help="print the report as one JSON object")

    merge = command("merge", cmd_merge, "import workbooks into a fresh store, write one workbook")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")

    demo = command("demo", cmd_demo, "fill the store with realistic sample data")
    demo.add_argument("--responses", type=int, default=40, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")

    command("status", cmd_status, "what the store holds")
    command("history", cmd_history, "the imports so far")
    command("undo-import", cmd_undo_import, "undo one import").add_argument(
        "id", type=int, metavar="ID")
    command("backups", cmd_backups, "list the store's backups")
    command("restore", cmd_restore, "put a backup back in place of the store").add_argument(
        "backup", type=Path, metavar="BACKUP")
    command("conflicts", cmd_conflicts, "list the open conflicts and how their sides differ"
            ).add_argument("--json", action="store_true", help="print them as one JSON list")
    resolve = command("resolve", cmd_resolve, "resolve conflicts, field by field")
    resolve.add_argument("ids", type=int, nargs="*", metavar="ID",
                         help="one conflict, or several (then --field is not allowed)")
    resolve.add_argument("--all", action="store_true", help="every open conflict")
    resolve.add_argument("--take", required=True, choices=SIDES,
                         help="the side every field takes unless --field names it")
    resolve.add_argument("--field", type=field_pick, action="append", default=[],
                         metavar="NAME=local|incoming", help="the side of one field (repeatable)")
    resolve.add_argument("--prefer-filled", action="store_true",
                         help="with several: a field empty on the taken side takes the other's")
    smoke = sub.add_parser("smoke")              # hidden (no help): CI checks the built bundle
    smoke.add_argument("--out", type=Path, required=True, metavar="DIR")
    smoke.set_defaults(func=cmd_smoke)
    return parser


# -- plumbing ----------------------------------------------------------------------------------

def db_path(args: argparse.Namespace) -> Path:
    path = args.db or paths.default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


SIDES = ("local", "incoming")


def field_pick(text: str) -> tuple[str, str]:
    """--field NAME=local|incoming (the name is the field as `conflicts` prints it)."""
    name, sep, side = text.rpartition("=")
    if not sep or not name or side not in SIDES:
        raise argparse.ArgumentTypeError(f"{text!r}: say NAME=local or NAME=incoming")
    return name, side


def forms_of(args: argparse.Namespace):
    from surveyor.core import jobs

    return jobs.catalog(args.forms or ()).forms


# -- commands ----------------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from surveyor.ui.app import run  # type: ignore[import-not-found]
    except ImportError:
        print("The window is not part of this version yet; this is what the store holds:\n")
        return cmd_status(args)
    return run(db_path(args), extra_forms=args.forms or ())


def cmd_form_check(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    summaries = jobs.check_forms(args.files)
    for summary in summaries:
        print_summary(summary)
    return OK if all(s.usable for s in summaries) else REFUSED


def cmd_export(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    stats = jobs.export_file(db_path(args), args.output, forms_of(args), form_id=args.form,
                             since=args.since, progress=terminal_progress("export"))
    print_export(stats)
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    report = jobs.import_files(db_path(args), args.files, forms_of(args), dry_run=args.dry_run,
                               progress=terminal_progress("import"))
    print_merge_report(report, args.json)
    return REFUSED if report.counts.get("rejected") else OK


def cmd_merge(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    result = jobs.merge_files(args.files, args.output, forms_of(args),
                              progress=terminal_progress("merge"))
    print_merge_report(result.report, as_json=False)
    print_export(result.stats, sheets=False)
    return REFUSED if result.report.counts.get("rejected") else OK


def cmd_demo(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    if args.responses < 0:
        print("surveyor: --responses must be 0 or more", file=sys.stderr)
        return USAGE
    report = jobs.demo(db_path(args), forms_of(args), responses=args.responses, seed=args.seed,
                       progress=terminal_progress("demo"))
    print(f"demo (seed {report.seed}): {report.added} new sample responses in {report.db_path}, "
          f"{report.total} in all")
    return OK


def cmd_status(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    print_status(jobs.status(db_path(args)))
    return OK


def cmd_history(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    print_history(jobs.history(db_path(args)))
    return OK


def cmd_undo_import(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    report = jobs.undo_import(db_path(args), args.id)
    print(f"import {report.import_id} undone")
    return OK


def cmd_backups(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    found = jobs.backups(db_path(args))
    for path in found:
        print(path)
    if not found:
        print("no backups yet")
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    report = jobs.restore(db_path(args), args.backup)
    print(f"restored {report.backup} into {report.db_path}")
    return OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    print_conflicts(jobs.conflicts(db_path(args), forms_of(args)), args.json)
    return OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    picks = dict(args.field)
    twice = sorted({name for name, side in args.field if picks[name] != side})
    if twice:
        print(f"surveyor: --field names {', '.join(twice)} with both sides", file=sys.stderr)
        return USAGE
    if bool(args.ids) == args.all:
        print("surveyor: name the conflicts (ID ...) or say --all", file=sys.stderr)
        return USAGE
    if len(args.ids) == 1 and not args.prefer_filled:
        state = jobs.resolve_conflict(db_path(args), args.ids[0], take=args.take, picks=picks)
        print_resolved(args.ids[0], state, args.take, picks)
        return OK
    if picks:
        print("surveyor: --field applies to one conflict at a time", file=sys.stderr)
        return USAGE
    ids = args.ids or [c.id for c in jobs.conflicts(db_path(args))]
    states = jobs.resolve_conflicts(db_path(args), ids, take=args.take,
                                    prefer_filled=args.prefer_filled)
    for conflict_id, state in zip(ids, states, strict=True):
        print_resolved(conflict_id, state, args.take, {})
    print(f"{len(states)} conflicts resolved")
    return OK


def cmd_smoke(args: argparse.Namespace) -> int:
    """The built program checks itself: window, bundled forms, a saved response, a workbook."""
    from surveyor import smoke

    return smoke.run(args.out)


if __name__ == "__main__":
    raise SystemExit(main())
