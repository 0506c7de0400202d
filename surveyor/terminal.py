"""What the command line prints: a progress bar on a terminal, tables, and each job's report
in words (the window says the same reports in its own way, translated)."""

from __future__ import annotations

import json
import sys

from surveyor.core.progress import Progress

REASONS = {"same_tax_code": "same tax code", "same_name_in_ward": "same name in the same ward"}


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


def identity_text(identity) -> str:
    """The identity questions of a form (settings identity_*), as `form check` says them."""
    parts = [f"tax code {identity.tax_code}"] if identity.tax_code else []
    if identity.name and identity.area:
        parts.append(f"name {identity.name} in area {identity.area}")
    return " or ".join(parts) or "nothing (no identity_* settings)"


def summary_lines(summary) -> list[str]:
    """What `form check` prints for one form (or for indicator definitions)."""
    if hasattr(summary, "definitions"):
        return definitions_lines(summary)
    if summary.form is None:
        return [f"{summary.path}: {summary.error}"]
    form = summary.form
    lines = [
        f"{summary.path}",
        f"  form_id {form.form_id}, version {form.version or '(none)'}: {form.title}",
        (f"  languages: {', '.join(form.languages) or '(one, unnamed)'}; "
         f"default: {form.default_language or '(unnamed)'}"),
        (f"  {summary.questions} questions, {summary.groups} groups, "
         f"{summary.repeats} repeats, {summary.expressions} expressions"),
        f"  possible duplicates by: {identity_text(form.identity)}",
    ]
    from surveyor.core.forms.check import cost  # loaded already: summary came from it
    for finding in summary.findings:
        lines += [f"  {finding.severity}: {finding}", f"      costs: {cost(finding)}"]
    lines.append("  usable as is: every question can be answered" if summary.usable else
                 "  NOT usable as is: see the errors and unsupported findings above")
    return lines


def print_export(stats, sheets: bool = True) -> None:
    total = sum(stats.rows.values())
    if not sheets:
        print(f"wrote {stats.path}: {total} rows")
        return
    print(f"wrote {stats.path}: {total} rows in {len(stats.rows)} sheets")
    for sheet, count in stats.rows.items():
        print(f"  {sheet}: {count}")
    print(media_line(stats.media))


def media_line(media) -> str:
    """The attached files an export named: how many, their size, and whether they went in."""
    size = f"{media.bytes / 1_000_000:.1f} MB" if media.bytes >= 100_000 else f"{media.bytes} bytes"
    line = f"files: {media.files} ({size})"
    if not media.included:
        line += ", not included (--no-media): their _media rows name them"
    return line + (f"; {media.missing} named but not in this store" if media.missing else "")


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
    for item in report.duplicates:
        print(f"  possible duplicate: {item.uuid} and {item.other} "
              f"({REASONS.get(item.reason, item.reason)})")


def print_summary(summary) -> None:
    print("\n".join(summary_lines(summary)), end="\n\n")


def print_status(report) -> None:
    print(f"store: {report.db_path}")
    if not report.tally:
        print("no responses yet (try: surveyor demo)")
    rows = [(form_id, status, n) for (form_id, status), n in sorted(report.tally.items())]
    if rows:
        print_rows(rows, ("form", "status", "responses"))
        print(f"total: {report.total} responses")
    print(f"open conflicts: {report.open_conflicts}; imports: {report.imports}")


def print_history(records) -> None:
    if not records:
        print("no imports yet")
        return
    rows = [(r.id, r.at, r.file, r.sha256[:12], "undone" if r.undone else "",
             " ".join(f"{k}={v}" for k, v in r.counts.items() if v)) for r in records]
    print_rows(rows, ("id", "at", "file", "sha256", "", "counts"))


def shown(value: object) -> str:
    """A stored answer as a cell of a table: empty shows as "-"."""
    return "-" if value is None or value == "" else str(value)


def print_conflicts(views, as_json: bool) -> None:
    """`conflicts`: each open conflict, its two sides and the fields on which they differ."""
    if as_json:
        print(json.dumps([view.as_json() for view in views], ensure_ascii=False, indent=2,
                         default=str))
        return
    if not views:
        print("no open conflicts")
        return
    for view in views:
        print(f"conflict {view.id}: response {view.uuid} ({view.form_id} {view.form_version})")
        for label, state in (("local", view.local), ("incoming", view.incoming)):
            print(f"  {label + ':':<9} {state.inspector or '(no inspector)'}, "
                  f"{state.updated_at}, version {state.version}")
        rows = [(r.field, shown(r.base), shown(r.local), shown(r.incoming))
                for r in view.differing]
        if rows:
            print_rows([("  " + f, *rest) for f, *rest in rows],
                       ("  field", "base", "local", "incoming"))
        else:
            print("  the answers are the same; only the history differs")
        print()


def print_resolved(conflict_id: int, state, take: str, picks) -> None:
    chosen = "".join(f", {field} from {side}" for field, side in picks.items() if side != take)
    print(f"conflict {conflict_id} resolved: {state.uuid} is now version {state.version} "
          f"(fields from {take}{chosen})")


def _side(state) -> str:
    return f"{state.inspector or '(no inspector)'}, {state.updated_at}, version {state.version}"


def print_duplicates(views, as_json: bool) -> None:
    """`duplicates`: each possible-duplicate pair, both sides, and the fields that differ."""
    if as_json:
        print(json.dumps([view.as_json() for view in views], ensure_ascii=False, indent=2,
                         default=str))
        return
    if not views:
        print("no possible duplicates")
        return
    for view in views:
        reason = REASONS.get(view.reason, view.reason) or "no shared identity answer"
        print(f"possible duplicate ({reason}), form {view.form_id}")
        for label, state in (("first", view.first), ("second", view.second)):
            print(f"  {label + ':':<7} {state.uuid}  {_side(state)}")
        rows = [("  " + r.field, shown(r.local), shown(r.incoming)) for r in view.differing]
        if rows:
            print_rows(rows, ("  field", "first", "second"))
        same = len(view.fields) - len(rows)
        print(f"  {same} other field{'s' * (same != 1)} the same" if rows
              else "  every answer is the same")
        print()


def print_duplicate_merged(drop: str, state, picks) -> None:
    chosen = "".join(f", {field} from {drop}" for field, side in picks.items() if side == "drop")
    print(f"{drop} merged into {state.uuid} (now version {state.version}{chosen}); "
          f"{drop} is deleted and points to it")


def print_outside_edits(edits, as_json: bool) -> None:
    """`edits`: each row edited outside Surveyor, the state it was sealed as, what changed."""
    if as_json:
        print(json.dumps([edit.as_json() for edit in edits], ensure_ascii=False, indent=2,
                         default=str))
        return
    if not edits:
        print("no rows edited outside Surveyor to review")
        return
    for edit in edits:
        print(f"edited outside Surveyor: {edit.uuid} ({edit.form_id})")
        sealed = _side(edit.sealed) if edit.sealed else (
            f"version {edit.edited.history[0] if edit.edited.history else '(none)'}, "
            "not in this store")
        print(f"  sealed: {sealed}")
        print(f"  edited: {_side(edit.edited)}")
        rows = [("  " + r.field, shown(r.local), shown(r.incoming)) for r in edit.differing]
        if rows:
            print_rows(rows, ("  field", "sealed", "edited"))
        elif edit.sealed:
            print("  the answers are the same; only system fields differ")
        print()


# -- the consolidated report ---------------------------------------------------------------------

def definitions_lines(summary) -> list[str]:
    """What `form check` prints for indicator definitions (indicators.xlsx)."""
    if summary.error is not None:
        return [f"{summary.path}: {summary.error}"]
    found = summary.definitions.indicators
    lines = [f"{summary.path}",
             f"  indicator definitions: {len(found)} usable indicators, forms "
             f"{', '.join(summary.forms()) or '(none)'}"]
    lines += [f"  {f.severity}: {f}" for f in summary.findings]
    lines.append("  usable as is" if summary.usable else "  NOT usable as is: see above")
    return lines


def shown_value(value, unit: str) -> str:
    """A result as Tổng hợp shows it: "–" for no value (a denominator of 0)."""
    if value is None:
        return "–"
    return f"{value:.1f}%" if unit == "%" else f"{value:g}" if float(value).is_integer() \
        else f"{value:.1f}"


def print_report(stats) -> None:
    """The indicators city-wide, after a report was written."""
    results = stats.results
    print(f"indicators ({results.counted} complete responses counted, {results.drafts} drafts "
          "left out), city-wide:")
    rows = []
    for result in results.indicators:
        line, indicator = result.city, result.indicator
        unit = indicator.unit("en")
        target = line.target.text(unit) if line.target else ""
        verdict = "" if line.target is None else "-" if line.met is None else (
            "met" if line.met else "not met")
        fraction = (f"{line.numerator:g}" if line.denominator is None
                    else f"{line.numerator:g}/{line.denominator:g}")
        rows.append((indicator.name, fraction, shown_value(line.value, unit), target, verdict))
    print_rows([("  " + r[0], *r[1:]) for r in rows],
               ("  indicator", "n/d", "result", "target", ""))
    for finding in results.findings:
        print(f"  not computed: {finding}")
