"""Where the places of a LiveForm exist: the rows of each repeat, by index path, and the
renumbering of stored places when a row is removed (later rows move up one, as in ODK)."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping

Path = tuple[int, ...]
Chain = tuple[str, ...]          # keys of the enclosing repeats, outermost first


class Rows:
    """How many rows each repeat has inside each row of its parent repeat."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, Path], int] = {}     # (repeat, parent row path) -> rows

    def count(self, repeat: str, parent: Path) -> int:
        return self.counts.get((repeat, parent), 0)

    def paths(self, chain: Chain, under: Path = ()) -> list[Path]:
        """Every index path of depth len(chain) within `under` ([] if `under` does not exist)."""
        counts = self.counts
        if len(under) > len(chain) or any(not 0 < under[i] <= counts.get((chain[i], under[:i]), 0)
                                          for i in range(len(under))):
            return []
        paths = [under]
        for depth in range(len(under), len(chain)):
            paths = [p + (i,) for p in paths
                     for i in range(1, counts.get((chain[depth], p), 0) + 1)]
        return paths

    def exists(self, chain: Chain, path: Path) -> bool:
        return len(path) == len(chain) and bool(self.paths(chain, path))

    def reach(self, chain: Chain, path: Path) -> None:
        """Make sure the row at `path` exists (loading rows, which may come in any order)."""
        for depth, repeat in enumerate(chain):
            level = (repeat, path[:depth])
            self.counts[level] = max(self.counts.get(level, 0), path[depth])

    def add(self, repeat: str, parent: Path) -> Path:
        """Append a row; its index path."""
        count = self.counts[repeat, parent] = self.count(repeat, parent) + 1
        return parent + (count,)

    def remove(self, repeat: str, at: Path, chain_of: Callable[[str], Chain],
               stores: list[MutableMapping[tuple[str, Path], object]]) -> None:
        """Drop row `at` of `repeat`, renumbering the places kept in `stores` (keyed by
        (key, path)) and the counts of repeats nested in the rows after it."""
        depth, parent, index = len(at) - 1, at[:-1], at[-1]

        def moved(chain: Chain, path: Path) -> Path | None:
            if chain[depth:depth + 1] != (repeat,) or path[:depth] != parent:
                return path
            if path[depth] == index:
                return None
            return path if path[depth] < index else (*path[:depth], path[depth] - 1,
                                                     *path[depth + 1:])

        for store in stores:
            _renumber(store, lambda key, path: moved(chain_of(key), path))
        _renumber(self.counts, lambda key, path: moved(chain_of(key)[:-1], path))
        self.counts[repeat, parent] -= 1


def _renumber(store: MutableMapping, moved: Callable[[str, Path], Path | None]) -> None:
    """Take every moved entry out first, then put it back under its new path."""
    moves = [(place, moved(*place)) for place in store]
    taken = {old: store.pop(old) for old, new in moves if new != old[1]}
    for old, new in moves:
        if old in taken and new is not None:
            store[old[0], new] = taken[old]
