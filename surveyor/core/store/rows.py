"""One saved state of a Response as a SQLite row and back, exactly (JSON for the nested parts)."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from json.encoder import c_make_encoder, encode_basestring

from surveyor.core.responses import RepeatRow, Response

STATE_COLUMNS = ("uuid", "form_id", "form_version", "status", "inspector", "device",
                 "created_at", "updated_at", "version", "history", "answers", "repeats",
                 "deleted", "edited_outside", "merged_into", "seal")
COLUMNS_SQL = ", ".join(STATE_COLUMNS)
VERSION_AT = STATE_COLUMNS.index("version")
PLACEHOLDERS_SQL = ", ".join("?" * len(STATE_COLUMNS))
CHUNK = 900  # host parameters per IN (...) query; SQLite's old default limit is 999

_encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_decode = json.JSONDecoder().decode
# The C encoder behind _encoder, made once (JSONEncoder.encode makes one per call).
_c_encode = (c_make_encoder(None, _encoder.default, encode_basestring, None, ":", ",", False,
                            False, True) if c_make_encoder else None)


def to_json(value: object) -> str:
    """Compact JSON, non-ASCII as is (the same text as json.dumps with those options)."""
    return "".join(_c_encode(value, 0)) if _c_encode else _encoder.encode(value)


def state_row(response: Response, seal: str | None = None) -> tuple:
    """The row of `response`, values in STATE_COLUMNS order (with this seal, if given)."""
    answers = response.answers if response.answers.__class__ is dict else dict(response.answers)
    repeats = [[r.repeat, r.index, r.answers if r.answers.__class__ is dict else dict(r.answers),
                r.parent_index] for r in response.repeats]
    return (response.uuid, response.form_id, response.form_version, response.status,
            response.inspector, response.device, response.created_at, response.updated_at,
            response.version, to_json(list(response.history)) if response.history else "[]",
            to_json(answers), to_json(repeats) if repeats else "[]", int(response.deleted),
            int(response.edited_outside), response.merged_into,
            response.seal if seal is None else seal)


def from_row(row: Sequence) -> Response:
    """The Response held in a row read as SELECT {COLUMNS_SQL}."""
    (uuid, form_id, form_version, status, inspector, device, created_at, updated_at, version,
     history, answers, repeats, deleted, edited_outside, merged_into, seal) = row
    return Response(
        uuid=uuid, form_id=form_id, form_version=form_version, status=status,
        inspector=inspector, device=device, created_at=created_at, updated_at=updated_at,
        answers=_decode(answers),
        repeats=tuple(RepeatRow(name, index, values, tuple(parent))
                      for name, index, values, parent in _decode(repeats)),
        version=version, history=tuple(_decode(history)),
        deleted=bool(deleted), edited_outside=bool(edited_outside), merged_into=merged_into,
        seal=seal)


@dataclass(frozen=True)
class Head:
    """What planning a merge needs of a stored current state; its history decoded on first use."""

    uuid: str
    form_id: str
    version: str
    history_json: str

    @cached_property
    def history(self) -> tuple[str, ...]:
        return tuple(_decode(self.history_json))


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while building many objects at once.

    Decoding 50k states allocates millions of containers; each allocation burst would trigger
    collections that find nothing (JSON values hold no cycles), about a third of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
