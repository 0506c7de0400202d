"""Store benchmark: the response list of a 50,000-response store, and the CLI's import time.

Prints figures measured in this one run (each the median of several); it asserts nothing.
Goals: each list query (a 100-row page, a search, a filter, the tally) <= 50 ms;
`import surveyor.cli` in a fresh interpreter <= 0.15 s.

  .venv/bin/python bench/store.py             # builds the store once, in the temp folder
  .venv/bin/python bench/store.py --fresh     # builds it again
  .venv/bin/python bench/store.py --responses 5000

The store is synthesised from the demo vocabulary (real names, wards, markets; answers of a
realistic size), not by the demo generator: building 50,000 responses then takes seconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
GOAL_MS = 50.0
CLI_GOAL_S = 0.15


def synthesise(count: int, seed: int = 2024) -> list:
    """`count` saved states of the three bundled forms, named and placed as the demo does."""
    from surveyor.core.demo import vocabulary as vocab
    from surveyor.core.responses import COMPLETE, DRAFT, Response, saved

    rng = random.Random(seed)
    wards = sorted({p[2] for p in vocab.PLACES} | {m[1] for m in vocab.MARKETS})
    states = []
    for n in range(count):
        form_id = rng.choices(list(vocab.FORM_SHARES), list(vocab.FORM_SHARES.values()))[0]
        name = (f"{rng.choice(vocab.PREFIXES['doanh_nghiep'])} {rng.choice(vocab.BRANDS)} "
                f"{rng.choice(vocab.GIVEN)} {n}")
        answers = {"ten_co_so": name, "phuong_xa": rng.choice(wards),
                   "nguoi_tra_loi": f"{rng.choice(vocab.FAMILY)} {rng.choice(vocab.GIVEN)}",
                   "dia_chi": f"Số {rng.randint(2, 300)} {rng.choice(vocab.STREETS)}",
                   "ghi_chu": rng.choice(vocab.NOTES), "so_lao_dong": rng.randint(3, 900),
                   **{f"cau_{i}": rng.choice(("yes", "no", "partly")) for i in range(20)}}
        if form_id == "tieu_thuong_cho":
            answers["ten_cho"] = rng.choice(vocab.MARKETS)[0]
        day = f"2026-{rng.randint(10, 11)}-{rng.randint(1, 28):02d}"
        at = f"{day}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        response = Response(uuid=str(random.Random(n).getrandbits(128)), form_id=form_id,
                            form_version="2026.1", inspector=rng.choice(vocab.INSPECTORS),
                            status=COMPLETE if rng.random() < 0.8 else DRAFT, device="bench",
                            created_at=at, answers=answers, deleted=rng.random() < 0.02)
        states.append(saved(response, at=at))
    return states


def open_store(folder: Path, count: int, fresh: bool):
    """The bench store of `count` responses in `folder`, built unless it is there already."""
    from surveyor.core.store import Store, migrations

    path = folder / f"bench-store-{count}-v{migrations.LATEST}.sqlite"
    if fresh:
        for leftover in folder.glob(f"{path.name}*"):
            leftover.unlink()
    store = Store(path)
    have = store.conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    if have != count:
        store.close()
        for leftover in folder.glob(f"{path.name}*"):
            leftover.unlink()
        start = time.perf_counter()
        states = synthesise(count)
        made = time.perf_counter() - start
        store = Store(path)
        start = time.perf_counter()
        store.put_states(states, who="bench", import_id=None)
        print(f"built {path} ({count} responses): synthesised in {made:.1f} s, "
              f"put_states in {time.perf_counter() - start:.1f} s")
    else:
        print(f"reusing {path} ({count} responses; --fresh builds it again)")
    return store


def median_ms(run: Callable[[], object]) -> tuple[float, object]:
    """Median wall time of RUNS calls, in ms, and what the last call returned."""
    times, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def report(label: str, ms: float, note: str = "") -> None:
    print(f"  {label:<46} {ms:7.2f} ms   (goal <= {GOAL_MS:.0f} ms: ratio "
          f"{ms / GOAL_MS:.2f}){note}")


def list_queries(store) -> None:
    from surveyor.core.store.listing import ListQuery

    newest = ListQuery()
    ward = store.conn.execute("SELECT ward FROM listing GROUP BY ward ORDER BY count(*) DESC "
                              "LIMIT 1").fetchone()[0]
    total = store.count_matching(newest)
    cases = [
        ("page of 100 at offset 0, updated_at desc", lambda: store.page(newest, 0, 100)),
        ("page of 100 at offset 40,000, updated_at desc",
         lambda: store.page(newest, 40_000, 100)),
        ("page of 100 at offset 40,000, by name asc",
         lambda: store.page(ListQuery(order_by="name", descending=False), 40_000, 100)),
        ("search 'bat trang' (page of 100 and count)",
         lambda: (store.page(ListQuery(search="bat trang"), 0, 100),
                  store.count_matching(ListQuery(search="bat trang")))),
        (f"ward {ward} (page of 100 and count)",
         lambda: (store.page(ListQuery(ward=ward), 0, 100),
                  store.count_matching(ListQuery(ward=ward)))),
        ("count of the whole list", lambda: store.count_matching(newest)),
        ("tally by form and status", store.tally),
    ]
    print(f"list queries on {total} listed responses (median of {RUNS} runs):")
    for label, run in cases:
        ms, result = median_ms(run)
        if isinstance(result, tuple):
            note = f"   [{len(result[0])} rows of {result[1]}]"
        elif isinstance(result, list):
            note = f"   [{len(result)} rows]"
        else:
            note = f"   [{result if isinstance(result, int) else len(result)}]"
        report(label, ms, note)
    last = store.page(newest, 39_900, 100)[-1]
    ms, _ = median_ms(lambda: store.page_after(newest, last, 100))
    report("page_after the row at 40,000 (paging by key)", ms)


def cli_import_seconds() -> tuple[float, float, float]:
    """Median seconds of `import surveyor.cli` and of `pass` in fresh interpreters (5 each)."""
    def run(code: str) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    with_cli, bare = run("import surveyor.cli"), run("pass")
    return with_cli - bare, with_cli, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=50_000)
    parser.add_argument("--fresh", action="store_true", help="build the store again")
    parser.add_argument("--folder", type=Path,
                        default=Path(tempfile.gettempdir()) / "surveyor-bench-store")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    with open_store(args.folder, args.responses, args.fresh) as store:
        list_queries(store)
    cost, with_cli, bare = cli_import_seconds()
    print(f"import surveyor.cli in a fresh interpreter: {cost:.3f} s   ({with_cli:.3f} s, "
          f"minus {bare:.3f} s for `python -c pass`; median of 5; goal <= {CLI_GOAL_S} s: "
          f"ratio {cost / CLI_GOAL_S:.2f})")


if __name__ == "__main__":
    main()
