"""What people decided while reviewing: pairs dismissed as different establishments, duplicates
merged (the kept side's audit row), and edits made outside Surveyor that they accepted (the
flag cleared, the state kept).

A dismissed pair is stored once, the smaller uuid first, and never flagged again. Accepting an
outside edit changes no content, so the version stays; the audit says who accepted it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager

from surveyor.core.responses import Response, now_iso
from surveyor.core.store import audit
from surveyor.core.store.rows import COLUMNS_SQL, from_row

Pair = frozenset[str]
DISMISSED, EDITED_OUTSIDE, ABSORBED = "_dismissed_duplicate", "_edited_outside", "_absorbed"
ACCEPTED_NOTE = "accepted the edit made outside Surveyor"


def pair(uuid: str, other: str) -> Pair:
    return frozenset((uuid, other))


class Reviews:
    """The store's review decisions (a Store makes one over its own connection)."""

    def __init__(self, conn: sqlite3.Connection,
                 transaction: Callable[[], AbstractContextManager[None]]):
        self._conn, self._transaction = conn, transaction

    def dismiss(self, uuid: str, other: str, form_id: str, *, who: str) -> bool:
        """Remember that two responses are different establishments, with an audit row on
        each; False (and nothing written) when the pair was dismissed already."""
        first, second = sorted((uuid, other))
        at = now_iso()
        with self._transaction():
            added = self._conn.execute(
                "INSERT OR IGNORE INTO dismissed_pairs (first, second, form_id, at, who) "
                "VALUES (?, ?, ?, ?, ?)", (first, second, form_id, at, who)).rowcount
            if added:
                note = "not the same establishment: dismissed as a possible duplicate"
                audit.write(self._conn, [(at, who, a, DISMISSED, None, b, None, note)
                                         for a, b in ((uuid, other), (other, uuid))])
        return bool(added)

    def dismissed_rows(self, form_ids: Iterable[str]) -> list[tuple[str, str, str, str, str]]:
        """The dismissed pairs of these forms as the workbook carries them: (first, second,
        form_id, at, who), the smaller uuid first."""
        wanted = sorted(set(form_ids))
        marks = ", ".join("?" * len(wanted))
        return list(self._conn.execute(
            "SELECT first, second, form_id, at, who FROM dismissed_pairs "
            f"WHERE form_id IN ({marks}) ORDER BY first, second", wanted)) if wanted else []

    def take_dismissed(self, pairs: Iterable[tuple[str, str, str, str, str]], *,
                       import_id: int | None, who: str) -> int:
        """Pairs dismissed elsewhere, as a workbook brought them (their own time and person),
        with an audit row on each side by `who`, the importer, naming the import; those this
        store holds already are left as they are. The caller holds the transaction. Returns
        the pairs added."""
        rows, moment = [], now_iso()
        for first, second, form_id, at, by in pairs:
            added = self._conn.execute(
                "INSERT OR IGNORE INTO dismissed_pairs (first, second, form_id, at, who, "
                "import_id) VALUES (?, ?, ?, ?, ?, ?)",
                (first, second, form_id, at, by, import_id)).rowcount
            if added:
                note = f"not the same establishment: dismissed by {by or '?'} at {at or '?'}"
                rows += [(moment, who, a, DISMISSED, None, b, import_id, note)
                         for a, b in ((first, second), (second, first))]
        audit.write(self._conn, rows)
        return len(rows) // 2

    def dismissed(self, form_id: str | None = None) -> set[Pair]:
        """Every dismissed pair (of one form, if given)."""
        sql, params = "SELECT first, second FROM dismissed_pairs", ()
        if form_id is not None:
            sql, params = sql + " WHERE form_id = ?", (form_id,)
        return {pair(a, b) for a, b in self._conn.execute(sql, params)}

    def absorbed(self, keep: str, drop: str, *, who: str) -> None:
        """The audit row on the kept response of a duplicate merge naming the dropped uuid
        (whose own rows say _deleted and _merged_into); inside the merge's transaction."""
        audit.write(self._conn, [(now_iso(), who, keep, ABSORBED, None, drop, None,
                                  f"merged duplicate {drop} into this response")])

    def edited_outside(self) -> Iterator[Response]:
        """Current states marked as edited outside Surveyor, by form, then as created."""
        cursor = self._conn.execute(f"SELECT {COLUMNS_SQL} FROM responses WHERE "
                                    "edited_outside = 1 ORDER BY form_id, created_at, uuid")
        try:
            for row in cursor:
                yield from_row(row)
        finally:
            cursor.close()

    def accept_outside_edit(self, uuid: str, *, who: str) -> bool:
        """Clear the mark of an outside edit on the current state (its content, version and
        seal stay), with an audit row; False when the current state has no such mark."""
        at = now_iso()
        with self._transaction():
            cleared = self._conn.execute("UPDATE responses SET edited_outside = 0 WHERE "
                                         "uuid = ? AND edited_outside = 1", (uuid,)).rowcount
            if cleared:
                audit.write(self._conn, [(at, who, uuid, EDITED_OUTSIDE, "1", "0", None,
                                          ACCEPTED_NOTE)])
        return bool(cleared)
