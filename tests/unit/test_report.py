"""The board figures: counts and median / 90th percentile durations per cluster and month."""

from __future__ import annotations

import datetime as dt

from inbox_worker.casework.report import Referral, as_rows, figures, median_p90, render

NOV = dt.datetime(2026, 11, 2, 9, 0)


def _days(n: float) -> dt.datetime:
    return NOV + dt.timedelta(days=n)


def test_counts_per_cluster_and_month() -> None:
    rows = figures([
        Referral("halesowen", NOV, True, flags=("misdirected",), screened_at=_days(2)),
        Referral("halesowen", NOV, True, flags=("insecure_channel",), screened_at=_days(4),
                 step_down=True, decided_at=_days(1)),
        Referral("halesowen", NOV, False, reasons=("consent_missing",)),
        Referral("halesowen", dt.datetime(2026, 12, 1), True),
        Referral("(no cluster)", NOV, False, reasons=("no_form_found", "postcode_invalid")),
    ])
    table = {(r["cluster"], r["month"]): r for r in as_rows(rows)}
    november = table[("halesowen", "2026-11")]
    assert (november["received"], november["routed"]) == ("3", "2")
    assert (november["misdirected"], november["insecure_channel"]) == ("1", "1")
    assert november["exceptions"] == "consent_missing 1"
    assert november["days_to_screening"] == "3.0 / 3.8"
    assert november["step_down_days_to_allocation"] == "1.0 / 1.0"
    assert table[("halesowen", "2026-12")]["received"] == "1"
    assert table[("(no cluster)", "2026-11")]["exceptions"] == "no_form_found 1; postcode_invalid 1"


def test_median_and_ninetieth_percentile() -> None:
    assert median_p90([]) == "-"
    assert median_p90(list(map(float, range(1, 11)))) == "5.5 / 9.1"


def test_csv_has_a_header_and_a_row_each() -> None:
    text = render(figures([Referral("stourbridge", NOV, True)]), as_csv=True)
    lines = text.strip().splitlines()
    assert lines[0].startswith("cluster,month,received,routed")
    assert lines[1].startswith("stourbridge,2026-11,1,1")
