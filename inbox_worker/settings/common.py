"""What every part of the configuration shares: the strict model, secrets by reference,
the error that names a key, and the checks on addresses and plain protocols."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, model_validator


class SettingsError(Exception):
    """The configuration is wrong; the message names the key and what is wrong."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SecretRef(Strict):
    """A secret by reference: `env: NAME` or `file: /path` (one of them)."""

    env: str | None = None  # environment variable holding the secret
    file: Path | None = None  # file whose content (stripped) is the secret

    @model_validator(mode="after")
    def _one_source(self) -> SecretRef:
        if (self.env is None) == (self.file is None):
            raise ValueError("give exactly one of 'env' or 'file'")
        return self

    def read(self) -> str:
        """The secret's value; raises SettingsError naming the source if absent."""
        if self.env is not None:
            value = os.environ.get(self.env)
            if value is None:
                raise SettingsError(f"environment variable {self.env} is not set")
            return value
        assert self.file is not None
        try:
            return self.file.read_text(encoding="utf-8").strip()
        except OSError as err:
            raise SettingsError(f"secret file {self.file} cannot be read: {err}") from err


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def check_https(key: str, url: str, *, loopback_http: bool) -> None:
    """`url` must be https:// (or http:// on a loopback host, when allowed: tests)."""
    parts = urlsplit(url)
    if not parts.hostname or parts.scheme not in ("https", "http"):
        raise ValueError(f"{key}: expected an https:// address, not '{url}'")
    if parts.scheme == "http" and not (loopback_http and parts.hostname in LOOPBACK_HOSTS):
        where = "loopback hosts (127.0.0.1, localhost, ::1)" if loopback_http else "nowhere"
        raise ValueError(f"{key}: http:// is allowed only for {where}, "
                         f"not '{parts.hostname}': use https://")


def check_plain(security: str, host: str) -> None:
    """Unencrypted mail protocols only to this machine (tests, a local relay)."""
    if security == "none" and host not in LOOPBACK_HOSTS:
        raise ValueError(f"security: 'none' is allowed only for loopback hosts "
                         f"(127.0.0.1, localhost, ::1), not '{host}'")
