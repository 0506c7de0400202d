"""Focus and keys in a form view: the shortcuts; Tab and Enter from question to question in page
order, past hidden ones; the current question marked and kept in view; focusing a question."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from surveyor.core.filling.live import Path
from surveyor.ui.form_blocks import QuestionBlock, RepeatBlock


class FormKeys:
    """Mixed into FormView: where the focus is, and where keys take it."""

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, action in (
                ("Ctrl+PgDown", lambda: self.next_section(1)),
                ("Ctrl+PgUp", lambda: self.next_section(-1)),
                ("F8", self.next_problem),
                ("Shift+F8", lambda: self.next_problem(backwards=True)),
                ("Ctrl+G", self.open_goto),
                ("Alt+Insert", self._add_row_here),
                ("Alt+Delete", self._remove_row_here),
                ("Alt+Shift+Up", lambda: self._move_row_here(up=True)),
                ("Alt+Shift+Down", lambda: self._move_row_here(up=False))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(action)

    # --- focus and keyboard ----------------------------------------------------------------

    def _ordered(self) -> list[QWidget]:
        """Question blocks and Add-row buttons in form order."""
        if self._order is None:
            order: list[QWidget] = []

            def visit(widget: QWidget) -> None:
                if isinstance(widget, QuestionBlock):
                    order.append(widget)
                elif isinstance(widget, RepeatBlock):
                    for row in widget.rows:
                        visit(row)
                    if widget.add_button is not None:
                        order.append(widget.add_button)
                for child in getattr(widget, "children_blocks", ()):
                    visit(child)

            for widget in self._top:
                visit(widget)
            self._order = order
            self._rank = {w.place: i for i, w in enumerate(order) if isinstance(w, QuestionBlock)}
        return self._order

    def _stops(self) -> list[tuple[QWidget, QWidget]]:
        """(owner, widget) for every widget Tab can reach now, in form order."""
        found = []
        for owner in self._ordered():
            if not owner.isVisibleTo(self.content):
                continue
            widgets = owner.stops() if isinstance(owner, QuestionBlock) else [owner]
            found.extend((owner, w) for w in widgets if w.isEnabled() and not w.isHidden())
        return found

    def _owner_of(self, widget: QWidget | None) -> QWidget | None:
        while widget is not None and widget is not self:
            if isinstance(widget, QuestionBlock):
                return widget
            if isinstance(widget, QPushButton) and isinstance(widget.parentWidget(), RepeatBlock):
                return widget
            widget = widget.parentWidget()
        return None

    def _block_of(self, widget: QWidget | None) -> QuestionBlock | None:
        """The question block holding `widget`, if it is in this view."""
        while widget is not None:
            if isinstance(widget, QuestionBlock):
                return widget if widget.view is self else None
            widget = widget.parentWidget()
        return None

    def _position(self, stops: list[tuple[QWidget, QWidget]], widget: QWidget,
                  owner: QWidget, forward: bool) -> int | None:
        for index, (_, stop) in enumerate(stops):
            if stop is widget or stop.isAncestorOf(widget):
                return index
        owned = [i for i, (o, _) in enumerate(stops) if o is owner]
        if owned:
            return owned[-1] if forward else owned[0]
        return None

    def focusNextPrevChild(self, next: bool) -> bool:
        widget = QApplication.focusWidget()
        owner = self._owner_of(widget)
        if owner is None:
            return super().focusNextPrevChild(next)
        self._step(owner, widget, next)
        return True

    def _step(self, owner: QWidget, widget: QWidget | None, forward: bool,
              leave: bool = False) -> None:
        """Move focus to the next (previous) stop; `leave`: past the rest of this question."""
        stops = self._stops()
        index = self._position(stops, widget or owner, owner, forward)
        if index is None:
            return
        if leave:
            owned = [i for i, (o, _) in enumerate(stops) if o is owner]
            index = owned[-1] if owned else index
        target = index + (1 if forward else -1)
        if not 0 <= target < len(stops):
            if isinstance(owner, QuestionBlock):
                owner.editor.commit()         # the last question: done with it all the same
            return
        if stops[target][0] is not owner and isinstance(owner, QuestionBlock):
            owner.editor.commit()         # may show or hide what comes next: look again
            stops = self._stops()
            index = self._position(stops, widget or owner, owner, forward)
            if index is None:
                return
            if leave or stops[min(index + 1, len(stops) - 1)][0] is not owner:
                owned = [i for i, (o, _) in enumerate(stops) if o is owner]
                index = (owned[-1] if forward else owned[0]) if owned else index
            target = index + (1 if forward else -1)
            if not 0 <= target < len(stops):
                return
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        stops[target][1].setFocus(reason)

    def _advance_from(self, block: QuestionBlock) -> None:
        """Enter: the next visible question (the editor has committed already)."""
        if self._blocks.get(block.place) is block:
            self._step(block, None, True, leave=True)

    def eventFilter(self, watched, event) -> bool:
        """Enter on an Add-row button adds a row, as Space does."""
        if (event.type() == event.Type.KeyPress and isinstance(watched, QPushButton)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            watched.click()
            return True
        return False

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        try:
            old_block, new_block = self._block_of(old), self._block_of(new)
        except RuntimeError:                 # this view is being deleted
            return
        if old_block is new_block:
            if new_block is not None:
                self._ensure_visible(new)
            return
        if old_block is not None and new is not None:
            old_block.set_current(False)
            if old_block.place not in self._left and self._blocks.get(old_block.place) is old_block:
                self._left.add(old_block.place)
                issue = self._issues.get(old_block.place)
                self._refresh_error(old_block)
                if issue is not None and issue.kind == "required" and not self._show_all:
                    self._update_nav()
                    self.problems_changed.emit()
        if new_block is not None:
            if self._current is not None and self._current is not new_block:
                self._current.set_current(False)
            self._current = new_block
            new_block.set_current(True)
            self._ensure_visible(new, new_block)
            self._select_nav(new_block.key)

    def _ensure_visible(self, widget: QWidget | None, block: QWidget | None = None) -> None:
        """Keep the focused question in view with some of what follows it."""
        context = self.scroll.viewport().height() // 5
        if block is not None and block.height() < self.scroll.viewport().height() - 2 * context:
            self.scroll.ensureWidgetVisible(block, 8, context)
        if widget is not None and self.content.isAncestorOf(widget):
            self.scroll.ensureWidgetVisible(widget, 8, 24)

    def _focus_first_in(self, widget: QWidget) -> bool:
        for block in self._walk_blocks(widget):
            if isinstance(block, QuestionBlock) and block.isVisibleTo(self.content) \
                    and block.focus(Qt.FocusReason.OtherFocusReason):
                self._scroll_to(block)
                return True
        if isinstance(widget, RepeatBlock) and widget.add_button is not None:
            widget.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _scroll_to(self, widget: QWidget, top: bool = False) -> None:
        """Scroll `widget` into view now and again once the layout has settled."""
        def scroll() -> None:
            if top:
                y = widget.mapTo(self.content, QPoint(0, 0)).y()
                self.scroll.verticalScrollBar().setValue(max(0, y - 6))
            else:
                self.scroll.ensureWidgetVisible(widget, 8, self.scroll.viewport().height() // 5)
        scroll()
        QTimer.singleShot(0, self, scroll)

    # --- the public API the window uses ----------------------------------------------------

    def focus_first(self) -> bool:
        """Focus the first question that can be answered."""
        for owner, widget in self._stops():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to(owner)
            return True
        return False

    def focus_question(self, key: str, at: Path = ()) -> bool:
        """Scroll to a question (or group, or repeat row) and focus it; False if not shown."""
        block = self._blocks.get((key, tuple(at)))
        if block is None and key in self.graph.items and self.graph.items[key].is_repeat:
            block = self._repeats.get((key, tuple(at)))
        if block is None:
            return False
        if isinstance(block, QuestionBlock):
            if not block.isVisibleTo(self.content):
                return False
            if not block.focus(Qt.FocusReason.OtherFocusReason):
                block.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to(block)
            return True
        return self._focus_first_in(block)

    def current_place(self) -> tuple[str, tuple[int, ...]] | None:
        """The question the focus is in: (key, row path)."""
        block = self._block_of(QApplication.focusWidget())
        return block.place if block is not None else None
