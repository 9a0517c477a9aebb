"""A real `frontdoor web` on loopback, Debian's chromium driven by Playwright, and axe-core.

Nothing is downloaded but packages: chromium comes from apt (installed if missing, as
tests/integration/debian.py installs Dovecot), axe-core from npm into a temporary folder,
and Playwright never fetches a browser of its own (`executable_path`).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page

from tests.integration.debian import InstallError, apt_install, run

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("FRONTDOOR_SCREENSHOTS",
                                  Path(tempfile.gettempdir()) / "frontdoor-web-screenshots"))
START_SECONDS = 30


def ensure_chromium() -> Path:
    if not CHROMIUM.exists():
        apt_install("chromium")
    if not CHROMIUM.exists():
        raise InstallError("apt installed chromium, but /usr/bin/chromium is missing")
    return CHROMIUM


def axe_source(folder: Path) -> str:
    """axe-core's script, from npm into `folder` (npm install --no-save)."""
    run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(folder),
         "axe-core@4"])
    return (folder / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Site:
    """`frontdoor web` started as a council would, on 127.0.0.1."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def start_site(config: Path, log: Path, port: int | None = None) -> Site:
    port = port or free_port()
    with log.open("wb") as out:  # the server keeps its own copy of the descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "inbox_worker", "web", "--config", str(config),
             "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
    site = Site(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{site.url}/sign-in", timeout=2):
                return site
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    site.stop()
    raise RuntimeError(f"frontdoor web did not start:\n{log.read_text()[-3000:]}")


@dataclass
class Checker:
    """axe-core on every page, the page's CSP refusals, and a screenshot of each, with a
    line in the folder's `index.md` saying what it shows."""

    axe: str
    folder: Path = SCREENSHOTS
    shots: list[Path] = field(default_factory=list)
    csp_refusals: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on("console", lambda msg: self.csp_refusals.append(msg.text)
                if "Content Security Policy" in msg.text else None)

    def check(self, page: Page, name: str) -> None:
        """0 axe violations (WCAG 2.2 A and AA, and best practice), then a screenshot."""
        page.wait_for_load_state("load")
        page.evaluate(self.axe)  # evaluated by the tool: the page's CSP stays in force
        result = page.evaluate(
            "() => axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})")
        violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                      for v in result["violations"]]
        self.folder.mkdir(parents=True, exist_ok=True)
        shot = self.folder / f"{len(self.shots) + 1:02d}-{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        self.shots.append(shot)
        (self.folder / f"{shot.stem}.axe.json").write_text(
            json.dumps({"url": page.url, "violations": violations,
                        "passes": len(result["passes"])}, indent=1), encoding="utf-8")
        with (self.folder / "index.md").open("a", encoding="utf-8") as index:
            index.write(f"- `{shot.name}`: {page.title()!r} at {urlsplit(page.url).path}; "
                        f"axe-core: {len(violations)} violations, "
                        f"{len(result['passes'])} rules passed\n")
        assert violations == [], f"{name}: {violations}"
        assert self.csp_refusals == [], self.csp_refusals
