"""The main window's work on one response: new (also carrying the place of the previous one),
open, save, finalise, delete, autosave into a savepoint, and recovery after a crash.

A part of MainWindow (ui/main_window.py), which holds the store, the forms, the pages and the
panes these methods use.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox

from surveyor.core.errors import SurveyError
from surveyor.core.filling.recovery import (
    discard_savepoint,
    restore_session,
    savepoints,
    write_savepoint,
)
from surveyor.core.filling.session import Session
from surveyor.ui import messages

# Identity answers a new response can carry from the previous one (market, ward, zone or craft
# village): those of these names the form has, unless the store's setting carry:<form_id>
# (space-separated question names) says otherwise.
CARRIED = ("phuong_xa", "ten_cho", "ten_cho_khac", "hang_cho", "vi_tri", "ten_kcn", "ten_ccn",
           "ten_lang_nghe")
LIST, FORM, REVIEW = 0, 1, 2     # the main window's pages


def clock() -> str:
    return QTime.currentTime().toString("HH:mm:ss")


class ResponseActions:
    """New, open, save, finalise, delete, autosave and recovery (a part of MainWindow)."""


    def new_response(self, carried: dict | None = None) -> None:
        form = self.current_form()
        if form is None or not self.leave_response():
            return
        session = Session.new(form, inspector=self.store.setting("inspector") or "",
                              device=self.store.device_id(), language=self.form_language(),
                              carried=carried)
        self._show_session(session)
        if session.carried:
            self.statusBar().showMessage(self.tr("Carried from the previous response: {names}")
                                         .format(names=", ".join(sorted(session.carried))), 8000)

    def new_carried(self) -> None:
        """A new response starting from the identity answers of the last one saved."""
        form = self.current_form()
        if form is None:
            return
        if self.session is not None and self.session.form.form_id == form.form_id:
            previous = self.session.to_response()
        else:
            from surveyor.core.store.listing import ListQuery

            rows = self.store.page(ListQuery(form_id=form.form_id), 0, 1)
            previous = self.store.get(rows[0].uuid) if rows else None
        if previous is None:
            self.new_response()
            return
        names = (self.store.setting(f"carry:{form.form_id}") or " ".join(CARRIED)).split()
        keys = {q.name: q.key for q in form.questions()}
        carried = {keys[n]: previous.answers[keys[n]] for n in names
                   if n in keys and previous.answers.get(keys[n]) not in (None, "")}
        self.new_response(carried)

    def open_response(self, uuid: str) -> None:
        if not self.leave_response():
            return
        response = self.store.get(uuid)
        form = self.forms.get((response.form_id, response.form_version)) if response else None
        if form is None:
            QMessageBox.warning(self, self.tr("Cannot open"), self.tr(
                "This response was made with form {form} version {version}, which is not "
                "loaded here.").format(form=response.form_id if response else "?",
                                       version=response.form_version if response else "?"))
            return
        self._show_session(Session.open(form, response, language=self.form_language()))

    def _show_session(self, session: Session, focus: str = "") -> None:
        from surveyor.ui.form_view import FormView
        from surveyor.ui.problems_pane import ProblemsPane

        if self.view is not None:
            self.view.setParent(None)
            self.view.deleteLater()
        self.session = session
        self.view = FormView(session, language=self.form_language(), parent=self.form_page)
        self.view.setObjectName("view:form")
        self.view.changed.connect(self.autosave.start)
        self.form_page.insertWidget(0, self.view)
        self.side.clear()
        self.problems = ProblemsPane(self.view)
        self.side.addTab(self.problems, self.tr("Problems"))
        self.side.addTab(self.history, self.tr("History"))
        self.history.show_audit(self.store.audit(session.uuid) if not session.is_new else [],
                                self.label_of)
        self.form_page.setSizes([900, 300])
        self.pages.setCurrentIndex(FORM)
        if focus:
            key, _, at = focus.partition("@")
            self.view.focus_question(key, tuple(int(i) for i in at.split(".") if i))
        else:
            self.view.focus_first()
        self._update_actions()

    def label_of(self, field: str) -> str:
        """An audit field ("ten_co_so", "nguyen_lieu[2]/ten") as its question's label."""
        if self.session is None:
            return field
        key, row = field, ""
        if "/" in field and "[" in field.split("/", 1)[0]:
            head, key = field.split("/", 1)
            row = " #" + head[head.index("[") + 1:-1]
        try:
            question = self.session.form.question(key)
        except KeyError:
            return field
        return (self.session.form.text(question.labels, self.session.live.language) or field) + row

    def commit_pending(self) -> None:
        """The answer in the field being typed in counts too (a shortcut does not move focus)."""
        if self.view is not None:
            self.view.commit_pending()

    def write_savepoint(self) -> None:
        """Autosave: the answers as they are, in a savepoint file (not a version)."""
        if self.session is None or not self.session.worth_keeping:
            return
        place = self.view.current_place() if self.view else None
        focus = f"{place[0]}@{'.'.join(map(str, place[1]))}" if place else ""
        write_savepoint(self.savepoint_folder, self.session, focus=focus)
        self.saved_label.setText(self.tr("Kept as draft at {time}").format(
            time=clock()))

    def save(self) -> bool:
        """Save the response as a new version (a complete one stays complete if it has no
        problems); True when nothing is left unsaved."""
        if self.session is None:
            return True
        self.commit_pending()
        try:
            response = self.session.save(self.store, who=self.store_who)
        except SurveyError as error:
            QMessageBox.critical(self, self.tr("Not saved"), messages.problem(error))
            return False
        self._saved(response.uuid)
        return True

    def finalise(self) -> None:
        if self.session is None:
            return
        self.commit_pending()
        self.autosave.stop()
        result = self.session.finalise(self.store, who=self.store_who)
        if not result.ok:
            self.view.show_all_problems()
            self.problems.refresh()
            self.side.setCurrentWidget(self.problems)
            self.problems.setFocus()
            self.statusBar().showMessage(self.tr("Not finalised: {n} answers to fix").format(
                n=len(result.blockers)), 8000)
            return
        self._saved(result.response.uuid)
        self.statusBar().showMessage(self.tr("Finalised"), 5000)

    def _saved(self, uuid: str) -> None:
        self.autosave.stop()
        discard_savepoint(self.savepoint_folder, uuid)
        self.saved_label.setText(self.tr("Saved at {time}").format(time=clock()))
        self.history.show_audit(self.store.audit(uuid), self.label_of)
        self.responses.refresh()
        self.response_saved.emit(uuid)
        self._update_actions()

    def leave_response(self) -> bool:
        """Before another response or the list: save what changed (never lose an answer)."""
        self.commit_pending()
        if self.session is None or not self.session.worth_keeping:
            return True
        return self.save()

    def back_to_list(self) -> None:
        if self.leave_response():
            self.pages.setCurrentIndex(LIST)
            self._fill_forms_list_counts()
            self.responses.setFocus()
            self._update_actions()

    def _fill_forms_list_counts(self) -> None:
        current = self.forms_list.currentRow()
        self.forms_list.blockSignals(True)
        self._fill_forms_list()
        self.forms_list.setCurrentRow(max(current, 0))
        self.forms_list.blockSignals(False)

    def delete_response(self) -> None:
        if self.session is None or self.session.is_new:
            return
        answer = QMessageBox.question(self, self.tr("Delete response"), self.tr(
            "Delete this response? It is kept in the history and can be recovered by an "
            "administrator."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.delete(self.session.uuid, who=self.store_who)
        discard_savepoint(self.savepoint_folder, self.session.uuid)
        self.session = None
        self.pages.setCurrentIndex(LIST)
        self.responses.refresh()
        self._update_actions()

    def _recover(self) -> None:
        """Savepoints left by a crash: each saved as a version; the newest opened where the
        person was."""
        found = savepoints(self.savepoint_folder)
        reopened = None
        for point in reversed(found):                 # oldest first, the newest last
            form = self.forms.get((point.form_id, point.form_version))
            if form is None:
                continue
            session = restore_session(point, form, language=self.form_language(),
                                      stored=self.store.get(point.uuid))
            session.save(self.store, who=self.store_who)
            discard_savepoint(self.savepoint_folder, point.uuid)
            reopened = (session, point.focus)
        if reopened is not None:
            self._show_session(*reopened)
            self.statusBar().showMessage(self.tr(
                "Recovered the answers not saved when Surveyor last closed"), 15000)
