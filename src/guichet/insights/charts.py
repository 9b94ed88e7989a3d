"""Server-side SVG bar charts for the dashboard's figures: no script, readable by screen readers.

Each chart is an `img` with a title and a description (the figure's summary); the figure's table is printed next
to it on the page, so the numbers never depend on seeing the drawing. Series are told apart by colour *and* by a
pattern, and every bar has a tooltip with its exact value.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from guichet.insights.dashboard import Figure

COLOURS = ["#000091", "#c9191e", "#18753c", "#b34000"]  # DSFR blue-france, red-marianne, green, orange (AA on white)
PATTERNS = ["", "hatch", "dots", "cross"]
WIDTH = 720
ROW_HEIGHT = 18
LABEL_WIDTH = 250


def _number(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def _defs(uid: str) -> str:
    parts = []
    for index, (colour, pattern) in enumerate(zip(COLOURS, PATTERNS, strict=True)):
        if not pattern:
            continue
        shape = {
            "hatch": '<path d="M0,6 L6,0" stroke="#fff" stroke-width="1.5"/>',
            "dots": '<circle cx="3" cy="3" r="1.2" fill="#fff"/>',
            "cross": '<path d="M0,3 H6 M3,0 V6" stroke="#fff" stroke-width="1.2"/>',
        }[pattern]
        parts.append(
            f'<pattern id="{uid}-p{index}" width="6" height="6" patternUnits="userSpaceOnUse">'
            f'<rect width="6" height="6" fill="{colour}"/>{shape}</pattern>'
        )
    return f"<defs>{''.join(parts)}</defs>"


def _fill(uid: str, index: int) -> str:
    index %= len(COLOURS)
    return f"url(#{uid}-p{index})" if PATTERNS[index] else COLOURS[index]


def _legend(uid: str, names: list[str], y: int) -> str:
    items, x = [], 0
    for index, name in enumerate(names):
        items.append(
            f'<rect x="{x}" y="{y}" width="14" height="14" fill="{_fill(uid, index)}" '
            'stroke="#3a3a3a" stroke-width="0.5"/>'
            f'<text x="{x + 20}" y="{y + 12}" font-size="13" fill="#161616">{escape(name)}</text>'
        )
        x += 30 + 8 * len(name)
    return "".join(items)


def _short(label: str) -> str:
    return label.removeprefix("Semaine du ")[:5] if label.startswith("Semaine du ") else label


def render(figure: Figure) -> SafeString:
    """The figure as an inline SVG: horizontal grouped bars, one group per table row."""
    uid = f"chart-{figure.key}"
    series = figure.series
    names = [figure.columns[i] for i in series]
    values = [v for row in figure.rows for i in series if isinstance((v := row[i]), int | float)]
    top = max(values, default=0) or 1
    group = ROW_HEIGHT * len(series) + 8
    legend_height = 28 if len(series) > 1 else 0
    height = legend_height + group * len(figure.rows) + 24
    plot = WIDTH - LABEL_WIDTH - 70
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="guichet-chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{uid}-title {uid}-desc" focusable="false">',
        f'<title id="{uid}-title">{escape(figure.title)}</title>',
        f'<desc id="{uid}-desc">{escape(figure.summary)} Les valeurs sont dans le tableau qui suit.</desc>',
        _defs(uid),
    ]
    if legend_height:
        out.append(_legend(uid, names, 4))
    y = legend_height
    for row in figure.rows:
        out.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + group / 2 + 2}" font-size="13" text-anchor="end" fill="#161616">'
            f"{escape(_short(str(row[0])))}</text>"
        )
        for position, column in enumerate(series):
            value = row[column]
            width = 0 if not isinstance(value, int | float) else max(0.0, value) / top * plot
            bar_y = y + 4 + position * ROW_HEIGHT
            out.append(
                f'<rect x="{LABEL_WIDTH}" y="{bar_y}" width="{width:.1f}" height="{ROW_HEIGHT - 4}" '
                f'fill="{_fill(uid, position)}"><title>{escape(str(row[0]))}, {escape(figure.columns[column])} : '
                f"{_number(value)}</title></rect>"
                f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{bar_y + ROW_HEIGHT / 2 + 2:.1f}" '
                'font-size="12" fill="#3a3a3a">'
                f"{_number(value)}</text>"
            )
        y += group
    out.append(
        f'<line x1="{LABEL_WIDTH}" y1="{legend_height}" x2="{LABEL_WIDTH}" y2="{y}" '
        'stroke="#3a3a3a" stroke-width="1"/>'
    )
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 — every text above is escaped
