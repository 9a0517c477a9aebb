"""Installing Debian packages for the tests, without letting their services start."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

POLICY_RC = Path("/usr/sbin/policy-rc.d")  # exit 101: invoke-rc.d starts no service
INSTALL_TIMEOUT_SECONDS = 900


class InstallError(Exception):
    """A package could not be installed; the message has apt's own words."""


def binary(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")


def apt_install(*packages: str) -> None:
    """apt-get update and install, with service starts blocked during the install."""
    placed_policy = not POLICY_RC.exists()
    if placed_policy:
        POLICY_RC.write_text("#!/bin/sh\n# placed by tests/integration/debian.py\nexit 101\n")
        POLICY_RC.chmod(0o755)
    try:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run(["apt-get", "update"], env=env)
        run(["apt-get", "install", "-y", "--no-install-recommends", *packages], env=env)
    finally:
        if placed_policy:
            POLICY_RC.unlink(missing_ok=True)


def run(command: list[str], env: dict[str, str] | None = None) -> None:
    try:
        subprocess.run(command, check=True, capture_output=True, env=env,
                       timeout=INSTALL_TIMEOUT_SECONDS)
    except (OSError, subprocess.SubprocessError) as err:
        output = getattr(err, "stderr", b"") or b""
        raise InstallError(f"{' '.join(command)} failed: {err}\n"
                           f"{output.decode(errors='replace')[-2000:]}") from err
