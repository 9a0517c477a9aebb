"""JSON logs carry case references, never a family's details, even when a library raises
with a child's name in its message (`--log-format json`)."""

from __future__ import annotations

import io
import json
import logging

from inbox_worker.cli.logs import WITHHELD, JsonLines
from inbox_worker.cli.main import build_parser, configure_logging

CHILD = "Ava Hill, born 03/03/2016, of 4 Elm Walk DY5 1AA"


def _logged(name: str, emit: object) -> list[dict[str, object]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines())
    logger = logging.getLogger(name)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        assert callable(emit)
        emit(logger)
    finally:
        logger.removeHandler(handler)
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_librarys_message_is_withheld() -> None:
    lines = _logged("pdfminer.pdfpage", lambda log: log.warning("bad field %s", CHILD))
    assert lines[0]["message"] == WITHHELD
    assert (lines[0]["logger"], lines[0]["level"]) == ("pdfminer.pdfpage", "WARNING")
    assert "Ava" not in json.dumps(lines)


def test_a_library_raising_with_a_childs_name_leaves_only_its_type_and_the_reference() -> None:
    def emit(log: logging.Logger) -> None:
        try:
            raise ValueError(f"cannot parse {CHILD}")
        except ValueError:
            log.exception("EH-2026-000042: the reader stopped on an attachment")

    lines = _logged("inbox_worker.worker.pipeline", emit)
    assert lines[0]["references"] == ["EH-2026-000042"]
    assert lines[0]["exception"] == "ValueError"
    text = json.dumps(lines)
    assert "Ava" not in text
    assert "DY5" not in text
    assert "03/03/2016" not in text


def test_the_command_line_option_sets_json_lines_on_the_handlers() -> None:
    assert build_parser().parse_args(["--log-format", "json", "check-config", "x.yaml"]
                                     ).log_format == "json"
    root = logging.getLogger()
    handler = logging.StreamHandler(io.StringIO())
    root.addHandler(handler)
    before = {h: h.formatter for h in root.handlers}  # (pytest's own handlers among them)
    level = root.level
    try:
        configure_logging(verbose=False, json_lines=True)
        assert isinstance(handler.formatter, JsonLines)
    finally:
        root.removeHandler(handler)
        for other, formatter in before.items():
            other.setFormatter(formatter)
        root.setLevel(level)
        configure_logging(verbose=False)  # the quiet libraries as the other tests expect
