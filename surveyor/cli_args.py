"""What every command of the command line shares: exit statuses and the arguments' plumbing
(the store's path, the forms, the side pickers, the import password). No Qt, nothing heavy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surveyor import paths

OK, REFUSED, USAGE = 0, 1, 2


def db_path(args: argparse.Namespace) -> Path:
    path = args.db or paths.default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


SIDES = ("local", "incoming")          # of a conflict
PAIR_SIDES = ("keep", "drop")          # of a possible duplicate pair


def side_pick(sides: tuple[str, str]):
    """An argparse type for --field NAME=<one of sides> (the name as the listing prints it)."""
    def pick(text: str) -> tuple[str, str]:
        name, sep, side = text.rpartition("=")
        if not sep or not name or side not in sides:
            raise argparse.ArgumentTypeError(
                f"{text!r}: say NAME={sides[0]} or NAME={sides[1]}")
        return name, side
    return pick


field_pick, pair_pick = side_pick(SIDES), side_pick(PAIR_SIDES)


def import_password(args: argparse.Namespace) -> str | None:
    """--password, or asked on a terminal when a file is protected and none was given."""
    if args.password is not None or not sys.stdin.isatty():
        return args.password
    from surveyor.core.workbook.crypt import is_encrypted

    protected = [path.name for path in args.files if is_encrypted(path)]
    if not protected:
        return None
    import getpass

    return getpass.getpass(f"password for {', '.join(protected)}: ") or None


def forms_of(args: argparse.Namespace):
    from surveyor.core import jobs

    return jobs.catalog(args.forms or (), db_path=db_path(args)).forms
