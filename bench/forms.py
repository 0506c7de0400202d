"""Forms benchmark: opening real XLSForms cold and warm, loading the fixtures, and keeping a big
form's state live while it is filled.

Prints figures measured in this one run; it asserts nothing about time. Goals (DESIGN, issue 12):
  re-evaluation after one answer change on a ~500-question form   <= 5 ms
  opening a form (read, and its live state built)                  <= 1 s

Cold: pyxform reads the workbook (no XForm XML is written); warm: the parsed form comes from
the cache beside the store (forms.cache), keyed by the workbook's sha256.

  .venv/bin/python bench/forms.py                 # 500 questions, 600 answer changes
  .venv/bin/python bench/forms.py --questions 2000 --changes 2000 --rows 30
  .venv/bin/python bench/forms.py --only-open     # just the real forms' opening times
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surveyor.core.filling.live import LiveForm
from surveyor.core.filling.validation import state_issues
from surveyor.core.forms.check import expression_findings
from surveyor.core.forms.model import Form
from surveyor.core.forms.xlsform import form_from_markdown, read_xlsform

FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "xlsforms"
COLLECTED = Path(__file__).resolve().parent.parent / "tests" / "forms"
TARGET_MS = 5.0
OPEN_TARGET_S = 1.0
SECTION = 20                      # questions per group


def survey_rows(questions: int, repeat_size: int) -> list[list[str]]:
    """type, name, label, relevant, constraint, calculation, required, choice_filter rows."""
    rows = [["select_one yn", "active", "Active?", "", "", "", "yes", ""]]
    sections = max(1, (questions - repeat_size - 3) // SECTION)
    for s in range(sections):
        gate = f"g{s}_on"
        rows.append(["begin_group", f"g{s}", f"Section {s}", "${active} = 'yes'", "", "", "", ""])
        rows.append(["select_one yn", gate, f"Section {s} applies?", "", "", "", "yes", ""])
        numbers = []
        for q in range(SECTION - 5):
            name = f"g{s}_n{q}"
            relevant = f"${{{gate}}} = 'yes'" + (f" and ${{g{s}_n{q - 1}}} != 0" if q % 3 == 2 else "")
            rows.append(["integer", name, f"Count {s}.{q}", relevant,
                         ". >= 0 and . <= 100000", "", "yes" if q % 4 == 0 else "", ""])
            numbers.append(name)
        rows.append(["select_one kind", f"g{s}_kind", "Kind", f"${{{gate}}} = 'yes'", "", "", "",
                     "grp = ${active} or grp = 'any'"])
        rows.append(["calculate", f"g{s}_sum", "", "", "", " + ".join(
            f"coalesce(${{{n}}}, 0)" for n in numbers), "", ""])
        previous = f"${{g{s - 1}_total}}" if s else "0"
        rows.append(["calculate", f"g{s}_total", "", "", "", f"{previous} + ${{g{s}_sum}}", "", ""])
        rows.append(["text", f"g{s}_note", "Why so many?", f"${{g{s}_sum}} > 1000", "", "", "", ""])
        rows.append(["end_group", "", "", "", "", "", "", ""])
    rows.append(["begin_repeat", "material", "Materials", "", "", "", "", ""])
    for q in range(repeat_size - 2):
        rows.append(["decimal", f"m{q}", f"Material {q}", "", ". >= 0", "", "", ""])
    rows.append(["calculate", "m_row", "", "", "", "position(..)", "", ""])
    rows.append(["calculate", "m_sum", "", "", "", "coalesce(${m0}, 0) + coalesce(${m1}, 0)", "", ""])
    rows.append(["end_repeat", "", "", "", "", "", "", ""])
    rows.append(["calculate", "materials_total", "", "", "", "sum(${m_sum})", "", ""])
    grand = f"${{g{sections - 1}_total}} + ${{materials_total}}"
    rows.append(["calculate", "grand_total", "", "", "", grand, "", ""])
    return rows


def generated_form(questions: int, repeat_size: int) -> Form:
    """A ~`questions`-question form written as a markdown table, read through pyxform."""
    header = ["type", "name", "label", "relevant", "constraint", "calculation", "required",
              "choice_filter"]
    lines = ["| survey |", "| | " + " | ".join(header) + " |"]
    lines += ["| | " + " | ".join(row) + " |" for row in survey_rows(questions, repeat_size)]
    lines += ["| choices |", "| | list_name | name | label | grp |",
              "| | yn | yes | Yes | |", "| | yn | no | No | |"]
    lines += [f"| | kind | k{i} | Kind {i} | {('yes', 'no', 'any')[i % 3]} |" for i in range(30)]
    return form_from_markdown("\n".join(lines), name="bench_form")


def time_fixture_loads() -> None:
    if not FIXTURES.is_dir():
        print(f"fixtures: not found at {FIXTURES}")
        return
    paths = sorted(FIXTURES.glob("*.xlsx"))
    biggest = max(paths, key=lambda p: p.stat().st_size)
    for path in paths:
        start = time.perf_counter()
        form = read_xlsform(path)
        loaded = time.perf_counter() - start
        if path == biggest:
            print(f"largest fixture by size: {path.name} ({path.stat().st_size // 1024} KB)")
        findings = expression_findings(form)
        checked = time.perf_counter() - start - loaded
        print(f"load {path.name:24} {loaded * 1000:8.1f} ms  questions={len(form.questions()):4}"
              f"  expression check {checked * 1000:6.1f} ms  findings={len(findings)}")


def largest_forms(count: int) -> list[Path]:
    """The real forms collected (tests/forms) and the fixtures, largest first."""
    found = [p for folder in (COLLECTED, FIXTURES) if folder.is_dir()
             for p in folder.iterdir() if p.suffix in (".xlsx", ".xls")]
    return sorted(found, key=lambda p: p.stat().st_size, reverse=True)[:count]


def _median_time(run, times: int = 3) -> tuple[float, object]:
    results, spent = None, []
    for _ in range(times):
        start = time.perf_counter()
        results = run()
        spent.append(time.perf_counter() - start)
    return statistics.median(spent), results


def time_opening(count: int) -> None:
    """Cold and warm opening of the largest real forms: read (pyxform, or the cache), then the
    live state of a new response built."""
    print(f"opening real forms (median of 3; target <= {OPEN_TARGET_S:g} s read + live state):")
    with tempfile.TemporaryDirectory(prefix="surveyor-bench-cache-") as folder:
        cache = Path(folder)
        for path in largest_forms(count):
            cold, form = _median_time(lambda path=path: read_xlsform(path))
            read_xlsform(path, cache)                       # the first read keeps it
            warm, cached = _median_time(lambda path=path: read_xlsform(path, cache))
            opened, _ = _median_time(lambda path=path: LiveForm(read_xlsform(path, cache), None))
            choices = sum(len(c) for c in form.choice_lists.values())
            print(f"  {path.name:34} {path.stat().st_size // 1024:4} KB "
                  f"{len(form.questions()):4} questions {choices:5} choices: read cold "
                  f"{cold:.3f} s, warm {warm:.3f} s; opened warm (read, graph, live state) "
                  f"{opened:.3f} s; cached equal: {cached == form}")


def answer_for(state: LiveForm, key: str, rng: random.Random) -> object:
    question = state.form.question(key)
    if question.type == "select_one":
        return rng.choice([c.name for c in question.choices] + [None])
    if question.type == "integer":
        return rng.choice([0, 1, 7, 500, 2000, None])
    if question.type == "decimal":
        return rng.choice([0.5, 3.0, 12.25, None])
    return rng.choice(["a", "", "text"])


def time_changes(state: LiveForm, changes: int, seed: int) -> None:
    """Random real answer changes on a filled-in state: how long each set() takes."""
    rng = random.Random(seed)
    places = [(q.key, at) for q in state.form.questions()
              if q.holds_value and not q.calculation for at in state.instances(q.key)]
    state.set("active", "yes")
    for key, at in places:                   # open every section, as a filled form would be
        if key.endswith("_on"):
            state.set(key, "yes", at)
    times, evaluations, changed = [], [], []
    for _ in range(changes):
        key, at = rng.choice(places)
        value = state.value(key, at)
        while value == state.value(key, at):    # a real change every time
            value = answer_for(state, key, rng)
        before = state.evaluations
        start = time.perf_counter()
        changed.append(len(state.set(key, value, at)))
        times.append((time.perf_counter() - start) * 1000)
        evaluations.append(state.evaluations - before)
    median = statistics.median(times)
    print(f"changes={len(times)} over {len(places)} answerable places; expression evaluations "
          f"per change median={statistics.median(evaluations):.0f} max={max(evaluations)}; "
          f"places reported changed median={statistics.median(changed):.0f} max={max(changed)}")
    print(f"reeval_ms p95={sorted(times)[int(len(times) * 0.95)]:.3f}")
    print(f"reeval_ms median={median:.3f} max={max(times):.3f} target={TARGET_MS:g} "
          f"ratio={median / TARGET_MS:.3f}")


def time_master_switch(state: LiveForm) -> None:
    """The worst single change: the answer every section's relevance hangs on."""
    switch: dict[str, list[float]] = {"no": [], "yes": []}
    for _ in range(10):
        for value in ("no", "yes"):
            start = time.perf_counter()
            state.set("active", value)
            switch[value].append((time.perf_counter() - start) * 1000)
    print(f"worst case, the answer every section hangs on: hide median="
          f"{statistics.median(switch['no']):.2f} ms; show (re-evaluates the whole form) median="
          f"{statistics.median(switch['yes']):.2f} ms max={max(switch['yes']):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--changes", type=int, default=600)
    parser.add_argument("--rows", type=int, default=10, help="rows in the generated repeat")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--largest", type=int, default=5, help="real forms to time opening")
    parser.add_argument("--only-open", action="store_true", help="only the opening times")
    args = parser.parse_args()
    time_opening(args.largest)
    if args.only_open:
        return
    time_fixture_loads()
    start = time.perf_counter()
    form = generated_form(args.questions, repeat_size=20)
    print(f"generated form: {len(form.questions())} questions, read in "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    state = LiveForm(form, None)
    built = time.perf_counter() - start
    for _ in range(args.rows):
        state.add_row("material")
    print(f"formstate_build_ms {built * 1000:.1f} (new response, graph included); "
          f"{args.rows} repeat rows added in {(time.perf_counter() - start - built) * 1000:.1f} ms")
    time_changes(state, args.changes, args.seed)
    time_master_switch(state)
    start = time.perf_counter()
    issues = state_issues(state)
    print(f"validate_ms {(time.perf_counter() - start) * 1000:.1f} (issues={len(issues)})")


if __name__ == "__main__":
    main()
