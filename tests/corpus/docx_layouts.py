"""Word layouts of the corpus: the same values laid out as different councils' templates do.

Each layout takes a `Written` (what to type) and returns .docx bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import docx
from docx.document import Document

from tests.corpus import docx_xml as x
from tests.corpus.written import Written, is_section

DocxLayout = Callable[[Written], bytes]
LEVELS = ("Level 1", "Level 2", "Level 3", "Level 4")


def _new(w: Written, *, styled_title: bool = True) -> Document:
    document = docx.Document()
    if styled_title:
        document.add_heading(w.spec.title, 0)
    else:
        document.add_paragraph().add_run(w.spec.title).bold = True
    return document


def _save(document: Document, w: Written) -> bytes:
    if w.quirks.tracked_postcode:
        _track_changes(document, w.postcode_text, w.quirks.tracked_postcode)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _track_changes(document: Document, typed: str, deleted: str) -> None:
    """The postcode as if edited with track changes on: `deleted` struck out (w:del) just
    before the run that holds `typed`, which becomes an insertion (w:ins)."""
    for text in document.element.body.iter(f"{{{x.W_NS}}}t"):
        run = text.getparent()
        if text.text != typed or run.getparent().tag == f"{{{x.W_NS}}}ins":
            continue
        struck = x.xml(f'<w:del w:id="901" w:author="Referrer" w:date="2026-11-19T09:00:00Z">'
                       f'<w:r><w:delText>{deleted}</w:delText></w:r></w:del>')
        inserted = x.xml('<w:ins w:id="902" w:author="Referrer" '
                         'w:date="2026-11-19T09:00:00Z"/>')
        run.addprevious(struck)
        run.addprevious(inserted)
        inserted.append(run)
        return


def _table(document: Document, rows: Sequence[Sequence[str]]) -> Any:
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    _fill(table, rows)
    return table


def _narrative(document: Document, w: Written) -> None:
    document.add_heading("Reason for referral", 1)
    document.add_paragraph(w.spec.free_text)


def _family_table(document: Document, w: Written, heading: str = "Family members") -> None:
    document.add_heading(heading, 1)
    _table(document, [w.family_header, *w.family_rows()])


def vertical_table(w: Written) -> bytes:
    """Label | value rows in sections, then Name | DOB | Relationship | Signature | Date."""
    document = _new(w)
    document.add_heading("About this assessment", 1)
    _table(document, w.about())
    document.add_heading("Child and family details", 1)
    _table(document, w.home("\n"))
    _family_table(document, w)
    document.add_heading("Lead professional details", 1)
    _table(document, w.lead())
    _narrative(document, w)
    return _save(document, w)


def horizontal_table(w: Written) -> bytes:
    """Labels in one row and their values in the row below (three pairs per row)."""
    document = _new(w, styled_title=False)
    rows: list[tuple[str, ...]] = []
    for title, pairs in _sections(w.pairs("\n")):
        rows += [(title,)] if title else []
        for start in range(0, len(pairs), 3):
            chunk = pairs[start:start + 3]
            rows += [tuple(label for label, _ in chunk), tuple(value for _, value in chunk)]
    _table(document, rows)
    _family_table(document, w, "Household members")
    _narrative(document, w)
    return _save(document, w)


def four_columns(w: Written) -> bytes:
    """Label | value | label | value rows."""
    document = _new(w)
    rows: list[tuple[str, ...]] = []
    for title, pairs in _sections(w.pairs(", ")):
        rows += [(title,)] if title else []
        rows += [(*pairs[i], *(pairs[i + 1] if i + 1 < len(pairs) else ("", "")))
                 for i in range(0, len(pairs), 2)]
    _table(document, rows)
    _family_table(document, w)
    _narrative(document, w)
    return _save(document, w)


def person_columns(w: Written) -> bytes:
    """The family table turned round: one column per person, labels down the left."""
    document = _new(w)
    _table(document, w.pairs("\n"))
    document.add_heading("Family members", 1)
    rows = w.family_rows()
    _table(document, [(label, *(r[i] for r in rows)) for i, label in enumerate(w.family_header)])
    _narrative(document, w)
    return _save(document, w)


def _control_table(document: Document, pairs: list[tuple[str, Any]]) -> None:
    table = _table(document, [(label, "") for label, _ in pairs])
    for row, (_, control) in zip(table.rows, pairs, strict=True):
        row.cells[1].paragraphs[0]._p.append(control)


def content_controls(w: Written) -> bytes:
    """Every answer in a content control: text, a level drop-down, date pickers, prompts left
    in empty ones; consent by check box control plus a typed note."""
    document = _new(w)
    spec = w.spec
    about: list[tuple[str, Any]] = [
        (w.label(0), x.date_control(spec.assessment_date, w.date(spec.assessment_date))),
        (w.label(7), x.dropdown_control(w.level_text, tuple(
            f"{w.level_word} {n}" for n in range(1, 5)))),
        ("Child's school", x.text_control("")),
    ]
    answers = [*w.about()[2:], *w.home(", ")]  # risk, verbal consent, address, postcode
    _control_table(document, about + [(label, x.text_control(value))
                                       for label, value in answers])
    document.add_heading("Family members", 1)
    table = _table(document, [w.family_header] + [("",) * 5 for _ in spec.people])
    for row, person in zip(table.rows[1:], spec.people, strict=True):
        us = w.style % 2 == 1  # every other form comes from a US-locale Word
        cells = [x.text_control(person.name),
                 x.date_control(person.dob, w.date(person.dob), us_display=us) if person.dob
                 else x.text_control(w.person_row(person)[1]),
                 x.dropdown_control(person.relationship, (person.relationship, "Other")),
                 x.text_control(person.consent_text),
                 x.date_control(person.consent_date, w.date(person.consent_date))]
        for cell, control in zip(row.cells, cells, strict=True):
            cell.paragraphs[0]._p.append(control)
    document.add_heading("Lead professional", 1)
    _control_table(document, [(label, x.text_control(value)) for label, value in w.lead()])
    _narrative(document, w)
    return _save(document, w)


def legacy_fields(w: Written) -> bytes:
    """A Word 97-2003 protected form: FORMTEXT answers, FORMCHECKBOX level and consent."""
    document = _new(w, styled_title=False)
    pairs = w.about()[:1] + w.home(", ") + w.lead()
    table = _table(document, [(label, "") for label, _ in pairs])
    for number, (row, (_, value)) in enumerate(zip(table.rows, pairs, strict=True), start=1):
        for element in x.legacy_text_runs(f"Text{number}", value):
            row.cells[1].paragraphs[0]._p.append(element)
    level = document.add_paragraph(f"{w.label(7)}: ")
    for n in range(1, 5):
        for element in x.legacy_checkbox_runs(f"Check{n}", w.spec.level == n,
                                              by_default=n % 2 == 0):
            level._p.append(element)
        level.add_run(f" {w.level_word} {n}   ")
    document.add_paragraph("Is the child at risk of significant harm? No")
    document.add_heading("Family members", 1)
    header = (*w.family_header[:3], "Consent given", w.family_header[4])
    table = _table(document, [header] + [("",) * 5 for _ in w.spec.people])
    for row, person in zip(table.rows[1:], w.spec.people, strict=True):
        values = w.person_row(person)
        for column in (0, 1, 2, 4):
            for element in x.legacy_text_runs(f"Member{column}", values[column]):
                row.cells[column].paragraphs[0]._p.append(element)
        for element in x.legacy_checkbox_runs("Consent", person.signed):
            row.cells[3].paragraphs[0]._p.append(element)
    _narrative(document, w)
    return _save(document, w)


def glyph_boxes(w: Written) -> bytes:
    """Tick boxes typed as glyphs: ☒ for the chosen level and for consent given."""
    document = _new(w)
    boxes = "  ".join(("☒" if w.spec.level == n else "☐") + f" {w.level_word} {n}"
                      for n in range(1, 5))
    pairs = [(label, boxes if label == w.label(7) else value) for label, value in w.pairs("\n")]
    _table(document, pairs)
    document.add_heading("Family members", 1)
    rows = [(*w.person_row(p)[:3], "", w.person_row(p)[4]) for p in w.spec.people]
    table = _table(document, [(*w.family_header[:3], "Consent given", w.family_header[4]),
                              *rows])
    for row, person in zip(table.rows[1:], w.spec.people, strict=True):
        _consent_boxes(row.cells[3].paragraphs[0], person.signed, symbols=w.style % 2 == 0)
    _narrative(document, w)
    return _save(document, w)


def _consent_boxes(paragraph: Any, signed: bool, *, symbols: bool) -> None:
    """"☒ Yes ☐ No", typed as glyphs or inserted as Wingdings symbols."""
    for checked, word in ((signed, " Yes "), (not signed, " No")):
        if symbols:
            paragraph._p.append(x.wingdings_box(checked))
        else:
            paragraph.add_run("☒" if checked else "☐")
        paragraph.add_run(word)


def text_boxes(w: Written) -> bytes:
    """The lead professional's details and the home address in floating text boxes."""
    document = _new(w)
    _table(document, w.about())
    document.add_heading("Home", 1)
    document.add_paragraph()._p.append(x.text_box_run(
        [f"{label}: {value}" for label, value in w.home(", ")]))
    _family_table(document, w)
    document.add_heading("Lead professional", 1)
    document.add_paragraph()._p.append(x.text_box_run(
        [f"{label}: {value}" for label, value in w.lead()]))
    _narrative(document, w)
    return _save(document, w)


def header_footer(w: Written) -> bytes:
    """A vertical form whose page header and footer carry another address, postcode,
    email and the word MASH: none of it is the family's."""
    document = docx.Document(io.BytesIO(vertical_table(w)))
    section = document.sections[0]
    section.header.paragraphs[0].text = (
        "OFFICIAL - SENSITIVE. MASH / Early Help Desk, Council House, Priory Road, "
        "Dudley DY1 1HF")
    section.header.add_paragraph("Postcode: B1 1AA   Email: earlyhelp@dudley.gov.uk")
    section.footer.paragraphs[0].text = (
        "Lead professional email: info@example.org | Date of birth: 01/01/1900 | Page 1")
    return _save(document, w)


def value_below(w: Written) -> bytes:
    """No tables: each label on its own line and the answer on the line below."""
    document = _new(w)
    for label, value in w.pairs(", "):
        document.add_paragraph(label).runs[0].bold = True
        if not is_section(label, value):
            document.add_paragraph(value or x.PLACEHOLDER)
    _family_table(document, w)
    _narrative(document, w)
    return _save(document, w)


def split_family(w: Written) -> bytes:
    """The family table broken over a page: the rows after the first carry on in a second
    table with no header row, as Word does when a table is split by a page break."""
    document = _new(w)
    _table(document, w.pairs("\n"))
    document.add_heading("Family members", 1)
    rows = w.family_rows()
    _table(document, [w.family_header, *rows[:1]])
    document.add_paragraph()._p.append(x.xml('<w:r><w:br w:type="page"/></w:r>'))
    _table(document, rows[1:] or [("",) * len(w.family_header)])
    _narrative(document, w)
    return _save(document, w)


def nested_tables(w: Written) -> bytes:
    """Everything inside an outer layout table (one cell per section), the answers and the
    family in tables nested in those cells, spare family rows left with Word's prompt."""
    document = _new(w)
    outer = document.add_table(rows=3, cols=1)
    outer.style = "Table Grid"
    sections = (("Section A: the assessment", w.about()),
                ("Section B: the family's home", w.home(", ")),
                ("Section C: lead professional", w.lead()))
    for cell, (title, pairs) in zip(outer.column_cells(0), sections, strict=True):
        cell.paragraphs[0].text = title
        _fill(cell.add_table(rows=len(pairs), cols=2), pairs)
    family = document.add_table(rows=1, cols=1).cell(0, 0)
    family.paragraphs[0].text = "Section D: family members"
    spare = (x.PLACEHOLDER, x.DATE_PLACEHOLDER, x.CHOOSE, x.PLACEHOLDER, x.DATE_PLACEHOLDER)
    rows = [w.family_header, *w.family_rows(), spare, spare]
    _fill(family.add_table(rows=len(rows), cols=5), rows)
    _narrative(document, w)
    return _save(document, w)


def _sections(pairs: list[tuple[str, str]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The pairs cut at section titles: (title or "", the pairs under it)."""
    cut: list[tuple[str, list[tuple[str, str]]]] = [("", [])]
    for label, value in pairs:
        if is_section(label, value):
            cut.append((label, []))
        else:
            cut[-1][1].append((label, value))
    return [(title, chunk) for title, chunk in cut if title or chunk]


def _fill(table: Any, rows: Sequence[Sequence[str]]) -> None:
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=False):
            cell.text = value


DOCX_LAYOUTS: dict[str, DocxLayout] = {
    "docx-vertical": vertical_table,
    "docx-horizontal": horizontal_table,
    "docx-four-columns": four_columns,
    "docx-person-columns": person_columns,
    "docx-content-controls": content_controls,
    "docx-legacy-fields": legacy_fields,
    "docx-glyph-boxes": glyph_boxes,
    "docx-text-boxes": text_boxes,
    "docx-header-footer": header_footer,
    "docx-value-below": value_below,
    "docx-split-family": split_family,
    "docx-nested-tables": nested_tables,
}
