"""The local SQLite store: current states, the states they replaced, audit, imports, conflicts,
backups and migrations. The only wing that imports sqlite-utils (store.py, migrations.py), so
importing it costs ~0.5 s (sqlite-utils pulls in pandas): open a store lazily."""

from surveyor.core.store.store import AuditRow, Conflict, Head, ImportRecord, Store, restore

__all__ = ["AuditRow", "Conflict", "Head", "ImportRecord", "Store", "restore"]
