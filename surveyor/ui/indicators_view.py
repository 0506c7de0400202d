"""The Indicators view (the review page's tab "indicators"): the table of Tổng hợp, each
indicator city-wide with its sectors and wards beneath, met / not met coloured, and for the
picked indicator a bar per ward drawn with QPainter against the target line (no chart library).

The indicators are computed by the core (jobs.indicator_results) on the runner's worker thread
whenever the tab is shown; nothing here touches the store.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.errors import SurveyError
from surveyor.ui import messages

GREEN, RED, BLUE, LINE = "#C6EFCE", "#FFC7CE", "#4472C4", "#C00000"
BAR_GREEN, BAR_RED = "#3C9A5F", "#C0504D"
ROW, LABEL_WIDTH = 22, 190


def shown(value: float | None, unit: str) -> str:
    """A result as Tổng hợp shows it: "–" when the denominator is 0."""
    if value is None:
        return "–"
    if unit == "%":
        return f"{value:.1f}%"
    return f"{value:g}" if float(value).is_integer() else f"{value:.1f}"


class WardBars(QWidget):
    """One bar per ward that has a result, the target drawn as a dashed line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chart:wards")
        self.bars: list[tuple[str, float, bool | None]] = []
        self.threshold: float | None = None
        self.unit = ""
        self.percent = False

    def set_result(self, result, language: str) -> None:
        wards = [] if result is None else [w for w in result.wards if w.value is not None and (
            w.denominator is not None or w.value)]
        self.bars = [(w.label, w.value, w.met) for w in wards]
        first = wards[0].target if wards else None
        self.threshold = first.threshold if first is not None else None
        self.unit = result.indicator.unit(language) if result is not None else ""
        self.percent = result is not None and result.indicator.measure == "percent"
        self.setMinimumHeight(max(60, ROW * len(self.bars) + 40))
        self.update()

    def scale(self) -> tuple[float, float]:
        values = [v for _, v, _ in self.bars] + ([self.threshold] if self.threshold is not None
                                                 else [])
        low, high = min([0.0, *values]), max([0.0, *values])
        if self.percent:
            high = max(high, 100.0)
        return low, (high if high > low else low + 1)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr(
                "No ward has a result for this indicator"))
            return
        low, high = self.scale()
        left, right = LABEL_WIDTH, self.width() - 60
        span = max(right - left, 10)

        def x(value: float) -> float:
            return left + (value - low) / (high - low) * span

        for i, (label, value, met) in enumerate(self.bars):
            top = 10 + i * ROW
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(4, top, LABEL_WIDTH - 8, ROW), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
            colour = BLUE if met is None else BAR_GREEN if met else BAR_RED
            start, end = sorted((x(0.0), x(value)))
            painter.fillRect(QRectF(start, top + 3, max(end - start, 1), ROW - 6),
                             QBrush(QColor(colour)))
            painter.drawText(QRectF(max(start, end) + 4, top, 56, ROW),
                             Qt.AlignmentFlag.AlignVCenter, shown(value, self.unit))
        if self.threshold is not None:
            pen = QPen(QColor(LINE), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            at = x(self.threshold)
            bottom = 10 + len(self.bars) * ROW
            painter.drawLine(int(at), 4, int(at), bottom)
            painter.drawText(QRectF(at - 80, bottom, 160, 18), Qt.AlignmentFlag.AlignCenter,
                             self.tr("target {target}").format(
                                 target=shown(self.threshold, self.unit)))
        painter.end()


class IndicatorsView(QWidget):
    """Every indicator against its target; `refresh()` computes them again (in the background)."""

    report_requested = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window, self.results = window, None
        self.summary = QLabel(self.tr("Computing the indicators…"), self)
        self.summary.setObjectName("label:indicators")
        self.summary.setWordWrap(True)
        button = QPushButton(self.tr("Consolidated report…"), self)
        button.setObjectName("button:report")
        button.clicked.connect(self.report_requested)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(button)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tree:indicators")
        self.tree.setHeaderLabels([self.tr("Indicator"), self.tr("Numerator"),
                                   self.tr("Denominator"), self.tr("Result"), self.tr("Target"),
                                   self.tr("Assessment")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 560)
        for col in range(1, 6):
            self.tree.setColumnWidth(col, 110)
        self.tree.currentItemChanged.connect(self._picked)
        self.bars = WardBars(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.bars)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(scroll)
        split.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._running = False

    def language(self) -> str:
        from surveyor.ui.settings_dialog import ui_language

        return ui_language(self.window.settings)

    def refresh(self) -> None:
        """Compute the indicators again on the runner (one at a time)."""
        from surveyor.core import jobs

        if self._running:
            return
        self._running = True
        db, forms, extra = self.window.db_path, dict(self.window.forms), self.window.extra_forms
        language = self.language()
        self.window.runner.run(
            lambda progress: jobs.indicator_results(db, forms, language=language, extra=extra),
            title=self.tr("Computing the indicators…"), dialog=False, done=self.show_results,
            failed=self._failed, cancelled=self._stopped)

    def _stopped(self) -> None:
        self._running = False

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if isinstance(error, SurveyError):
            self.summary.setText(messages.problem(error))
            return
        self.window.job_failed(error)

    def show_results(self, results) -> None:
        self._running = False
        self.results = results
        language = self.language()
        self.summary.setText(self.tr("{counted} complete responses counted; {drafts} drafts left "
                                     "out.").format(counted=results.counted, drafts=results.drafts)
                             + "".join(f"\n{finding}" for finding in results.findings))
        self.tree.clear()
        for number, result in enumerate(results.indicators, start=1):
            unit = result.indicator.unit(language)
            top = self._item(None, f"{number}. {result.indicator.label(language)}", result.city,
                             unit)
            top.setData(0, Qt.ItemDataRole.UserRole, number - 1)
            for line in (*result.sectors, *result.wards):
                self._item(top, line.label, line, unit)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _item(self, parent, label: str, line, unit: str) -> QTreeWidgetItem:
        target = line.target.text(unit) if line.target is not None else ""
        verdict = "" if line.target is None else "–" if line.met is None else (
            self.tr("Met") if line.met else self.tr("Not met"))
        fraction = "" if line.denominator is None else f"{line.denominator:g}"
        texts = [label, f"{line.numerator:g}", fraction, shown(line.value, unit), target, verdict]
        item = QTreeWidgetItem(texts)
        for col in range(1, 6):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if line.met is not None:
            item.setBackground(5, QBrush(QColor(GREEN if line.met else RED)))
        if parent is None:
            self.tree.addTopLevelItem(item)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        else:
            parent.addChild(item)
        return item

    def _picked(self, item, _previous=None) -> None:
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None or self.results is None:
            self.bars.set_result(None, self.language())
            return
        index = item.data(0, Qt.ItemDataRole.UserRole)
        self.bars.set_result(self.results.indicators[index], self.language())
