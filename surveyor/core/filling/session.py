"""One response being filled, from new or opened to draft or complete: the one door through
which the window and tests fill a response (they never assemble a Response by hand).

Saving goes through a `Saver` (the store, in the app): the filling wing sits below the store.
A save with nothing changed since the last save (or the open) writes nothing, so opening a
response and closing it again never forks its version history.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from surveyor.core.filling.live import LiveForm, Path, Place
from surveyor.core.filling.validation import Issue, state_issues
from surveyor.core.forms.model import Form
from surveyor.core.responses import (
    COMPLETE,
    DRAFT,
    Response,
    Value,
    content,
    new_uuid,
)

INSPECTOR_TYPES = ("username",)       # meta types that take the inspector's name
DEVICE_TYPES = ("deviceid",)


class Saver(Protocol):
    """Anything that saves a response state and returns the state it stored (the Store)."""

    def save(self, response: Response, *, who: str) -> Response: ...


@dataclass(frozen=True)
class Finalised:
    """What finalise did: the saved complete state, or the issues that kept it from saving."""

    response: Response | None
    blockers: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        return self.response is not None


def local_now() -> dt.datetime:
    """Local wall-clock time to the second, as start/today/end answers hold it."""
    return dt.datetime.now().replace(microsecond=0)


def _utc_iso(moment: dt.datetime) -> str:
    """A moment (naive means local time) as the store's UTC ISO text, to the second."""
    return moment.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat()


def _normalised(value: Value) -> Value:
    """Typed text in NFC (a Vietnamese keyboard may send NFD); "" is no answer."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value) if value else None
    return value


class Session:
    """One response being filled. Make it with `Session.new`, `Session.open` or
    recovery.restore_session; `base` is the last saved state (None until the first save)."""

    def __init__(self, form: Form, live: LiveForm, *, uuid: str, base: Response | None,
                 created_at: str, inspector: str = "", device: str = "",
                 carried: Iterable[str] = (), clock: Callable[[], dt.datetime] = local_now,
                 clean: str | None = None):
        self.form, self.live, self.uuid, self.base = form, live, uuid, base
        self.created_at, self.inspector, self.device = created_at, inspector, device
        self.carried: frozenset[str] = frozenset(carried)   # keys filled from `carried` in new()
        self.clock = clock                                   # what 'end' answers are stamped with
        self._clean = clean       # content() as last saved or opened; None: unsaved changes
        self.touched = False      # a person answered, added or removed something here

    @classmethod
    def new(cls, form: Form, *, inspector: str = "", device: str = "",
            language: str | None = None, now: dt.datetime | None = None,
            carried: Mapping[str, Value] | None = None) -> Session:
        """A fresh response: new uuid, start/today/defaults, meta answers, carried answers."""
        moment = now or local_now()
        local = moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
        live = LiveForm(form, None, language=language, now=local)
        session = cls(form, live, uuid=new_uuid(), base=None, created_at=_utc_iso(moment),
                      inspector=inspector, device=device)
        session._fill_meta()
        session.carried = frozenset(session._carry(carried or {}))
        session.touched = False       # meta and carried answers are not the person's work
        return session

    @classmethod
    def open(cls, form: Form, response: Response, *, language: str | None = None) -> Session:
        """A stored response in a live form; refused (ValueError) for another form or version."""
        if response.form_id != form.form_id or response.form_version != form.version:
            raise ValueError(f"response {response.uuid} is of form {response.form_id} version "
                             f"{response.form_version}, not {form.form_id} version {form.version}")
        live = LiveForm(form, response.answers, response.repeats, language=language)
        session = cls(form, live, uuid=response.uuid, base=response,
                      created_at=response.created_at, inspector=response.inspector,
                      device=response.device)
        session._clean = content(session.to_response())
        return session

    def _fill_meta(self) -> None:
        for question in self.form.questions():
            if question.repeat is not None or question.calculation:
                continue
            if question.type in DEVICE_TYPES and self.device:
                self.set(question.key, self.device)
            elif question.type in INSPECTOR_TYPES and self.inspector:
                self.set(question.key, self.inspector)

    def _carry(self, carried: Mapping[str, Value]) -> list[str]:
        """Set the carried answers the form takes at its top level; return their keys."""
        done = []
        for key, value in carried.items():
            item = self.live.graph.items.get(key)
            if item is None or item.chain or value in (None, ""):
                continue
            try:
                self.set(key, value)
            except ValueError:            # a calculation or a note: not an answer to carry
                continue
            done.append(key)
        return done

    # --- state -----------------------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        """Never saved."""
        return self.base is None

    @property
    def status(self) -> str:
        return self.base.status if self.base is not None else DRAFT

    @property
    def dirty(self) -> bool:
        """Something changed since the last save or the open (always so before the first save)."""
        return self._clean is None or content(self.to_response()) != self._clean

    @property
    def worth_keeping(self) -> bool:
        """Unsaved work a person did: a new response nobody answered anything in is not (its
        start time, defaults and carried answers alone make no draft)."""
        return self.dirty and (self.touched or not self.is_new)

    # --- changing --------------------------------------------------------------------------

    def set(self, key: str, value: Value, at: Path = ()) -> set[Place]:
        """Answer (key, at), text in NFC; returns the places whose state changed."""
        changed = self.live.set(key, _normalised(value), at)
        self.touched = self.touched or bool(changed)
        return changed

    def add_row(self, repeat: str, parent_at: Path = ()) -> set[Place]:
        self.touched = True
        return self.live.add_row(repeat, parent_at)

    def remove_row(self, repeat: str, at: Path) -> set[Place]:
        self.touched = True
        return self.live.remove_row(repeat, at)

    def issues(self) -> list[Issue]:
        """Every issue of the response as it stands, in form order."""
        return state_issues(self.live)

    # --- saving ----------------------------------------------------------------------------

    def to_response(self, status: str | None = None) -> Response:
        """The response as it stands (kept answers only), with the base's other fields."""
        answers, repeats = self.live.answers(), self.live.repeat_rows()
        status = status or self.status
        if self.base is not None:
            return replace(self.base, status=status, answers=answers, repeats=repeats, seal="")
        return Response(uuid=self.uuid, form_id=self.form.form_id,
                        form_version=self.form.version, status=status,
                        inspector=self.inspector, device=self.device,
                        created_at=self.created_at, answers=answers, repeats=repeats)

    def save_draft(self, saver: Saver, *, who: str) -> Response:
        """Save as a draft (a complete response goes back to draft); returns the saved state."""
        return self._save(saver, DRAFT, who)

    def save(self, saver: Saver, *, who: str) -> Response:
        """Save keeping the status: a complete response stays complete while it has no issues,
        else it is saved as a draft (never a complete state that would not pass finalise)."""
        keep = self.status == COMPLETE and not self.issues()
        return self._save(saver, COMPLETE if keep else DRAFT, who)

    def finalise(self, saver: Saver, *, who: str) -> Finalised:
        """Save as complete, unless issues block it (then nothing is saved)."""
        blockers = tuple(self.issues())
        if blockers:
            return Finalised(None, blockers)
        return Finalised(self._save(saver, COMPLETE, who))

    def _save(self, saver: Saver, status: str, who: str) -> Response:
        if self.base is not None and self._clean == content(self.to_response(status)):
            return self.base                       # nothing changed: no new version
        self._stamp_end()
        stored = saver.save(self.to_response(status), who=who)
        self.base, self._clean = stored, content(stored)
        return stored

    def _stamp_end(self) -> None:
        stamp = self.clock().replace(microsecond=0, tzinfo=None).isoformat()
        for question in self.form.questions():
            if question.type == "end" and question.repeat is None:
                self.live.set(question.key, stamp)

