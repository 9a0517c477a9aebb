"""The project's Python sources hold no control characters: a regular expression written
"\b" in a plain (not raw) string is a backspace, and silently matches nothing."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for top in ("parsers", "routing", "inbox_worker", "bench", "tests")
                 for p in (ROOT / top).rglob("*.py"))


def test_no_control_characters() -> None:
    bad = [f"{path.relative_to(ROOT)}:{n}" for path in SOURCES
           for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           if any(ord(c) < 32 and c not in "\t\f" for c in line)]
    assert len(SOURCES) > 100
    assert bad == []
