"""The command line: a thin layer over surveyor.core (no Qt here; `gui` imports the window lazily).

Exit status: 0 success, 1 some input was refused (reason printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from surveyor import __version__, paths
from surveyor.core.errors import SurveyError
from surveyor.core.progress import Cancelled, Progress

OK, REFUSED, USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()   # imports read workbooks in a worker process (bundles too)
    parser = build_parser()
    args = parser.parse_args(argv)
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


def log_unexpected(error: BaseException) -> Path:
    """Append the traceback to the log file in the user data folder; return its path."""
    import datetime
    import traceback

    log = paths.user_data_dir() / "surveyor.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as out:
        out.write(f"--- {datetime.datetime.now().isoformat()} surveyor {__version__}\n")
        out.write("".join(traceback.format_exception(error)))
    return log


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

    sub.add_parser("gui", help="open the window").set_defaults(func=cmd_gui)
    form = sub.add_parser("form", help="work with XLSForms").add_subparsers(dest="form_command",
                                                                            required=True)
    check = form.add_parser("check", help="validate XLSForms and list what is unsupported")
    check.add_argument("files", nargs="+", type=Path, metavar="FORM.xlsx")
    check.set_defaults(func=cmd_form_check)

    export = sub.add_parser("export", help="write the sync workbook")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    export.add_argument("--form", default=None, metavar="ID", help="only this form")
    export.add_argument("--since", default=None, metavar="DATE",
                        help="only responses updated since (YYYY-MM-DD)")
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser("import", help="merge workbooks into the store")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    imp.add_argument("--json", action="store_true", help="print the report as one JSON object")
    imp.set_defaults(func=cmd_import)

    merge = sub.add_parser("merge", help="import workbooks into a fresh store, write one workbook")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    merge.set_defaults(func=cmd_merge)

    demo = sub.add_parser("demo", help="fill the store with realistic sample data")
    demo.add_argument("--responses", type=int, default=40, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")
    demo.set_defaults(func=cmd_demo)

    sub.add_parser("status", help="what the store holds").set_defaults(func=cmd_status)
    sub.add_parser("history", help="the imports so far").set_defaults(func=cmd_history)
    undo = sub.add_parser("undo-import", help="undo one import")
    undo.add_argument("id", type=int, metavar="ID")
    undo.set_defaults(func=cmd_undo_import)
    sub.add_parser("backups", help="list the store's backups").set_defaults(func=cmd_backups)
    restore = sub.add_parser("restore", help="put a backup back in place of the store")
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.set_defaults(func=cmd_restore)
    return parser


# -- plumbing ----------------------------------------------------------------------------------

def db_path(args: argparse.Namespace) -> Path:
    path = args.db or paths.default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def open_store(args: argparse.Namespace):
    from surveyor.core.store import Store

    return Store(db_path(args))


def load_catalog(args: argparse.Namespace) -> dict:
    """Bundled forms, the user's forms folder, and any --forms folders, keyed (form_id, version)."""
    from surveyor.core.forms.xlsform import load_forms

    folders = [paths.forms_dir(), paths.user_data_dir() / "forms", *(args.forms or [])]
    catalog: dict = {}
    for folder in folders:
        if Path(folder).is_dir():
            catalog.update(load_forms(folder))
    return catalog


def who(store) -> str:
    return store.setting("inspector") or getpass.getuser()


def terminal_progress(label: str) -> Progress:
    """A progress bar on stderr when it is a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        return Progress()

    def report(done: int, total: int, note: str) -> None:
        width = 30
        filled = int(width * done / total) if total else 0
        bar = "█" * filled + "·" * (width - filled)
        end = "\n" if total and done >= total else ""
        print(f"\r{label} [{bar}] {done}/{total} {note[:40]:<40}", end=end, file=sys.stderr,
              flush=True)

    return Progress(report=report)


def print_rows(rows: list[tuple], header: tuple) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    for row in (header, *rows):
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip())


# -- commands ----------------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from surveyor.ui.app import run  # type: ignore[import-not-found]
    except ImportError:
        print("The window is not part of this version yet; this is what the store holds:\n")
        return cmd_status(args)
    return run(db_path(args))


def form_summary(path: Path) -> tuple[list[str], bool]:
    """What `form check` prints for one form, and whether it can be used as is."""
    from surveyor.core.forms.graph import expression_findings
    from surveyor.core.forms.model import Group
    from surveyor.core.forms.xlsform import read_xlsform

    try:
        form = read_xlsform(path)
    except SurveyError as error:
        return [f"{path}: {error}"], False
    findings = [*form.findings, *expression_findings(form)]
    nodes = list(form.walk())
    groups = [n for n in nodes if isinstance(n, Group)]
    questions = form.questions()
    columns = ("relevant", "constraint", "calculation", "choice_filter")
    expressions = sum(1 for q in questions for c in columns if getattr(q, c))
    lines = [
        f"{path}",
        f"  form_id {form.form_id}, version {form.version or '(none)'}: {form.title}",
        (f"  languages: {', '.join(form.languages) or '(one, unnamed)'}; "
        f"default: {form.default_language or '(unnamed)'}"),
        (f"  {len(questions)} questions, {len(groups) - len(form.repeats())} groups, "
        f"{len(form.repeats())} repeats, {expressions} expressions"),
    ]
    lines += [f"  {f.severity}: {f}" for f in findings]
    usable = not any(f.severity in ("error", "unsupported") for f in findings)
    lines.append("  usable as is" if usable else "  NOT usable as is: see above")
    return lines, usable


def cmd_form_check(args: argparse.Namespace) -> int:
    status = OK
    for path in args.files:
        lines, usable = form_summary(path)
        print("\n".join(lines), end="\n\n")
        status = status if usable else REFUSED
    return status


def cmd_export(args: argparse.Namespace) -> int:
    from surveyor.core.sync.export import export_workbook

    forms = load_catalog(args)
    with open_store(args) as store:
        stats = export_workbook(store, args.output, forms, who=who(store), form_id=args.form,
                                since=args.since, progress=terminal_progress("export"))
    total = sum(stats.rows.values())
    print(f"wrote {args.output}: {total} rows in {len(stats.rows)} sheets")
    for sheet, count in stats.rows.items():
        print(f"  {sheet}: {count}")
    return OK


def print_merge_report(report, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2, default=str))
        return
    prefix = "dry run, nothing written: " if report.dry_run else ""
    print(prefix + ", ".join(f"{key} {value}" for key, value in report.counts.items()))
    for item in report.rejected:
        print(f"  refused: {item.message}")
    for item in report.conflicts:
        print(f"  conflict: {item.uuid} (here {item.local_version}, in {item.file} "
              f"{item.incoming_version}): both kept for review")
    reasons = {"same_tax_code": "same tax code", "same_name_in_ward": "same name in the same ward"}
    for item in report.duplicates:
        print(f"  possible duplicate: {item.uuid} and {item.other} "
              f"({reasons.get(item.reason, item.reason)})")


def run_import(store, files: list[Path], forms: dict, dry_run: bool):
    from surveyor.core.sync.merge import import_workbooks

    return import_workbooks(store, files, forms, who=who(store), dry_run=dry_run,
                            progress=terminal_progress("import"))


def cmd_import(args: argparse.Namespace) -> int:
    forms = load_catalog(args)
    with open_store(args) as store:
        report = run_import(store, args.files, forms, args.dry_run)
    print_merge_report(report, args.json)
    return REFUSED if report.counts.get("rejected") else OK


def cmd_merge(args: argparse.Namespace) -> int:
    import tempfile

    from surveyor.core.store import Store
    from surveyor.core.sync.export import export_workbook

    forms = load_catalog(args)
    with tempfile.TemporaryDirectory(prefix="surveyor-merge-") as tmp:
        with Store(Path(tmp) / "merge.sqlite") as store:
            report = run_import(store, args.files, forms, dry_run=False)
            print_merge_report(report, as_json=False)
            stats = export_workbook(store, args.output, forms, who=who(store),
                                    progress=terminal_progress("export"))
    print(f"wrote {args.output}: {sum(stats.rows.values())} rows")
    return REFUSED if report.counts.get("rejected") else OK


def cmd_demo(args: argparse.Namespace) -> int:
    from surveyor.core.demo.samples import fill_demo

    if args.responses < 0:
        print("surveyor: --responses must be 0 or more", file=sys.stderr)
        return USAGE
    forms = load_catalog(args)
    with open_store(args) as store:
        before = store.count()
        fill_demo(store, forms, responses=args.responses, seed=args.seed,
                  progress=terminal_progress("demo"))
        total = store.count()
    print(f"demo (seed {args.seed}): {total - before} new sample responses in {db_path(args)}, "
          f"{total} in all")
    return OK


def cmd_status(args: argparse.Namespace) -> int:
    from collections import Counter

    with open_store(args) as store:
        counts = Counter((r.form_id, r.status) for r in store.responses())
        conflicts, imports = len(store.conflicts()), len(store.imports())
    print(f"store: {db_path(args)}")
    if not counts:
        print("no responses yet (try: surveyor demo)")
    rows = [(form_id, status, n) for (form_id, status), n in sorted(counts.items())]
    if rows:
        print_rows(rows, ("form", "status", "responses"))
        print(f"total: {sum(counts.values())} responses")
    print(f"open conflicts: {conflicts}; imports: {imports}")
    return OK


def cmd_history(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        records = store.imports()
    if not records:
        print("no imports yet")
        return OK
    rows = [(r.id, r.at, r.file, r.sha256[:12], "undone" if r.undone else "",
             " ".join(f"{k}={v}" for k, v in r.counts.items() if v)) for r in records]
    print_rows(rows, ("id", "at", "file", "sha256", "", "counts"))
    return OK


def cmd_undo_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.backup("undo")
        store.undo_import(args.id, who=who(store))
    print(f"import {args.id} undone")
    return OK


def cmd_backups(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = store.backups()
    for path in found:
        print(path)
    if not found:
        print("no backups yet")
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    from surveyor.core.store import restore

    restore(db_path(args), args.backup)
    print(f"restored {args.backup} into {db_path(args)}")
    return OK


if __name__ == "__main__":
    raise SystemExit(main())
