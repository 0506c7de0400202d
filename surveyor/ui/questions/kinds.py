"""Which editor a question gets, by its type, its appearance and the length of its choice list;
and which questions have no place in the form view (meta types, unlabelled calculations). A
question whose label has media gets them shown above its editor (questions.media)."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from surveyor.core.forms.model import META_TYPES, Question
from surveyor.ui.questions.acknowledge import AcknowledgeEditor
from surveyor.ui.questions.base import QuestionEditor, _appearances
from surveyor.ui.questions.choice_buttons import ChoiceButtons
from surveyor.ui.questions.choice_combo import ChoiceCombo
from surveyor.ui.questions.displays import CalculateEditor, NoteEditor, ReadOnlyLineEditor
from surveyor.ui.questions.files import FileEditor
from surveyor.ui.questions.geopoint import GeopointEditor
from surveyor.ui.questions.media import add_media_bar
from surveyor.ui.questions.moments import DateEditor, TimeEditor
from surveyor.ui.questions.numbers import DecimalEditor, IntegerEditor, RangeEditor
from surveyor.ui.questions.rank import RankEditor
from surveyor.ui.questions.text import LineEditor, MultilineEditor, PointsEditor

RADIO_LIMIT = 8                         # more choices than this: a searchable combo box
COMBO_APPEARANCES = ("minimal", "autocomplete", "search")


def choice_editor(question: Question, language: str | None = None,
                  parent: QWidget | None = None) -> QuestionEditor:
    """Radio buttons for a short select_one list, else a searchable combo; check boxes for
    select_multiple."""
    if question.type == "select_multiple":
        return ChoiceButtons(question, language, parent, multiple=True)
    appearances = _appearances(question)
    if len(question.choices) + question.or_other > RADIO_LIMIT or any(
            a in COMBO_APPEARANCES for a in appearances):
        return ChoiceCombo(question, language, parent)
    return ChoiceButtons(question, language, parent)


EDITORS: dict[str, type[QuestionEditor]] = {
    "text": LineEditor, "integer": IntegerEditor, "decimal": DecimalEditor,
    "time": TimeEditor, "note": NoteEditor, "calculate": CalculateEditor,
    "acknowledge": AcknowledgeEditor, "geopoint": GeopointEditor, "image": FileEditor,
    "audio": FileEditor, "video": FileEditor, "file": FileEditor, "range": RangeEditor,
    "rank": RankEditor, "geotrace": PointsEditor, "geoshape": PointsEditor,
}


def shows(question: Question) -> bool:
    """Whether a question has a place in the form view: meta types and unlabelled
    calculations do not."""
    if question.type in META_TYPES:
        return False
    if question.type == "calculate":
        return any(t for t in question.labels.values())
    return True


def editor_for(question: Question, language: str | None = None,
               parent: QWidget | None = None) -> QuestionEditor | None:
    """The editor for a question, None for those the form view does not show."""
    if not shows(question):
        return None
    if question.type in ("select_one", "select_multiple"):
        editor = choice_editor(question, language, parent)
    elif question.type in ("date", "datetime"):
        editor = DateEditor(question, language, parent, with_time=question.type == "datetime")
    elif question.type == "text" and "multiline" in _appearances(question):
        editor = MultilineEditor(question, language, parent)
    else:
        editor = EDITORS.get(question.type, ReadOnlyLineEditor)(question, language, parent)
    if question.media:
        editor.media_bar = add_media_bar(editor, question.media, language)
    editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return editor
