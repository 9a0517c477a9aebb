"""Drawing helpers shared by the council modules.

A form is written once as a list of blocks (titles, headings, paragraphs and tables of
cells) and rendered to Word (.docx), a flattened PDF, a fillable AcroForm PDF or HTML.
Cell tokens carry the Word quirks real forms have (content controls, legacy FORMTEXT and
FORMCHECKBOX fields, horizontally merged cells) and name the PDF fields of fillable forms.
"""

from __future__ import annotations

import email.policy
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date
from email.message import EmailMessage, Message
from email.utils import format_datetime
from typing import Any, cast

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from tests.councils.model import Person

TICK = "☒"
BOX = "☐"
ENSP5 = "\u2002" * 5  # what Word shows in an empty legacy text field
PLACEHOLDER = "Click here to enter text."
CHOOSE = "Choose an item."
DATE_PLACEHOLDER = "Click here to enter a date."


def tick(on: bool) -> str:
    return TICK if on else BOX


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class L:
    """A label cell (bold, shaded)."""

    text: str


@dataclass(frozen=True)
class SDT:
    """A Word content control. Empty (value None) shows its placeholder text."""

    value: str | None
    kind: str = "text"  # text | drop | date
    items: tuple[str, ...] = ()
    iso: str | None = None  # date controls: the chosen date, yyyy-mm-dd

    def shown(self) -> str:
        if self.value is not None:
            return self.value
        return {"drop": CHOOSE, "date": DATE_PLACEHOLDER}.get(self.kind, PLACEHOLDER)


@dataclass(frozen=True)
class FT:
    """A legacy FORMTEXT field; empty shows five en-spaces."""

    value: str | None
    name: str = ""

    def shown(self) -> str:
        return self.value if self.value else ENSP5


@dataclass(frozen=True)
class FCB:
    """A legacy FORMCHECKBOX followed by its caption."""

    checked: bool
    caption: str


@dataclass(frozen=True)
class CB:
    """A tick box with caption: ☒/☐ in Word and flat PDFs, a checkbox in AcroForms."""

    checked: bool
    caption: str
    name: str | None = None


@dataclass(frozen=True)
class F:
    """A value with an explicit AcroForm field name (and tooltip)."""

    value: str
    name: str
    tooltip: str | None = None


@dataclass(frozen=True)
class Span:
    """A cell merged across n grid columns (Word gridSpan)."""

    cell: Cell
    n: int


@dataclass(frozen=True)
class Boxes:
    """Several tick boxes in one cell."""

    items: tuple[CB, ...]


Cell = str | L | SDT | FT | FCB | CB | F | Span | Boxes


@dataclass(frozen=True)
class Title:
    text: str
    sub: str | None = None


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Table:
    rows: Sequence[Sequence[Cell]]
    widths: list[float] | None = None


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Title | Heading | Para | Table | PageBreak


def kv(*pairs: tuple[str, Cell], per_row: int = 1, widths: list[float] | None = None) -> Table:
    """Label/value pairs, per_row pairs to a table row."""
    rows: list[list[Cell]] = []
    for i in range(0, len(pairs), per_row):
        row: list[Cell] = []
        for label, value in pairs[i : i + per_row]:
            row += [L(label), value]
        rows.append(row)
    return Table(rows, widths)


def grid(
    header: list[str], rows: Sequence[Sequence[Cell]], widths: list[float] | None = None
) -> Table:
    """A header row of labels above rows of answers."""
    head: list[Cell] = [L(h) for h in header]
    return Table([head, *rows], widths)


def cell_text(cell: Cell) -> str:
    """What the cell shows on the page."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, L):
        return cell.text
    if isinstance(cell, SDT | FT):
        return cell.shown()
    if isinstance(cell, FCB | CB):
        return f"{tick(cell.checked)} {cell.caption}"
    if isinstance(cell, F):
        return cell.value
    if isinstance(cell, Span):
        return cell_text(cell.cell)
    return "  ".join(cell_text(c) for c in cell.items)


# --------------------------------------------------------------------------- dates


def dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def dmy2(d: date) -> str:
    return d.strftime("%d/%m/%y")


def dots(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def longdate(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


# --------------------------------------------------------------------------- Word


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_sdt_id = [100]


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _run_xml(text: str, bold: bool = False, style: str | None = None) -> str:
    rpr = ""
    if bold or style:
        rpr = "<w:rPr>"
        if style:
            rpr += f'<w:rStyle w:val="{style}"/>'
        if bold:
            rpr += "<w:b/>"
        rpr += "</w:rPr>"
    return f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def _sdt_xml(tok: SDT) -> str:
    _sdt_id[0] += 1
    pr = f'<w:id w:val="{_sdt_id[0]}"/>'
    if tok.value is None:
        pr += "<w:showingPlcHdr/>"
    if tok.kind == "drop":
        items = "".join(
            f'<w:listItem w:displayText="{_esc(i)}" w:value="{_esc(i)}"/>' for i in tok.items
        )
        first = f'<w:listItem w:displayText="{CHOOSE}" w:value=""/>'
        pr += f"<w:dropDownList>{first}{items}</w:dropDownList>"
    elif tok.kind == "date":
        full = f' w:fullDate="{tok.iso}T00:00:00Z"' if tok.iso else ""
        fmt = '<w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
        pr += f"<w:date{full}>{fmt}</w:date>"
    else:
        pr += "<w:text/>"
    style = "PlaceholderText" if tok.value is None else None
    content = _run_xml(tok.shown(), style=style).replace(f" {nsdecls('w')}", "")
    body = f"<w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent>"
    return f"<w:sdt {nsdecls('w')}>{body}</w:sdt>"


def _field_xml(kind: str, name: str, result: str | None, checked: bool = False) -> list[str]:
    if kind == "FORMTEXT":
        ff = (
            f'<w:ffData><w:name w:val="{_esc(name)}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            "<w:textInput/></w:ffData>"
        )
    else:
        ff = (
            f'<w:ffData><w:name w:val="{_esc(name)}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
            "</w:checkBox></w:ffData>"
        )
    runs = [
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {kind} </w:instrText></w:r>',
    ]
    if kind == "FORMTEXT":
        runs.append(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>')
        runs.append(_run_xml(result or ENSP5))
    runs.append(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')
    return runs


_ft_counter = [0]


def _fill_paragraph(par: Any, cell: Cell, label_bold: bool = True) -> None:
    p = par._p
    if isinstance(cell, L):
        p.append(parse_xml(_run_xml(cell.text, bold=label_bold)))
    elif isinstance(cell, SDT):
        p.append(parse_xml(_sdt_xml(cell)))
    elif isinstance(cell, FT):
        _ft_counter[0] += 1
        for x in _field_xml("FORMTEXT", cell.name or f"Text{_ft_counter[0]}", cell.value):
            p.append(parse_xml(x))
    elif isinstance(cell, FCB):
        _ft_counter[0] += 1
        for x in _field_xml("FORMCHECKBOX", f"Check{_ft_counter[0]}", None, cell.checked):
            p.append(parse_xml(x))
        p.append(parse_xml(_run_xml(" " + cell.caption)))
    elif isinstance(cell, Boxes):
        for i, item in enumerate(cell.items):
            sep = "   " if i else ""
            p.append(parse_xml(_run_xml(f"{sep}{tick(item.checked)} {item.caption}")))
    else:
        text = cell_text(cell)
        for j, line in enumerate(text.split("\n")):
            if j:
                p.append(parse_xml(f"<w:r {nsdecls('w')}><w:br/></w:r>"))
            p.append(parse_xml(_run_xml(line)))


def _shade(cell: Any, fill: str = "D9D9D9") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _span(c: Cell) -> int:
    return c.n if isinstance(c, Span) else 1


def _fixed_zip(data: bytes) -> bytes:
    """Re-pack with fixed timestamps so that a build is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(doc: Any) -> bytes:
    from datetime import datetime

    doc.core_properties.created = datetime(2024, 1, 1)
    doc.core_properties.modified = datetime(2024, 1, 1)
    doc.core_properties.last_modified_by = "Practitioner"
    doc.core_properties.author = "Practitioner"
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def render_docx(
    blocks: Iterable[object], header: str | None = None, footer: str | None = None
) -> bytes:
    _sdt_id[0] = 100
    _ft_counter[0] = 0
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        if isinstance(b, Title):
            doc.add_heading(b.text, level=0)
            if b.sub:
                doc.add_paragraph(b.sub)
        elif isinstance(b, Heading):
            doc.add_heading(b.text, level=1)
        elif isinstance(b, Para):
            par = doc.add_paragraph()
            par.add_run(b.text).bold = b.bold
        elif isinstance(b, PageBreak):
            cast(Any, doc).add_page_break()
        elif not isinstance(b, Table):
            raise TypeError(f"not a form block: {b!r}")
        else:
            ncols = max(sum(_span(c) for c in row) for row in b.rows)
            t = doc.add_table(rows=len(b.rows), cols=ncols)
            t.style = "Table Grid"
            for r, row in enumerate(b.rows):
                col = 0
                for k, c in enumerate(row):
                    n = _span(c)
                    if k == len(row) - 1:
                        n = ncols - col  # the last cell takes the rest of the row
                    wcell = t.cell(r, col)
                    if n > 1:
                        wcell = wcell.merge(t.cell(r, col + n - 1))
                    inner = c.cell if isinstance(c, Span) else c
                    _fill_paragraph(wcell.paragraphs[0], inner)
                    if isinstance(inner, L):
                        _shade(wcell)
                    col += n
            doc.add_paragraph()
    return docx_bytes(doc)


# --------------------------------------------------------------------------- PDF

_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _fonts() -> tuple[str, str, bool]:
    if os.path.exists(_DEJAVU) and os.path.exists(_DEJAVU_B):
        if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVu", _DEJAVU))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", _DEJAVU_B))
        return "DejaVu", "DejaVu-Bold", True
    return "Helvetica", "Helvetica-Bold", False


def _ascii_ticks(s: str) -> str:
    return s.replace(TICK, "[X]").replace(BOX, "[ ]").replace("\u2002", " ")


def _field_name(s: str) -> str:
    s = re.sub(r"[^A-Za-z0-9 /]+", "", s).strip()
    return re.sub(r"\s+", " ", s)[:60] or "Text"


class _Pdf:
    W, H = A4
    M = 36.0

    def __init__(self, fill: bool, title: str) -> None:
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.fill = fill
        self.font, self.bold, self.unicode = _fonts()
        self.y = self.H - self.M
        self.names: set[str] = set()
        self.page = 1

    def txt(self, s: str) -> str:
        return s if self.unicode else _ascii_ticks(s)

    def ensure(self, h: float) -> None:
        if self.y - h < self.M + 14:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = self.H - self.M

    def footer(self) -> None:
        self.c.setFont(self.font, 7)
        self.c.drawString(self.M, self.M - 10, f"Page {self.page}")

    def uniq(self, base: str) -> str:
        name = _field_name(base)
        k = 2
        cand = name
        while cand in self.names:
            cand = f"{name} {k}"
            k += 1
        self.names.add(cand)
        return cand

    def title(self, b: Title) -> None:
        self.ensure(40)
        self.c.setFont(self.bold, 14)
        self.c.drawCentredString(self.W / 2, self.y - 14, self.txt(b.text))
        self.y -= 22
        if b.sub:
            self.para(Para(b.sub))
        self.y -= 4

    def heading(self, b: Heading) -> None:
        lines = simpleSplit(self.txt(b.text), self.bold, 10, self.W - 2 * self.M - 8)
        h = 6 + 12 * len(lines)
        self.ensure(h + 4)
        self.c.setFillGray(0.25)
        self.c.rect(self.M, self.y - h, self.W - 2 * self.M, h, stroke=0, fill=1)
        self.c.setFillGray(1)
        self.c.setFont(self.bold, 10)
        for i, line in enumerate(lines):
            self.c.drawString(self.M + 4, self.y - 12 - 12 * i, line)
        self.c.setFillGray(0)
        self.y -= h + 4

    def para(self, b: Para) -> None:
        font = self.bold if b.bold else self.font
        for raw in b.text.split("\n"):
            lines = simpleSplit(self.txt(raw), font, 9, self.W - 2 * self.M) or [""]
            for line in lines:
                self.ensure(12)
                self.c.setFont(font, 9)
                self.c.drawString(self.M, self.y - 10, line)
                self.y -= 12
        self.y -= 3

    def table(self, b: Table) -> None:
        ncols = max(sum(_span(c) for c in row) for row in b.rows)
        rel = b.widths or [1.0] * ncols
        total = self.W - 2 * self.M
        colw = [total * w / sum(rel) for w in rel]
        header = b.rows[0] if all(isinstance(c, L) for c in b.rows[0]) and len(b.rows) > 1 else None
        for r, row in enumerate(b.rows):
            spans: list[tuple[float, float, Cell]] = []
            col = 0
            for k, c in enumerate(row):
                n = ncols - col if k == len(row) - 1 else _span(c)
                x = self.M + sum(colw[:col])
                w = sum(colw[col : col + n])
                spans.append((x, w, c.cell if isinstance(c, Span) else c))
                col += n
            heights = []
            for _x, w, c in spans:
                font = self.bold if isinstance(c, L) else self.font
                lines = [
                    ln
                    for raw in self.txt(cell_text(c)).split("\n")
                    for ln in (simpleSplit(raw, font, 8, w - 6) or [""])
                ]
                heights.append(6 + 10 * len(lines))
            h = max(18.0, *heights)
            self.ensure(h)
            top = self.y
            label_left = ""
            for col_i, (x, w, c) in enumerate(spans):
                is_label = isinstance(c, L)
                if is_label:
                    self.c.setFillGray(0.87)
                    self.c.rect(x, top - h, w, h, stroke=0, fill=1)
                    self.c.setFillGray(0)
                self.c.setLineWidth(0.5)
                self.c.rect(x, top - h, w, h, stroke=1, fill=0)
                if is_label:
                    label_left = cast(L, c).text
                if self.fill and not is_label:
                    hint = label_left
                    if header is not None and r > 0 and col_i < len(header):
                        hint = f"{cell_text(header[col_i])} {r}"
                    self.acro(c, x, top - h, w, h, hint)
                else:
                    font = self.bold if is_label else self.font
                    self.c.setFont(font, 8)
                    yy = top - 10
                    for raw in self.txt(cell_text(c)).split("\n"):
                        for ln in simpleSplit(raw, font, 8, w - 6) or [""]:
                            self.c.drawString(x + 3, yy, ln)
                            yy -= 10
            self.y -= h
        self.y -= 8

    def acro(self, c: Cell, x: float, y: float, w: float, h: float, hint: str) -> None:
        form = self.c.acroForm
        boxes: list[CB] = []
        if isinstance(c, CB):
            boxes = [c]
        elif isinstance(c, Boxes):
            boxes = list(c.items)
        elif isinstance(c, FCB):
            boxes = [CB(c.checked, c.caption)]
        if boxes:
            bx = x + 3
            for item in boxes:
                name = self.uniq(item.name or f"{hint} {item.caption}")
                form.checkbox(
                    name=name,
                    tooltip=f"{hint} {item.caption}".strip(),
                    x=bx,
                    y=y + h / 2 - 5,
                    size=10,
                    checked=item.checked,
                    buttonStyle="cross",
                    borderWidth=0.5,
                )
                self.c.setFont(self.font, 8)
                self.c.drawString(bx + 13, y + h / 2 - 3, item.caption)
                bx += 18 + pdfmetrics.stringWidth(item.caption, self.font, 8) + 8
            return
        if isinstance(c, F):
            name, tip, value = self.uniq(c.name), c.tooltip, c.value
        else:
            name, tip, value = self.uniq(hint or "Text"), None, cell_text(c)
        value = _ascii_ticks(value).replace("\u2013", "-").replace("\u2019", "'")
        multiline = "\n" in value or pdfmetrics.stringWidth(value, "Helvetica", 8) > w - 6
        kwargs: dict[str, Any] = {}
        if tip:
            kwargs["tooltip"] = tip
        form.textfield(
            name=name,
            value=value,
            x=x + 1,
            y=y + 1,
            width=w - 2,
            height=h - 2,
            fontName="Helvetica",
            fontSize=8,
            borderWidth=0,
            fillColor=None,
            fieldFlags="multiline" if multiline else "",
            **kwargs,
        )

    def render(self, blocks: Iterable[object]) -> bytes:
        for b in blocks:
            if isinstance(b, Title):
                self.title(b)
            elif isinstance(b, Heading):
                self.heading(b)
            elif isinstance(b, Para):
                self.para(b)
            elif isinstance(b, Table):
                self.table(b)
            elif not isinstance(b, PageBreak):
                raise TypeError(f"not a form block: {b!r}")
            else:
                self.footer()
                self.c.showPage()
                self.page += 1
                self.y = self.H - self.M
        self.footer()
        self.c.save()
        return self.buf.getvalue()


def render_pdf(blocks: Iterable[object], title: str = "Referral") -> bytes:
    """A flattened PDF: text and drawn grids, as 'Save as PDF' from Word gives."""
    return _Pdf(False, title).render(blocks)


def render_acroform(blocks: Iterable[object], title: str = "Referral") -> bytes:
    """A fillable PDF: every answer cell is an AcroForm field holding the typed value."""
    return _Pdf(True, title).render(blocks)


# --------------------------------------------------------------------------- HTML


def _h(s: str) -> str:
    return _esc(s).replace("\n", "<br>")


def render_html(blocks: Iterable[object]) -> str:
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Arial">']
    for b in blocks:
        if isinstance(b, Title):
            out.append(f"<h1>{_h(b.text)}</h1>")
            if b.sub:
                out.append(f"<p>{_h(b.sub)}</p>")
        elif isinstance(b, Heading):
            out.append(f"<h2>{_h(b.text)}</h2>")
        elif isinstance(b, Para):
            inner = f"<b>{_h(b.text)}</b>" if b.bold else _h(b.text)
            out.append(f"<p>{inner}</p>")
        elif isinstance(b, Table):
            out.append('<table border="1" cellspacing="0" cellpadding="3">')
            for row in b.rows:
                out.append("<tr>")
                for c in row:
                    span = f' colspan="{c.n}"' if isinstance(c, Span) else ""
                    inner_c = c.cell if isinstance(c, Span) else c
                    tag = "th" if isinstance(inner_c, L) else "td"
                    out.append(f"<{tag}{span}>{_h(cell_text(inner_c))}</{tag}>")
                out.append("</tr>")
            out.append("</table><br>")
    out.append("</body></html>")
    return "\n".join(out)


# --------------------------------------------------------------------------- email


def png_logo(rgb: tuple[int, int, int] = (0, 94, 160), size: int = 24) -> bytes:
    """A small solid-colour PNG, standing in for a council or school logo."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@dataclass
class Mail:
    sender: str
    to: str
    subject: str
    when: date
    hour: int = 10
    extra_headers: dict[str, str] = field(default_factory=dict)

    def message(self) -> EmailMessage:
        from datetime import datetime

        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = self.to
        msg["Subject"] = self.subject
        msg["Date"] = format_datetime(
            datetime(self.when.year, self.when.month, self.when.day, self.hour, 12, tzinfo=UTC)
        )
        token = zlib.crc32(f"{self.sender}|{self.subject}".encode())
        msg["Message-ID"] = f"<{token}.{self.when:%Y%m%d}@{self.sender.split('@')[-1].strip('>')}>"
        for k, v in self.extra_headers.items():
            msg[k] = v
        return msg


def person(name: str, dob: date | None, signed: bool, on: date) -> Person:
    """A household member; role from age on the assessment date."""
    role = "adult"
    if dob is not None:
        age = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
        role = "child" if age < 18 else "adult"
    return Person(name, dob, role, signed)


def fix_boundaries(msg: Message) -> None:
    """Deterministic MIME boundaries (the email package picks random ones)."""
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(
                f"----=_Part_{i}_{zlib.crc32(str(part.get('Content-Type')).encode())}"
            )


def as_bytes(msg: EmailMessage) -> bytes:
    fix_boundaries(msg)
    return msg.as_bytes(policy=email.policy.SMTP)


DOCX_MIME = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
