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
from surveyor.cli_args import OK, REFUSED, USAGE, db_path, forms_of, import_password
from surveyor.cli_review import add_review_commands
from surveyor.core.errors import SurveyError
from surveyor.core.progress import Cancelled
from surveyor.logs import log_unexpected
from surveyor.terminal import (
    print_export,
    print_history,
    print_merge_report,
    print_report,
    print_status,
    print_summary,
    terminal_progress,
)


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
    export.add_argument("--password", default=None, metavar="PW",
                        help="protect the workbook with this password (Office encryption)")
    export.add_argument("--no-media", action="store_true",
                        help="leave the attached photos and files out (their rows still name "
                             "them)")

    imp = command("import", cmd_import, "merge workbooks into the store")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    imp.add_argument("--json", action="store_true", help="print the report as one JSON object")
    imp.add_argument("--password", default=None, metavar="PW",
                     help="the password of protected workbooks (asked on a terminal if missing)")

    merge = command("merge", cmd_merge, "import workbooks into a fresh store, write its report")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    merge.add_argument("--lang", choices=("vi", "en"), default="vi",
                       help="the language of the report's sheets for people (default vi)")

    report = command("report", cmd_report, "write the consolidated workbook: the sync sheets, "
                     "indicators against targets, data with labels, review sheets")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    report.add_argument("--lang", choices=("vi", "en"), default="vi",
                        help="the language of the sheets for people (default vi)")
    report.add_argument("--indicators", type=Path, default=None, metavar="FILE.xlsx",
                        help="indicator definitions (default: indicators.xlsx of the forms)")

    demo = command("demo", cmd_demo, "fill the store with realistic sample data")
    demo.add_argument("--responses", type=int, default=40, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")

    command("status", cmd_status, "what the store holds")
    command("history", cmd_history, "the imports so far")
    command("undo-import", cmd_undo_import, "undo one import").add_argument(
        "id", type=int, metavar="ID")
    command("backups", cmd_backups, "list the store's backups")
    restore = command("restore", cmd_restore, "put a backup back in place of the store")
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("--yes", action="store_true",
                         help="do not ask first (needed when not on a terminal)")
    add_review_commands(sub, command)
    smoke = sub.add_parser("smoke")              # hidden (no help): CI checks the built bundle
    smoke.add_argument("--out", type=Path, required=True, metavar="DIR")
    smoke.set_defaults(func=cmd_smoke)
    return parser


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
                             since=args.since, password=args.password,
                             progress=terminal_progress("export"), media=not args.no_media)
    print_export(stats)
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    report = jobs.import_files(db_path(args), args.files, forms_of(args), dry_run=args.dry_run,
                               password=import_password(args),
                               progress=terminal_progress("import"))
    print_merge_report(report, args.json)
    return REFUSED if report.counts.get("rejected") else OK


def cmd_merge(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    result = jobs.merge_files(args.files, args.output, forms_of(args), language=args.lang,
                              progress=terminal_progress("merge"))
    print_merge_report(result.report, as_json=False)
    print_export(result.stats, sheets=False)
    print_report(result.stats)
    return REFUSED if result.report.counts.get("rejected") else OK


def cmd_report(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    forms = forms_of(args)
    definitions = jobs.indicator_definitions(forms, args.forms or (), path=args.indicators)
    stats = jobs.report_file(db_path(args), args.output, forms, language=args.lang,
                             definitions=definitions, progress=terminal_progress("report"))
    print_export(stats, sheets=False)
    print_report(stats)
    return OK


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

    target = db_path(args)
    if not args.yes:
        if not sys.stdin.isatty():
            print("surveyor: restore replaces the store; say --yes to do it without a terminal",
                  file=sys.stderr)
            return USAGE
        answer = input(f"Replace {target} with {args.backup}? (the store as it is now is "
                       "backed up first) [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "c", "có"):
            print("nothing restored")
            return OK
    report = jobs.restore(target, args.backup)
    print(f"restored {report.backup} into {report.db_path}")
    return OK


def cmd_smoke(args: argparse.Namespace) -> int:
    """The built program checks itself: window, bundled forms, a saved response, a workbook."""
    from surveyor import smoke

    return smoke.run(args.out)


if __name__ == "__main__":
    raise SystemExit(main())
