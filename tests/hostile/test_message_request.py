"""A message read in one request to its reader (`ReadMessage`, answered part by part):
the same results as reading it in this process, each file still within its own limits,
and a part that stops its reader read as before while the parts after it are asked for
one a request from a new reader."""

from __future__ import annotations

import os
import signal
import threading
import time
from multiprocessing import active_children
from pathlib import Path

from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.reading.pool import ReaderPool
from inbox_worker.reading.programs import local_converters
from parsers.files import extract_mail
from parsers.limits import ParseLimits
from parsers.mail.mime import parse_mail
from parsers.results import MailExtraction, UnreadableFile
from tests.hostile import builders as b

SLOW = b.dense_pdf(10)  # several seconds of processor time in pdfplumber
DOCX = b.docx_type()


def _good_slow_good() -> bytes:
    return b.message(("eha.docx", b.good_docx(), DOCX), ("slow.pdf", SLOW, "application/pdf"),
                     ("eha2.docx", b.good_docx(), DOCX))


def _read(limits: ParseLimits, *raws: bytes) -> tuple[list[MailExtraction], int]:
    """Each message's extraction, and the requests the readers were sent."""
    with ReaderPool(limits, processes=1) as pool:
        extractions = [pool.read(raw)[1] for raw in raws]
        return extractions, pool.requests


def _forms(extraction: MailExtraction) -> list[str]:
    return [f.source_name for f in extraction.forms]


def test_every_sample_reads_as_in_this_process_in_one_request_a_message() -> None:
    raws = [s.raw for s in scenarios()]
    limits = ParseLimits()
    extractions, requests = _read(limits, *raws)
    assert requests == len(raws)
    assert extractions == [extract_mail(parse_mail(raw), limits, local_converters())
                           for raw in raws]


def test_a_form_typed_in_the_body_is_read_in_the_same_request() -> None:
    body = ("Child: Mia Lloyd\nDate of birth: 14/06/2013\nPostcode: DY1 1AA\n"
            "Lead professional: Priya Shah\n")
    raw = b.message(("logo.png", b.noise(300), "image/png"), body=body)
    (extraction,), requests = _read(ParseLimits(), raw)
    assert requests == 1
    assert _forms(extraction) == ["message body"]
    assert extraction == extract_mail(parse_mail(raw))


def test_a_file_past_the_wall_clock_costs_only_itself_and_the_rest_is_read_alone() -> None:
    # 3 s: the slow file needs more processor time than that, a form far less even when
    # the machine is busy
    (extraction,), requests = _read(ParseLimits(wall_seconds=3.0, cpu_seconds=60),
                                    _good_slow_good())
    assert _forms(extraction) == ["eha.docx", "eha2.docx"]
    assert extraction.unreadable == (UnreadableFile("slow.pdf", "took longer than 3 s to read"),)
    assert requests == 2  # the message; then eha2.docx alone, from a new reader


def test_a_file_past_its_processor_time_costs_only_itself() -> None:
    (extraction,), requests = _read(ParseLimits(wall_seconds=60, cpu_seconds=1),
                                    _good_slow_good())
    assert _forms(extraction) == ["eha.docx", "eha2.docx"]
    assert extraction.unreadable == (UnreadableFile(
        "slow.pdf", "needed more than 1 s of processor time to read"),)
    assert requests == 2


def test_processor_time_is_allowed_a_file_not_a_message() -> None:
    pdf = b.dense_pdf(2)  # under a second each, over three together
    raw = b.message(*[(f"plan{n}.pdf", pdf, "application/pdf") for n in range(4)])
    (extraction,), requests = _read(ParseLimits(wall_seconds=120, cpu_seconds=2), raw)
    assert extraction.unreadable == ()
    assert [d.filename for d in extraction.documents] == [f"plan{n}.pdf" for n in range(4)]
    assert requests == 1


def test_a_reader_killed_mid_message_gives_what_reading_part_by_part_gives() -> None:
    killer = threading.Thread(target=_kill_reader_when_busy)
    with ReaderPool(ParseLimits(wall_seconds=60, cpu_seconds=60), processes=1) as pool:
        killer.start()
        _, extraction = pool.read(_good_slow_good())
        killer.join()
        requests = pool.requests
        _, after = pool.read(b.message(("eha.docx", b.good_docx(), DOCX)))
        assert pool.requests == requests + 1
    good = extract_mail(parse_mail(b.message(("eha.docx", b.good_docx(), DOCX),
                                             ("eha2.docx", b.good_docx(), DOCX))))
    assert extraction.forms == good.forms
    assert extraction.unreadable == (UnreadableFile(
        "slow.pdf", "the reader stopped unexpectedly on this file"),)
    assert requests == 2
    assert _forms(after) == ["eha.docx"]


def test_a_reader_that_died_idle_is_replaced_before_the_next_message() -> None:
    raw = b.message(("eha.docx", b.good_docx(), DOCX))
    with ReaderPool(ParseLimits(), processes=1) as pool:
        _, first = pool.read(raw)
        _kill_reader()
        _, second = pool.read(raw)
        assert pool.requests == 2
    assert second == first


def test_a_reader_gives_its_place_to_a_new_one_after_its_messages() -> None:
    raw = b.message(("eha.docx", b.good_docx(), DOCX))
    with ReaderPool(ParseLimits(), processes=1, reader_messages=2) as pool:
        readers, extractions = set(), []
        for _ in range(5):
            extractions.append(pool.read(raw)[1])
            readers.update(p.pid for p in active_children() if p.name == "frontdoor-reader")
        assert pool.requests == 5
    assert len(readers) == 3  # after the second message and the fourth
    assert all(e == extractions[0] for e in extractions)
    assert _forms(extractions[0]) == ["eha.docx"]


def _kill_reader_when_busy() -> None:
    """SIGKILL to the reader once it has used 1 s of processor time: past the mail and the
    first form (a fraction of that, however busy the machine), in the slow file."""
    deadline = time.monotonic() + 120  # a bound, so that a fault cannot hang the tests
    while (not (readers := _readers()) or _processor_seconds(readers[0]) < 1.0) and (
            time.monotonic() < deadline):
        time.sleep(0.05)
    _kill_reader()


def _readers() -> list[int]:
    return [p.pid for p in active_children() if p.name == "frontdoor-reader" and p.pid]


def _processor_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _kill_reader() -> None:
    readers = [p for p in active_children() if p.name == "frontdoor-reader"]
    assert len(readers) == 1
    assert readers[0].pid is not None
    os.kill(readers[0].pid, signal.SIGKILL)
    readers[0].join(5)
