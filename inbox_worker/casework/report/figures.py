"""`frontdoor report`: the figures the service reports to its board, per cluster and month:
arrivals, exceptions, times, the first stage's outcomes (screening, triage), step-ups,
signposting, and days to allocation per tier (or level), in the pathway's words.

`figures` is a pure function over plain records; `report.store` reads them from the
store, with the queue's items counted there (grouped by area, month, reasons and flags).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from routing.casework import CaseStatus
from routing.pathway.model import Pathway

UNKNOWN = "(no cluster)"


@dataclass(frozen=True)
class ReportWords:
    """The service's words in the report's headings (Dudley's by default)."""

    area: str = "cluster"
    need: str = "level"
    first_stage: str = "screening"

    @staticmethod
    def of(pathway: Pathway) -> ReportWords:
        return ReportWords(pathway.words.area, pathway.words.need, pathway.first.name)


@dataclass(frozen=True)
class Referral:
    """One decided referral (case or exception) as the report needs it; or `count`
    referrals alike (queue items of one area, month, reasons and flags, counted in the
    store), which carry no times."""

    cluster: str
    received_at: dt.datetime
    routed: bool
    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    step_down: bool = False
    screened_at: dt.datetime | None = None
    meeting_date: dt.date | None = None
    decided_at: dt.datetime | None = None
    outcome_sent_at: dt.datetime | None = None
    review_results: tuple[str, ...] = ()
    tier: int | None = None  # the form's tier or level of need
    first_outcome: str = ""  # the outcome's id at the pathway's first stage
    status: str = ""  # the case's status (CaseStatus value)
    count: int = 1


@dataclass
class Figures:
    cluster: str
    month: str
    received: int = 0
    routed: int = 0
    exceptions: dict[str, int] = field(default_factory=dict)
    misdirected: int = 0
    insecure_channel: int = 0
    step_downs: int = 0
    reviews: dict[str, int] = field(default_factory=dict)
    days_to_screening: list[float] = field(default_factory=list)
    days_to_meeting: list[float] = field(default_factory=list)
    days_to_outcome: list[float] = field(default_factory=list)
    step_down_days_to_allocation: list[float] = field(default_factory=list)
    first_stage: dict[str, int] = field(default_factory=dict)  # outcome id -> cases
    step_ups: int = 0
    signposted: int = 0
    days_to_allocation: dict[str, list[float]] = field(default_factory=dict)  # by tier


def figures(referrals: Iterable[Referral]) -> list[Figures]:
    """Counts and durations per cluster and month of receipt, sorted."""
    table: dict[tuple[str, str], Figures] = {}
    for referral in referrals:
        key = (referral.cluster, f"{referral.received_at:%Y-%m}")
        _add(table.setdefault(key, Figures(*key)), referral)
    return [table[k] for k in sorted(table)]


def _add(row: Figures, r: Referral) -> None:
    row.received += r.count
    row.routed += r.routed * r.count
    for reason in r.reasons:
        row.exceptions[reason] = row.exceptions.get(reason, 0) + r.count
    row.misdirected += ("misdirected" in r.flags) * r.count
    row.insecure_channel += ("insecure_channel" in r.flags) * r.count
    row.step_downs += r.step_down * r.count
    for result in r.review_results:
        row.reviews[result] = row.reviews.get(result, 0) + 1
    _days(row.days_to_screening, r.received_at, r.screened_at)
    if r.meeting_date:
        _days(row.days_to_meeting, r.received_at,
              dt.datetime.combine(r.meeting_date, dt.time(12)))
    _days(row.days_to_outcome, r.received_at, r.outcome_sent_at)
    if r.step_down:
        _days(row.step_down_days_to_allocation, r.received_at, r.decided_at)
    if r.first_outcome:
        row.first_stage[r.first_outcome] = row.first_stage.get(r.first_outcome, 0) + 1
    row.step_ups += r.status == CaseStatus.STEPPED_UP.value
    row.signposted += r.status == CaseStatus.SIGNPOSTED.value
    if r.status == CaseStatus.ALLOCATED.value:
        _days(row.days_to_allocation.setdefault(str(r.tier or "?"), []), r.received_at,
              r.decided_at)


def _days(into: list[float], start: dt.datetime, end: dt.datetime | None) -> None:
    if end is not None:
        into.append((end - start).total_seconds() / 86400)


def median_p90(values: list[float]) -> str:
    """'median / 90th percentile' in days, or '-' when there are none."""
    pair = _median_p90(values)
    return "-" if pair is None else f"{pair[0]:.1f} / {pair[1]:.1f}"


def _median_p90(values: list[float]) -> tuple[float, float] | None:
    if not values:
        return None
    p90 = statistics.quantiles(values, n=10, method="inclusive")[-1] if len(values) > 1 \
        else values[0]
    return statistics.median(values), p90


COLUMNS = ("cluster", "month", "received", "routed", "exceptions", "misdirected",
           "insecure_channel", "step_downs", "days_to_screening", "days_to_meeting",
           "days_to_outcome", "step_down_days_to_allocation", "reviews", "first_stage",
           "step_ups", "signposted", "days_to_allocation")
_DURATIONS = ("days_to_screening", "days_to_meeting", "days_to_outcome",
              "step_down_days_to_allocation")


def as_rows(rows: list[Figures]) -> list[dict[str, str]]:
    """One row of display strings per cluster and month (the admin pages' table)."""
    return [{
        "cluster": f.cluster, "month": f.month, "received": str(f.received),
        "routed": str(f.routed), "exceptions": _counts(f.exceptions),
        "misdirected": str(f.misdirected), "insecure_channel": str(f.insecure_channel),
        "step_downs": str(f.step_downs), "days_to_screening": median_p90(f.days_to_screening),
        "days_to_meeting": median_p90(f.days_to_meeting),
        "days_to_outcome": median_p90(f.days_to_outcome),
        "step_down_days_to_allocation": median_p90(f.step_down_days_to_allocation),
        "reviews": _counts(f.reviews), "first_stage": _counts(f.first_stage),
        "step_ups": str(f.step_ups), "signposted": str(f.signposted),
        "days_to_allocation": "; ".join(f"{tier}: {median_p90(days)}" for tier, days
                                        in sorted(f.days_to_allocation.items())) or "-",
    } for f in rows]


def _counts(counts: dict[str, int]) -> str:
    return "; ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "-"


def render(rows: list[Figures], *, as_csv: bool, words: ReportWords | None = None) -> str:
    """A table for a terminal, or CSV for a spreadsheet (`render_csv`)."""
    words = words or ReportWords()
    return render_csv(rows, words) if as_csv else "\n".join(render_table(rows, words))


def render_csv(rows: list[Figures], words: ReportWords | None = None) -> str:
    """One value per cell: a median and its 90th percentile in two columns, each
    exception reason and each review result a column of counts; blank: no duration."""
    words = words or ReportWords()
    reasons = sorted({k for f in rows for k in f.exceptions})
    results = sorted({k for f in rows for k in f.reviews})
    outcomes = sorted({k for f in rows for k in f.first_stage})
    tiers = sorted({k for f in rows for k in f.days_to_allocation})
    header = [words.area, "month", "received", "routed", "exceptions", "misdirected",
              "insecure_channel", "step_downs", "reviews"]
    header += [f"{d}_{q}" for d in _DURATIONS for q in ("median", "p90")]
    header += [f"exceptions_{r}" for r in reasons] + [f"reviews_{r}" for r in results]
    header += ["step_ups", "signposted"] + [f"{_key(words.first_stage)}_{o}" for o in outcomes]
    header += [f"days_to_allocation_{words.need}_{t}_{q}" for t in tiers
               for q in ("median", "p90")]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(_csv_row(f, reasons, results) + _pathway_cells(f, outcomes, tiers)
                     for f in rows)
    return out.getvalue()


def _key(words: str) -> str:
    return words.lower().removeprefix("the ").replace(" ", "_")


def _pathway_cells(f: Figures, outcomes: list[str], tiers: list[str]) -> list[str | int]:
    cells: list[str | int] = [f.step_ups, f.signposted]
    cells += [f.first_stage.get(o, 0) for o in outcomes]
    for tier in tiers:
        pair = _median_p90(f.days_to_allocation.get(tier, []))
        cells += ["", ""] if pair is None else [f"{pair[0]:.1f}", f"{pair[1]:.1f}"]
    return cells


def _csv_row(f: Figures, reasons: list[str], results: list[str]) -> list[str | int]:
    row: list[str | int] = [f.cluster, f.month, f.received, f.routed, sum(f.exceptions.values()),
                            f.misdirected, f.insecure_channel, f.step_downs,
                            sum(f.reviews.values())]
    for values in _durations(f):
        pair = _median_p90(values)
        row += ["", ""] if pair is None else [f"{pair[0]:.1f}", f"{pair[1]:.1f}"]
    return row + [f.exceptions.get(r, 0) for r in reasons] + [f.reviews.get(r, 0) for r in results]


_TABLE_HEADER = ("cluster", "month", "received", "routed", "exceptions", "misdirected",
                 "insecure", "step-downs", "screening", "meeting", "outcome", "allocation",
                 "reviews")


def render_table(rows: list[Figures], words: ReportWords | None = None) -> list[str]:
    """Lines for a terminal: the figures, one row per cluster and month with aligned
    columns, then the exceptions by reason, the reviews by result, the first stage's
    outcomes with step-ups and signposting, and the days to allocation per tier."""
    words = words or ReportWords()
    if not rows:
        return ["No referrals in this period."]
    header = (words.area, *_TABLE_HEADER[1:8], _key(words.first_stage), *_TABLE_HEADER[9:])
    lines = [f"Days from receipt to {words.first_stage}, to the meeting, to the outcome "
             "email, and a step-down's to allocation: median / 90th percentile.", "",
             *aligned(header, [_table_row(f) for f in rows])]
    lines += _breakdown("Exceptions by reason", "reason", [(f, f.exceptions) for f in rows],
                        words)
    lines += _breakdown("Reviews by result", "result", [(f, f.reviews) for f in rows], words)
    lines += _breakdown(f"Outcomes of {words.first_stage}, step-ups and signposting",
                        "outcome", [(f, _outcome_counts(f)) for f in rows], words)
    lines += _allocation_table(rows, words)
    return lines


def _outcome_counts(f: Figures) -> dict[str, int]:
    ends = {"(stepped up, any stage)": f.step_ups, "(signposted, any stage)": f.signposted}
    return f.first_stage | {k: v for k, v in ends.items() if v}


def _allocation_table(rows: list[Figures], words: ReportWords) -> list[str]:
    cells = [(f.cluster, f.month, tier, str(len(days)), median_p90(days)) for f in rows
             for tier, days in sorted(f.days_to_allocation.items())]
    if not cells:
        return []
    return ["", f"Days from receipt to allocation by {words.need}: median / 90th percentile",
            "", *aligned((words.area, "month", words.need, "allocated", "days"), cells,
                         left=3)]


def _breakdown(title: str, kind: str, counts: list[tuple[Figures, dict[str, int]]],
               words: ReportWords) -> list[str]:
    """A titled table of one count per cluster, month and `kind`; none when all are 0."""
    rows = [(f.cluster, f.month, k, str(v)) for f, by_kind in counts
            for k, v in sorted(by_kind.items())]
    return ["", title, "", *aligned((words.area, "month", kind, "count"), rows, left=3)] \
        if rows else []


def _table_row(f: Figures) -> tuple[str, ...]:
    return (f.cluster, f.month, str(f.received), str(f.routed), str(sum(f.exceptions.values())),
            str(f.misdirected), str(f.insecure_channel), str(f.step_downs),
            *map(median_p90, _durations(f)), str(sum(f.reviews.values())))


def _durations(f: Figures) -> tuple[list[float], ...]:
    """In the order of `_DURATIONS`."""
    return (f.days_to_screening, f.days_to_meeting, f.days_to_outcome,
            f.step_down_days_to_allocation)


def aligned(header: Sequence[str], rows: Sequence[Sequence[str]], *, left: int = 2) -> list[str]:
    """Columns two spaces apart, each as wide as its widest cell: the first `left`
    columns (names) aligned left, the others (figures) right."""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) if i < left else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return [line(header), line(["-" * w for w in widths]), *map(line, rows)]
