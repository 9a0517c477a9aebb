"""Whole messages: packs of forms and plans, forwards, and forms typed into the body."""

from __future__ import annotations

from email.message import EmailMessage

from frontdoor_demo.samples.forms import make_docx, make_pdf, make_step_down_plan_pdf, sample_specs
from parsers.files import extract_document, extract_mail
from parsers.form import Form, FormType
from parsers.mail.mime import parse_mail
from parsers.results import Document, DocumentKind, UnreadableFile

SPECS = sample_specs()
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _mail(body: str = "Please find attached.",
          files: tuple[tuple[str, bytes, tuple[str, str]], ...] = ()) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Social Worker <sw@dudley.example>"
    message["To"] = "earlyhelp@dudley.example"
    message["Subject"] = "Step down"
    message.set_content(body)
    for name, data, (maintype, subtype) in files:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def test_step_down_pack_makes_the_main_form_step_down() -> None:
    message = _mail(files=(("CIN plan.pdf", make_step_down_plan_pdf(), ("application", "pdf")),
                           ("EHA.docx", make_docx(SPECS[0]), DOCX)))
    extraction = extract_mail(parse_mail(message.as_bytes()))
    assert [f.form_type for f in extraction.forms] == [FormType.STEP_DOWN]
    assert extraction.forms[0].people == extract_docx_people()
    assert extraction.documents == (Document("CIN plan.pdf", DocumentKind.STEP_DOWN_PLAN),)
    assert extraction.has_step_down_plan
    assert extraction.unreadable == ()


def extract_docx_people() -> tuple[object, ...]:
    form = extract_document("EHA.docx", make_docx(SPECS[0]))
    assert isinstance(form, Form)
    return form.people


def test_forms_are_ordered_and_forwarded_attachments_read() -> None:
    inner = _mail(files=(("internal.pdf", make_pdf(SPECS[1]), ("application", "pdf")),))
    outer = _mail(files=(("logo.png", b"\x89PNG\r\n\x1a\n\0", ("image", "png")),
                         ("locked.pdf", b"%PDF-1.4 truncated", ("application", "octet-stream")),
                         ("eha.docx", make_docx(SPECS[3], layout="paragraphs"), DOCX)))
    outer.add_attachment(inner)
    extraction = extract_mail(parse_mail(outer.as_bytes()))
    assert [f.form_type for f in extraction.forms] == [FormType.EARLY_HELP_ASSESSMENT,
                                                       FormType.INTERNAL_REQUEST]
    assert [f.source_name for f in extraction.forms] == ["eha.docx", "internal.pdf"]
    assert extraction.documents == (Document("logo.png", DocumentKind.SUPPORTING),)
    assert extraction.unreadable == (UnreadableFile("locked.pdf", "corrupt or truncated PDF"),)


def test_attached_eml_is_read_for_its_forms() -> None:
    inner = _mail(files=(("eha.pdf", make_pdf(SPECS[0]), ("application", "pdf")),))
    outer = _mail(files=(("referral.eml", inner.as_bytes(), ("application", "octet-stream")),))
    extraction = extract_mail(parse_mail(outer.as_bytes()))
    assert [f.source_name for f in extraction.forms] == ["eha.pdf"]


def test_body_is_a_form_only_when_it_clearly_is_one() -> None:
    body = ("Early Help Assessment\nChild's name: Zoë O'Brien\nDate of birth: 03/06/2015\n"
            "Address: 14 Cedar Road\nPostcode: DY5 1AB\nLevel of need: Level 2\n")
    form = extract_mail(parse_mail(_mail(body).as_bytes())).forms
    assert [(f.form_type, f.address.postcode, f.level_of_need) for f in form] == [
        (FormType.EARLY_HELP_ASSESSMENT, "DY5 1AB", 2)]
    assert [(p.name, p.date_of_birth is not None) for p in form[0].people] == [
        ("Zoë O'Brien", True)]


def test_an_enquiry_has_no_form() -> None:
    body = "Hello, could you tell me how to refer a family in DY5 1AB? Thanks"
    extraction = extract_mail(parse_mail(_mail(body).as_bytes()))
    assert extraction.forms == ()
    assert extraction.documents == ()


def test_eml_file_gives_its_main_form() -> None:
    message = _mail(files=(("eha.docx", make_docx(SPECS[2]), DOCX),))
    form = extract_document("mail.eml", message.as_bytes())
    assert isinstance(form, Form)
    assert form.form_type is FormType.STEP_DOWN
    assert form.address.postcode == "DY3 1AA"
