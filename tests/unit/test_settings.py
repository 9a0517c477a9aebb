"""Configuration: the examples load, and a wrong file names the key and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inbox_worker.notify.templates import load_templates
from inbox_worker.settings import SettingsError, load_settings
from inbox_worker.settings.common import SecretRef
from inbox_worker.settings.mailboxes import EwsMailboxSettings
from inbox_worker.settings.outbound import SmtpTransport

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


def _ews(tmp_path: Path, **changes: object) -> Path:
    """The Dudley example with its Halesowen mailbox on EWS, with `changes` to that entry."""
    raw = yaml.safe_load((CONFIG / "dudley.example.yaml").read_text())
    entry: dict[str, object] = {
        "id": "halesowen", "address": "earlyhelp.halesowen@dudley.gov.uk", "backend": "ews",
        "ews_url": "https://mail.dudley.example/EWS/Exchange.asmx",
        "username": "DUDLEY\\svc-frontdoor", "password": {"env": "FRONTDOOR_EWS_PASSWORD"},
    }
    raw["mailboxes"] = [entry | changes if m["id"] == "halesowen" else m
                        for m in raw["mailboxes"]]
    path = tmp_path / "ews.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def test_ews_mailbox_defaults(tmp_path: Path) -> None:
    mailbox = load_settings(_ews(tmp_path)).mailbox("halesowen")
    assert isinstance(mailbox, EwsMailboxSettings)
    assert (mailbox.auth_type, mailbox.access_type, mailbox.folder, mailbox.version) == (
        "ntlm", "delegate", "inbox", "Exchange2016")
    assert mailbox.mailbox_address == "earlyhelp.halesowen@dudley.gov.uk"
    assert mailbox.ca_file is None


def test_ews_folder_is_a_name_and_ca_file_a_path(tmp_path: Path) -> None:
    mailbox = load_settings(_ews(tmp_path, folder="Inbox/Referrals", ca_file="ca.pem",
                                 primary_smtp_address="shared@dudley.gov.uk"))
    ews = mailbox.mailbox("halesowen")
    assert isinstance(ews, EwsMailboxSettings)
    assert ews.folder == "Inbox/Referrals"
    assert ews.ca_file == tmp_path / "ca.pem"
    assert ews.mailbox_address == "shared@dudley.gov.uk"


@pytest.mark.parametrize(("changes", "expected"), [
    ({"ews_url": "http://mail.dudley.example/EWS/Exchange.asmx"},
     "ews_url: http:// is allowed only for loopback hosts (127.0.0.1, localhost, ::1), "
     "not 'mail.dudley.example': use https://"),
    ({"ews_url": "mail.dudley.example"}, "ews_url: expected https://host/EWS/Exchange.asmx"),
    ({"auth_type": "kerberos"}, "auth_type: Input should be 'ntlm' or 'basic'"),
    ({"version": "Exchange2010"}, "version: Input should be"),
    ({"password": "inline-secret"}, "password: Input should be a valid dictionary"),
    ({"primary_smtp_address": "not-an-address"},
     "primary_smtp_address: 'not-an-address' is not an email address"),
    ({"autodiscover": True}, "autodiscover: Extra inputs are not permitted"),
])
def test_a_wrong_ews_mailbox_names_the_key(tmp_path: Path, changes: dict[str, object],
                                           expected: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(_ews(tmp_path, **changes))
    assert expected in str(caught.value)
    assert "inline-secret" not in str(caught.value)


def test_ews_over_http_is_allowed_on_loopback(tmp_path: Path) -> None:
    settings = load_settings(_ews(tmp_path, ews_url="http://127.0.0.1:8080/EWS/Exchange.asmx"))
    assert isinstance(settings.mailbox("halesowen"), EwsMailboxSettings)


def test_the_exchange_example_has_six_ews_mailboxes_and_smtp_with_starttls() -> None:
    exchange = load_settings(CONFIG / "exchange.example.yaml")
    assert exchange.areas == load_settings(CONFIG / "dudley.example.yaml").areas
    mailboxes = [m for m in exchange.mailboxes if isinstance(m, EwsMailboxSettings)]
    assert len(mailboxes) == len(exchange.mailboxes) == 6
    assert {m.ews_url for m in mailboxes} == {"https://mail.dudley.gov.uk/EWS/Exchange.asmx"}
    assert {(m.auth_type, m.version) for m in mailboxes} == {("ntlm", "Exchange2016")}
    secure = exchange.mailbox("secure")
    assert isinstance(secure, EwsMailboxSettings)
    assert secure.mailbox_address == "earlyhelp.secure@dudley.gov.uk"
    delivery = exchange.outbound.delivery
    assert isinstance(delivery, SmtpTransport)
    assert (delivery.host, delivery.port, delivery.security) == (
        "mail.dudley.gov.uk", 587, "starttls")
