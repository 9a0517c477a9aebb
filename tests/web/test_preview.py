"""The warm previewer (`frontdoor web`'s): a spare child started ahead, one job each, the
same answers as a child started for the job."""

from __future__ import annotations

from frontdoor_demo.samples.forms import make_docx, make_pdf
from frontdoor_demo.samples.scenarios import family_form
from inbox_worker.web.preview import Previewer


def test_a_warm_previewer_answers_as_a_cold_one_and_keeps_a_spare() -> None:
    spec = family_form("Ethan Hughes", "DY2 0AB")
    word, pdf = make_docx(spec), make_pdf(spec)
    cold, warm = Previewer(), Previewer(warm=True)
    try:
        assert warm._spare is not None  # started with the app, before any page asks
        html = warm.word_html(word)
        assert html == cold.word_html(word)
        assert html is not None
        assert b"Ethan Hughes" in html
        first = warm._spare
        assert first is not None  # the next job's, started after this one
        assert warm.page_count(pdf) == cold.page_count(pdf) >= 1
        assert warm._spare is not first  # one job a child
        assert warm.word_html(b"not a word file") is None  # the child failed: no answer
        other = make_docx(family_form("Noah Hughes", "DY2 0AB"))
        warm.prefetch_word_html(other)  # the item page starts it; its frame waits for it
        shown = warm.word_html(other)
        assert shown is not None
        assert b"Noah Hughes" in shown
        assert not warm._running  # done once: in the cache
    finally:
        warm.close()
    assert warm._spare is None
