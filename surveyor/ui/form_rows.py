"""Repeat rows in a form view: built, and rebuilt when their number changes; added, removed
(asking first when a row holds answers) and moved, by button or by Alt shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from surveyor.core.filling.live import Path, Place
from surveyor.core.forms.model import Question
from surveyor.ui.form_blocks import QuestionBlock, RepeatBlock, RowBlock
from surveyor.ui.questions import plain_text


class FormRows:
    """Mixed into FormView: the rows of its repeats."""

    def _build_row(self, repeat_block: RepeatBlock, path: Path) -> RowBlock:
        repeat = repeat_block.repeat
        row = RowBlock(self, repeat, path, repeat_block.counted, self._movable(repeat.key))
        row.set_title(self.form.text(repeat.labels, self.language))
        self._build_nodes(repeat.children, path, row.body, row.children_blocks)
        repeat_block.body.addWidget(row)
        repeat_block.rows.append(row)
        self._blocks[row.place] = row
        self._order = None
        return row

    def _sync_rows(self, repeat: str, parent: Path) -> None:
        """Rebuild the rows of one repeat when their number changed."""
        block = self._repeats.get((repeat, parent))
        if block is None:
            return
        paths = self.live.rows(repeat, parent)
        if [r.at for r in block.rows] == paths:
            return
        keep = len(block.rows) if len(paths) > len(block.rows) else 0
        for row in block.rows[keep:]:
            self._forget(row)
            row.hide()
            row.setParent(None)
            row.deleteLater()
        block.rows = block.rows[:keep]
        for path in paths[keep:]:
            row = self._build_row(block, path)
            for inner in self._walk_blocks(row):
                self._refresh_block(inner)
        block.empty.setVisible(not block.rows)
        self._order = None

    def _forget(self, widget: QWidget) -> None:
        """Drop a row's blocks (and the repeats nested in it) from the view's indexes."""
        for block in self._walk_blocks(widget):
            self._blocks.pop(block.place, None)
            if block is self._current:
                self._current = None
        if isinstance(widget, RowBlock):
            for key in [k for k in self._repeats if k[1][:len(widget.at)] == widget.at
                        and len(k[1]) >= len(widget.at)]:
                del self._repeats[key]

    # --- rows ----------------------------------------------------------------------------

    def add_row(self, repeat: str, parent_at: Path = (), focus: bool = False) -> Path | None:
        """Add a row to `repeat` in the parent row `parent_at`; its path."""
        try:
            places = self.session.add_row(repeat, tuple(parent_at))
        except KeyError:
            return None
        self._apply(places)
        self.changed.emit()
        path = self.live.rows(repeat, tuple(parent_at))[-1]
        if focus:
            row = self._blocks.get((repeat, path))
            if row is not None:
                self._focus_first_in(row)
        return path

    def remove_row(self, repeat: str, at: Path) -> None:
        """Remove row `at` of `repeat`; later rows move up one."""
        at = tuple(at)
        focused = self._block_of(QApplication.focusWidget())
        inside = focused is not None and focused.place[1][:len(at)] == at
        self._renumber_left(repeat, at)
        try:
            places = self.session.remove_row(repeat, at)
        except KeyError:
            return
        self._apply(places)
        self.changed.emit()
        if inside:
            rows = self.live.rows(repeat, at[:-1])
            target = self._blocks.get((repeat, rows[min(at[-1], len(rows)) - 1])) if rows else None
            if target is not None:
                self._focus_first_in(target)
            else:
                block = self._repeats.get((repeat, at[:-1]))
                if block is not None and block.add_button is not None:
                    block.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_remove_row(self, repeat: str, at: Path) -> None:
        if self._row_has_answers(repeat, at) and not self.confirm_remove(repeat, at):
            return
        self.remove_row(repeat, at)

    def confirm_remove(self, repeat: str, at: Path) -> bool:
        """Ask before removing a row that holds answers."""
        label = plain_text(self.form.text(self.graph.items[repeat].node.labels, self.language))
        answer = QMessageBox.question(
            self, self.tr("Remove row"),
            self.tr("Remove row #{n} of “{label}” and its answers?").format(n=at[-1], label=label))
        return answer == QMessageBox.StandardButton.Yes

    def _row_keys(self, repeat: str) -> list[str]:
        chain = self.graph.items[repeat].chain
        return [k for k, i in self.graph.items.items() if i.chain == chain
                and isinstance(i.node, Question) and i.node.holds_value
                and not i.node.calculation]

    def _row_has_answers(self, repeat: str, at: Path) -> bool:
        return any(self.live.value(k, at) not in (None, "") for k in self._row_keys(repeat)
                   if self.graph.items[k].node.type not in ("start", "end", "today"))

    def _renumber_left(self, repeat: str, at: Path) -> None:
        depth, parent, index = len(at) - 1, at[:-1], at[-1]
        moved = set()
        for key, path in self._left:
            chain = self.graph.items[key].chain if key in self.graph.items else ()
            if chain[depth:depth + 1] != (repeat,) or path[:depth] != parent:
                moved.add((key, path))
            elif path[depth] > index:
                moved.add((key, (*path[:depth], path[depth] - 1, *path[depth + 1:])))
        self._left = moved

    def _movable(self, repeat: str) -> bool:
        """Rows move by swapping their answers: not for a repeat holding another repeat."""
        chain = self.graph.items[repeat].chain
        return not any(i.is_repeat and i.chain[:len(chain)] == chain and len(i.chain) > len(chain)
                       for i in self.graph.items.values())

    def move_row(self, repeat: str, at: Path, up: bool = True) -> bool:
        """Swap the answers of row `at` with the row above (or below); True if moved."""
        at = tuple(at)
        rows = self.live.rows(repeat, at[:-1])
        other = (*at[:-1], at[-1] + (-1 if up else 1))
        if other not in rows or at not in rows or not self._movable(repeat):
            return False
        places: set[Place] = set()
        for key in self._row_keys(repeat):
            mine, theirs = self.live.value(key, at), self.live.value(key, other)
            places |= self.session.set(key, theirs, at)
            places |= self.session.set(key, mine, other)
        if places:
            self._apply(places)
            self.changed.emit()
        focused = self._block_of(QApplication.focusWidget())
        if isinstance(focused, QuestionBlock) and focused.at == at:
            target = self._blocks.get((focused.key, other))
            if isinstance(target, QuestionBlock):
                target.focus()
        return True

    def _current_row(self) -> tuple[str, Path] | None:
        """The innermost repeat row the focus is in (or the repeat whose Add button it is on)."""
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, RowBlock):
                return widget.key, widget.at
            if isinstance(widget, RepeatBlock):
                return widget.key, widget.parent_at
            widget = widget.parentWidget()
        return None

    def _add_row_here(self) -> None:
        found = self._current_row()
        if found is None:
            return
        repeat, at = found
        block = self._blocks.get((repeat, at))
        parent = at[:-1] if isinstance(block, RowBlock) else at
        if not self._repeats[repeat, parent].counted:
            self.add_row(repeat, parent, focus=True)

    def _remove_row_here(self) -> None:
        found = self._here_row()
        if found is not None:
            self._ask_remove_row(*found)

    def _move_row_here(self, up: bool) -> None:
        found = self._here_row()
        if found is not None:
            self.move_row(*found, up=up)

    def _here_row(self) -> tuple[str, Path] | None:
        """The row the focus is in, if its repeat lets people add and remove rows."""
        found = self._current_row()
        if found is None or not isinstance(self._blocks.get(found), RowBlock):
            return None
        return None if self._repeats[found[0], found[1][:-1]].counted else found
