"""A roll-up without Surveyor's store: sync workbooks read with python-calamine into DuckDB.

  python docs/examples/duckdb_rollup.py WARD.xlsx ...     # prints responses per ward

Each data sheet `_manifest` lists joins its form's table (split sheets `form~2` too). Per
`_uuid` the state kept is the one no other state descends from (its `_version` is in no other
state's `_history`; of two such, a conflict, the later `_updated_at`); if it is deleted
(`_deleted` = 1, also a merged duplicate) the response is left out; repeat rows come from the
workbook the kept state came from. Needs duckdb and pandas (not the app's: docs/scale.md)."""

from __future__ import annotations

import sys
from collections import defaultdict
from itertools import takewhile

import duckdb
import pandas as pd
from python_calamine import CalamineWorkbook

SHARED = "^(_uuid|_form_id|_status|_version|_updated_at|phuong_xa)$"   # the view `responses`
WARDS = """SELECT phuong_xa AS ward, count(*) FILTER (WHERE _status = 'complete') AS complete,
           count(*) AS responses FROM responses GROUP BY ward ORDER BY responses DESC, ward"""


def listed_sheets(book: CalamineWorkbook) -> list[tuple[str, str, str]]:
    """(sheet, form_id, repeat) of every data sheet in the manifest's sheets table."""
    rows = book.get_sheet_by_name("_manifest").to_python()
    start = next(i for i, row in enumerate(rows) if row[:2] == ["sheet", "form_id"])
    entries = takewhile(lambda e: e["sheet"], (dict(zip(rows[start], r)) for r in rows[start + 1:]))
    return [(e["sheet"], e["form_id"], e["repeat"] or "") for e in entries]


def frame(rows: list[list], file_no: int) -> pd.DataFrame:
    """A sheet's cells as typed columns: blanks as NULL, a column of mixed kinds as text."""
    columns = {"_file": [file_no] * (len(rows) - 1)}
    for i, key in enumerate(rows[0]):
        values = [None if row[i] == "" else row[i] for row in rows[1:]]
        if key == "_deleted":
            values = [1 if value in (1, "1") else 0 for value in values]
        elif len({type(v) for v in values if v is not None}) != 1:
            values = pd.Series([None if v is None else str(v) for v in values], dtype=object)
        columns[key] = values
    return pd.DataFrame(columns)


def rollup(paths: list[str]) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with one table per form (and per form.repeat: `form__repeat`), and
    the view `responses`: every form's responses (uuid, form, status, version, time, ward)."""
    con = duckdb.connect()
    staged: dict[tuple[str, str], list[str]] = defaultdict(list)
    for file_no, path in enumerate(paths):
        book = CalamineWorkbook.from_path(str(path))
        for i, (sheet, form_id, repeat) in enumerate(listed_sheets(book)):
            name = f"staged_{file_no}_{i}"
            con.register(name, frame(book.get_sheet_by_name(sheet).to_python(), file_no))
            staged[form_id, repeat].append(name)

    def union(names: list[str]) -> str:
        return " UNION ALL BY NAME ".join(f"SELECT * FROM {n}" for n in names)

    for (form_id, repeat), names in sorted(staged.items(), key=lambda item: item[0][1]):
        if not repeat:                                   # the forms first, then their repeats
            con.execute(f"""CREATE TABLE "{form_id}" AS WITH states AS ({union(names)})
                SELECT * FROM (SELECT * FROM states AS s WHERE NOT EXISTS (
                    SELECT 1 FROM states AS o WHERE o._uuid = s._uuid
                    AND list_contains(string_split(coalesce(o._history, ''), ' '), s._version))
                  QUALIFY row_number() OVER (PARTITION BY _uuid
                                             ORDER BY _updated_at DESC, _version DESC) = 1)
                WHERE _deleted = 0""")
        else:
            con.execute(f"""CREATE TABLE "{form_id}__{repeat}" AS SELECT r.* FROM
                ({union(names)}) AS r SEMI JOIN "{form_id}" AS m
                ON m._uuid = r._parent_uuid AND m._file = r._file""")
    con.execute("CREATE VIEW responses AS " + " UNION ALL BY NAME ".join(
        f"SELECT COLUMNS('{SHARED}') FROM \"{form}\"" for form, repeat in staged if not repeat))
    return con


def responses_per_ward(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int, int]]:
    """(ward, complete, all): the department's question, over every form."""
    return con.execute(WARDS).fetchall()


def main(paths: list[str]) -> None:
    con = rollup(paths)
    for (table,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall():
        (rows,) = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        print(f"{table}: {rows} rows")
    print(f"\n{'ward':<28} {'complete':>9} {'responses':>10}")
    for ward, complete, responses in responses_per_ward(con):
        print(f"{ward or '(none)':<28} {complete:>9} {responses:>10}")


if __name__ == "__main__":
    main(sys.argv[1:])
