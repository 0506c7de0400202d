"""A select_one over a long list: an editable combo box whose completer finds a choice by any
part of its label, ignoring case and diacritics."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QHBoxLayout, QWidget

from surveyor.core.forms.model import Choice, Question
from surveyor.core.responses import Value
from surveyor.core.text import fold
from surveyor.ui.questions.base import QuestionEditor, _NoWheel
from surveyor.ui.questions.labels import shown_choices
from surveyor.ui.questions.media import choice_icon

NAME_ROLE = Qt.ItemDataRole.UserRole
FOLD_ROLE = Qt.ItemDataRole.UserRole + 1


class _FoldFilter(QSortFilterProxyModel):
    """Keeps the choices whose folded label contains every folded word typed; those whose
    words start with what was typed come first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.words = fold(text).split()
        self.invalidate()
        self.sort(0 if self.words else -1)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words:
            return True
        key = self.sourceModel().index(row, 0, parent).data(FOLD_ROLE) or ""
        return all(word in key for word in self.words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        return (self._rank(left.data(FOLD_ROLE) or ""), left.row()) < (
            self._rank(right.data(FOLD_ROLE) or ""), right.row())

    def _rank(self, key: str) -> int:
        starts = sum(1 for w in self.words if f" {w}" in f" {key}")
        return -starts


_MODELS: dict[tuple[tuple[str, str], ...], QStandardItemModel] = {}


def _choice_model(shown: list[tuple[str, str]], owner: QObject | None = None) -> QStandardItemModel:
    """The items of a choice list: label, name, folded search key. Lists without a choice
    filter share one model per list and language (a form may ask for the 126 wards often)."""
    key = tuple(shown)
    if owner is None and key in _MODELS:
        return _MODELS[key]
    model = QStandardItemModel(owner or QApplication.instance())
    for name, label in shown:
        item = QStandardItem(label)
        item.setData(name, NAME_ROLE)
        item.setData(f"{fold(label)} {fold(name.replace('_', ' '))}", FOLD_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    if owner is None:
        _MODELS[key] = model
    return model


class _Combo(_NoWheel, QComboBox):
    left = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()


class ChoiceCombo(QuestionEditor):
    """A select_one over a long list (or appearance minimal/autocomplete): an editable combo box
    whose completer finds choices by any part of their label, ignoring case and diacritics
    ("hoan kiem" finds "Phường Hoàn Kiếm"). Enter picks the highlighted or first match."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.combo = _Combo(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.combo.setMaxVisibleItems(12)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(28)
        self.combo.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        self.matches = _FoldFilter(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.combo.setCompleter(self.completer)
        self.combo.lineEdit().textEdited.connect(self.matches.set_text)
        self.combo.lineEdit().returnPressed.connect(self._return)
        self.combo.activated.connect(self._picked)
        self.combo.left.connect(self._finish)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 2)
        layout.addStretch(1)
        self._names: list[str] = []
        self._shown: list[tuple[str, str]] = []
        self.set_choices(question.choices, language)

    def set_choices(self, choices: Sequence[Choice], language: str | None) -> None:
        shown = shown_choices(self.question, choices, language)
        if shown == self._shown:
            return
        self._shown = shown
        shared = not self.question.choice_filter
        self.model = _choice_model(shown) if shared else _choice_model(shown, self)
        media = {c.name: c.media for c in choices if c.media}
        for row, (name, _) in enumerate(shown):
            if name in media:                        # the choice's picture beside its label
                self.model.item(row).setIcon(choice_icon(media[name], language))
        self.combo.setModel(self.model)
        self.matches.setSourceModel(self.model)
        self.completer.setModel(self.matches)    # setModel gave the completer the whole list
        self._names = [n for n, _ in shown]
        self._show(self._last)

    def value(self) -> Value:
        index = self.combo.currentIndex()
        if index < 0 or not self.combo.currentText().strip():
            return None if not self.combo.currentText().strip() else self._last
        return self._names[index]

    def _show(self, value: Value) -> None:
        index = self._names.index(value) if value in self._names else -1
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.setEditText(self._shown[index][1] if index >= 0 else
                               ("" if value is None else str(value)))
        self.combo.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.combo.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.combo

    def _resolve(self, text: str, first: bool) -> int | None:
        """The row `text` means: the label it folds to, else the only (or, with `first`, the
        first) match; None when it means nothing."""
        key = " ".join(fold(text).split())
        if not key:
            return None
        for row, (_, label) in enumerate(self._shown):
            if " ".join(fold(label).split()) == key:
                return row
        self.matches.set_text(text)
        count = self.matches.rowCount()
        if count == 1 or (first and count):
            return self.matches.mapToSource(self.matches.index(0, 0)).row()
        return None

    def _pick_row(self, row: int | None, text: str) -> None:
        if row is None and text.strip():
            self._show(self._last)           # means nothing: back to the answer it had
            return
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(-1 if row is None else row)
        self.combo.setEditText("" if row is None else self._shown[row][1])
        self.combo.blockSignals(False)
        self.commit()

    def _picked(self, row: int) -> None:
        """A choice picked from the list, by the completer or with the arrow keys."""
        if 0 <= row < len(self._names):
            self._pick_row(row, self._shown[row][1])

    def _return(self) -> None:
        text = self.combo.currentText()
        index = self.combo.currentIndex()
        if not (index >= 0 and text == self._shown[index][1]):
            self._pick_row(self._resolve(text, first=True), text)
        else:
            self.commit()
        self.completer.popup().hide()
        self.advance.emit()

    def _finish(self) -> None:
        text = self.combo.currentText()
        index = self.combo.currentIndex()
        if index >= 0 and text == self._shown[index][1]:
            self.commit()
        else:
            self._pick_row(self._resolve(text, first=False), text)

    def commit(self) -> None:
        text = self.combo.currentText()
        index = self.combo.currentIndex()
        if text.strip() and not (index >= 0 and text == self._shown[index][1]):
            row = self._resolve(text, first=False)
            if row is None:
                self._show(self._last)
                return
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(row)
            self.combo.setEditText(self._shown[row][1])
            self.combo.blockSignals(False)
        super().commit()
