"""Going places in a form view: the section navigator beside the page, the next section
(Ctrl+PgDown, Ctrl+PgUp), the next problem (F8, Shift+F8), a question by its label (Ctrl+G)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListWidgetItem, QWidget

from surveyor.core.filling.live import Path
from surveyor.core.filling.validation import Issue
from surveyor.core.forms.model import Group
from surveyor.ui.form_blocks import ERROR_COLOUR, QuestionBlock
from surveyor.ui.questions import plain_text


class FormNavigation:
    """Mixed into FormView: its sections, and jumps to a section, a problem, a question."""

    def _find_sections(self) -> dict[str, str]:
        """The top-level group each key lies in."""
        found: dict[str, str] = {}
        for key in self.graph.items:
            top = key
            while self.graph.items[top].parent is not None:
                top = self.graph.items[top].parent  # type: ignore[assignment]
            if isinstance(self.graph.items[top].node, Group):
                found[key] = top
        return found

    def next_problem(self, backwards: bool = False) -> Issue | None:
        """Focus the next problem after the focus, wrapping (F8; Shift+F8 goes back). Every
        problem counts, unanswered required questions too: the one reached is marked."""
        self._ordered()
        problems = sorted((i for i in self._issues.values() if (i.key, i.index) in self._rank
                           and self._blocks[i.key, i.index].isVisibleTo(self.content)),
                          key=lambda i: self._rank[i.key, i.index])
        if not problems:
            return None
        place = self.current_place()
        here = self._rank.get(place, -1) if place else -1
        if backwards:
            earlier = [p for p in problems if self._rank[p.key, p.index] < here]
            issue = earlier[-1] if earlier else problems[-1]
        else:
            later = [p for p in problems if self._rank[p.key, p.index] > here]
            issue = later[0] if later else problems[0]
        block = self._blocks[issue.key, issue.index]
        if not self._shown(issue):
            self._left.add(block.place)
            self._refresh_error(block)
            self._update_nav()
            self.problems_changed.emit()
        self.focus_question(issue.key, issue.index)
        return issue

    def next_section(self, step: int = 1) -> bool:
        """Go to the next (step 1) or previous (-1) section: Ctrl+PgDown, Ctrl+PgUp."""
        shown = [s for s in self._sections if s.isVisibleTo(self.content)]
        if not shown:
            return False
        block = self._block_of(QApplication.focusWidget())
        key = self._section_of.get(block.key) if block is not None else None
        keys = [s.key for s in shown]
        if key in keys:
            index = keys.index(key) + step
        else:
            index = max(0, self.nav.currentRow()) + (step if self.nav.currentRow() >= 0 else 0)
        if not 0 <= index < len(shown):
            return False
        self._jump_to_section(shown[index])
        return True

    def _jump_to_section(self, section: QWidget) -> None:
        self._focus_first_in(section)
        self._scroll_to(section, top=True)
        self._select_nav(section.key)

    # --- navigator ---------------------------------------------------------------------------

    def _update_nav(self) -> None:
        troubled = {self._section_of.get(i.key) for i in self._issues.values() if self._shown(i)}
        if self.nav.count() != len(self._sections):
            self.nav.clear()
            for section in self._sections:
                item = QListWidgetItem(self.nav)
                item.setData(Qt.ItemDataRole.UserRole, section.key)
        normal = self.nav.palette().color(QPalette.ColorRole.Text)
        for row, section in enumerate(self._sections):
            item = self.nav.item(row)
            node = self.graph.items[section.key].node
            label = plain_text(self.form.text(node.labels, self.language)) or section.key
            bad = section.key in troubled
            text = f"● {label}" if bad else label
            if item.text() != text:
                item.setText(text)
            item.setForeground(QColor(ERROR_COLOUR) if bad else normal)
            item.setToolTip(self.tr("This section has problems") if bad else "")
            item.setHidden(section.isHidden())

    def _select_nav(self, key: str) -> None:
        section = self._section_of.get(key)
        for row, widget in enumerate(self._sections):
            if widget.key == section and self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)

    def _nav_jump(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        for section in self._sections:
            if section.key == key:
                self._jump_to_section(section)

    # --- go to -------------------------------------------------------------------------------

    def goto_targets(self) -> list[tuple[str, Path, str]]:
        """(key, row path, label) of every question shown now, in page order."""
        targets = []
        for owner in self._ordered():
            if isinstance(owner, QuestionBlock) and owner.isVisibleTo(self.content):
                label = plain_text(self._text(owner.question.labels, owner.key, owner.at))
                if owner.at:
                    label = f"{label} #{'.'.join(map(str, owner.at))}"
                targets.append((owner.key, owner.at, label))
        return targets

    def goto(self, text: str) -> bool:
        """Jump to the question best matching `text` (label or name, fuzzy); '#3' picks row 3
        of the current repeat, 'label #3' that question in row 3."""
        from surveyor.ui.goto import find_target

        found = find_target(self.goto_targets(), text, self.current_place(),
                            self.graph.items)
        return found is not None and self.focus_question(*found)

    def open_goto(self) -> None:
        """Ctrl+G: a small palette to jump to a question by typing part of its label."""
        from surveyor.ui.goto import GotoPalette

        palette = GotoPalette(self)
        palette.show_over(self)
