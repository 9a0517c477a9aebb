"""The pathway in the configuration file: Dudley's by default, Doncaster's example, and a
mistake named by its key at start."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inbox_worker.casework.pathway import check_pathway, pathway_of
from inbox_worker.casework.schedule import area_cadence
from inbox_worker.settings import SettingsError, load_settings
from inbox_worker.settings.pathway import DUDLEY

CONFIG = Path(__file__).resolve().parents[2] / "config"


def test_dudleys_example_states_the_default_pathway() -> None:
    assert load_settings(CONFIG / "dudley.example.yaml").pathway == DUDLEY


def test_doncasters_example_is_triage_then_the_areas_mmt_weekly() -> None:
    settings = load_settings(CONFIG / "doncaster.example.yaml")
    pathway = check_pathway(settings)
    assert [s.id for s in pathway.stages] == ["triage", "mmt"]
    assert (pathway.words.need, pathway.words.area) == ("tier", "area")
    assert area_cadence(settings, "north").describe() == "every Tuesday that is a working day"


def _with(tmp_path: Path, change: dict[str, object], base: str = "doncaster") -> Path:
    path = tmp_path / "council.yaml"
    path.write_text(yaml.safe_dump({"extends": str(CONFIG / f"{base}.example.yaml"), **change}),
                    encoding="utf-8")
    return path


def _pathway(**changes: object) -> dict[str, object]:
    raw = yaml.safe_load((CONFIG / "doncaster.example.yaml").read_text(encoding="utf-8"))
    pathway: dict[str, object] = raw["pathway"]
    return {"pathway": pathway | changes}


@pytest.mark.parametrize(("change", "message"), [
    ({"bodies": [{"id": "mmt", "name": "MMT", "cadence": {"weekly_on": "tuesday",
                                                          "every_working_days": 5}}]},
     "pathway.bodies.0.cadence: give exactly one of every_working_days, weekly_on or dates, "
     "not every_working_days and weekly_on"),
    ({"bodies": [{"id": "mmt", "name": "MMT", "cadence": {"weekly_on": "sunday"}}]},
     "pathway.bodies.0.cadence.weekly_on: Input should be 'monday'"),
    ({"allocations": []},
     "pathway: stages[1].outcomes[0].allocation: leads nowhere: no allocation type with id "
     "'intensive_family_support'"),
    ({"stages": [{"id": "triage", "name": "triage", "actor": "team",
                  "outcomes": [{"id": "on", "label": "on", "then": "stage"}]}]},
     "pathway.stages.0.outcomes.0: stage: give it exactly when then is 'stage'"),
])
def test_a_wrong_pathway_names_the_key(tmp_path: Path, change: dict[str, object],
                                       message: str) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(_with(tmp_path, _pathway(**change)))
    assert message in str(err.value)


def test_a_pathway_that_cannot_be_completed_stops_the_start(tmp_path: Path) -> None:
    stages = [{"id": "triage", "name": "triage", "actor": "",
               "outcomes": [{"id": "signpost", "label": "x", "then": "signpost"}]}]
    settings = load_settings(_with(tmp_path, _pathway(stages=stages)))
    with pytest.raises(SettingsError, match=r"pathway\.stages\.triage\.actor: nobody acts"):
        check_pathway(settings)


def test_an_area_gives_its_own_dates(tmp_path: Path) -> None:
    areas = yaml.safe_load((CONFIG / "doncaster.example.yaml").read_text())["areas"]
    areas[0]["meetings"] = {"dates": ["2026-12-01", "2026-12-15"], "partners": []}
    settings = load_settings(_with(tmp_path, {"areas": areas}))
    assert area_cadence(settings, "north").describe() == \
        "on the listed dates (01 Dec 2026, 15 Dec 2026)"
    assert area_cadence(settings, "south").describe() == "every Tuesday that is a working day"
    assert pathway_of(settings) is pathway_of(settings)


def test_an_area_gives_one_cadence_only(tmp_path: Path) -> None:
    areas = yaml.safe_load((CONFIG / "doncaster.example.yaml").read_text())["areas"]
    areas[0]["meetings"] = {"weekly_on": "monday", "cadence_working_days": 5}
    with pytest.raises(SettingsError, match=r"areas\.0\.meetings: give one cadence, not "
                                            r"cadence_working_days and weekly_on"):
        load_settings(_with(tmp_path, {"areas": areas}))
