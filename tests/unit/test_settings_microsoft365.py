"""Configuration for Microsoft 365: Graph mailboxes, Graph sendMail, IMAP XOAUTH2 with
client credentials; a wrong entry names the key, and secrets are read only when used."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inbox_worker.settings import SettingsError, load_settings
from inbox_worker.settings.mailboxes import GraphMailboxSettings, ImapMailboxSettings
from inbox_worker.settings.outbound import GraphTransport

CONFIG = Path(__file__).resolve().parents[2] / "config"
ADDRESS = "earlyhelp.halesowen@dudley.gov.uk"
APP: dict[str, object] = {"tenant_id": "dudley.example", "client_id": "0000-1111",
                          "client_secret": {"env": "FRONTDOOR_GRAPH_SECRET"}}
GRAPH: dict[str, object] = {"id": "halesowen", "address": ADDRESS, "backend": "graph",
                            "user": ADDRESS, **APP}
IMAP: dict[str, object] = {"id": "halesowen", "address": ADDRESS, "backend": "imap",
                           "host": "outlook.office365.com", "username": ADDRESS}


def _config(tmp_path: Path, halesowen: dict[str, object],
            delivery: dict[str, object] | None = None) -> Path:
    """The Dudley example with the Halesowen mailbox (and outbound delivery) replaced."""
    raw = yaml.safe_load((CONFIG / "dudley.example.yaml").read_text())
    raw["mailboxes"] = [halesowen if m["id"] == "halesowen" else m for m in raw["mailboxes"]]
    if delivery is not None:
        raw["outbound"]["delivery"] = delivery
    path = tmp_path / "m365.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def test_the_microsoft365_example_loads_without_reading_any_secret(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FRONTDOOR_GRAPH_SECRET", "FRONTDOOR_M365_SECRET"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(CONFIG / "microsoft365.example.yaml")
    assert len(settings.mailboxes) == 6
    assert all(isinstance(m, GraphMailboxSettings) for m in settings.mailboxes)
    assert all(m.folder == "Inbox" for m in settings.mailboxes)  # type: ignore[union-attr]
    assert isinstance(settings.outbound.delivery, GraphTransport)
    assert settings.outbound.delivery.sender == settings.outbound.from_address


def test_graph_mailbox_defaults_and_folder_is_a_name(tmp_path: Path) -> None:
    mailbox = load_settings(_config(tmp_path, GRAPH | {"folder": "Inbox/Referrals"})
                            ).mailbox("halesowen")
    assert isinstance(mailbox, GraphMailboxSettings)
    assert mailbox.folder == "Inbox/Referrals"  # not made a path against the config folder
    assert mailbox.graph_url == "https://graph.microsoft.com/v1.0"
    assert mailbox.authority_url == "https://login.microsoftonline.com"


@pytest.mark.parametrize(("change", "expected"), [
    ({"graph_url": "http://graph.example/v1.0"},
     "graph_url: http:// is allowed only for loopback hosts (127.0.0.1, localhost, ::1), "
     "not 'graph.example': use https://"),
    ({"authority_url": "http://127.0.0.1:8443"},
     "authority_url: http:// is allowed only for nowhere"),
    ({"graph_url": "graph.microsoft.com"}, "graph_url: expected an https:// address"),
    ({"client_secret": "inline-secret"}, "client_secret: Input should be a valid dictionary"),
    ({"tenant_id": ""}, "tenant_id: String should have at least 1 character"),
    ({"user": None}, "user: Input should be a valid string"),
])
def test_a_wrong_graph_mailbox_names_the_key(tmp_path: Path, change: dict[str, object],
                                             expected: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(_config(tmp_path, GRAPH | change))
    assert "mailboxes.3.graph" in str(caught.value)
    assert expected in str(caught.value)


def test_graph_over_plain_http_is_allowed_on_loopback(tmp_path: Path) -> None:
    path = _config(tmp_path, GRAPH | {"graph_url": "http://127.0.0.1:8080/v1.0"})
    assert load_settings(path).mailbox("halesowen").graph_url.startswith("http://")  # type: ignore[union-attr]


def test_graph_transport_for_outbound_mail(tmp_path: Path) -> None:
    path = _config(tmp_path, GRAPH, {"transport": "graph",
                                     "sender": "earlyhelp.frontdoor@dudley.gov.uk", **APP})
    delivery = load_settings(path).outbound.delivery
    assert isinstance(delivery, GraphTransport)
    assert delivery.client_secret.env == "FRONTDOOR_GRAPH_SECRET"


def test_imap_oauth2_client_credentials_with_the_outlook_scope(tmp_path: Path) -> None:
    secret_file = tmp_path / "secret"
    entry = IMAP | {"oauth2": APP | {"client_secret": {"file": "secret"}}}
    mailbox = load_settings(_config(tmp_path, entry)).mailbox("halesowen")
    assert isinstance(mailbox, ImapMailboxSettings)
    assert mailbox.uses_xoauth2
    assert mailbox.oauth2 is not None
    assert mailbox.oauth2.scope == "https://outlook.office365.com/.default"
    assert mailbox.oauth2.client_secret.file == secret_file  # against the config folder


@pytest.mark.parametrize("given", [
    {},
    {"password": {"env": "P"}, "oauth2": APP},
    {"oauth2_token": {"env": "T"}, "oauth2": APP},
    {"password": {"env": "P"}, "oauth2_token": {"env": "T"}},
])
def test_imap_needs_exactly_one_way_to_log_in(tmp_path: Path, given: dict[str, object]) -> None:
    with pytest.raises(SettingsError, match="password, oauth2_token, oauth2: give exactly one "
                                            "of them"):
        load_settings(_config(tmp_path, IMAP | given))
