"""The local SQLite store: current states, the states they replaced, audit, imports, conflicts,
backups, migrations and the response list. The only wing that imports sqlite-utils, and only
when a store needs it (a migration, a settings or conflict write), since it costs ~0.5 s
(it imports pandas where pandas is installed): opening an up-to-date store stays light.

`from surveyor.core.store import Store` is the door; the names below load store.py on first use,
so importing a light module of the wing (listing, backups) does not load the rest."""

from __future__ import annotations

__all__ = ["AuditRow", "Conflict", "Head", "ImportRecord", "Store", "restore"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from surveyor.core.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
