"""Window benchmark: launch to window shown, opening forms, one answer change.

Prints figures measured in this one run (medians of a few repeats); it asserts nothing. Goals:
  launch (a fresh process) to the window shown              <= 0.8 s
  opening a form (view built, laid out and painted)         <= 1 s
  one answer change: evaluation                             <= 5 ms
  one answer change: widgets updated and repainted          <= 16 ms

  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from forms import generated_form
from surveyor.core import jobs
from surveyor.core.filling.session import Session
from surveyor.core.forms.xlsform import read_xlsform
from surveyor.ui.form_view import FormView

FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "xlsforms"
LAUNCH = """
import sys, time
from surveyor.ui.app import application, build_main_window
app = application()
window = build_main_window(sys.argv[1], load=False)
window.show()
app.processEvents()
print("shown", flush=True)
"""


def launch_seconds(db: Path, runs: int = 5) -> list[float]:
    """From spawning a fresh interpreter to the window shown (the store and forms load after)."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", LAUNCH, str(db)], stdout=subprocess.PIPE,
                                 text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        line = child.stdout.readline()
        out.append(time.perf_counter() - start)
        child.kill()
        child.wait()
        assert line.strip() == "shown", line
    return out


def open_seconds(form, runs: int = 3) -> tuple[float, FormView]:
    """Build the view of a new response, lay it out and paint it once."""
    app = QApplication.instance()
    times, view = [], None
    for _ in range(runs):
        if view is not None:
            view.close()
            view.deleteLater()
            app.processEvents()
        start = time.perf_counter()
        view = FormView(Session.new(form))
        view.resize(1366, 768)
        view.show()
        app.processEvents()
        view.repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times), view


def change_ms(view: FormView, key: str, values: list, at: tuple = ()) -> tuple[float, float]:
    """Median ms of one committed answer: evaluation (session.set), then update and repaint."""
    app = QApplication.instance()
    evaluation, repaint = [], []
    for value in values:
        start = time.perf_counter()
        places = view.session.set(key, value, at)
        middle = time.perf_counter()
        view._apply(places)
        view.repaint()
        app.processEvents()
        end = time.perf_counter()
        evaluation.append((middle - start) * 1000)
        repaint.append((end - middle) * 1000)
    return statistics.median(evaluation), statistics.median(repaint)


def main() -> None:
    _app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        jobs.demo(db, jobs.catalog().forms, responses=200)
        launch = launch_seconds(db)
    print(f"launch_to_window_s median {statistics.median(launch):.3f} "
          f"(min {min(launch):.3f}, max {max(launch):.3f}; goal 0.8, "
          f"ratio {statistics.median(launch) / 0.8:.2f})")
    forms = {"co_so_san_xuat (largest bundled)": jobs.catalog().latest()["co_so_san_xuat"]}
    ghana = FIXTURES / "ghana_community.xlsx"
    if ghana.exists():
        forms["ghana_community (209 questions)"] = read_xlsform(ghana)
    generated = generated_form(500, 20)
    forms[f"generated ({len(generated.questions())} questions)"] = generated
    for name, form in forms.items():
        seconds, view = open_seconds(form)
        print(f"open_form_s {name}: {seconds:.3f} (goal 1.0, ratio {seconds:.2f})")
    first_gate = "g0_on"
    view._apply(view.session.set("active", "yes"))
    view._apply({("active", ())} | view.session.set("g0_on", "yes"))
    evaluation, repaint = change_ms(view, "g0_n1", list(range(1, 41)))
    print(f"answer_change_ms (a count read by sums and relevance): evaluation {evaluation:.2f} "
          f"(goal 5, ratio {evaluation / 5:.2f}); update+repaint {repaint:.2f} "
          f"(goal 16, ratio {repaint / 16:.2f})")
    evaluation, repaint = change_ms(view, first_gate, ["yes", "no"] * 10)
    print(f"answer_change_ms (a section's gate, showing/hiding it): evaluation {evaluation:.2f} "
          f"(goal 5, ratio {evaluation / 5:.2f}); update+repaint {repaint:.2f} "
          f"(goal 16, ratio {repaint / 16:.2f})")
    shown = [w for w in view.findChildren(QWidget) if w.objectName().startswith("q:")]
    print(f"generated form: {len(shown)} question widgets")


if __name__ == "__main__":
    main()
