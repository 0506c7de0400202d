"""Passwords of protected workbooks in the window's import: the prompt naming the file, what
was given during one import (in memory only, never in QSettings), and the job that opens the
protected files with them before the core reads the plain copies.

The core's import takes one password for every file of a job; in the window each file may have
its own, so the job opens each protected file itself (core/workbook/crypt.py `decrypted`: a
plain copy under the same name in a private temporary folder, removed when the job ends) and
gives the core the plain copies. A round stops before reading when a protected file opened
with none of the passwords given (`Round.locked`): the window asks for one, then runs the round
again. Every password given is tried on every protected file, the last one given first; a file
whose prompt was cancelled is given to the core as it is, which refuses it (PASSWORD_NEEDED).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.progress import Progress


class PasswordDialog(QDialog):
    """Asks for the password of one protected workbook, naming it."""

    def __init__(self, name: str, wrong: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialog:password")
        self.setWindowTitle(self.tr("Password of {file}").format(file=name))
        layout = QVBoxLayout(self)
        text = (self.tr("The password did not open {file}. Type it again:") if wrong else
                self.tr("{file} is protected by a password. Type its password to import it:"))
        self.message = QLabel(text.format(file=name), self)
        self.message.setObjectName("password:message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        label = QLabel(self.tr("&Password:"), self)
        self.field = QLineEdit(self)
        self.field.setObjectName("password:field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Password of {file}").format(file=name))
        label.setBuddy(self.field)
        layout.addWidget(label)
        layout.addWidget(self.field)
        self.show_text = QCheckBox(self.tr("&Show the password"), self)
        self.show_text.setObjectName("password:show")
        self.show_text.toggled.connect(lambda shown: self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        layout.addWidget(self.show_text)
        layout.addWidget(QLabel(self.tr(
            "Cancel leaves this workbook out of the import. Surveyor does not keep the "
            "password."), self))
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("&Open"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("password:open")
        self.open_button.setDefault(True)
        self.open_button.setEnabled(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("password:cancel")
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()
        self.resize(480, self.sizeHint().height())

    def password(self) -> str:
        return self.field.text()


def ask_password(parent: QWidget, path: Path, wrong: bool = False) -> str | None:
    """The password typed for `path`, or None when the person cancelled."""
    dialog = PasswordDialog(path.name, wrong, parent)
    try:
        return (dialog.password() or None) if dialog.exec() else None
    finally:
        dialog.field.clear()
        dialog.deleteLater()


@dataclass
class Keys:
    """The passwords given during one import (its preview and the import itself)."""

    given: list[str] = field(default_factory=list)            # in the order given
    opened: dict[Path, str] = field(default_factory=dict)     # the one that opened each file
    failed: dict[Path, set[str]] = field(default_factory=dict)
    typed: dict[Path, str] = field(default_factory=dict)      # typed at the file's own prompt
    given_up: set[Path] = field(default_factory=set)

    def candidates(self, files: Sequence[Path]) -> dict[Path, tuple[str, ...]]:
        """Per file (not given up) the passwords to try: the one that opened it, else every
        one given that has not failed on it, the last given first."""
        tries = {}
        for path in files:
            if path in self.given_up:
                continue
            if path in self.opened:
                tries[path] = (self.opened[path],)
            else:
                tried = self.failed.get(path, set())
                tries[path] = tuple(p for p in reversed(self.given) if p not in tried)
        return tries

    def learn(self, result: Round) -> None:
        self.opened.update(result.opened)
        for path, wrong in result.failed.items():
            self.failed.setdefault(path, set()).update(wrong)

    def was_wrong(self, path: Path) -> bool:
        """The password typed at this file's own prompt did not open it."""
        return path in self.typed and self.typed[path] in self.failed.get(path, set())

    def give(self, path: Path, password: str) -> None:
        if password in self.given:
            self.given.remove(password)
        self.given.append(password)
        self.typed[path] = password
        self.failed.get(path, set()).discard(password)     # typed again: try it again

    def forget(self) -> None:
        self.given.clear()
        self.opened.clear()
        self.failed.clear()
        self.typed.clear()


@dataclass(frozen=True)
class Round:
    """What one round of an import did: the core's report, or the files that need a password
    first (then nothing was read); which password opened or failed on which file."""

    report: object | None = None                 # MergeReport
    locked: tuple[Path, ...] = ()
    opened: Mapping[Path, str] = field(default_factory=dict)
    failed: Mapping[Path, frozenset[str]] = field(default_factory=dict)


def import_round(db: Path, files: Sequence[Path], forms, tries: Mapping[Path, Sequence[str]],
                 *, dry_run: bool, progress: Progress, opening: str,
                 numbering: Callable[[Progress, list[Path]], Progress]) -> Round:
    """Open the protected files (`opening`: the note while one is opened, "{name}" in it),
    then the core's import of the plain copies, each numbered by `numbering`."""
    from surveyor.core import jobs
    from surveyor.core.workbook import crypt

    with ExitStack() as stack:
        plain, refused, locked = [], [], []
        opened: dict[Path, str] = {}
        failed: dict[Path, frozenset[str]] = {}
        for path in files:
            if path not in tries or not crypt.is_encrypted(path):
                plain.append(path)
                continue
            progress.step(0, 0, opening.replace("{name}", path.name))
            copy, password, wrong, error = _open(stack, path, tries[path])
            if wrong:
                failed[path] = frozenset(wrong)
            if error is not None:
                refused.append((path.name, error))
            elif copy is None:
                locked.append(path)
            else:
                plain.append(copy)
                opened[path] = password
        if locked:
            return Round(locked=tuple(locked), opened=opened, failed=failed)
        report = jobs.import_files(db, plain, forms, dry_run=dry_run,
                                   progress=numbering(progress, plain))
        return Round(report=with_refused(report, refused), opened=opened, failed=failed)


def _open(stack: ExitStack, path: Path, passwords: Sequence[str]):
    """(plain copy, the password that opened it, those that did not, a refusal)."""
    from surveyor.core.workbook import crypt

    wrong = []
    for password in passwords:
        try:
            (copy,) = stack.enter_context(crypt.decrypted([path], password))
        except SurveyError as error:
            if error.problem is not Problem.PASSWORD_WRONG:
                return None, None, wrong, error          # a broken container: refused
            wrong.append(password)
            continue
        return copy, password, wrong, None
    return None, None, wrong, None


def with_refused(report, refused: list[tuple[str, SurveyError]]):
    """The report with the files that could not be opened at all among its refusals."""
    if not refused:
        return report
    from surveyor.core.sync.merge import Rejected

    counts = dict(report.counts)
    counts["rejected"] = counts.get("rejected", 0) + len(refused)
    return replace(report, counts=counts, rejected=tuple(report.rejected) + tuple(
        Rejected.of(name, error) for name, error in refused))
