"""Forms outside the usual attachment: typed in a body beside a logo, in an HTML part,
inside a PDF, as RTF or ODT, in a signed message; and what is said plainly instead."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from reportlab.pdfgen import canvas

from parsers.files import ENCRYPTED_MESSAGE, extract_document, extract_mail
from parsers.form import Form
from parsers.mail.mime import parse_mail
from parsers.pdf.reader import XFA_FORM
from parsers.results import UnreadableFile
from tests.unit.test_reader_real_layouts import build

FORM_TEXT = ("Early Help Assessment\nChild's name: Zoë Hart\nDate of birth: 03/06/2015\n"
             "Postcode: DY5 1AA\nLevel of need: Level 2\n")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _message() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "teacher@school.example"
    message["To"] = "brierleyhill@dudley.example"
    message["Subject"] = "Referral"
    return message


def _main_form(raw: bytes) -> Form:
    forms = extract_mail(parse_mail(raw)).forms
    assert forms, "no form read"
    return forms[0]


def test_a_form_typed_in_the_body_beside_an_inline_logo() -> None:
    message = _message()
    message.set_content(FORM_TEXT)
    message.add_related(PNG, maintype="image", subtype="png", cid="<logo>")
    form = _main_form(message.as_bytes())
    assert (form.address.postcode, [p.name for p in form.people]) == ("DY5 1AA", ["Zoë Hart"])


def test_a_form_in_the_html_part_when_the_text_part_is_a_stub() -> None:
    message = _message()
    message.set_content("This message is in HTML. Please view the HTML version.")
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (
        ("Child's name", "Zoë Hart"), ("Date of birth", "03/06/2015"), ("Postcode", "DY5 1AA")))
    message.add_alternative(f"<html><body><h2>Early Help Assessment</h2><table>{rows}</table>"
                            "<p style='display: none'>Postcode: B15 2TT</p></body></html>",
                            subtype="html")
    form = _main_form(message.as_bytes())
    assert form.address.postcode == "DY5 1AA"
    assert [p.date_of_birth is not None for p in form.people] == [True]


def test_a_form_inside_a_forwarded_message() -> None:
    inner = _message()
    inner.set_content("Please see the form.")
    inner.add_attachment(build("Early Help Assessment", "Postcode: DY8 1AA",
                               [["Name", "Date of birth", "Relationship"],
                                ["Ava Reed", "1/2/2016", "Daughter"]]),
                         maintype="application", subtype="octet-stream", filename="eha.docx")
    outer = _message()
    outer.set_content("Forwarding as discussed.")
    outer.add_attachment(inner)
    form = _main_form(outer.as_bytes())
    assert form.address.postcode == "DY8 1AA"


def _pdf_with(text: str) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for number, line in enumerate(text.splitlines()):
        page.drawString(72, 760 - 16 * number, line)
    page.save()
    return out.getvalue()


def test_a_form_embedded_in_a_pdf_is_read() -> None:
    writer = PdfWriter()
    writer.append(io.BytesIO(_pdf_with("Covering letter\nDear colleague, please find attached.")))
    writer.add_attachment("eha.docx", build("Early Help Assessment", "Postcode: DY8 1AA",
                                            [["Name", "Date of birth", "Relationship"],
                                             ["Ava Reed", "1/2/2016", "Daughter"]]))
    out = io.BytesIO()
    writer.write(out)
    message = _message()
    message.set_content("See attached.")
    message.add_attachment(out.getvalue(), maintype="application", subtype="pdf",
                           filename="pack.pdf")
    assert _main_form(message.as_bytes()).address.postcode == "DY8 1AA"


def test_an_xfa_form_says_so() -> None:
    writer = PdfWriter()
    writer.append(io.BytesIO(_pdf_with("Please wait...")))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/XFA"): TextStringObject("<xdp/>")})
    out = io.BytesIO()
    writer.write(out)
    result = extract_document("eha.pdf", out.getvalue())
    assert result == UnreadableFile("eha.pdf", XFA_FORM)


def test_a_hidden_acroform_field_is_never_read() -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 760, "Early Help Assessment")
    form = page.acroForm
    form.textfield(name="child_name", tooltip="Child's name", value="Zoë Hart", x=200, y=700)
    form.textfield(name="dob", tooltip="Date of birth", value="03/06/2015", x=200, y=670)
    form.textfield(name="postcode_hidden", tooltip="Postcode", value="B15 2TT", x=200, y=640,
                   annotationFlags="hidden")
    form.textfield(name="postcode", tooltip="Postcode", value="DY5 1AA", x=200, y=610)
    page.save()
    result = extract_document("eha.pdf", out.getvalue())
    assert isinstance(result, Form)
    assert (result.address.postcode, result.postcode_doubt) == ("DY5 1AA", "")


def test_rtf_and_odt_forms() -> None:
    rtf = (rb"{\rtf1\ansi\pard Early Help Assessment\par"
           b"\n\\trowd\\cellx2000\\cellx4000 Child's name\\cell Zo\\'eb Hart\\cell\\row"
           b"\n\\trowd\\cellx2000\\cellx4000 Date of birth\\cell 03/06/2015\\cell\\row"
           b"\n\\trowd\\cellx2000\\cellx4000 Postcode\\cell DY5 1AA\\cell\\row}")
    odt = _odt([("Child's name", "Zoë Hart"), ("Date of birth", "03/06/2015"),
                ("Postcode", "DY5 1AA")])
    for name, data in (("eha.rtf", rtf), ("eha.odt", odt)):
        result = extract_document(name, data)
        assert isinstance(result, Form), (name, result)
        assert (result.address.postcode, [p.name for p in result.people]) == (
            "DY5 1AA", ["Zoë Hart"]), name


def _odt(rows: list[tuple[str, str]]) -> bytes:
    cells = "".join(f"<table:table-row><table:table-cell><text:p>{a}</text:p></table:table-cell>"
                    f"<table:table-cell><text:p>{b}</text:p></table:table-cell></table:table-row>"
                    for a, b in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body>'
        "<office:text><text:h>Early Help Assessment</text:h>"
        f"<table:table>{cells}</table:table></office:text></office:body>"
        "</office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return out.getvalue()


# DER starts of PKCS #7 signedData and envelopedData (RFC 5652), as a .p7s / .p7m holds.
SIGNATURE = bytes.fromhex("308006092a864886f70d010702a0803080020101") + b"\x00" * 32
ENCRYPTED = bytes.fromhex("308006092a864886f70d010703a0803080020100") + b"\x00" * 32


def test_a_signed_message_is_read_and_an_encrypted_one_is_said_to_be() -> None:
    signed = _message()
    signed.set_content(FORM_TEXT)
    signed.add_attachment(SIGNATURE, maintype="application", subtype="pkcs7-signature",
                          filename="smime.p7s")
    extraction = extract_mail(parse_mail(signed.as_bytes()))
    assert extraction.unreadable == ()
    assert extraction.forms[0].address.postcode == "DY5 1AA"
    assert extract_document("smime.p7m", ENCRYPTED) == UnreadableFile("smime.p7m",
                                                                      ENCRYPTED_MESSAGE)


def test_operating_system_files_in_a_zip_are_not_attachments() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("pack/eha.docx", build("Early Help Assessment", "Postcode: DY8 1AA",
                                                [["Name", "Date of birth"],
                                                 ["Ava Reed", "1/2/2016"]]))
        archive.writestr("pack/.DS_Store", b"\x00\x00\x00\x01Bud1")
        archive.writestr("pack/Thumbs.db", b"\xd0\xcf\x11\xe0")
        archive.writestr("__MACOSX/pack/._eha.docx", b"\x00\x05\x16\x07")
    message = _message()
    message.set_content("Pack attached.")
    message.add_attachment(out.getvalue(), maintype="application", subtype="zip",
                           filename="pack.zip")
    extraction = extract_mail(parse_mail(message.as_bytes()))
    assert extraction.unreadable == ()
    assert extraction.forms[0].address.postcode == "DY8 1AA"


def test_a_picture_named_pdf_says_it_is_not_a_pdf() -> None:
    result = extract_document("eha.pdf", PNG)
    assert result == UnreadableFile("eha.pdf", "named .pdf but is not a PDF file (a picture)")
