"""The registry at a glance (issue 11): published initiatives per theme and per status, drawn
as bar charts on the registry and the home page, and the newest good examples.

Two aggregate queries and one for the examples, whatever the size of the registry, computed
once per content version and language (accounts/content_version.py: a write anywhere bumps
it), as the facet counts are. The bars' geometry is worked out here, so that the template only
writes SVG attributes: the pages allow no inline style (Content-Security-Policy).
"""

import textwrap
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.content_version import content_version

from .models import Initiative, Theme
from .selectors import featured_initiatives
from .vocabularies import Status

OVERVIEW_SECONDS = 600
GOOD_EXAMPLES = 3
# The chart's coordinate system (SVG user units): a row holds its label, on as many lines as
# it needs, above its bar. A line of LABEL_CHARACTERS still fits with the letter and word
# spacing of WCAG 1.4.12 (an SVG does not wrap text, and cuts off what passes its edge).
CHART_WIDTH = 320
LABEL_CHARACTERS = 30
LINE_HEIGHT = 17
LABEL_Y = 15
BAR_HEIGHT = 14
ROW_GAP = 12
# Room right of the longest bar for its number.
NUMBER_SPACE = 36


@dataclass
class Bar:
    label: str
    count: int
    parameter: str
    value: str
    # Filled in by Chart: where the row sits and how long its bar is.
    y: int = 0
    width: float = 0

    @property
    def query(self) -> str:
        return f"?{self.parameter}={self.value}"

    @property
    def label_lines(self) -> list[str]:
        return textwrap.wrap(self.label, LABEL_CHARACTERS) or [""]

    @property
    def lines(self) -> list[tuple[str, int]]:
        """The label's lines and where each sits."""
        return [(line, self.y + LABEL_Y + n * LINE_HEIGHT) for n, line in enumerate(self.label_lines)]

    @property
    def bar_y(self) -> int:
        return self.y + LABEL_Y + (len(self.label_lines) - 1) * LINE_HEIGHT + 6

    @property
    def bottom(self) -> int:
        return self.bar_y + BAR_HEIGHT + ROW_GAP

    @property
    def number_x(self) -> float:
        return round(self.width + 6, 1)

    @property
    def number_y(self) -> int:
        return self.bar_y + BAR_HEIGHT - 2


@dataclass
class Chart:
    name: str
    bars: list[Bar]
    width: int = CHART_WIDTH
    bar_height: int = BAR_HEIGHT
    height: int = field(init=False)

    def __post_init__(self):
        longest = max((bar.count for bar in self.bars), default=0) or 1
        y = 0
        for bar in self.bars:
            bar.y = y
            y = bar.bottom
            # A value above zero always shows a sliver of bar.
            bar.width = round(max(bar.count / longest * (CHART_WIDTH - NUMBER_SPACE),
                                  2 if bar.count else 0), 1)
        self.height = max(y - ROW_GAP, LINE_HEIGHT)

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)


def _theme_chart(themes=None) -> Chart:
    if themes is None:
        themes = Theme.objects.with_initiative_count().order_by("position", "name")
    bars = [Bar(theme.name, theme.initiative_count, "thema", theme.slug) for theme in themes]
    bars.sort(key=lambda bar: -bar.count)  # stable: equal counts keep the themes' order
    return Chart("thema", bars)


def _status_chart() -> Chart:
    rows = Initiative.objects.published().values("status").annotate(n=Count("pk")).order_by()
    counts = {row["status"]: row["n"] for row in rows}
    return Chart("status", [Bar(str(label), counts.get(value, 0), "status", value)
                            for value, label in Status.choices])


def registry_overview(themes=None) -> dict:
    """{"charts": [(Chart, title, column heading)], "total": int, "good_examples": [Initiative]}.

    `themes`: every theme, in the themes' order, with its `initiative_count` of published
    initiatives, when the caller read them anyway (the home page): then not read again.
    """
    key = f"registry-overview:{content_version()}:{get_language()}"
    overview = cache.get(key)
    if overview is None:
        statuses = _status_chart()
        overview = {
            "charts": [
                (_theme_chart(themes), _("Initiatives per theme"), _("Theme")),
                (statuses, _("Initiatives per status"), _("Status")),
            ],
            "total": statuses.total,
            "good_examples": list(featured_initiatives(limit=GOOD_EXAMPLES)),
        }
        cache.set(key, overview, OVERVIEW_SECONDS)
    return overview
