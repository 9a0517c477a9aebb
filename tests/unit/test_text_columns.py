"""Flattened PDFs printed without ruling lines: columns lined up by tab stops are a table,
and a label printed above its answer is read with it."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.pdfgen import canvas

from parsers.files import extract_document
from parsers.form import Form, Role

Line = str | tuple[tuple[float, str], ...]


def _pdf(lines: list[Line]) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    top = 800
    for line in lines:
        for x, text in ((50, line),) if isinstance(line, str) else line:
            page.drawString(x, top, text)
        top -= 16
    page.save()
    return out.getvalue()


def _read(lines: list[Line]) -> Form:
    form = extract_document("referral.pdf", _pdf(lines))
    assert isinstance(form, Form), form
    return form


def test_an_unruled_family_table_lined_up_by_its_columns() -> None:
    form = _read(["Early Help Assessment", ((50, "Date of assessment"), (250, "10/10/2026")),
                  "Family details",
                  ((50, "Name"), (200, "Date of birth"), (320, "Relationship"), (450, "Signature")),
                  ((50, "Jo Hill"), (200, "15/03/1985"), (320, "Mother"), (450, "J Hill")),
                  ((50, "Ava Hill"), (200, "03/03/2016"), (320, "Daughter")),
                  ((50, "Home address"), (250, "4 Elm Walk, Brierley Hill DY5 1AA"))])
    assert [(p.name, p.date_of_birth, p.role, p.consent.signed) for p in form.people] == [
        ("Jo Hill", dt.date(1985, 3, 15), Role.ADULT, True),
        ("Ava Hill", dt.date(2016, 3, 3), Role.CHILD, False)]
    assert form.address.postcode == "DY5 1AA"


def test_labels_printed_above_their_answers() -> None:
    form = _read(["Early Help Assessment", "Date of assessment", "10/10/2026", "Child's name",
                  "Ava Hill", "Child's date of birth", "03/03/2016", "Parent/carer name",
                  "Jo Hill", "Parent/carer date of birth", "15/03/1985", "Address",
                  "4 Elm Walk, Brierley Hill DY5 1AA", "Consent", "Parent/carer signature",
                  "J Hill"])
    assert [(p.name, p.role, p.consent.signed) for p in form.people] == [
        ("Ava Hill", Role.CHILD, False), ("Jo Hill", Role.ADULT, True)]
