"""`/figures`: the board's figures per area and month (`frontdoor report`), and as CSV."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request, url_for

from inbox_worker.casework.report import COLUMNS, Figures, as_rows, figures, load_referrals, render
from inbox_worker.web import access
from inbox_worker.web.context import web_context

pages = Blueprint("figures", __name__)


@pages.route("/figures")
def figures_page() -> str:
    start, end = _dates()
    return render_template("figures.html", rows=as_rows(_visible(start, end)), columns=COLUMNS,
                           csv_url=_csv_url(start, end))


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
