"""Rows edited outside Surveyor (in Excel, LibreOffice), as a person reviews them: which cells
changed against the state the row was sealed as (`outside_edits`), and the two decisions on
it: keep the edit (`accept_outside_edit`) or go back (`revert_outside_edit`).

An import stores such a row as a new state marked `edited_outside`, descending from the
version the row names (arrivals.py `arrive`); that version, the sealed state, is the first of
its history. Accepting keeps the state and clears the mark (not content: the version stays).
Reverting saves the sealed content as a new version descending from the edited one, so a
store that has either of them takes the revert as an update, never a conflict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form, FormKey
from surveyor.core.responses import Response
from surveyor.core.store import Store
from surveyor.core.sync.conflicts import FieldRow, field_rows


@dataclass(frozen=True)
class OutsideEdit:
    """A current state edited outside Surveyor, against the state its row was sealed as.

    `fields` are conflicts.field_rows(None, sealed, edited, form): FieldRow.local holds the
    sealed value, FieldRow.incoming the edited one; empty when the sealed state is unknown."""

    uuid: str
    form_id: str
    sealed: Response | None          # the state the row named, when this store has it
    edited: Response                 # the current state, as the edit made it
    fields: tuple[FieldRow, ...]

    @property
    def differing(self) -> tuple[FieldRow, ...]:
        """The cells the edit changed (all of them unknown: empty, when sealed is None)."""
        return tuple(row for row in self.fields if row.differs)

    def as_json(self) -> dict:
        """What `edits --json` prints for one edit: both states, then the changed fields."""
        def side(state: Response | None) -> dict | None:
            return None if state is None else {
                "version": state.version, "who": state.inspector, "at": state.updated_at}

        return {"uuid": self.uuid, "form_id": self.form_id, "sealed": side(self.sealed),
                "edited": side(self.edited),
                "fields": [{"field": r.field, "sealed": r.local, "edited": r.incoming}
                           for r in self.differing]}


def sealed_state(store: Store, edited: Response) -> Response | None:
    """The state an edited row named (the first of its history), when the store has it."""
    return store.state(edited.uuid, edited.history[0]) if edited.history else None


def outside_edit(store: Store, edited: Response,
                 forms: Mapping[FormKey, Form] | None = None) -> OutsideEdit:
    sealed = sealed_state(store, edited)
    form = (forms or {}).get((edited.form_id, edited.form_version))
    fields = field_rows(None, sealed, edited, form) if sealed is not None else ()
    return OutsideEdit(edited.uuid, edited.form_id, sealed, edited, fields)


def outside_edits(store: Store, forms: Mapping[FormKey, Form] | None = None,
                  ) -> list[OutsideEdit]:
    """Every current response whose current state was edited outside Surveyor and not yet
    accepted or reverted, by form id, then as created."""
    return [outside_edit(store, edited, forms) for edited in store.reviews.edited_outside()]


def _edited(store: Store, uuid: str) -> Response:
    current = store.get(uuid)
    if current is None:
        raise SurveyError(Problem.NO_SUCH_RESPONSE, uuid=uuid)
    if not current.edited_outside:
        raise SurveyError(Problem.OUTSIDE_NOT_EDITED, uuid=uuid)
    return current


def accept_outside_edit(store: Store, uuid: str, *, who: str) -> None:
    """Keep the edit: the mark is cleared (with an audit row), the state and version stay."""
    with store.transaction():
        _edited(store, uuid)
        store.reviews.accept_outside_edit(uuid, who=who)


def revert_outside_edit(store: Store, uuid: str, *, who: str) -> Response:
    """Undo the edit: a new version descending from the edited one, with the sealed state's
    content (answers, repeat rows, status, inspector, device, deleted, pointer). Refused
    (OUTSIDE_SEALED_MISSING) when this store does not have the sealed state."""
    with store.transaction():
        edited = _edited(store, uuid)
        sealed = sealed_state(store, edited)
        if sealed is None:
            raise SurveyError(Problem.OUTSIDE_SEALED_MISSING, uuid=uuid,
                              version=edited.history[0] if edited.history else "(none)")
        back = replace(sealed, created_at=edited.created_at, edited_outside=False, seal="")
        new = store.save(back, who=who, note="reverted the edit made outside Surveyor")
        if new.version == edited.version:        # the edit changed no content after all
            store.reviews.accept_outside_edit(uuid, who=who)
            new = replace(new, edited_outside=False)
    return new
