"""What the reader's shape tests share: a form from blocks, people as (name, born, signed),
and a fillable PDF drawn with reportlab and read as a sender's attachment would be."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.pdfgen import canvas

from parsers.files import extract_document
from parsers.form import Form
from parsers.layout import Content
from parsers.meaning.interpret import build_form


def form_of(*blocks: Any, title: str = "Referral Form") -> Form:
    return build_form(Content(tuple(blocks), title=title))


def people_of(form: Form) -> list[tuple[str, dt.date | None, bool]]:
    return [(" ".join(p.name.title().split()), p.date_of_birth, p.consent.signed)
            for p in form.people]


def fillable(draw: Any) -> Form:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    draw(page)
    page.save()
    form = extract_document("referral.pdf", out.getvalue())
    assert isinstance(form, Form), form
    return form
