"""The board's figures (`frontdoor report`, `/figures`): counted and rendered by
`figures` (pure), read from the store by `store`."""

from inbox_worker.casework.report.figures import (
    COLUMNS,
    Figures,
    Referral,
    ReportWords,
    as_rows,
    figures,
    median_p90,
    render,
    render_csv,
    render_table,
)
from inbox_worker.casework.report.store import load_referrals

__all__ = ["COLUMNS", "Figures", "Referral", "ReportWords", "as_rows", "figures",
           "load_referrals", "median_p90", "render", "render_csv", "render_table"]
