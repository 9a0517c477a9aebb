"""The README's service install, run as written under a temporary root (see
install_commands.py for the few things that differ): a wheel in a fresh venv, `frontdoor` on
PATH, the service user, its configuration root:USER 0750/0640, the store under
/var/lib/frontdoor, both units verified by `systemd-analyze verify`, and `frontdoor run
--once` as the service user routing, filing and acknowledging a referral.

Needs root, useradd, runuser and systemd-analyze (all here); it builds nothing from the
network.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdoor_demo.samples.scenarios import scenarios

from .install_commands import InstallTarget, install_script

REPO = Path(__file__).resolve().parents[2]
SOURCE = ("pyproject.toml", "README.md", "inbox_worker", "parsers", "routing", "frontdoor_demo")
PROGRAMS = ("useradd", "userdel", "runuser", "systemd-analyze")
ROUTED = next(s for s in scenarios() if s.name == "PDF form to the right cluster")

pytestmark = pytest.mark.integration


@pytest.fixture
def target() -> Iterator[InstallTarget]:
    if os.geteuid() != 0 or not all(shutil.which(p) for p in PROGRAMS):
        pytest.skip("the install test needs root, " + ", ".join(PROGRAMS))
    root = Path(tempfile.mkdtemp(prefix="frontdoor-install-", dir="/tmp"))
    root.chmod(0o755)  # the service user walks through it, as through /
    installed = InstallTarget(root, f"fdt{uuid.uuid4().hex[:8]}")
    yield installed
    subprocess.run(["userdel", installed.user], capture_output=True, check=False)
    shutil.rmtree(root)


def test_the_readme_install_works_as_written(target: InstallTarget) -> None:
    checkout = _checkout(target)
    result = subprocess.run(["bash", "-c", install_script(REPO.joinpath("README.md").read_text(),
                                                          target)],
                            cwd=checkout, env=_environment(target, checkout),
                            capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    _assert_configuration_readable_by_the_service_user_only(target)
    _assert_the_pass_routed_filed_and_answered(target)
    _assert_frontdoor_is_the_wheel_on_path(target)


def _checkout(target: InstallTarget) -> Path:
    """The files the README's commands copy, with their absolute paths under the root; the
    package's source apart, for the wheel (so nothing is built in the working tree)."""
    checkout = target.root / "checkout"
    shutil.copytree(REPO / "config", checkout / "config")
    shutil.copytree(REPO / "systemd", checkout / "systemd")
    for path in [checkout / "config/service.example.yaml", *checkout.glob("systemd/*.service")]:
        path.write_text(target.moved(path.read_text()))
    (checkout / "referral.eml").write_bytes(ROUTED.raw)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    (target.root / "source").mkdir()
    for name in SOURCE:
        source, copy = REPO / name, target.root / "source" / name
        if source.is_dir():
            shutil.copytree(source, copy, ignore=ignore)
        else:
            shutil.copy(source, copy)
    for folder in ("usr/local/bin", "etc/systemd/system"):
        (target.root / folder).mkdir(parents=True)
    return checkout


def _environment(target: InstallTarget, checkout: Path) -> dict[str, str]:
    return {**os.environ,
            "PATH": f"{target.root}/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "FRONTDOOR_ROOT": str(target.root),
            "FRONTDOOR_TEST_PYTHON": _system_python(),
            "FRONTDOOR_BUILD_PYTHON": sys.executable,
            "FRONTDOOR_DEPENDENCIES": sysconfig.get_paths()["purelib"],
            "FRONTDOOR_REFERRAL": str(checkout / "referral.eml")}


def _system_python() -> str:
    """Debian's python3, as the README's `python3`, when it is the test's version (the
    dependencies are shared with the test's environment, so the version must match)."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    version = subprocess.run([python or "python3", "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True, check=False).stdout.strip()
    if python is None or version != str(tuple(sys.version_info[:2])):
        pytest.skip(f"no system python3 of version {sys.version_info[:2]} with venv")
    return python


def _assert_configuration_readable_by_the_service_user_only(target: InstallTarget) -> None:
    group = _gid(target.user)
    etc = target.root / "etc/frontdoor"
    for path in [etc, *etc.rglob("*")]:
        info = path.stat()
        expected = 0o750 if path.is_dir() else 0o640
        assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (0, group, expected), path
    state = (target.root / "var/lib/frontdoor").stat()
    assert (state.st_uid, stat.S_IMODE(state.st_mode)) == (_uid(target.user), 0o750)


def _assert_the_pass_routed_filed_and_answered(target: InstallTarget) -> None:
    state = target.root / "var/lib/frontdoor"
    assert (state / "frontdoor.db").stat().st_uid == _uid(target.user)
    assert list((state / "mail/halesowen/new").iterdir()) == []
    filed = list((state / "mail/halesowen/.Processed/cur").iterdir())
    assert len(filed) == 1
    acknowledgements = list((state / "outbound").glob("*.eml"))
    assert len(acknowledgements) == 1
    assert "Halesowen" in acknowledgements[0].read_text(errors="replace")


def _assert_frontdoor_is_the_wheel_on_path(target: InstallTarget) -> None:
    on_path = shutil.which("frontdoor", path=str(target.root / "usr/local/bin"))
    assert on_path is not None
    venv = target.root / "opt/frontdoor/.venv"
    assert Path(on_path).resolve() == (venv / "bin/frontdoor").resolve()
    where = subprocess.run([venv / "bin/python", "-c",
                            "import inbox_worker; print(inbox_worker.__file__)"],
                           cwd=target.root, capture_output=True, text=True,
                           check=True).stdout.strip()
    assert where.startswith(str(venv / "lib")), where


def _uid(user: str) -> int:
    return int(subprocess.run(["id", "-u", user], capture_output=True, text=True,
                              check=True).stdout)


def _gid(user: str) -> int:
    return int(subprocess.run(["id", "-g", user], capture_output=True, text=True,
                              check=True).stdout)
