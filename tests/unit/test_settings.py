"""Configuration: the examples load, and a wrong file names the key and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inbox_worker.notify.templates import load_templates
from inbox_worker.settings import SecretRef, SettingsError, load_settings

CONFIG = Path(__file__).resolve().parents[2] / "config"


@pytest.mark.parametrize(("name", "areas", "mailboxes"),
                         [("dudley.example.yaml", 5, 6), ("doncaster.example.yaml", 4, 5)])
def test_example_configurations_load(name: str, areas: int, mailboxes: int) -> None:
    settings = load_settings(CONFIG / name)
    assert len(settings.areas) == areas
    assert len(settings.mailboxes) == mailboxes
    assert settings.postcodes.table is not None
    assert settings.postcodes.table.is_file()
    load_templates(settings.templates_dir)


def test_relative_paths_resolve_against_the_config_folder() -> None:
    settings = load_settings(CONFIG / "dudley.example.yaml")
    assert settings.store_url == f"sqlite:///{CONFIG}/var/frontdoor.db"
    assert settings.mailbox("secure").path == CONFIG / "var/mail/secure"  # type: ignore[union-attr]


def _broken(tmp_path: Path, change: dict[str, object]) -> Path:
    raw = yaml.safe_load((CONFIG / "dudley.example.yaml").read_text())
    raw.update(change)
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


@pytest.mark.parametrize(("change", "expected"), [
    ({"consent_age": "fourteen"}, "consent_age: Input should be a valid integer"),
    ({"secure_mailbox": "nope"}, "secure_mailbox: no mailbox with id 'nope'"),
    ({"colour": "blue"}, "colour: Extra inputs are not permitted"),
    ({"areas": []}, "areas: Tuple should have at least 1 item"),
    ({"outbound": {"from_address": "x@y", "delivery": {"transport": "pigeon"}}},
     "outbound.delivery"),
])
def test_a_wrong_file_names_the_key(tmp_path: Path, change: dict[str, object],
                                    expected: str) -> None:
    with pytest.raises(SettingsError, match=None) as caught:
        load_settings(_broken(tmp_path, change))
    assert expected in str(caught.value)


def test_area_pointing_at_unknown_mailbox_is_named(tmp_path: Path) -> None:
    raw = yaml.safe_load((CONFIG / "dudley.example.yaml").read_text())
    raw["areas"][2]["mailbox"] = "typo"
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(raw))
    with pytest.raises(SettingsError, match=r"areas\[2\]\.mailbox: no mailbox with id 'typo'"):
        load_settings(path)


def test_not_yaml_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("authority: [unclosed")
    with pytest.raises(SettingsError, match="not valid YAML"):
        load_settings(path)


def test_secret_from_environment_and_file(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FD_TEST_SECRET", "s3cret")
    assert SecretRef(env="FD_TEST_SECRET").read() == "s3cret"
    secret_file = tmp_path / "pw"
    secret_file.write_text("from-file\n")
    assert SecretRef(file=secret_file).read() == "from-file"
    with pytest.raises(SettingsError, match="FD_TEST_MISSING is not set"):
        SecretRef(env="FD_TEST_MISSING").read()


def test_secret_needs_exactly_one_source() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        SecretRef()
