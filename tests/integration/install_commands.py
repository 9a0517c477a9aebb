"""README's "Running as a service" commands, turned into a script that runs them as written
under a temporary root folder, for the install test (tests/integration/test_install.py).

What changes from the README, and only this:
- every absolute path the install writes (`/etc/frontdoor`, `/opt/frontdoor`,
  `/var/lib/frontdoor`, `/usr/local/bin`, `/etc/systemd/system`) moves under the root;
- the service user `frontdoor` is a user of the test's own (others may run the suite at
  once), in the commands and the units;
- `pip install .` installs the wheel built from the checkout without the network: the
  dependencies come from the test's own environment through a `.pth` file;
- `sudo` is a shell function (`sudo -u USER` is `runuser`; we are root already), and
  `python3` is the system's interpreter of the test's Python version;
- `apt-get`, `systemctl` and `journalctl` lines are not run (no package downloads, no
  running systemd here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

INSTALLED_PATHS = ("/etc/frontdoor", "/opt/frontdoor", "/var/lib/frontdoor", "/usr/local/bin",
                   "/etc/systemd/system")
NOT_RUN = ("sudo apt-get ", "sudo systemctl ", "journalctl ")
PIP_INSTALL = "sudo /opt/frontdoor/.venv/bin/pip install ."
RUN_ONCE = "sudo -u frontdoor frontdoor run --once --config /etc/frontdoor/frontdoor.yaml"

PRELUDE = """set -euo pipefail
sudo() { if [ "$1" = -u ]; then local user=$2; shift 2; runuser -u "$user" -- "$@"; else "$@"; fi; }
python3() { "$FRONTDOOR_TEST_PYTHON" "$@"; }
"""

# The wheel, built by the test's interpreter (which has setuptools and wheel), installed
# with no index; the dependencies are the test environment's, named by a .pth file (after
# the venv's own site-packages, so the wheel's modules come first).
OFFLINE_PIP_INSTALL = """\
"$FRONTDOOR_BUILD_PYTHON" -m pip wheel -q --no-deps --no-build-isolation --no-index \\
    -w "$FRONTDOOR_ROOT/wheel" "$FRONTDOOR_ROOT/source"
venv="$FRONTDOOR_ROOT/opt/frontdoor/.venv"
echo "$FRONTDOOR_DEPENDENCIES" > "$(echo "$venv"/lib/python3*/site-packages)/test-dependencies.pth"
"$venv/bin/pip" install -q --no-index --no-deps "$FRONTDOOR_ROOT"/wheel/*.whl
"""

# A referral put in Halesowen's inbox as the service user (a delivery agent's work), so
# that the pass has something to route, file and acknowledge.
DELIVER = """\
sudo -u frontdoor install -D -m 0640 "$FRONTDOOR_REFERRAL" \\
    /var/lib/frontdoor/mail/halesowen/new/referral.eml
"""


@dataclass(frozen=True)
class InstallTarget:
    root: Path
    user: str

    def paths(self, text: str) -> str:
        for path in INSTALLED_PATHS:
            text = text.replace(path, f"{self.root}{path}")
        return text

    def users(self, text: str) -> str:
        text = re.sub(r"(?<=-[ugo] )frontdoor\b", self.user, text)
        text = re.sub(r"\b(frontdoor|root):frontdoor\b", rf"\1:{self.user}", text)
        text = re.sub(r"^(sudo useradd .*) frontdoor$", rf"\1 {self.user}", text, flags=re.M)
        return re.sub(r"^(User|Group)=frontdoor$", rf"\1={self.user}", text, flags=re.M)

    def moved(self, text: str) -> str:
        return self.paths(self.users(text))


def readme_install_commands(readme: str) -> list[str]:
    """The command lines of the first sh block under "## Running as a service" (a command
    continued with a backslash is one line)."""
    section = readme.split("## Running as a service", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    lines = block.replace("\\\n", " ").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def install_script(readme: str, target: InstallTarget) -> str:
    """The script the test runs; AssertionError if the README lost a line it relies on."""
    commands = readme_install_commands(readme)
    assert PIP_INSTALL in commands, "README: the package install line changed"
    assert RUN_ONCE in commands, "README: the first pass by hand changed"
    script = [PRELUDE]
    for command in commands:
        assert "&&" not in command, f"README: one command a line (set -e misses &&): {command}"
        if command.startswith(NOT_RUN):
            continue
        if command == PIP_INSTALL:
            script.append(OFFLINE_PIP_INSTALL)
            continue
        if command == RUN_ONCE:
            script.append(target.moved(DELIVER))
        script.append(target.moved(command) + "\n")
    return "".join(script)
