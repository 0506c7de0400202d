"""Conflicts resolved field by field: what each side holds (`conflict_view`), and the merged
state a person's choices make (`resolve`).

A field is an answer key ("ten_co_so") or a repeat answer named as the audit names it
("nguyen_lieu[2]/ten_nl", nested "cay[2.1]/ten"): repeat rows of the two sides are matched by
repeat name and index path. Every field takes the side `take` unless `picks` names it; the
system fields (status, inspector, device, deleted, form version) come from `take`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form, FormKey
from surveyor.core.responses import RepeatRow, Response, Value, canonical, generation, now_iso
from surveyor.core.store import Store
from surveyor.core.store.conflicts import merged_state

LOCAL, INCOMING = "local", "incoming"
SIDES = (LOCAL, INCOMING)

Cell = tuple["str | None", tuple[int, ...], str]    # repeat (None: top level), index path, key


@dataclass(frozen=True)
class FieldRow:
    """One field of a conflict: its value on each side, as stored (None: no answer)."""

    field: str                   # "ten_co_so", or "nguyen_lieu[2]/ten_nl"
    key: str                     # the answer key
    repeat: str | None           # the repeat the row belongs to, None at the top level
    path: tuple[int, ...]        # index path of the repeat row (parents', then its own); ()
    base: Value
    local: Value
    incoming: Value
    differs: bool                # local and incoming differ (canonical values, as the audit)
    suggested: str | None = None  # the side that changed it when only one did since the base

    @property
    def empty_on(self) -> tuple[str, ...]:
        """The sides without an answer here."""
        return tuple(side for side in SIDES if _empty(getattr(self, side)))


@dataclass(frozen=True)
class ConflictView:
    """An open conflict as a person reviews it: both sides, their common ancestor, the fields."""

    id: int
    uuid: str
    form_id: str
    form_version: str
    base: Response | None        # the newest common ancestor the store has, if any
    local: Response              # current here
    incoming: Response           # the other side, kept by the import that found it
    fields: tuple[FieldRow, ...]  # every answer of any side, in form order

    @property
    def differing(self) -> tuple[FieldRow, ...]:
        return tuple(row for row in self.fields if row.differs)

    def as_json(self) -> dict:
        """What `conflicts --json` prints for one conflict (the differing fields only)."""
        def side(state: Response) -> dict:
            return {"version": state.version, "who": state.inspector, "at": state.updated_at}

        return {"id": self.id, "uuid": self.uuid, "form_id": self.form_id,
                "form_version": self.form_version,
                "base_version": self.base.version if self.base else None,
                "local": side(self.local), "incoming": side(self.incoming),
                "fields": [{"field": r.field, "base": r.base, "local": r.local,
                            "incoming": r.incoming} for r in self.differing]}


def conflict_view(store: Store, conflict_id: int,
                  forms: Mapping[FormKey, Form] | None = None) -> ConflictView:
    """The open conflict `conflict_id` (CONFLICT_NOT_OPEN if unknown or resolved); fields in
    the order of its form when `forms` has it, else in the order the answers were stored."""
    conflict = store.open_conflict_by_id(conflict_id)
    local = store.get(conflict.uuid)
    if local is None:
        raise SurveyError(Problem.CONFLICT_NOT_OPEN, id=conflict_id)
    incoming = store.state(conflict.uuid, conflict.incoming_version)
    if incoming is None:
        raise SurveyError(Problem.CONFLICT_STATE_MISSING, id=conflict_id, side=INCOMING,
                          version=conflict.incoming_version, uuid=conflict.uuid)
    base = common_ancestor(store, local, incoming)
    form = (forms or {}).get((local.form_id, local.form_version))
    return ConflictView(conflict_id, local.uuid, local.form_id, local.form_version, base, local,
                        incoming, field_rows(base, local, incoming, form))


def common_ancestor(store: Store, local: Response, incoming: Response) -> Response | None:
    """The newest version in both histories that the store can find, else None."""
    common = set(local.history) & set(incoming.history)
    for version in sorted(common, key=lambda v: (generation(v), v), reverse=True):
        found = store.state(local.uuid, version)
        if found is not None:
            return found
    return None


def cells(state: Response | None) -> dict[Cell, Value]:
    """Every answer of a state, top level first, then each repeat row's."""
    if state is None:
        return {}
    found: dict[Cell, Value] = {(None, (), key): value for key, value in state.answers.items()}
    for row in state.repeats:
        path = (*row.parent_index, row.index)
        found.update({(row.repeat, path, key): value for key, value in row.answers.items()})
    return found


def field_name(repeat: str | None, path: tuple[int, ...], key: str) -> str:
    """The field as the audit names it (store/audit.py repeat_field)."""
    return key if repeat is None else f"{repeat}[{'.'.join(map(str, path))}]/{key}"


def field_rows(base: Response | None, local: Response, incoming: Response,
               form: Form | None) -> tuple[FieldRow, ...]:
    """Every field of any side, in form order; with a base, one-sided changes are suggested."""
    sides = cells(base), cells(local), cells(incoming)
    order = _form_order(form, dict.fromkeys((*sides[1], *sides[2], *sides[0])))
    rows = []
    for cell in order:
        was, here, there = (canonical(side.get(cell)) for side in sides)
        rows.append(FieldRow(field_name(*cell), cell[2], cell[0], cell[1],
                             *(side.get(cell) for side in sides), differs=here != there,
                             suggested=one_sided(was, here, there) if base else None))
    return tuple(rows)


def one_sided(base: object, local: object, incoming: object) -> str | None:
    """The three-way rule for one field: the side that changed it when the other kept the
    base value; None when neither or both changed it (or both made the same change)."""
    if local == incoming:
        return None
    if local == base:
        return INCOMING
    if incoming == base:
        return LOCAL
    return None


def _empty(value: Value) -> bool:
    return value is None or value == "" or value == []


def _form_order(form: Form | None, seen: Iterable[Cell]) -> list[Cell]:
    """Cells in form order: a repeat's rows where its outermost repeat stands, by index path;
    what the form does not name (or no form) after, in the order first seen."""
    seen = list(seen)
    nodes = list(form.walk()) if form else []
    rank = {node.key: i for i, node in enumerate(nodes)}
    parent = {g.key: g.repeat for g in (form.repeats() if form else ())}
    first: dict[str, int] = {}
    for i, (repeat, _, key) in enumerate(seen):
        first.setdefault(key if repeat is None else repeat, i)
        first.setdefault(key, i)

    def place(name: str) -> int:
        return rank.get(name, len(nodes) + first[name])

    def outermost(repeat: str) -> str:
        while parent.get(repeat):
            repeat = parent[repeat]
        return repeat

    def order(cell: Cell) -> tuple:
        repeat, path, key = cell
        anchor = place(key) if repeat is None else rank.get(outermost(repeat), place(repeat))
        return anchor, path, place(key)

    return sorted(seen, key=order)


def resolve(store: Store, conflict_id: int, picks: Mapping[str, str] | None = None, *,
            take: str = LOCAL, who: str,
            forms: Mapping[FormKey, Form] | None = None) -> Response:
    """Close the conflict with the merged state: each field from `take` unless `picks` names
    it ({"ten_co_so": "incoming"}); one new version whose history holds both sides. With its
    form in `forms`, calculations are worked out again from the merged answers."""
    view = conflict_view(store, conflict_id)
    choices = _checked(view, picks or {}, take)
    state = recalculated(merged(view, choices, take), forms)
    return store.resolve_conflict(conflict_id, state, who=who)


def recalculated(state: Response, forms: Mapping[FormKey, Form] | None) -> Response:
    """The state with its calculations (and what they make relevant) worked out again by the
    live form, as the window would on opening it: picks from two sides can leave a calculation
    that matches neither side's inputs. Unchanged when its form is not loaded."""
    form = (forms or {}).get((state.form_id, state.form_version))
    if form is None:
        return state
    from surveyor.core.filling.session import Session

    again = Session.open(form, state).to_response()
    before = cells(state)

    def kept(cell: Cell, value: Value) -> Value:     # the picked value where it is the same
        old = before.get(cell)
        return old if canonical(old) == canonical(value) else value

    rows = tuple(replace(row, answers={k: kept((row.repeat, (*row.parent_index, row.index), k), v)
                                       for k, v in row.answers.items()})
                 for row in again.repeats)
    return replace(state, repeats=rows,
                   answers={k: kept((None, (), k), v) for k, v in again.answers.items()})


def bulk_picks(view: ConflictView, take: str, *, prefer_filled: bool = False,
               keep_one_sided: bool = True) -> dict[str, str]:
    """The picks a bulk choice makes for one conflict: every field from `take`, except a field
    only the other side changed since the base (`keep_one_sided`), and a field `take` left empty
    that the other side filled (`prefer_filled`)."""
    other = INCOMING if take == LOCAL else LOCAL
    picks: dict[str, str] = {}
    for row in view.differing:
        if keep_one_sided and row.suggested == other or prefer_filled and take in row.empty_on and other not in row.empty_on:
            picks[row.field] = other
    return picks


def resolve_many(store: Store, conflict_ids: Iterable[int], *, take: str = LOCAL,
                 prefer_filled: bool = False, who: str,
                 forms: Mapping[FormKey, Form] | None = None) -> list[Response]:
    """Close many conflicts with one bulk choice (bulk_picks), all or none in one transaction."""
    if take not in SIDES:
        raise SurveyError(Problem.CONFLICT_SIDE_UNKNOWN, id="*", side=take)
    resolved = []
    with store.transaction():
        for conflict_id in conflict_ids:
            view = conflict_view(store, conflict_id)
            picks = bulk_picks(view, take, prefer_filled=prefer_filled)
            state = recalculated(merged(view, picks, take), forms)
            resolved.append(store.resolve_conflict(conflict_id, state, who=who))
    return resolved


# System fields: sides that differ in one of PERSONAL (one deleted it, or moved it to another
# form version, or merged it into another response) are for a person, whatever the base says;
# THREE_WAY ones take the side that changed them, else the local value.
PERSONAL = ("form_version", "deleted", "merged_into")
THREE_WAY = ("status", "inspector", "device")


def auto_merge(store: Store, local: Response, incoming: Response) -> tuple[Response, tuple] | None:
    """The three-way merge of two states that do not descend from each other, when the store
    has their common ancestor: each field changed on one side only since the ancestor takes
    that side. If no answer was changed on both sides to different values and the sides agree
    on the PERSONAL system fields: the merged state (a merge node whose history holds both
    sides, as `resolve` makes it) and the fields taken from the incoming side; else None."""
    base = common_ancestor(store, local, incoming)
    if base is None:
        return None
    rows = field_rows(base, local, incoming, None)
    if any(row.differs and row.suggested is None for row in rows):
        return None
    if any(getattr(local, name, None) != getattr(incoming, name, None) for name in PERSONAL):
        return None
    system = {}
    for name in THREE_WAY:
        values = [getattr(state, name) for state in (base, local, incoming)]
        system[name] = values[2] if one_sided(*values) == INCOMING else values[1]
    picks = {row.field: row.suggested for row in rows if row.differs}
    view = ConflictView(0, local.uuid, local.form_id, local.form_version, base, local, incoming,
                        rows)
    state = replace(merged(view, picks, LOCAL), edited_outside=False, **system)
    taken = tuple(name for name, side in picks.items() if side == INCOMING)
    return merged_state(state, local, incoming, now_iso()), taken


def _checked(view: ConflictView, picks: Mapping[str, str], take: str) -> dict[str, str]:
    names = {row.field for row in view.fields}
    for side in (take, *picks.values()):
        if side not in SIDES:
            raise SurveyError(Problem.CONFLICT_SIDE_UNKNOWN, id=view.id, side=side)
    for name in picks:
        if name not in names:
            differing = ", ".join(row.field for row in view.differing) or "none"
            raise SurveyError(Problem.CONFLICT_FIELD_UNKNOWN, id=view.id, field=name,
                              fields=differing)
    return dict(picks)


def merged(view: ConflictView, picks: Mapping[str, str], take: str) -> Response:
    """The answers and repeat rows the choices make, on the system fields of `take`.

    A repeat row is kept when a side it exists on gave one of its fields (or, for a row with
    no answers, when `take` has it), and its parent row is kept."""
    states = {LOCAL: view.local, INCOMING: view.incoming}
    rows_of = {side: {(r.repeat, (*r.parent_index, r.index)) for r in state.repeats}
               for side, state in states.items()}
    answers: dict[str, Value] = {}
    rows: dict[tuple, dict[str, Value]] = {}
    kept = set(rows_of[take])
    for row in view.fields:
        side = picks.get(row.field, take)
        value = getattr(row, side)
        target = answers if row.repeat is None else rows.setdefault((row.repeat, row.path), {})
        if value is not None:
            target[row.key] = value
        if row.repeat is not None and (row.repeat, row.path) in rows_of[side]:
            kept.add((row.repeat, row.path))
    return replace(states[take], answers=answers, repeats=_repeat_rows(rows, kept))


def _repeat_rows(rows: Mapping[tuple, Mapping[str, Value]], kept: set) -> tuple[RepeatRow, ...]:
    paths: set[tuple[int, ...]] = {()}
    out: list[RepeatRow] = []
    for repeat, path in sorted(kept, key=lambda place: len(place[1])):  # parents first
        if path[:-1] in paths:
            paths.add(path)
            out.append(RepeatRow(repeat, path[-1], dict(rows.get((repeat, path), {})),
                                 parent_index=path[:-1]))
    order = {place: i for i, place in enumerate(rows)}
    return tuple(sorted(out, key=lambda r: order.get(
        (r.repeat, (*r.parent_index, r.index)), len(order))))
