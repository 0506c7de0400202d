"""Labels as shown: XLSForm's markdown in a QLabel or as plain text, and the label of a choice
(and of the choice `or_other` adds)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from surveyor.core.forms.languages import is_vietnamese
from surveyor.core.forms.model import Choice, Question

_MARKDOWN = re.compile(r"[*_#<>`\[\]]")


def plain_text(text: str) -> str:
    """A label as plain text (markdown and HTML dropped), for accessible names and lists."""
    if not _MARKDOWN.search(text):
        return text
    document = QTextDocument()
    document.setMarkdown(text)
    return " ".join(document.toPlainText().split())


def label_markup(text: str, required: bool = False) -> tuple[str, Qt.TextFormat]:
    """A label for a QLabel: XLSForm's markdown (*emphasis*, **bold**, # headers, some HTML)
    when it has any, else escaped rich text; a red star when required."""
    star = ' <span style="color:#c62828;">*</span>' if required else ""
    if _MARKDOWN.search(text):
        return text + star, Qt.TextFormat.MarkdownText
    if not required:
        return text, Qt.TextFormat.PlainText      # half the layout cost of rich text
    return html.escape(text).replace("\n", "<br>") + star, Qt.TextFormat.RichText


def other_choice(language: str | None) -> Choice:
    """The choice `or_other` adds to a list (its 'specify' text is a question of its own)."""
    return Choice("other", {"": "Khác" if is_vietnamese(language) else "Other"})


def choice_label(choice: Choice, language: str | None) -> str:
    for lang in (language, ""):
        if lang is not None and choice.labels.get(lang):
            return choice.labels[lang]
    return next((t for t in choice.labels.values() if t), choice.name)


def shown_choices(question: Question, choices: Sequence[Choice],
                  language: str | None) -> list[tuple[str, str]]:
    """(name, label) of each choice a select shows, "Other" last where the question has it."""
    choices = list(choices)
    if question.or_other and all(c.name != "other" for c in choices):
        choices.append(other_choice(language))
    return [(c.name, choice_label(c, language)) for c in choices]
