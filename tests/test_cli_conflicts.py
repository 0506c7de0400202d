"""`conflicts` and `resolve` as a person runs them: a real process, real files, exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from test_cli import surveyor

from surveyor.core.store import Store


def edit(db: Path, uuid: str, inspector: str, **answers: object) -> None:
    """An edit made in the window of that store (core calls stand in for the form); an answer
    given as None is cleared."""
    with Store(db) as store:
        state = store.get(uuid)
        merged = {k: v for k, v in {**state.answers, **answers}.items() if v is not None}
        store.save(replace(state, inspector=inspector, answers=merged), who=inspector)


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, Path, str]:
    """An office store with one open conflict: (home, store, the inspector's workbook, uuid).
    The inspector renamed the establishment and counted 40 workers; the office counted 41 and
    cleared the phone number."""
    home, field, office = tmp_path / "home", tmp_path / "field.sqlite", tmp_path / "office.sqlite"
    first, second = tmp_path / "trip.xlsx", tmp_path / "trip-2.xlsx"
    surveyor("--db", str(field), "demo", "--responses", "3", home=home)
    surveyor("--db", str(field), "export", "-o", str(first), home=home)
    assert surveyor("--db", str(office), "import", str(first), home=home).returncode == 0
    with Store(field) as store:
        uuid = next(store.responses()).uuid
    edit(field, uuid, "Nguyễn Văn An", ten_co_so="Gốm sứ Minh Long", so_lao_dong=40)
    edit(office, uuid, "Trần Thị Bình", so_lao_dong=41, dien_thoai=None)
    surveyor("--db", str(field), "export", "-o", str(second), home=home)
    run = surveyor("--db", str(office), "import", str(second), "--json", home=home)
    assert json.loads(run.stdout)["conflicts"] == 1, run.stdout + run.stderr
    return home, office, second, uuid


def test_conflicts_lists_both_sides_and_the_fields_that_differ(office):
    home, db, _, uuid = office
    run = surveyor("--db", str(db), "conflicts", home=home)
    assert run.returncode == 0, run.stderr
    assert f"conflict 1: response {uuid}" in run.stdout
    assert "local:    Trần Thị Bình" in run.stdout and "incoming: Nguyễn Văn An" in run.stdout
    table = {line.split()[0]: line for line in run.stdout.splitlines()[4:] if line}
    assert table["so_lao_dong"].split()[-2:] == ["41", "40"]
    assert table["ten_co_so"].endswith("Gốm sứ Minh Long")
    assert table["dien_thoai"].split()[-2] == "-"


def test_conflicts_json_is_one_list(office):
    home, db, _, uuid = office
    run = surveyor("--db", str(db), "conflicts", "--json", home=home)
    assert run.returncode == 0, run.stderr
    [item] = json.loads(run.stdout)
    assert (item["id"], item["uuid"], item["local"]["who"], item["incoming"]["who"]) == (
        1, uuid, "Trần Thị Bình", "Nguyễn Văn An")
    fields = {f["field"]: (f["local"], f["incoming"]) for f in item["fields"]}
    assert fields["so_lao_dong"] == (41, 40)
    assert fields["dien_thoai"][0] is None and fields["dien_thoai"][1]
    assert {"ten_co_so", "so_lao_dong", "dien_thoai"} <= set(fields)


def test_resolve_takes_a_side_with_fields_picked_and_closes_the_conflict(office):
    home, db, book, uuid = office
    run = surveyor("--db", str(db), "resolve", "1", "--take", "local",
                   "--field", "ten_co_so=incoming", home=home)
    assert run.returncode == 0, run.stderr
    assert f"conflict 1 resolved: {uuid}" in run.stdout
    with Store(db) as store:
        answers = store.get(uuid).answers
    assert (answers["ten_co_so"], answers["so_lao_dong"], "dien_thoai" in answers) == (
        "Gốm sứ Minh Long", 41, False)
    assert surveyor("--db", str(db), "conflicts", home=home).stdout.strip() == "no open conflicts"
    again = json.loads(surveyor("--db", str(db), "import", str(book), "--json",
                                home=home).stdout)
    assert again["conflicts"] == 0 and again["stale"] + again["unchanged"] == 3


def test_resolve_refusals_exit_1_and_usage_errors_exit_2(office):
    home, db, _, _ = office
    unknown_field = surveyor("--db", str(db), "resolve", "1", "--take", "local",
                             "--field", "ten_cs=incoming", home=home)
    assert unknown_field.returncode == 1
    assert "no field ten_cs" in unknown_field.stderr and "so_lao_dong" in unknown_field.stderr
    assert surveyor("--db", str(db), "resolve", "7", "--take", "local", home=home).returncode == 1
    for usage in (["resolve", "1"], ["resolve", "1", "--take", "mine"],
                  ["resolve", "1", "--take", "local", "--field", "ten_co_so"],
                  ["resolve", "1", "--take", "local", "--field", "ten_co_so=theirs"],
                  ["resolve", "1", "--take", "local", "--field", "ten_co_so=local",
                   "--field", "ten_co_so=incoming"]):
        run = surveyor("--db", str(db), *usage, home=home)
        assert run.returncode == 2, (usage, run.stderr)
    assert "conflict 1:" in surveyor("--db", str(db), "conflicts", home=home).stdout


def test_resolve_all_takes_one_side_and_keeps_one_sided_changes(office):
    home, db, second, uuid = office
    for usage in (["resolve", "--take", "incoming"],
                  ["resolve", "1", "--all", "--take", "incoming"],
                  ["resolve", "--all", "--take", "incoming", "--field", "ten_co_so=local"]):
        assert surveyor("--db", str(db), *usage, home=home).returncode == 2, usage
    run = surveyor("--db", str(db), "resolve", "--all", "--take", "incoming", home=home)
    assert run.returncode == 0, run.stderr
    assert "1 conflicts resolved" in run.stdout
    with Store(db) as store:
        state = store.get(uuid)
        assert store.conflicts() == []
    assert state.answers["so_lao_dong"] == 40 and state.answers["ten_co_so"] == "Gốm sứ Minh Long"
    assert "dien_thoai" not in state.answers        # cleared here only: the one-sided change stays
    again = surveyor("--db", str(db), "import", str(second), "--json", home=home)
    assert json.loads(again.stdout)["stale"] == 1
