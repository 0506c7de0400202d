"""Editors for single questions, one per question type; the form view lays them out.

The door to this wing: `editor_for(question)` gives a question its editor. The rooms:
  base            QuestionEditor: the contract every editor keeps (commit, advance, tab stops)
  answer_text     typed text to answers and back (numbers, times)
  labels          label markup, plain-text labels, choice labels and the "other" choice
  text            text: one line, or several (multiline); geotrace, geoshape as typed points
  numbers         integer, decimal, range
  moments         date, datetime, time
  choice_buttons  select_one over a short list, select_multiple: radio buttons, check boxes
  choice_combo    select_one over a long list: a combo box that searches as you type
  displays        note, calculate, and the read-only line for types without an editor
  acknowledge     acknowledge: one OK box
  geopoint        geopoint: latitude, longitude, altitude, accuracy
  files           image, audio, video and file: attach, remove
  rank            rank: the choices in an order the keyboard changes
  media           the pictures and sounds of labels and choices
  kinds           which editor a question gets (editor_for), which questions get none (shows)
"""

from surveyor.core.text import fold
from surveyor.ui.questions.acknowledge import AcknowledgeEditor
from surveyor.ui.questions.answer_text import (
    display_text,
    number_text,
    parse_decimal,
    parse_integer,
    parse_time,
    same_value,
)
from surveyor.ui.questions.base import QuestionEditor
from surveyor.ui.questions.choice_buttons import ROW_APPEARANCES, ChoiceButtons
from surveyor.ui.questions.choice_combo import FOLD_ROLE, NAME_ROLE, ChoiceCombo
from surveyor.ui.questions.displays import CalculateEditor, NoteEditor, ReadOnlyLineEditor
from surveyor.ui.questions.files import FileEditor
from surveyor.ui.questions.geopoint import GeopointEditor
from surveyor.ui.questions.kinds import (
    COMBO_APPEARANCES,
    EDITORS,
    RADIO_LIMIT,
    choice_editor,
    editor_for,
    shows,
)
from surveyor.ui.questions.labels import choice_label, label_markup, other_choice, plain_text
from surveyor.ui.questions.media import MediaBar, media_file
from surveyor.ui.questions.moments import DateEditor, TimeEditor
from surveyor.ui.questions.numbers import DecimalEditor, IntegerEditor, RangeEditor
from surveyor.ui.questions.rank import RankEditor
from surveyor.ui.questions.text import LineEditor, MultilineEditor, PointsEditor

__all__ = [
    "COMBO_APPEARANCES", "EDITORS", "FOLD_ROLE", "NAME_ROLE", "RADIO_LIMIT", "ROW_APPEARANCES",
    "AcknowledgeEditor", "CalculateEditor", "ChoiceButtons", "ChoiceCombo", "DateEditor",
    "DecimalEditor", "FileEditor", "GeopointEditor", "IntegerEditor", "LineEditor", "MediaBar",
    "MultilineEditor", "NoteEditor", "PointsEditor", "QuestionEditor", "RangeEditor",
    "RankEditor", "ReadOnlyLineEditor", "TimeEditor",
    "choice_editor", "choice_label", "display_text", "editor_for", "fold", "label_markup",
    "media_file",
    "number_text", "other_choice", "parse_decimal", "parse_integer", "parse_time", "plain_text",
    "same_value", "shows",
]
