"""Bar charts drawn with ReportLab's own graphics (vector, no pictures): the evaluation
report's means and the reports' counts."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports import indonesian
from reports.pdf_base import REGULAR
from reports.report_model import Chart

BAR_COLOUR = colors.HexColor("#2e6da4")
CHART_FONT_SIZE = 7.5
CHART_LABEL_WIDTH = 62 * mm


def chart_label(text: str, width: float = CHART_LABEL_WIDTH, lines: int = 2) -> str:
    """``text`` in at most ``lines`` lines of ``width``; a longer one ends in ``…`` and a
    word longer than a line is cut, so a label never runs into the next or off the page."""
    def fits(line: str) -> bool:
        return stringWidth(line, REGULAR, CHART_FONT_SIZE) <= width

    # No glyph is narrower than 0.15 em: more characters than this cannot fit anyway, and
    # measuring all of an old database's 10,000-character name took minutes.
    text = text[:lines * int(width / (0.15 * CHART_FONT_SIZE)) + 1]
    split, current = [], ""
    for word in text.split():
        if fits(f"{current} {word}".strip()):
            current = f"{current} {word}".strip()
            continue
        if current:
            split.append(current)
        while not fits(word):
            cut = len(word) - 1
            while cut > 1 and not fits(word[:cut]):
                cut -= 1
            split.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        split.append(current)
    if len(split) <= lines:
        return "\n".join(split)
    last = " ".join(split[lines - 1:])
    while last and not fits(last.rstrip() + "…"):
        last = last[:-1]
    return "\n".join([*split[:lines - 1], last.rstrip() + "…"])


def horizontal_bars(labels: list[str], values: list[float], texts: list[str], width: float,
                    value_max: float | None = None, step: float | None = None) -> Drawing:
    """Horizontal bars, top to bottom in the given order, each with its value written."""
    slot = 9 * mm  # room for a two-line label
    axis = 9 * mm  # the value axis and its labels under the bars
    right = 14 * mm  # the value printed after the longest bar
    drawing = Drawing(width, slot * len(labels) + axis + 2 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y = CHART_LABEL_WIDTH + 3 * mm, axis
    chart.width = width - chart.x - right
    chart.height = slot * len(labels)
    chart.data = [list(values)]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barWidth, chart.groupSpacing = 5, 6
    top = value_max if value_max is not None else _round_up(max(values, default=0))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = step if step is not None else _step(top)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = CHART_FONT_SIZE
    chart.valueAxis.labelTextFormat = lambda v: indonesian.number(v, 0)
    chart.categoryAxis.categoryNames = [chart_label(text) for text in labels]
    chart.categoryAxis.reverseDirection = 1  # the first item on top, as in the table
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = CHART_FONT_SIZE
    chart.categoryAxis.labels.leading = CHART_FONT_SIZE * 1.2
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.visibleTicks = False
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = CHART_FONT_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = "values"
    chart.barLabelArray = [texts]
    drawing.add(chart)
    return drawing


def _round_up(value: float) -> float:
    """A tidy end for the value axis: 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1
    power = 1
    while power * 10 <= value:
        power *= 10
    for factor in (1, 2, 5, 10):
        if factor * power >= value:
            return factor * power
    return 10 * power


def _step(top: float) -> float:
    return top / 5 if top >= 5 else 1


def bar_chart(chart: Chart, width: float) -> Drawing:
    unit = f" {chart.unit}" if chart.unit else ""
    texts = [indonesian.number(v, 1) + unit for v in chart.values]
    return horizontal_bars(chart.labels, chart.values, texts, width)
