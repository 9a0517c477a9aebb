"""The command line's mistakes: each is one plain message naming the file or key and what
to do, with exit status 2; no traceback reaches the user."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.casework.queue import list_items
from inbox_worker.cli.main import main
from inbox_worker.settings import SettingsError, load_settings
from inbox_worker.worker.app import build_app

from .conftest import World

CONSENT = next(s for s in scenarios() if s.name == "mother has not signed the consent")


def _with_table(world: World, table: Path) -> Path:
    raw = yaml.safe_load(world.config.read_text(encoding="utf-8"))
    raw["postcodes"]["table"] = str(table)
    path = world.root / "other.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def _errors(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_check_config_names_a_missing_postcode_table(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    missing = world.root / "ons.csv"
    err = _errors(capsys, "check-config", str(_with_table(world, missing)))
    assert f"postcodes.table: cannot read {missing}: No such file or directory" in err
    assert "ONS Postcode Directory CSV" in err


def test_a_table_without_a_postcode_column_is_named_at_check_config_and_start_up(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    table = world.root / "wrong.csv"
    table.write_text("name,town\nA,Dudley\n", encoding="utf-8")
    config = _with_table(world, table)
    assert f"postcodes.table: {table}: no postcode column" in _errors(
        capsys, "check-config", str(config))
    with pytest.raises(SettingsError, match=r"postcodes\.table: .* no postcode column"):
        build_app(load_settings(config))


def test_route_names_a_missing_file(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    missing = world.root / "missing.eml"
    err = _errors(capsys, "route", str(missing), "--config", str(world.config))
    assert err == f"frontdoor: {missing}: no such file\n"


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n%\xe2"])
def test_route_says_a_file_is_not_an_email(
        world: World, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    path = world.root / "form.eml"
    path.write_bytes(content)
    err = _errors(capsys, "route", str(path), "--config", str(world.config))
    assert err.startswith(f"frontdoor: {path} is not an email: it has no mail headers")
    assert "configuration" not in err


def test_route_asks_for_the_mailbox_of_mail_to_no_configured_address(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    path = world.root / "elsewhere.eml"
    path.write_bytes(b"From: a@school.example\r\nTo: b@elsewhere.example\r\n\r\nhello\r\n")
    err = _errors(capsys, "route", str(path), "--config", str(world.config))
    assert "is not addressed to a configured mailbox: give the one it arrived in with " \
           "--mailbox ID" in err


def test_references_are_accepted_in_lower_case(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.deliver(CONSENT.mailbox, CONSENT.raw, "lower")
    world.runner().run_once()
    (item,) = list_items(world.app().sessions)
    assert main(["queue", "show", item.reference.lower(), "--config", str(world.config)]) == 0
    assert item.reference in capsys.readouterr().out
