"""The office's review commands: conflicts and resolve, duplicates and duplicate merge|dismiss,
edits and edit accept|revert. Each runs a job of surveyor.core.jobs and prints its report."""

from __future__ import annotations

import argparse
import sys

from surveyor.cli_args import OK, SIDES, USAGE, db_path, field_pick, forms_of, pair_pick
from surveyor.terminal import (
    print_conflicts,
    print_duplicate_merged,
    print_duplicates,
    print_outside_edits,
    print_resolved,
)


def add_review_commands(sub, command) -> None:
    """conflicts, resolve, duplicates, duplicate merge|dismiss, edits, edit accept|revert."""
    command("conflicts", cmd_conflicts, "list the open conflicts and how their sides differ"
            ).add_argument("--json", action="store_true", help="print them as one JSON list")
    resolve = command("resolve", cmd_resolve, "resolve conflicts, field by field")
    resolve.add_argument("ids", type=int, nargs="*", metavar="ID",
                         help="one conflict, or several (then --field is not allowed)")
    resolve.add_argument("--all", action="store_true", help="every open conflict")
    resolve.add_argument("--take", required=True, choices=SIDES,
                         help="the side every field takes unless --field names it")
    resolve.add_argument("--field", type=field_pick, action="append", default=[],
                         metavar="NAME=local|incoming", help="the side of one field (repeatable)")
    resolve.add_argument("--prefer-filled", action="store_true",
                         help="with several: a field empty on the taken side takes the other's")
    command("duplicates", cmd_duplicates, "list the possible duplicates, side by side"
            ).add_argument("--json", action="store_true", help="print them as one JSON list")
    duplicate = sub.add_parser("duplicate", help="settle a possible duplicate pair"
                               ).add_subparsers(dest="duplicate_command", required=True)
    merge = duplicate.add_parser("merge", help="the same establishment: merge DROP into KEEP")
    merge.add_argument("keep", metavar="KEEP", help="the uuid that stays")
    merge.add_argument("drop", metavar="DROP", help="the uuid deleted, pointing at KEEP")
    merge.add_argument("--field", type=pair_pick, action="append", default=[],
                       metavar="NAME=keep|drop", help="the side of one field (default keep; "
                       "repeatable)")
    merge.set_defaults(func=cmd_duplicate_merge)
    dismiss = duplicate.add_parser("dismiss", help="different establishments: never flag the "
                                   "pair again")
    dismiss.add_argument("uuid", metavar="UUID")
    dismiss.add_argument("other", metavar="OTHER")
    dismiss.set_defaults(func=cmd_duplicate_dismiss)
    command("edits", cmd_edits, "list the rows edited outside Surveyor and what they changed"
            ).add_argument("--json", action="store_true", help="print them as one JSON list")
    edit = sub.add_parser("edit", help="settle a row edited outside Surveyor"
                          ).add_subparsers(dest="edit_command", required=True)
    for name, func, text in (("accept", cmd_edit_accept, "keep the edit"),
                             ("revert", cmd_edit_revert, "go back to the state it was sealed as")):
        found = edit.add_parser(name, help=text)
        found.add_argument("uuid", metavar="UUID")
        found.set_defaults(func=func)


def field_picks(given: list[tuple[str, str]]) -> dict[str, str] | None:
    """The --field picks as a mapping; None (said on stderr) when a field has both sides."""
    picks = dict(given)
    twice = sorted({name for name, side in given if picks[name] != side})
    if twice:
        print(f"surveyor: --field names {', '.join(twice)} with both sides", file=sys.stderr)
        return None
    return picks


def cmd_conflicts(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    print_conflicts(jobs.conflicts(db_path(args), forms_of(args)), args.json)
    return OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    picks = field_picks(args.field)
    if picks is None:
        return USAGE
    if bool(args.ids) == args.all:
        print("surveyor: name the conflicts (ID ...) or say --all", file=sys.stderr)
        return USAGE
    if len(args.ids) == 1 and not args.prefer_filled:
        state = jobs.resolve_conflict(db_path(args), args.ids[0], take=args.take, picks=picks,
                                      forms=forms_of(args))
        print_resolved(args.ids[0], state, args.take, picks)
        return OK
    if picks:
        print("surveyor: --field applies to one conflict at a time", file=sys.stderr)
        return USAGE
    ids = args.ids or [c.id for c in jobs.conflicts(db_path(args))]
    states = jobs.resolve_conflicts(db_path(args), ids, take=args.take,
                                    prefer_filled=args.prefer_filled, forms=forms_of(args))
    for conflict_id, state in zip(ids, states, strict=True):
        print_resolved(conflict_id, state, args.take, {})
    print(f"{len(states)} conflicts resolved")
    return OK


def cmd_duplicates(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    print_duplicates(jobs.duplicates(db_path(args), forms_of(args)), args.json)
    return OK


def cmd_duplicate_merge(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    picks = field_picks(args.field)
    if picks is None:
        return USAGE
    state = jobs.merge_duplicate(db_path(args), args.keep, args.drop, picks, forms_of(args))
    print_duplicate_merged(args.drop, state, picks)
    return OK


def cmd_duplicate_dismiss(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    jobs.dismiss_duplicate(db_path(args), args.uuid, args.other)
    print(f"{args.uuid} and {args.other}: different establishments; not flagged again")
    return OK


def cmd_edits(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    print_outside_edits(jobs.outside_edits(db_path(args), forms_of(args)), args.json)
    return OK


def cmd_edit_accept(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    jobs.accept_outside(db_path(args), args.uuid)
    print(f"{args.uuid}: the edit made outside Surveyor is kept")
    return OK


def cmd_edit_revert(args: argparse.Namespace) -> int:
    from surveyor.core import jobs

    state = jobs.revert_outside(db_path(args), args.uuid)
    print(f"{args.uuid}: reverted to the state its row was sealed as; now version "
          f"{state.version}")
    return OK
