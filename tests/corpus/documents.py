"""Attachments that are not referral forms: CIN, CP and step-down plans, supporting letters.

They carry a child's details too (plans always do), which is what makes them worth
classifying: a plan is kept with its pack and never read as the assessment.
"""

from __future__ import annotations

import io

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as PdfTable

from tests.corpus.families import FAMILIES
from tests.corpus.pdf_layouts import FONT

_CHILD = FAMILIES[11].spec.people[0]
_PLAN_ROWS = [("Child's name", _CHILD.name), ("Date of birth", "25/01/2012"),
              ("Address", "22 Dudley Road, Sedgley, DY3 2DE"),
              ("Social worker", "Helen Carter-Jones")]
_ACTIONS = [("What needs to happen", "Who", "By when"),
            ("Attend school every day", "Parent, school", "Ongoing"),
            ("Weekly family support session", "Family support worker", "12/12/2026")]


def plan_docx(title: str, *, letterhead: bool = False) -> bytes:
    """A plan as children's services write it: details table, then the actions;
    `letterhead` puts the council's name first and the title in bold, not as a heading."""
    document = docx.Document()
    if letterhead:
        document.add_paragraph("Dudley Metropolitan Borough Council - Children's Services")
        document.add_paragraph().add_run(title).bold = True
    else:
        document.add_heading(title, 0)
    for rows in (_PLAN_ROWS, _ACTIONS):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        document.add_paragraph("")
    document.add_paragraph("Plan reviewed at the core group; outcome: step down to Early Help.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plan_pdf(title: str) -> bytes:
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph(title, styles["Title"])]
    for rows in (_PLAN_ROWS, _ACTIONS):
        table = PdfTable(rows)
        table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                        ("FONT", (0, 0), (-1, -1), FONT, 9)])
        story += [table, Spacer(1, 12)]
    story.append(Paragraph("Agreed at the review conference: the plan ends and the family is "
                           "stepped down to Early Help support.", styles["Normal"]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=title).build(story)
    return out.getvalue()


_LETTER = ("Ridgeway Surgery, 2 Ridgeway Lane, Dudley",
           "Dear Early Help team,",
           f"Re: {_CHILD.name}, date of birth 25/01/2012, 22 Dudley Road, Sedgley DY3 2DE",
           "I write in support of the Early Help Assessment sent by the school. I have seen "
           "the family twice this term and agree that support with routines would help.",
           "Yours sincerely,", "Dr Amélie Laurent")


_REFERENCE_LETTER = ("Castle High School, Castle Hill, Dudley DY1 4RN",
                     "12 November 2026",
                     f"Re: Early Help Assessment for {_CHILD.name} (DOB 25/01/2012)",
                     "Dear Early Help team,",
                     "Please find attached the Early Help Assessment for the family. The school "
                     "will remain the lead professional.",
                     "Kind regards,", "Marcus D'Souza, Head of Year 9")


def letter_docx(*, about_the_form: bool = False) -> bytes:
    """A supporting letter; `about_the_form`: a covering letter whose subject line names
    the Early Help Assessment it came with."""
    document = docx.Document()
    for line in _REFERENCE_LETTER if about_the_form else _LETTER:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def letter_pdf() -> bytes:
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph(line, styles["Normal"]) for line in _LETTER]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()
