"""Possible duplicates: different uuids of one form that seem to describe the same establishment.

Which answers identify an establishment is part of the form: its `identity` (the settings
columns identity_tax_code, identity_name, identity_area; forms/model.py). Two responses are
flagged when they share a tax code (digits only, 10 or 13 digits), or the same normalised name
in the same area; a form without an identity has no duplicate detection, and a pair a person
dismissed is never flagged again. A person reviews the pairs (pairs.py); nothing is merged
automatically. Pure functions plus a small index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from surveyor.core.forms.model import Form, FormKey, Identity, version_order
from surveyor.core.responses import Response, canonical
from surveyor.core.store.rows import from_row

NO_IDENTITY = Identity()
SAME_TAX_CODE, SAME_NAME_IN_WARD = "same_tax_code", "same_name_in_ward"
MAX_MATCHES = 20   # per key and incoming response: a very common name must not flood the review

# Legal-form words that say nothing about which establishment it is; stripped from the start.
LEGAL_PREFIXES = tuple(sorted((
    "công ty", "cty", "tnhh", "trách nhiệm hữu hạn", "mtv", "một thành viên", "cổ phần", "cp",
    "htx", "hợp tác xã", "hộ kinh doanh", "hkd", "doanh nghiệp tư nhân", "dntn", "cơ sở",
), key=len, reverse=True))

_NON_WORD = re.compile(r"[\W_]+")          # punctuation, symbols and runs of spaces
_NON_DIGIT = re.compile(r"\D+")
_LEGAL_FORM = re.compile("^(?:(?:" + "|".join(map(re.escape, LEGAL_PREFIXES)) + ")(?: |$))+")

Key = tuple[str, ...]
Pair = frozenset[str]          # two uuids, in no order


@dataclass(frozen=True)
class Duplicate:
    """Two uuids that may be the same establishment, and why."""

    uuid: str
    other: str
    reason: str        # SAME_TAX_CODE or SAME_NAME_IN_WARD


def _text(value: object) -> str:
    return value if isinstance(value, str) else canonical(value) or ""


def tax_code(value: object) -> str | None:
    """The digits of a tax code when there are 10 or 13 of them, else None."""
    digits = _NON_DIGIT.sub("", _text(value))
    return digits if len(digits) in (10, 13) else None


def normalise_name(value: object) -> str | None:
    """NFC, casefolded, without punctuation, extra spaces or a leading legal form ("Cty TNHH")."""
    text = _NON_WORD.sub(" ", unicodedata.normalize("NFC", _text(value)).casefold()).strip()
    return _LEGAL_FORM.sub("", text) or None


def identities(forms: Mapping[FormKey, Form]) -> dict[str, Identity]:
    """Each form id's identity, as its newest version states it (its versions should agree:
    one index holds the stored responses of every version)."""
    newest: dict[str, Form] = {}
    for (form_id, version), form in forms.items():
        if form_id not in newest or version_order(version) > version_order(newest[form_id].version):
            newest[form_id] = form
    return {form_id: form.identity for form_id, form in newest.items()}


def duplicate_keys(response: Response, identity: Identity = NO_IDENTITY) -> tuple[Key, ...]:
    """The keys under which another response of the same form would be the same establishment
    (none for a deleted response or a form without an identity)."""
    if response.deleted or not identity:
        return ()
    answers = response.answers
    return keys_of(response.form_id, answers.get(identity.tax_code),
                   answers.get(identity.name), answers.get(identity.area))


def row_keys(row: tuple, identity: Identity) -> tuple[Key, ...]:
    """duplicate_keys of a state given as a store row (store/rows.py state_row)."""
    return duplicate_keys(from_row(row), identity)


def keys_of(form_id: str, tax: object, name: object, ward: object) -> tuple[Key, ...]:
    """duplicate_keys of a response (not deleted) of this form with these answers."""
    keys = []
    code = tax_code(tax)
    if code:
        keys.append((SAME_TAX_CODE, form_id, code))
    ward = canonical(ward)
    name = normalise_name(name) if ward else None
    if name:
        keys.append((SAME_NAME_IN_WARD, form_id, ward.casefold(), name))
    return tuple(keys)


def answer_keys(form_id: str, identity: Identity, rows: Iterable[tuple],
                ) -> Iterator[tuple[str, tuple[Key, ...]]]:
    """(uuid, duplicate keys) of each response that is not deleted, given as (uuid, deleted,
    *answers of identity.keys) as Store.answers_of reads them."""
    for uuid, deleted, *answers in rows:
        if not deleted:
            found = dict(zip(identity.keys, answers))
            yield uuid, keys_of(form_id, found.get(identity.tax_code), found.get(identity.name),
                                found.get(identity.area))


class DuplicateIndex:
    """uuids by duplicate key, kept up to date as responses are added or replaced; a pair in
    `dismissed` is never flagged."""

    def __init__(self, dismissed: Iterable[Pair] = ()):
        self._uuids: dict[Key, list[str]] = {}
        self._keys: dict[str, tuple[Key, ...]] = {}
        self.dismissed = set(dismissed)

    @classmethod
    def of_answers(cls, form_id: str, identity: Identity, rows: Iterable[tuple],
                   dismissed: Iterable[Pair] = ()) -> DuplicateIndex:
        """An index of stored responses given as (uuid, deleted, *answers of identity.keys),
        as Store.answers_of reads them."""
        index = cls(dismissed)
        for uuid, keys in answer_keys(form_id, identity, rows):
            index._index(uuid, keys)
        return index

    def _index(self, uuid: str, keys: tuple[Key, ...]) -> None:
        old = self._keys.get(uuid, ())
        if old == keys:
            return
        for key in old:
            self._uuids[key].remove(uuid)
        for key in keys:
            self._uuids.setdefault(key, []).append(uuid)
        self._keys[uuid] = keys

    def flag(self, response: Response, identity: Identity) -> list[Duplicate]:
        """Other indexed uuids that share a key with the response (one entry per other uuid);
        then the response is indexed under its keys, replacing those of its earlier state."""
        return self.flag_keys(response.uuid, duplicate_keys(response, identity))

    def flag_keys(self, uuid: str, keys: tuple[Key, ...]) -> list[Duplicate]:
        """flag() for a response given by its uuid and duplicate_keys."""
        found: dict[str, str] = {}
        for key in keys:
            others = [u for u in self._uuids.get(key, ())
                      if u != uuid and frozenset((uuid, u)) not in self.dismissed]
            for other in others[:MAX_MATCHES]:
                found.setdefault(other, key[0])
        self._index(uuid, keys)
        return [Duplicate(uuid, other, reason) for other, reason in found.items()]


def find_duplicates(responses: Iterable[Response], identity_of: Mapping[str, Identity],
                    dismissed: Iterable[Pair] = ()) -> list[Duplicate]:
    """Every possible-duplicate pair among the responses (each pair once), each form by its
    identity in `identity_of` (form id -> Identity)."""
    index, pairs = DuplicateIndex(dismissed), []
    for response in responses:
        pairs.extend(index.flag(response, identity_of.get(response.form_id, NO_IDENTITY)))
    return pairs
