"""The form being filled: one scrolling page of sections, questions and repeat rows, a section
navigator beside it, and a problems pane for the window to place.

The view is built once per session. An answer committed by an editor goes to
`session.set`, and only the places it reports as changed are refreshed: relevance, values
of calculations, flags, choice lists, error lines. Rows are rebuilt only for the repeat
whose row count changed.

The view's work is shared out among rooms; FormView itself builds the page, refreshes it and
commits answers:
  form_blocks      the blocks of the page (question, group, repeat, row)
  form_texts       labels and hints with ${name} filled in; switching the form's language
  form_rows        repeat rows: rebuilt, added, removed, moved
  form_keys        shortcuts, Tab and Enter order, the current question, focusing a question
  form_navigation  the section navigator, next section, next problem, go to (Ctrl+G)
  problems_pane    the list of problems the window places beside the view
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from surveyor.core.filling.live import Path, Place
from surveyor.core.filling.session import Session
from surveyor.core.filling.validation import Issue
from surveyor.core.forms.languages import form_language
from surveyor.core.forms.model import Group, Node, Question
from surveyor.ui.form_blocks import (
    Block,
    GroupBlock,
    QuestionBlock,
    RepeatBlock,
    RowBlock,
    _bold,
    _wrapping_label,
)
from surveyor.ui.form_keys import FormKeys
from surveyor.ui.form_navigation import FormNavigation
from surveyor.ui.form_rows import FormRows
from surveyor.ui.form_texts import FormTexts
from surveyor.ui.questions import editor_for, shows

COLUMN_WIDTH = 1000


def object_name(key: str, at: Path, chain: tuple[str, ...]) -> str:
    """q:<key> at the top level, q:<repeat>/<n>/<key> in row n (nested: q:<a>/<n>/<b>/<m>/<key>)."""
    steps = [f"{repeat}/{index}" for repeat, index in zip(chain, at)]
    return "q:" + "/".join([*steps, key])


class FormView(FormKeys, FormNavigation, FormRows, FormTexts, QWidget):
    """A session's form on one scrolling page. `changed` after each committed answer (the
    window autosaves on it); `problems_changed` when the problems shown change."""

    changed = Signal()
    problems_changed = Signal()

    def __init__(self, session: Session, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.form, self.live = session, session.form, session.live
        self.graph = self.live.graph
        self.language = form_language(self.form, language) if language else self.live.language
        self.live.language = self.language
        self._blocks: dict[Place, Block] = {}
        self._repeats: dict[tuple[str, Path], RepeatBlock] = {}
        self._left: set[Place] = set()
        self._show_all = False
        self._issues: dict[Place, Issue] = {}
        self._order: list[QWidget] | None = None
        self._rank: dict[Place, int] = {}
        self._current: QuestionBlock | None = None
        self._label_readers = self._find_label_readers()
        self._sections: list[QWidget] = []
        self._section_of = self._find_sections()
        self._build_frame()
        self._build_content()
        self._shortcuts()
        self._issues = self._find_issues()
        for block in self._blocks.values():
            self._refresh_block(block)
        self._update_nav()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # --- building ------------------------------------------------------------------------

    def _build_frame(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(self.splitter)
        self.nav = QListWidget(self.splitter)
        self.nav.setObjectName("form:sections")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setSpacing(2)
        self.nav.itemClicked.connect(self._nav_jump)
        self.nav.itemActivated.connect(self._nav_jump)
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName("form:page")
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        column = QWidget(self.content)
        column.setMaximumWidth(COLUMN_WIDTH)      # lines longer than this are hard to read
        row.addWidget(column, 1)
        row.addStretch(0)
        self.page = QVBoxLayout(column)
        self.page.setContentsMargins(18, 12, 18, 40)
        self.page.setSpacing(4)
        self.scroll.setWidget(self.content)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 900])

    def _build_content(self) -> None:
        self.title = _wrapping_label(self.page.parentWidget())
        _bold(self.title, 1.45)
        self.title.setText(self.form.title)
        self.page.addWidget(self.title)
        self._top: list[QWidget] = []
        self._build_nodes(self.form.children, (), self.page, self._top, top=True)
        self.page.addStretch(1)
        self.nav.setVisible(bool(self._sections))

    def _build_nodes(self, nodes: tuple[Node, ...], at: Path, layout: QVBoxLayout,
                     into: list[QWidget], top: bool = False) -> None:
        for node in nodes:
            block: QWidget | None
            if isinstance(node, Group) and node.is_repeat:
                block = self._build_repeat(node, at, top)
            elif isinstance(node, Group):
                block = self._build_group(node, at, top)
            else:
                block = self._build_question(node, at)
            if block is not None:
                layout.addWidget(block)
                into.append(block)
                if top and isinstance(node, Group):
                    self._sections.append(block)

    def _build_question(self, question: Question, at: Path) -> QuestionBlock | None:
        if not shows(question):
            return None
        editor = editor_for(question, self.language)
        if editor is None:
            return None
        block = QuestionBlock(self, question, at, editor)
        chain = self.graph.items[question.key].chain
        editor.focus_widget().setObjectName(object_name(question.key, at, chain))
        self._set_block_texts(block)
        self._blocks[block.place] = block
        return block

    def _build_group(self, group: Group, at: Path, top: bool) -> GroupBlock:
        block = GroupBlock(group, at, top)
        block.set_title(self.form.text(group.labels, self.language))
        self._build_nodes(group.children, at, block.body, block.children_blocks)
        self._blocks[block.place] = block
        return block

    def _build_repeat(self, repeat: Group, parent_at: Path, top: bool) -> RepeatBlock:
        block = RepeatBlock(self, repeat, parent_at, top)
        block.set_title(self.form.text(repeat.labels, self.language))
        self._repeats[repeat.key, parent_at] = block
        for path in self.live.rows(repeat.key, parent_at):
            self._build_row(block, path)
        block.empty.setVisible(not block.rows)
        return block

    # --- refreshing ----------------------------------------------------------------------

    def _find_issues(self) -> dict[Place, Issue]:
        return {(i.key, i.index): i for i in self.session.issues()}

    def _shown(self, issue: Issue) -> bool:
        """Required answers are asked for once the person left the question (or tried to
        finalise); wrong answers are shown at once."""
        return issue.kind != "required" or self._show_all or (issue.key, issue.index) in self._left

    def _refresh_block(self, block: Block) -> None:
        key, at = block.place
        relevant = self.live.relevant(key, at)
        if block.isHidden() == relevant:          # setVisible polishes: only on a change
            block.setVisible(relevant)
        if not isinstance(block, QuestionBlock):
            return
        self._refresh_choices(block)
        if block.question.holds_value:
            block.editor.set_value(self.live.value(key, at))
            block.editor.set_read_only(self.live.read_only(key, at))
        if self.live.required(key, at) != block.required:
            self._set_block_texts(block)
        self._refresh_error(block)

    def _refresh_choices(self, block: QuestionBlock, force: bool = False) -> None:
        question = block.question
        if question.type in ("select_one", "select_multiple", "rank") and (
                question.choice_filter or force):
            block.editor.set_choices(self.live.choices(*block.place), self.language)

    def _refresh_error(self, block: QuestionBlock) -> None:
        issue = self._issues.get(block.place)
        block.set_error(issue.message if issue is not None and self._shown(issue) else "")

    def _apply(self, places: set[Place]) -> None:
        """Bring the widgets of the changed places up to date."""
        self._issues = self._find_issues()
        items = self.graph.items
        for repeat, parent in sorted({(k, at[:-1]) for k, at in places
                                      if k in items and items[k].is_repeat},
                                     key=lambda p: len(p[1])):
            self._sync_rows(repeat, parent)
        for place in places:
            block = self._blocks.get(place)
            if block is not None:
                self._refresh_block(block)
            for reader in self._label_readers.get(place[0], ()):
                self._refresh_label(reader, place)
        self._update_repeat_visibility({k for k, _ in places})
        self._update_nav()
        self.problems_changed.emit()

    def _update_repeat_visibility(self, keys: set[str]) -> None:
        for (key, _), repeat in self._repeats.items():
            if key in keys and repeat.rows:
                repeat.setVisible(any(not r.isHidden() for r in repeat.rows))

    def _walk_blocks(self, widget: QWidget) -> Iterator[Block]:
        if isinstance(widget, (QuestionBlock, GroupBlock, RowBlock)):
            yield widget
        if isinstance(widget, RepeatBlock):
            for row in widget.rows:
                yield from self._walk_blocks(row)
        for child in getattr(widget, "children_blocks", ()):
            yield from self._walk_blocks(child)

    # --- committing ----------------------------------------------------------------------

    def _commit(self, block: QuestionBlock, value: object) -> None:
        if self._blocks.get(block.place) is not block:
            return                                # a row removed a moment ago
        try:
            places = self.session.set(block.key, value, block.at)  # type: ignore[arg-type]
        except (KeyError, ValueError):
            return
        if places and self._alive():
            self._apply(places)
            self.changed.emit()

    def _alive(self) -> bool:
        """False while Qt deletes the view's widgets (a focused field still commits then)."""
        return isValid(self) and isValid(self.content) and all(isValid(s) for s in self._sections)

    def commit_pending(self) -> None:
        """Commit what the focused question holds (call before saving: a save by shortcut
        does not move focus, so the field being typed in has not committed yet)."""
        block = self._block_of(QApplication.focusWidget())
        if isinstance(block, QuestionBlock):
            block.editor.commit()

    # --- problems ------------------------------------------------------------------------

    def problems(self) -> list[Issue]:
        """The problems shown now, in the order of the page."""
        self._ordered()
        shown = [i for i in self._issues.values() if self._shown(i)
                 and (i.key, i.index) in self._rank]
        return sorted(shown, key=lambda i: self._rank[i.key, i.index])

    def show_all_problems(self) -> None:
        """Mark every problem, unanswered required questions too (after a finalise attempt)."""
        self._show_all = True
        self.refresh_problems()

    def refresh_problems(self) -> None:
        """Find the problems again and show them beside every question and in the navigator."""
        self._issues = self._find_issues()
        for block in self._blocks.values():
            if isinstance(block, QuestionBlock):
                self._refresh_error(block)
        self._update_nav()
        self.problems_changed.emit()
