"""Possible duplicates: different uuids of one form that seem to describe the same establishment.

Two responses are flagged when they share a tax code (`ma_so_thue`, digits only, 10 or 13
digits), or the same normalised name (`ten_co_so`) in the same ward (`phuong_xa`). A person
reviews the pairs; nothing is merged automatically. Pure functions plus a small index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from surveyor.core.responses import Response, canonical

TAX_KEY, NAME_KEY, WARD_KEY = "ma_so_thue", "ten_co_so", "phuong_xa"
KEY_FIELDS = (TAX_KEY, NAME_KEY, WARD_KEY)      # the answers the keys are made of
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


def duplicate_keys(response: Response) -> tuple[Key, ...]:
    """The keys under which another response of the same form would be the same establishment."""
    if response.deleted:
        return ()
    answers = response.answers
    return keys_of(response.form_id, answers.get(TAX_KEY), answers.get(NAME_KEY),
                   answers.get(WARD_KEY))


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


class DuplicateIndex:
    """uuids by duplicate key, kept up to date as responses are added or replaced."""

    def __init__(self, responses: Iterable[Response] = ()):
        self._uuids: dict[Key, list[str]] = {}
        self._keys: dict[str, tuple[Key, ...]] = {}
        for response in responses:
            self._index(response.uuid, duplicate_keys(response))

    @classmethod
    def of_answers(cls, form_id: str, rows: Iterable[tuple]) -> DuplicateIndex:
        """An index of stored responses given as (uuid, deleted, *answers of KEY_FIELDS)."""
        index = cls()
        for uuid, deleted, *answers in rows:
            index._index(uuid, () if deleted else keys_of(form_id, *answers))
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

    def flag(self, response: Response) -> list[Duplicate]:
        """Other indexed uuids that share a key with the response (one entry per other uuid);
        then the response is indexed under its keys, replacing those of its earlier state."""
        return self.flag_keys(response.uuid, duplicate_keys(response))

    def flag_keys(self, uuid: str, keys: tuple[Key, ...]) -> list[Duplicate]:
        """flag() for a response given by its uuid and duplicate_keys."""
        found: dict[str, str] = {}
        for key in keys:
            others = [u for u in self._uuids.get(key, ()) if u != uuid]
            for other in others[:MAX_MATCHES]:
                found.setdefault(other, key[0])
        self._index(uuid, keys)
        return [Duplicate(uuid, other, reason) for other, reason in found.items()]


def find_duplicates(responses: Iterable[Response]) -> list[Duplicate]:
    """Every possible-duplicate pair among the responses (each pair once)."""
    index, pairs = DuplicateIndex(), []
    for response in responses:
        pairs.extend(index.flag(response))
    return pairs
