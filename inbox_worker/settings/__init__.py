"""The one configuration file, one module per concern: `common` (strict model, secrets,
SettingsError), `areas`, `mailboxes`, `microsoft`, `outbound`, `parsing`, `schema` (the
whole file) and `loader` (YAML, `extends`, paths). Import a part from its module; the
whole file's three names are here too."""

from inbox_worker.settings.common import SettingsError
from inbox_worker.settings.loader import load_settings
from inbox_worker.settings.schema import Settings

__all__ = ["Settings", "SettingsError", "load_settings"]
