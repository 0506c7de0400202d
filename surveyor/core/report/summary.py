"""The `Tổng hợp` sheet: each indicator city-wide, per sector and per ward with numerator,
denominator, result, target and met / not met (conditional formatting), then one native Excel
chart per indicator (per-ward bars against the target line), laid out for A4 landscape.

Each indicator is a block: a heading row (its label, target and year, merged across the table
and wrapped), then its lines: city-wide, sectors, and each ward with a result; the wards
with a denominator of 0 (or a count of 0) are named together in one last row (merged), so a
city of many wards, each surveyed for some forms only, stays readable. Column G holds the
line's threshold as a number: the target line of the charts. Written after the pass over the
responses, in row order (the workbook is in constant-memory mode: nothing out of order).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from surveyor.core.report.compute import CITY, IndicatorResult, Line, Results

COLUMNS = (("h.scope", 38), ("h.numerator", 12), ("h.denominator", 13), ("h.value", 11),
           ("h.target", 17), ("h.met", 13), ("h.threshold", 10))
CHART_WIDTH, CHART_HEIGHT, CHART_ROWS = 830, 300, 16     # pixels; rows of 20 px it covers
CHART_DATA = len(COLUMNS) + 1                            # column I: what the charts plot
CHARTS_PER_PAGE = 2
NO_DATA_WIDTH = 110              # characters a line of the merged "no data" row holds
HEADING_WIDTH = 110              # the same for a heading (bold)
GREEN = {"bg_color": "#C6EFCE", "font_color": "#006100"}
RED = {"bg_color": "#FFC7CE", "font_color": "#9C0006"}


def summary_formats(book) -> dict:
    add = book.add_format
    return {
        "title": add({"bold": True, "font_size": 14}),
        "note": add({"italic": True, "font_color": "#555555"}),
        "heading": add({"bold": True, "font_size": 11, "bg_color": "#DDEBF7", "top": 1,
                        "text_wrap": True, "valign": "top"}),
        "head": add({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#F2F2F2",
                     "border": 1}),
        "city": add({"bold": True}),
        "dash": add({"align": "center"}),
        "center": add({"align": "center"}),
        "int": add({"num_format": "#,##0"}),
        "dec": add({"num_format": "#,##0.0"}),
        "pct": add({"num_format": '0.0"%"'}),
        "city_pct": add({"num_format": '0.0"%"', "bold": True}),
        "city_dec": add({"num_format": "#,##0.0", "bold": True}),
        "city_int": add({"num_format": "#,##0", "bold": True}),
        "green": add(GREEN), "red": add(RED),
        "no_data": add({"italic": True, "font_color": "#555555", "text_wrap": True,
                        "valign": "top"}),
    }


def _value_format(line: Line, unit: str, formats: dict) -> object:
    city = "city_" if line.scope == CITY else ""
    if unit == "%":
        return formats[f"{city}pct"]
    if line.denominator is None:
        return formats[f"{city}int"]
    return formats[f"{city}dec"]


def _count_format(value: float, formats: dict) -> object:
    return formats["int"] if float(value).is_integer() else formats["dec"]


class SummarySheet:
    """Tổng hợp: created before the data sheets (so it comes first after the sync sheets),
    filled by `write` once the results are known."""

    def __init__(self, book, word: Callable[..., str]):
        self.book, self.word = book, word
        self.ws = book.add_worksheet(word("sheet.summary"))
        self.name = self.ws.get_name()

    def write(self, results: Results, formats: Mapping) -> None:
        ws, word = self.ws, self.word
        for col, (_, width) in enumerate(COLUMNS):
            ws.set_column(col, col, width)
        ws.write_string(0, 0, word("title"), formats["title"])
        ws.write_string(1, 0, word("counted", counted=results.counted, drafts=results.drafts,
                                   at=results.at), formats["note"])
        row = 2
        for finding in results.findings:
            ws.write_string(row, 0, word("broken", finding=str(finding).replace("\n", " ")),
                            formats["note"])
            row += 1
        header = row + 1
        for col, (key, _) in enumerate(COLUMNS):
            ws.write_string(header, col, word(key), formats["head"])
        ws.write_string(header, CHART_DATA, word("h.chart"), formats["note"])
        ws.set_column(CHART_DATA, CHART_DATA, 30)
        row = header + 1
        blocks = []
        first_data = row
        for number, result in enumerate(results.indicators, start=1):
            row, block = self._block(number, result, row, formats, results.language)
            blocks.append(block)
        last_data = max(first_data, row - 1)
        for criteria, fmt in ((word("met"), "green"), (word("not_met"), "red")):
            ws.conditional_format(first_data, 5, last_data, 5, {
                "type": "cell", "criteria": "==", "value": f'"{criteria}"',
                "format": formats[fmt]})
        end = self._charts(blocks, row + 1, results.language)
        self._page_setup(header, row + 1, end)
        ws.activate()

    def _block(self, number: int, result: IndicatorResult, row: int, formats: Mapping,
               language: str) -> tuple[int, tuple]:
        ws, word, indicator = self.ws, self.word, result.indicator
        unit = indicator.unit(language)
        heading = f"{number}. {indicator.label(language)}"
        if indicator.target is not None:
            heading += f" — {word('h.target').lower()} {indicator.target.text(unit)}"
            if indicator.year:
                heading += f" ({word('year', year=indicator.year)})"
        if indicator.grouping == "city" and indicator.target is not None:
            heading += f" {word('target_only_city')}"
        lines = -(-len(heading) // HEADING_WIDTH)
        if lines > 1:                                # wrapped within the table's width
            ws.set_row(row, 15 * lines + 2)
        ws.merge_range(row, 0, row, len(COLUMNS) - 1, heading, formats["heading"])
        row += 1
        charted = [w for w in result.wards if w.value is not None
                   and (w.denominator is not None or w.value)]     # a count: not its zeros
        empty = [w for w in result.wards if w.value is None         # denominator 0: "–"
                 or w.denominator is None and not w.value]          # a count of 0
        hidden = {id(w) for w in empty}
        first = row
        for index, line in enumerate(x for x in result.lines() if id(x) not in hidden):
            self._line(row, line, unit, formats)
            if index < len(charted):                 # the chart's own data, beside the table
                self._chart_datum(row, charted[index], formats)
            row += 1
        if empty:                                    # one line names them, not one line each
            self._no_data(row, empty, formats)
            row += 1
        ward_rows = (first, first + len(charted) - 1) if charted else None
        return row, (result, ward_rows, unit)

    def _no_data(self, row: int, empty: list[Line], formats: Mapping) -> None:
        key = "zero_count" if empty[0].denominator is None else "no_data"
        text = self.word(key, n=len(empty), names=", ".join(w.label for w in empty))
        self.ws.set_row(row, 15 * -(-len(text) // NO_DATA_WIDTH) + 2)
        self.ws.merge_range(row, 0, row, len(COLUMNS) - 1, text, formats["no_data"])

    def _line(self, row: int, line: Line, unit: str, formats: Mapping) -> None:
        ws, word = self.ws, self.word
        bold = formats["city"] if line.scope == CITY else None
        ws.write_string(row, 0, line.label, bold)
        ws.write_number(row, 1, line.numerator, _count_format(line.numerator, formats))
        if line.denominator is not None:
            ws.write_number(row, 2, line.denominator, _count_format(line.denominator, formats))
        if line.value is None:
            ws.write_string(row, 3, "–", formats["dash"])
        else:
            ws.write_number(row, 3, round(line.value, 6), _value_format(line, unit, formats))
        if line.target is not None:
            ws.write_string(row, 4, line.target.text(unit), formats["center"])
            ws.write_string(row, 5, "–" if line.met is None else
                            word("met") if line.met else word("not_met"), formats["center"])
            ws.write_number(row, 6, line.target.threshold)

    def _chart_datum(self, row: int, line: Line, formats: Mapping) -> None:
        """Columns I-K, outside the print area: the wards that have a value, so each chart
        shows those (the table keeps every ward, in label order)."""
        self.ws.write_string(row, CHART_DATA, line.label, formats["note"])
        self.ws.write_number(row, CHART_DATA + 1, round(line.value, 6), formats["note"])
        if line.target is not None:
            self.ws.write_number(row, CHART_DATA + 2, line.target.threshold, formats["note"])

    def _charts(self, blocks: list[tuple], row: int, language: str) -> int:
        """One chart per indicator with ward lines; returns the first row after them."""
        placed = 0
        self.chart_rows: list[int] = []
        for result, ward_rows, unit in blocks:
            if ward_rows is None:
                continue
            chart = self._chart(result, ward_rows, unit, language)
            at = row + placed * CHART_ROWS
            self.ws.insert_chart(at, 0, chart, {"x_offset": 4, "y_offset": 4})
            self.chart_rows.append(at)
            placed += 1
        self.charts = placed
        return row + placed * CHART_ROWS

    def _chart(self, result: IndicatorResult, ward_rows: tuple[int, int], unit: str,
               language: str):
        name, (first, last) = self.name, ward_rows
        chart = self.book.add_chart({"type": "column"})
        chart.add_series({
            "name": self.word("chart.value"),
            "categories": [name, first, CHART_DATA, last, CHART_DATA],
            "values": [name, first, CHART_DATA + 1, last, CHART_DATA + 1],
            "fill": {"color": "#4472C4"}, "gap": 60,
            "data_labels": {"value": True, "num_format": '0.0"%"' if unit == "%" else
                            "0" if result.indicator.measure == "count" else "0.0",
                            "font": {"size": 7}} if last - first < 30 else {},
        })
        if result.wards and result.wards[0].target is not None:
            line = self.book.add_chart({"type": "line"})
            line.add_series({
                "name": self.word("chart.target"),
                "categories": [name, first, CHART_DATA, last, CHART_DATA],
                "values": [name, first, CHART_DATA + 2, last, CHART_DATA + 2],
                "line": {"color": "#C00000", "width": 2, "dash_type": "dash"},
                "marker": {"type": "none"},
            })
            chart.combine(line)
        chart.set_title({"name": result.indicator.label(language),
                         "name_font": {"size": 10, "bold": True}})
        chart.set_x_axis({"num_font": {"size": 7, "rotation": -45}, "label_position": "low"})
        y_axis = {"num_font": {"size": 8}, "major_gridlines": {"visible": True,
                                                                 "line": {"color": "#D9D9D9"}}}
        if result.indicator.measure == "percent":
            y_axis.update({"min": 0, "max": 100})
        chart.set_y_axis(y_axis)
        chart.set_legend({"position": "bottom", "font": {"size": 8}})
        chart.set_size({"width": CHART_WIDTH, "height": CHART_HEIGHT})
        return chart

    def _page_setup(self, header: int, charts_start: int, end: int) -> None:
        ws = self.ws
        ws.set_landscape()
        ws.set_paper(9)                                  # A4
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        ws.center_horizontally()
        ws.fit_to_pages(1, 0)                            # one page wide, as many as it takes
        ws.repeat_rows(header)
        ws.print_area(0, 0, max(end, charts_start) - 1, len(COLUMNS) - 1)
        ws.set_footer(f"&L{self.word('sheet.summary')}&R{self.word('footer')}")
        breaks = [row for i, row in enumerate(self.chart_rows) if i % CHARTS_PER_PAGE == 0]
        if breaks:
            ws.set_h_pagebreaks(breaks)
        ws.freeze_panes(header + 1, 0)
