"""What the window says of the core's reports and refusals, in the interface language.

A SurveyError keeps its Problem and context: the template is translated (context "Problem",
as core/errors.py marks it for lupdate), then filled in. Counts of an import, findings of a form
check and unexpected errors are put in words here too.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from surveyor.core.errors import Problem, SurveyError
from surveyor.logs import log_unexpected


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("messages", text, disambiguation, n)


def problem(error: SurveyError) -> str:
    """The refusal in the interface language, naming file, sheet, row and column."""
    return error.message(QCoreApplication.translate("Problem", error.problem.value))


def problem_of(name: str, context: dict, fallback: str) -> str:
    """A refusal kept as its Problem's name and context (an import report's Rejected)."""
    try:
        return problem(SurveyError(Problem[name], **context))
    except KeyError:
        return fallback


def count_line(counts: dict[str, int]) -> str:
    """'new 3, updated 1, …' in the interface language."""
    words = count_words()
    return ", ".join(f"{words.get(key, key)}: {value}" for key, value in counts.items())


def count_words() -> dict[str, str]:
    """Each import count key that has words, in the interface language (the import preview
    shows a column for each of them)."""
    return {
        "new": tr("new"), "updated": tr("updated"), "merged": tr("merged by themselves"),
        "unchanged": tr("unchanged"), "stale": tr("older than here"), "conflicts": tr("conflicts"),
        "edited_outside": tr("edited outside Surveyor"),
        "possible_duplicates": tr("possible duplicates"), "rejected": tr("refused files"),
    }


def rejected(item) -> str:
    return tr("Refused: {reason}").format(
        reason=problem_of(item.problem, dict(item.context), item.message))


def form_summary(summary) -> str:
    """What "Add form…" says of a checked form."""
    if summary.form is None:
        return problem(summary.error) if summary.error else tr("Not a form")
    form = summary.form
    lines = [tr("{title} (form {form_id}, version {version})").format(
                 title=form.title, form_id=form.form_id, version=form.version or "–"),
             tr("{questions} questions, {groups} groups, {repeats} repeats").format(
                 questions=summary.questions, groups=summary.groups, repeats=summary.repeats)]
    lines += [f"• {finding}" for finding in summary.findings]
    lines.append(tr("Ready to use: added to your forms.") if summary.usable else
                 tr("Not usable as it is: see the list above. It was not added."))
    return "\n".join(lines)


def show_error(parent: QWidget, error: BaseException) -> None:
    """A refusal in plain words; anything unexpected with the log's path and copyable details."""
    if isinstance(error, SurveyError):
        QMessageBox.warning(parent, tr("Refused"), problem(error))
        return
    log = log_unexpected(error)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Unexpected error"), tr(
        "Something went wrong that Surveyor did not expect. What was stored before is kept.\n"
        "The details are in {log}.").format(log=log), parent=parent)
    box.setObjectName("dialog:unexpected")
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()
