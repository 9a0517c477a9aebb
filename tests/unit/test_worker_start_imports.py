"""The worker's own process starts without what it needs only later or never: the
parsers' interpreter and the readers' side (the readers have them, from the
forkserver), and APScheduler (started after READY)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from frontdoor_demo.demo import write_local_config

PROBE = """
import sys
from pathlib import Path
from inbox_worker.cli.main import load_handler
from inbox_worker.settings import load_settings
from inbox_worker.worker.app import build_app

if __name__ == "__main__":
    load_handler("worker:run_worker")
    app = build_app(load_settings(Path(sys.argv[1])))
    app.pipeline.reader.close()
    print(sorted(m for m in sys.modules if m in {
        "parsers.files", "parsers.meaning", "inbox_worker.reading.server", "apscheduler"}))
"""


def test_the_worker_is_built_without_the_interpreter_or_the_scheduler(tmp_path: Path) -> None:
    config = write_local_config(tmp_path)
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    loaded = subprocess.run([sys.executable, str(probe), str(config)], capture_output=True,
                            text=True, check=True, timeout=120).stdout.strip()
    assert loaded == "[]"
