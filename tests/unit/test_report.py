"""The board figures: counts and median / 90th percentile durations per cluster and month."""

from __future__ import annotations

import csv
import datetime as dt
import io

from inbox_worker.casework.report import Figures, Referral, as_rows, figures, median_p90, render

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


def _month() -> list[Figures]:
    return figures([
        Referral("halesowen", NOV, True, screened_at=_days(2), review_results=("fcm:upheld",)),
        Referral("halesowen", NOV, True, screened_at=_days(4)),
        Referral("(no cluster)", NOV, False, reasons=("no_form_found", "postcode_out_of_area")),
    ])


def test_the_terminal_table_has_a_row_per_cluster_and_month_in_aligned_columns() -> None:
    lines = render(_month(), as_csv=False).splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("cluster"))
    table = lines[header:header + 4]
    assert table[0].split()[:4] == ["cluster", "month", "received", "routed"]
    assert table[2].split()[:5] == ["(no", "cluster)", "2026-11", "1", "0"]
    assert table[3].split()[:4] == ["halesowen", "2026-11", "2", "2"]
    assert "3.0 / 3.8" in table[3]
    assert len({len(line) for line in table[:2]}) == 1  # the rule is as wide as the header
    assert table[3].index("3.0 / 3.8") + len("3.0 / 3.8") == table[0].index("screening") + 9
    assert max(map(len, lines)) < 160
    assert "no_form_found" in lines[lines.index("Exceptions by reason") + 4]
    assert "fcm:upheld" in lines[lines.index("Reviews by result") + 4]


def test_csv_has_one_value_per_cell() -> None:
    rows = list(csv.DictReader(io.StringIO(render(_month(), as_csv=True))))
    by_cluster = {r["cluster"]: r for r in rows}
    halesowen, unknown = by_cluster["halesowen"], by_cluster["(no cluster)"]
    assert (halesowen["days_to_screening_median"], halesowen["days_to_screening_p90"]) == (
        "3.0", "3.8")
    assert halesowen["days_to_outcome_median"] == ""
    assert (unknown["exceptions"], unknown["exceptions_no_form_found"],
            unknown["exceptions_postcode_out_of_area"]) == ("2", "1", "1")
    assert (halesowen["reviews"], halesowen["reviews_fcm:upheld"]) == ("1", "1")
    assert all(";" not in cell and " / " not in cell for r in rows for cell in r.values())


def test_an_empty_period_says_so() -> None:
    assert render([], as_csv=False) == "No referrals in this period."
