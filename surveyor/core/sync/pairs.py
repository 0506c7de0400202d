"""Possible duplicates as a person reviews them: every pair the store holds (`duplicate_pairs`),
one pair field by field (`duplicate_view`), and the two decisions on it: the same
establishment (`merge_duplicates`) or two different ones (`dismiss_duplicate`).

A merge keeps one response and drops the other, in one transaction: the kept one gets one new
version with the values picked field by field (repeat rows as conflicts.merged makes them), the
dropped one a new version that is soft-deleted and names the kept uuid in `merged_into`. Both
travel in the sync workbook like any edit, so the next level holds the dropped uuid as deleted
with its pointer and flags no pair with it. A dismissed pair is remembered by the store
(store/reviews.py) and never flagged again, here or by an import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form, FormKey
from surveyor.core.responses import Response
from surveyor.core.store import Store
from surveyor.core.sync.conflicts import INCOMING, LOCAL, ConflictView, FieldRow, field_rows, merged
from surveyor.core.sync.duplicates import (
    NO_IDENTITY,
    Duplicate,
    DuplicateIndex,
    answer_keys,
    duplicate_keys,
    identities,
)

KEEP, DROP = "keep", "drop"
SIDES = (KEEP, DROP)
Forms = Mapping[FormKey, Form]


@dataclass(frozen=True)
class DuplicateView:
    """Two responses of one form that may describe the same establishment, field by field.

    `fields` are conflicts.field_rows(None, first, second, form): FieldRow.local holds the
    first response's value, FieldRow.incoming the second's, FieldRow.base is None."""

    first: Response
    second: Response
    reason: str                      # SAME_TAX_CODE, SAME_NAME_IN_WARD; "" if no key is shared
    form_id: str
    fields: tuple[FieldRow, ...]     # every answer of either side, in form order

    @property
    def differing(self) -> tuple[FieldRow, ...]:
        return tuple(row for row in self.fields if row.differs)

    def as_json(self) -> dict:
        """What `duplicates --json` prints for one pair: both sides, then every field."""
        def side(state: Response) -> dict:
            return {"uuid": state.uuid, "version": state.version, "who": state.inspector,
                    "at": state.updated_at, "status": state.status}

        return {"form_id": self.form_id, "reason": self.reason, "first": side(self.first),
                "second": side(self.second),
                "fields": [{"field": r.field, "first": r.local, "second": r.incoming,
                            "differs": r.differs} for r in self.fields]}


def duplicate_pairs(store: Store, forms: Forms) -> list[Duplicate]:
    """Every possible-duplicate pair among the current responses that are not deleted (so not
    a dropped side of a merge), by each form's identity, except dismissed pairs. Each pair
    once, the later response first; by form id, then as the responses were created."""
    found: list[Duplicate] = []
    for form_id, identity in sorted(identities(forms).items()):
        if not identity:
            continue
        index = DuplicateIndex(store.reviews.dismissed(form_id))
        rows = store.answers_of(form_id, identity.keys)
        for uuid, keys in answer_keys(form_id, identity, rows):
            found.extend(index.flag_keys(uuid, keys))
    return found


def _pair(store: Store, uuid: str, other: str) -> tuple[Response, Response]:
    """The current states of two different responses of one form (refused otherwise)."""
    if uuid == other:
        raise SurveyError(Problem.DUPLICATE_SAME, uuid=uuid)
    states = store.get_many([uuid, other])
    for wanted in (uuid, other):
        if wanted not in states:
            raise SurveyError(Problem.NO_SUCH_RESPONSE, uuid=wanted)
    first, second = states[uuid], states[other]
    if first.form_id != second.form_id:
        raise SurveyError(Problem.DUPLICATE_OTHER_FORM, uuid=uuid, form_id=first.form_id,
                          other=other, other_form_id=second.form_id)
    return first, second


def shared_reason(first: Response, second: Response, forms: Forms) -> str:
    """Why two responses look like one establishment by their form's identity ("" if not)."""
    identity = identities(forms).get(first.form_id, NO_IDENTITY)
    theirs = {key[1:] for key in duplicate_keys(second, identity)}
    return next((key[0] for key in duplicate_keys(first, identity) if key[1:] in theirs), "")


def duplicate_view(store: Store, uuid: str, other: str, forms: Forms | None = None, *,
                   reason: str | None = None) -> DuplicateView:
    """The pair side by side (fields in form order when `forms` has the first's form);
    `reason` as the pair was flagged, else worked out from their identity answers."""
    first, second = _pair(store, uuid, other)
    forms = forms or {}
    form = forms.get((first.form_id, first.form_version))
    if reason is None:
        reason = shared_reason(first, second, forms)
    return DuplicateView(first, second, reason, first.form_id,
                         field_rows(None, first, second, form))


def merge_duplicates(store: Store, keep: str, drop: str,
                     picks: Mapping[str, str] | None = None, *, who: str,
                     forms: Forms | None = None) -> Response:
    """Merge `drop` into `keep`: each field from `keep` unless `picks` says "drop" for it
    ({"dien_thoai": "drop"}); the kept response's new state is returned, the dropped one is
    soft-deleted pointing at it. Refused before anything is written when either is unknown or
    deleted, they are the same or of different forms, or a pick names no field or side."""
    with store.transaction():
        kept, dropped = _pair(store, keep, drop)
        for state in (kept, dropped):
            if state.deleted:
                raise SurveyError(Problem.DUPLICATE_DELETED, uuid=state.uuid)
        form = (forms or {}).get((kept.form_id, kept.form_version))
        fields = field_rows(None, kept, dropped, form)
        sides = _checked(keep, drop, fields, picks or {})
        view = ConflictView(0, kept.uuid, kept.form_id, kept.form_version, None, kept,
                            dropped, fields)
        state = replace(merged(view, sides, LOCAL), edited_outside=False, seal="")
        new = store.save(state, who=who, note=f"merged duplicate {drop} into it")
        store.reviews.absorbed(keep, drop, who=who)
        store.save(replace(dropped, deleted=True, merged_into=keep, seal=""), who=who,
                   note=f"merged into {keep} as its duplicate")
    return new


def _checked(keep: str, drop: str, fields: tuple[FieldRow, ...],
             picks: Mapping[str, str]) -> dict[str, str]:
    """The picks as conflicts.merged takes them (keep: local, drop: incoming), checked."""
    names = {row.field for row in fields}
    for name, side in picks.items():
        if side not in SIDES:
            raise SurveyError(Problem.DUPLICATE_SIDE_UNKNOWN, keep=keep, drop=drop, side=side)
        if name not in names:
            differing = ", ".join(row.field for row in fields if row.differs) or "none"
            raise SurveyError(Problem.DUPLICATE_FIELD_UNKNOWN, keep=keep, drop=drop,
                              field=name, fields=differing)
    return {name: LOCAL if side == KEEP else INCOMING for name, side in picks.items()}


def dismiss_duplicate(store: Store, uuid: str, other: str, *, who: str) -> None:
    """Remember that two responses are different establishments: the pair is never flagged
    again (duplicate_pairs, imports). Dismissing a pair twice changes nothing."""
    first, _ = _pair(store, uuid, other)
    store.reviews.dismiss(uuid, other, first.form_id, who=who)
