"""A fillable PDF whose boxes form a table, its column headings typed into the top row's
boxes and the boxes named for nothing (Barnsley EHA's "Children in the household")."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.pdfgen import canvas

from parsers.files import extract_document
from parsers.form import Form


def _fillable(rows: list[list[tuple[str, str]]], top: float = 600) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 760, "Early Help Assessment")
    form = page.acroForm
    form.textfield(name="Date complete", tooltip="Date complete", value="04/03/2026", x=200,
                   y=730, width=120, height=16)
    form.textfield(name="Address", tooltip="Address", value="7 Hurst Lane, Tipton DY4 7AA",
                   x=200, y=700, width=250, height=16)
    for number, row in enumerate(rows):
        for column, (name, value) in enumerate(row):
            form.textfield(name=name, value=value, x=72 + 120 * column,
                           y=top - 22 * number, width=115, height=16)
    page.save()
    return out.getvalue()


def test_boxes_under_headings_typed_into_the_top_row_are_a_table() -> None:
    data = _fillable([[("Children in the household", "Name:"), ("household", "DOB:")],
                      [("Children in the household 2", "Tyler Hadley"), ("hh2", "22/10/2010")],
                      [("Child2Name", "Mia Hadley"), ("Child2DOB", "08/06/2015")]])
    form = extract_document("referral.pdf", data)
    assert isinstance(form, Form), form
    assert [(p.name, p.date_of_birth) for p in form.people] == [
        ("Tyler Hadley", dt.date(2010, 10, 22)), ("Mia Hadley", dt.date(2015, 6, 8))]

