"""Every example configuration in config/ loads, and `extends` works as documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_worker.settings import SettingsError, load_settings
from inbox_worker.settings.mailboxes import ImapMailboxSettings

CONFIG = Path(__file__).resolve().parents[2] / "config"
EXAMPLES = sorted(p.name for p in CONFIG.glob("*.example.yaml"))


def test_there_is_an_example_per_kind_of_mail_server() -> None:
    assert {"dudley.example.yaml", "doncaster.example.yaml", "imap.example.yaml"} <= set(
        EXAMPLES)


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_example_loads_with_a_mailbox_per_area_and_the_secure_one(name: str) -> None:
    settings = load_settings(CONFIG / name)
    mailbox_ids = {m.id for m in settings.mailboxes}
    assert {a.mailbox for a in settings.areas} | {settings.secure_mailbox} <= mailbox_ids
    assert settings.postcodes.table is not None
    assert settings.postcodes.table.is_file()


def test_the_imap_example_keeps_dudleys_areas_and_replaces_the_mailboxes() -> None:
    imap = load_settings(CONFIG / "imap.example.yaml")
    dudley = load_settings(CONFIG / "dudley.example.yaml")
    assert imap.areas == dudley.areas
    assert imap.postcodes == dudley.postcodes
    assert all(isinstance(m, ImapMailboxSettings) for m in imap.mailboxes)
    secure = imap.mailbox("secure")
    assert isinstance(secure, ImapMailboxSettings)
    assert (secure.security, secure.effective_port) == ("starttls", 143)
    assert imap.mailbox("halesowen").effective_port == 993  # type: ignore[union-attr]


def test_a_file_can_replace_one_key_of_the_file_it_extends(tmp_path: Path) -> None:
    local = tmp_path / "local.yaml"
    local.write_text(f"extends: {CONFIG / 'dudley.example.yaml'}\nconsent_age: 16\n"
                     "store_url: sqlite:///mine.db\n")
    settings = load_settings(local)
    assert settings.consent_age == 16
    assert settings.store_url == f"sqlite:///{tmp_path}/mine.db"  # against its own folder
    assert settings.templates_dir == CONFIG / "templates"  # the base's, against the base's


def test_a_loop_of_extends_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("extends: b.yaml\n")
    (tmp_path / "b.yaml").write_text("extends: a.yaml\n")
    with pytest.raises(SettingsError, match=r"extends: a\.yaml leads to a loop"):
        load_settings(tmp_path / "a.yaml")


def test_a_missing_base_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("extends: nowhere.yaml\n")
    with pytest.raises(SettingsError, match=r"cannot read configuration .*nowhere\.yaml"):
        load_settings(tmp_path / "a.yaml")
