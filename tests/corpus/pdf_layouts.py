"""PDF layouts of the corpus: fillable forms with meaningless field names, and flattened ones.

Each layout takes a `Written` and returns PDF bytes. Text is set in DejaVu Sans (when the
system has it) so Polish, Turkish and Yoruba names survive into the text layer.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as PdfTable

from tests.corpus.written import Written

PdfLayout = Callable[[Written], bytes]
logging.getLogger("pypdf").setLevel(logging.ERROR)  # its font warnings: values are Unicode
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT = "DejaVuSans" if _DEJAVU.exists() else "Helvetica"
if _DEJAVU.exists():
    pdfmetrics.registerFont(TTFont(FONT, str(_DEJAVU)))
_TOP, _BOTTOM, _STEP = 800, 60, 22


class _Sheet:
    """A canvas written top-down, a new page when the bottom is reached."""

    def __init__(self, title: str) -> None:
        self.out = io.BytesIO()
        self.canvas = canvas.Canvas(self.out, pagesize=A4)
        self.canvas.setTitle(title)
        self.y = float(_TOP)
        self.values: dict[str, str] = {}
        self.text(title, size=15)
        self.y -= 10

    def text(self, line: str, *, x: float = 50, size: float = 9) -> None:
        self.canvas.setFont(FONT, size)
        self.canvas.drawString(x, self.y, line)

    def down(self, step: float = _STEP) -> None:
        self.y -= step
        if self.y < _BOTTOM:
            self.canvas.showPage()
            self.y = float(_TOP)

    def field(self, name: str, value: str, *, tooltip: str | None, x: float = 230,
              width: float = 300) -> None:
        self.values[name] = value  # set afterwards: reportlab only writes Latin-1 values
        self.canvas.acroForm.textfield(name=name, tooltip=tooltip, value="", x=x,
                                       y=self.y - 5, width=width, height=16, fontSize=9,
                                       borderWidth=0.5, fontName="Helvetica")

    def save(self) -> bytes:
        self.canvas.save()
        return _filled(self.out.getvalue(), self.values) if self.values else self.out.getvalue()


def _filled(data: bytes, values: dict[str, str]) -> bytes:
    """The PDF with its text fields' values set (any Unicode), as a PDF editor saves them."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _fill_fields(w: Written, *, tooltips: bool, label_above: bool) -> bytes:
    """Fields named Text1, Text2, ...; each label printed left of or above its field."""
    sheet = _Sheet(w.spec.title)
    people = [(f"Family member {i} - {h}", v) for i, p in enumerate(w.spec.people, start=1)
              for h, v in zip(w.family_header, w.person_row(p), strict=True)]
    fields = [*w.pairs(", "), *people, ("Reason for referral", w.spec.free_text)]
    for number, (label, value) in enumerate(fields, start=1):
        sheet.down()
        if label_above:
            sheet.text(label)
            sheet.down(16)
            sheet.field(f"Text{number}", value, tooltip=label if tooltips else None, x=50,
                        width=480)
        else:
            sheet.text(label)
            sheet.field(f"Text{number}", value, tooltip=label if tooltips else None)
    return sheet.save()


def acro_tooltips(w: Written) -> bytes:
    """A fillable PDF whose fields are called Text1...TextN; the tooltip names each."""
    return _fill_fields(w, tooltips=True, label_above=False)


def acro_label_left(w: Written) -> bytes:
    """Meaningless field names, no tooltips: only the printed label left of each field."""
    return _fill_fields(w, tooltips=False, label_above=False)


def acro_label_above(w: Written) -> bytes:
    """Meaningless field names, no tooltips, each label printed above its field."""
    return _fill_fields(w, tooltips=False, label_above=True)


def acro_checkboxes(w: Written) -> bytes:
    """Tooltips on text fields; consent as check boxes and the level as a radio group."""
    sheet = _Sheet(w.spec.title)
    about = [pair for pair in w.about() if pair[0] != w.label(7)]  # the level is a radio
    for number, (label, value) in enumerate([*about, *w.home(), *w.lead()], start=1):
        sheet.down()
        sheet.text(label)
        sheet.field(f"Text{number}", value, tooltip=label)
    sheet.down()
    sheet.text(w.label(7))
    for n in range(1, 5):
        sheet.canvas.acroForm.radio(name="Group1", value=f"{w.level_word}{n}",
                                    selected=w.spec.level == n, x=230 + 70 * (n - 1),
                                    y=sheet.y - 4, size=12, tooltip=w.label(7))
        sheet.text(f"{w.level_word} {n}", x=245 + 70 * (n - 1))
    for index, person in enumerate(w.spec.people, start=1):
        row = w.person_row(person)
        for column, (header, value) in enumerate(zip(w.family_header[:3], row, strict=False)):
            sheet.down()
            sheet.text(f"Family member {index} {header}")
            sheet.field(f"Text{100 + index * 10 + column}", value,
                        tooltip=f"Family member {index} {header}")
        sheet.down()
        sheet.text(f"Family member {index} consent given")
        sheet.canvas.acroForm.checkbox(name=f"Check Box{index}", checked=person.signed,
                                       x=230, y=sheet.y - 4, size=12,
                                       tooltip=f"Family member {index} consent given")
        sheet.down()
        sheet.text(f"Family member {index} date signed")
        sheet.field(f"Text{100 + index * 10 + 9}", row[4],
                    tooltip=f"Family member {index} date signed")
    return sheet.save()


def _flat(w: Written, lines: list[tuple[str, str]], *, same_line: bool) -> _Sheet:
    sheet = _Sheet(w.spec.title)
    for label, value in lines:
        sheet.down()
        sheet.text(label)
        if same_line:
            sheet.text(value, x=230)
        else:
            sheet.down(14)
            sheet.text(value or " ")
    return sheet


def _draw_table(sheet: _Sheet, rows: list[tuple[str, ...]]) -> None:
    table = PdfTable(rows)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), FONT, 8)])
    _, height = table.wrapOn(sheet.canvas, 500, 800)
    sheet.down(height + 10)
    table.drawOn(sheet.canvas, 50, sheet.y)


def _family_and_narrative(sheet: _Sheet, w: Written) -> bytes:
    """The family table and the reason for referral, below the answers; the PDF."""
    sheet.down()
    sheet.text("Family members", size=12)
    _draw_table(sheet, [w.family_header, *w.family_rows()])
    sheet.down(30)
    sheet.text("Reason for referral", size=12)
    sheet.down(16)
    sheet.text(w.spec.free_text)
    return sheet.save()


def _flat_form(w: Written, *, same_line: bool) -> bytes:
    sheet = _flat(w, w.pairs(), same_line=same_line)
    return _family_and_narrative(sheet, w)


def flat_same_line(w: Written) -> bytes:
    """Flattened: label at the left, value at a tab stop on the same line, no colon."""
    return _flat_form(w, same_line=True)


def flat_value_below(w: Written) -> bytes:
    """Flattened: each label on a line, its value on the line below."""
    return _flat_form(w, same_line=False)


def two_columns(w: Written) -> bytes:
    """Flattened, answers in two columns side by side: each line of text holds two labels
    and two answers ("Post code DY5 1AA    Email address a@b.example")."""
    sheet = _Sheet(w.spec.title)
    pairs = [p for p in w.pairs() if p[1] or not p[0].endswith("details")]
    half = (len(pairs) + 1) // 2
    for left, right in zip(pairs[:half], [*pairs[half:], ("", "")], strict=True):
        sheet.down()
        for x, (label, value) in ((40, left), (320, right)):
            sheet.text(label, x=x, size=7)
            width = pdfmetrics.stringWidth(label, FONT, 7)
            sheet.text(value, x=x + max(115, width + 25), size=7)
    return _family_and_narrative(sheet, w)


def _story_pdf(w: Written, *, repeat_header: bool) -> bytes:
    styles = _styles()
    story: list[object] = [Paragraph(w.spec.title, styles["Title"])]
    story += [Paragraph(f"{label}: {value}".replace("&", "&amp;"), styles["Normal"])
              for label, value in w.pairs()]
    story += [Spacer(1, 440), Paragraph("Family members", styles["Heading2"])]
    rows = [w.family_header, *w.family_rows()]
    table = PdfTable(rows, rowHeights=[18] + [110] * (len(rows) - 1),
                     repeatRows=1 if repeat_header else 0)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                    ("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story += [table, Spacer(1, 12), Paragraph("Reason for referral:", styles["Heading2"]),
              Paragraph(w.spec.free_text, styles["Normal"])]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=w.spec.title).build(story)
    return out.getvalue()


def two_page_table(w: Written) -> bytes:
    """"Label: value" lines, then a family table split over two pages, header repeated."""
    return _story_pdf(w, repeat_header=True)


def two_page_table_no_repeat(w: Written) -> bytes:
    """As `two_page_table`, but page 2 carries on with no header row."""
    return _story_pdf(w, repeat_header=False)


_RUNNING_HEADER = "Early Help Hub, Council House, Priory Road, Dudley DY1 1HF. Postcode: B1 1AA"
_RUNNING_FOOTER = "Lead professional email: info@example.org | Date of birth: 01/01/1900"


def _running_header(page: canvas.Canvas, _doc: object) -> None:
    page.saveState()
    page.setFont(FONT, 8)
    page.drawString(50, 815, _RUNNING_HEADER)
    page.drawString(50, 25, f"{_RUNNING_FOOTER} | Page {page.getPageNumber()} of 2")
    page.restoreState()


def running_header(w: Written) -> bytes:
    """Two pages, each with a page header and footer naming another postcode, an email
    and a date of birth; the form's own answers as "Label: value" lines."""
    styles = _styles()
    story: list[object] = [Paragraph(_escape(w.spec.title), styles["Title"])]
    story += [Paragraph(_escape(f"{label}: {value}"), styles["Normal"])
              for label, value in w.pairs()]
    story += [PageBreak(), Paragraph("Family members", styles["Heading2"]),
              _grid([w.family_header, *w.family_rows()]), Spacer(1, 12),
              Paragraph("Reason for referral:", styles["Heading2"]),
              Paragraph(_escape(w.spec.free_text), styles["Normal"])]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=w.spec.title).build(
        story, onFirstPage=_running_header, onLaterPages=_running_header)
    return out.getvalue()


def word_export(w: Written) -> bytes:
    """A Word form saved as PDF: ruled label | value tables, and the family as a grid
    with one column per person."""
    styles = _styles()
    rows = w.family_rows()
    people = [(label, *(r[i] for r in rows)) for i, label in enumerate(w.family_header)]
    story: list[object] = [Paragraph(_escape(w.spec.title), styles["Title"]),
                           _grid(w.pairs()), Spacer(1, 12),
                           Paragraph("Family members", styles["Heading2"]), _grid(people),
                           Spacer(1, 12), _grid([("Reason for referral", w.spec.free_text)])]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=w.spec.title).build(story)
    return out.getvalue()


def acro_grid(w: Written) -> bytes:
    """Tooltips on the answers; the family as a grid of fields named Text40, Text41, ...
    with no tooltips, under printed column headings."""
    sheet = _Sheet(w.spec.title)
    for number, (label, value) in enumerate(w.pairs(), start=1):
        sheet.down()
        sheet.text(label)
        sheet.field(f"Text{number}", value, tooltip=label)
    sheet.down(30)
    sheet.text("Family members", size=12)
    columns = (50, 175, 255, 345, 455)
    widths = (120, 75, 85, 105, 85)
    sheet.down()
    for x, header in zip(columns, w.family_header, strict=True):
        sheet.text(header[:22], x=x, size=7)
    number = 40
    for row in [*w.family_rows(), ("",) * 5]:  # and a spare row left empty
        sheet.down()
        for x, width, value in zip(columns, widths, row, strict=True):
            sheet.field(f"Text{number}", value, tooltip=None, x=x, width=width)
            number += 1
    return sheet.save()


def _styles() -> Any:
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = FONT
    return styles


def _grid(rows: Sequence[tuple[str, ...]]) -> PdfTable:
    table = PdfTable([[Paragraph(_escape(c), _styles()["Normal"]) for c in row] for row in rows])
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


PDF_LAYOUTS: dict[str, PdfLayout] = {
    "pdf-acro-tooltips": acro_tooltips,
    "pdf-acro-label-left": acro_label_left,
    "pdf-acro-label-above": acro_label_above,
    "pdf-acro-checkboxes": acro_checkboxes,
    "pdf-flat-same-line": flat_same_line,
    "pdf-flat-value-below": flat_value_below,
    "pdf-two-page-table": two_page_table,
    "pdf-two-page-no-repeat": two_page_table_no_repeat,
    "pdf-running-header": running_header,
    "pdf-word-export": word_export,
    "pdf-acro-grid": acro_grid,
    "pdf-two-columns": two_columns,
}
