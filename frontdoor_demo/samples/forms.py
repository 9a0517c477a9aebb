"""Realistic referral forms (.docx and PDF) built from a spec, for tests and the demo.

The generators know nothing of the extractor: a spec states what a person typed,
plus what a reader should conclude from it (`role`, `signed`), so tests can compare.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as PdfTable

from parsers.form import FormType, LeadProfessional, Role

FAMILY_HEADER = ("Name", "Date of birth", "Relationship", "Consent signature", "Date")


@dataclass(frozen=True)
class PersonSpec:
    name: str
    dob: dt.date | None
    relationship: str
    consent_text: str = ""
    consent_date: dt.date | None = None
    role: Role = Role.CHILD  # what a reader should conclude
    signed: bool = False  # what a reader should conclude from consent_text


@dataclass(frozen=True)
class FormSpec:
    title: str = "Early Help Assessment"
    form_type: FormType = FormType.EARLY_HELP_ASSESSMENT
    people: tuple[PersonSpec, ...] = ()
    address_lines: tuple[str, ...] = ()
    postcode: str | None = None  # normalised, as a reader should give it
    postcode_as_written: str = ""  # defaults to `postcode`
    lead: LeadProfessional = field(default_factory=LeadProfessional)
    lead_role: str = ""
    level: int | None = None
    level_word: str = "Level"  # "Tier" on Doncaster's forms
    assessment_date: dt.date | None = None
    risk_of_significant_harm: bool | None = None
    verbal_consent: bool | None = None  # internal request forms only
    free_text: str = ""


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("Yes" if value else "No")


def labelled_values(spec: FormSpec, *, address_joiner: str) -> list[tuple[str, str]]:
    """The label/value pairs of a spec in form order (narrative last)."""
    pairs = [
        ("Date of assessment", _date(spec.assessment_date)),
        ("Address", address_joiner.join(spec.address_lines)),
        ("Postcode", spec.postcode_as_written or spec.postcode or ""),
        ("Lead professional name", spec.lead.name),
        ("Agency", spec.lead.agency),
        ("Role", spec.lead_role),
        ("Email", spec.lead.email),
        ("Telephone", spec.lead.phone),
        (f"{spec.level_word} of need", f"{spec.level_word} {spec.level}" if spec.level else ""),
        ("Risk of significant harm", _yes_no(spec.risk_of_significant_harm)),
    ]
    if spec.verbal_consent is not None:
        pairs.append(("Verbal consent obtained by desk", _yes_no(spec.verbal_consent)))
    return pairs


def family_rows(spec: FormSpec) -> list[tuple[str, ...]]:
    return [(p.name, _date(p.dob), p.relationship, p.consent_text, _date(p.consent_date))
            for p in spec.people]


def make_docx(spec: FormSpec, *, layout: str = "table") -> bytes:
    """A .docx form: layout "table" (label/value table) or "paragraphs" ("Label: value")."""
    document = docx.Document()
    document.add_heading(spec.title, 0)
    if layout == "table":
        _docx_table(document, labelled_values(spec, address_joiner="\n"))
    elif layout == "paragraphs":
        for label, value in labelled_values(spec, address_joiner=", "):
            document.add_paragraph(f"{label}: {value}")
    else:
        raise ValueError(f"unknown layout {layout!r}")
    document.add_heading("Family members", 1)
    _docx_table(document, [FAMILY_HEADER, *family_rows(spec)])
    document.add_heading("Reason for referral", 1)
    document.add_paragraph(spec.free_text or "Click here to enter text.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_table(document: docx.document.Document, rows: Sequence[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def make_pdf(spec: FormSpec, *, acroform: bool = False) -> bytes:
    """A PDF form: flattened text and a ruled family table, or AcroForm fields."""
    return _acroform_pdf(spec) if acroform else _flat_pdf(spec)


def _flat_pdf(spec: FormSpec) -> bytes:
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph(_escape(spec.title), styles["Title"])]
    story += [Paragraph(_escape(f"{label}: {value}"), styles["Normal"])
              for label, value in labelled_values(spec, address_joiner=", ")]
    story += [Spacer(1, 12), Paragraph("Family members", styles["Heading2"])]
    table = PdfTable([FAMILY_HEADER, *family_rows(spec)])
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")])
    story += [table, Spacer(1, 12), Paragraph("Reason for referral:", styles["Heading2"])]
    story.append(Paragraph(_escape(spec.free_text), styles["Normal"]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=spec.title).build(story)
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _acroform_pdf(spec: FormSpec) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(50, 800, spec.title)
    fields = labelled_values(spec, address_joiner=", ")
    fields.append(("Reason for referral", spec.free_text))
    y = 760
    for number, (label, value) in enumerate(fields, start=1):
        _text_field(page, f"field{number}", label, value, y)
        y -= 26
    for index, person in enumerate(family_rows(spec), start=1):
        for column, value in zip(("name", "dob", "relationship", "consent", "consent_date"),
                                 person, strict=True):
            _text_field(page, f"person{index}_{column}", f"Person {index} {column}", value, y)
            y -= 26
    page.save()
    return out.getvalue()


def _text_field(page: canvas.Canvas, name: str, label: str, value: str, y: float) -> None:
    page.setFont("Helvetica", 9)
    page.drawString(50, y + 6, label)
    page.acroForm.textfield(name=name, tooltip=label, value=value, x=230, y=y, width=320,
                            height=18, fontSize=9, borderWidth=0)


def make_step_down_plan_pdf() -> bytes:
    """A Child in Need plan, as a social worker attaches it to a step-down pack."""
    styles = getSampleStyleSheet()
    story = [Paragraph("Child in Need Plan", styles["Title"]),
             Paragraph("Review of the CIN plan agreed at the last meeting.", styles["Normal"]),
             Paragraph("Outcome: step down to Early Help with a lead professional from the school.",
                       styles["Normal"])]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def sample_specs() -> tuple[FormSpec, ...]:
    """A handful of varied forms: accents and apostrophes, levels, form types, consent wordings."""
    lead = LeadProfessional("Priya Shah", "Hillcrest Primary School",
                            "p.shah@hillcrest.dudley.sch.uk", "01384 812345")
    return (
        FormSpec(
            people=(
                PersonSpec("Zoë O'Brien", dt.date(2015, 6, 3), "Daughter", "", None, Role.CHILD),
                PersonSpec("Siobhán O'Brien", dt.date(1988, 11, 30), "Mother", "S O'Brien",
                           dt.date(2026, 11, 12), Role.ADULT, signed=True),
                PersonSpec("Liam O'Brien", dt.date(2010, 2, 14), "Brother", "Liam O'Brien",
                           dt.date(2026, 11, 12), Role.CHILD, signed=True),
            ),
            address_lines=("14 Cedar Road", "Brierley Hill"), postcode="DY5 1AB",
            postcode_as_written="dy51ab", lead=lead, lead_role="Family support worker", level=2,
            assessment_date=dt.date(2026, 11, 12), risk_of_significant_harm=False,
            free_text="Zoë's attendance has fallen to 82% this term. Mum asks for help with "
                      "routines and with Liam's behaviour at home.",
        ),
        FormSpec(
            title="MASH Early Help Desk – Internal Request Form",
            form_type=FormType.INTERNAL_REQUEST,
            people=(
                PersonSpec("Kacper Nowak", dt.date(2019, 9, 1), "Son", "", None, Role.CHILD),
                PersonSpec("Agnieszka Nowak", dt.date(1992, 4, 21), "Mother",
                           "verbal consent", dt.date(2026, 10, 30), Role.ADULT, signed=True),
            ),
            address_lines=("Flat 3", "7 Stourbridge Road", "Halesowen"), postcode="B63 3AB",
            lead=LeadProfessional("Dan Ellis", "MASH", "dan.ellis@dudley.gov.uk", "0300 555 0050"),
            level=3, assessment_date=dt.date(2026, 10, 30), risk_of_significant_harm=False,
            verbal_consent=True, free_text="Police notification after a neighbour dispute.",
        ),
        FormSpec(
            title="Step-Down Form: Children's Services to Early Help",
            form_type=FormType.STEP_DOWN,
            people=(
                PersonSpec("Amira Hussain", dt.date(2012, 1, 25), "Subject child", "Yes",
                           dt.date(2026, 9, 8), Role.CHILD, signed=True),
                PersonSpec("Farah Hussain", dt.date(1980, 7, 7), "Mother",
                           "signature held on file", dt.date(2026, 9, 8), Role.ADULT, signed=True),
                PersonSpec("Yusuf Hussain", dt.date(2009, 12, 1), "Cousin", "No", None,
                           Role.CHILD),
            ),
            address_lines=("22 Dudley Road", "Sedgley"), postcode="DY3 1AA",
            lead=LeadProfessional("Helen Carter-Jones", "Children's Services",
                                  "helen.carter-jones@dudley.gov.uk", "01384 815000"),
            level=3, assessment_date=dt.date(2026, 9, 8), risk_of_significant_harm=False,
            free_text="CIN plan closed; needs met at level 3 with school support.",
        ),
        FormSpec(
            people=(PersonSpec("Noah Smith", dt.date(2023, 5, 17), "Child", "", None),
                    PersonSpec("Jade Smith", dt.date(2009, 3, 2), "Mother", "consent gained",
                               dt.date(2026, 11, 1), Role.CHILD, signed=True)),
            address_lines=("5 Wordsley Green",), postcode="DY8 5AA", lead=lead, level=4,
            assessment_date=dt.date(2026, 11, 1), risk_of_significant_harm=True,
            free_text="Young mother (18 next year) living with an older partner.",
        ),
    )
