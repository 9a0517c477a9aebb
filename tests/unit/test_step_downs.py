"""What the case list says happens next to a waiting step-down, in each pathway's words:
Dudley allocates a step-down at once; Doncaster's MMT approves each one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inbox_worker.casework.pathway import pathway_of
from inbox_worker.casework.view import CaseSummary
from inbox_worker.settings import load_settings
from inbox_worker.web.pages.cases import next_step

CONFIG = Path(__file__).parents[2] / "config"
RECEIVED = dt.datetime(2026, 11, 23, 10, 0)


def _step_down(status: str, stage: str | None, meeting: dt.date | None = None) -> CaseSummary:
    return CaseSummary("EH-2026-000001", "north", status, "step_down", RECEIVED, meeting,
                       open_review=False, stage=stage)


@pytest.mark.parametrize(("config", "case", "said"), [
    ("dudley", _step_down("awaiting_screening", None),
     "Screening now, then allocated at once, without waiting for the APM"),
    ("dudley", _step_down("awaiting_meeting", "apm", dt.date(2026, 12, 3)),
     "Allocate now: no need to wait for the APM"),
    ("doncaster", _step_down("awaiting_screening", "triage"), "Triage now, then to the MMT"),
    ("doncaster", _step_down("awaiting_meeting", "mmt", dt.date(2026, 12, 1)),
     "Awaiting the MMT of 1 December 2026, which approves each step-down"),
])
def test_what_happens_next_to_a_step_down(config: str, case: CaseSummary, said: str) -> None:
    pathway = pathway_of(load_settings(CONFIG / f"{config}.example.yaml"))
    assert next_step(case, pathway) == said
