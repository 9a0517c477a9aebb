"""`/figures`: the board's figures per area and month (`frontdoor report`), and as CSV."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request, url_for

from inbox_worker.casework.report import COLUMNS, Figures, as_rows, figures, load_referrals, render
from inbox_worker.web import access
from inbox_worker.web.context import web_context

pages = Blueprint("figures", __name__)


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: its label, its two counts, and their lengths out of 100."""

    label: str
    received: int
    routed: int
    received_length: float
    routed_length: float


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]

    @property
    def height(self) -> int:
        return BAR_SPACE * len(self.bars)


BAR_SPACE = 24  # SVG units per bar: a bar of 9 for each count and a gap


@pages.route("/figures")
def figures_page() -> str:
    start, end = _dates()
    shown = _visible(start, end)
    return render_template("figures.html", rows=as_rows(shown), columns=COLUMNS,
                           csv_url=_csv_url(start, end), charts=charts(shown))


def charts(rows: list[Figures]) -> list[Chart]:
    """Referrals received and routed per area, and per month: the table's totals as bars."""
    web, known = web_context(), _area_ids()
    return [_chart("Referrals per area", rows, lambda f: web.area_name(f.cluster)
                   if f.cluster in known else "No area yet"),
            _chart("Referrals per month", rows, lambda f: f.month)]


def _chart(title: str, rows: list[Figures], key: Callable[[Figures], str]) -> Chart:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        totals[key(row)][0] += row.received
        totals[key(row)][1] += row.routed
    most = max((r for r, _ in totals.values()), default=0) or 1
    return Chart(title, [Bar(label, r, routed, 100 * r / most, 100 * routed / most)
                         for label, (r, routed) in sorted(totals.items())])


def _csv_url(start: dt.date | None, end: dt.date | None) -> str:
    query = urlencode({k: v.isoformat() for k, v in (("from", start), ("to", end)) if v})
    return url_for("figures.figures_csv") + (f"?{query}" if query else "")


@pages.route("/figures.csv")
def figures_csv() -> Response:
    start, end = _dates()
    response = Response(render(_visible(start, end), as_csv=True), mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="figures.csv"'
    return response


def _visible(start: dt.date | None, end: dt.date | None) -> list[Figures]:
    """The figures of the areas the person works in (all areas: the unassigned too)."""
    rows = figures(load_referrals(web_context().sessions, start, end))
    return access.visible(rows, lambda f: f.cluster if f.cluster in _area_ids() else None)


def _area_ids() -> set[str]:
    return {a.id for a in web_context().settings.areas}


def _dates() -> tuple[dt.date | None, dt.date | None]:
    return _date(request.args.get("from", "")), _date(request.args.get("to", ""))


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
