"""Checks the eighteenth held-out set itself (not the reader): every case builds, is the file it
claims to be, and carries its expected family postcode, surnames and assessment date."""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
from datetime import date
from email.message import Message

import pytest
from docx import Document
from pypdf import PdfReader

from tests.councils.model import CouncilCase
from tests.councils_heldout18.cases import ALL_CASES

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]

    def walk(tables: list[object]) -> None:
        for t in tables:
            for row in t.rows:  # type: ignore[attr-defined]
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)

    walk(list(doc.tables))
    # content controls and legacy form fields: their typed text lives in w:t runs too
    parts.extend(t.text or "" for t in doc.element.body.iter(f"{_W}t"))
    return "\n".join(parts)


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    parts = [page.extract_text() or "" for page in reader.pages]
    for name, fld in (reader.get_fields() or {}).items():
        value = fld.get("/V")
        parts.append(f"{name} {value if value is not None else ''}")
    return "\n".join(parts)


def _strip_html(s: str) -> str:
    s = re.sub(r"<[^>]+>", " ", s)
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def _mail_text(msg: Message) -> str:
    parts: list[str] = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            continue  # walk() descends into it
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if ctype == "text/plain":
            parts.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ctype == "text/html":
            parts.append(_strip_html(payload.decode(part.get_content_charset() or "utf-8")))
        elif payload.startswith(b"PK"):
            parts.append(_docx_text(payload))
        elif payload.startswith(b"%PDF"):
            parts.append(_pdf_text(payload))
    return "\n".join(parts)


def document_text(case: CouncilCase, data: bytes) -> str:
    if case.filename.endswith(".docx"):
        return _docx_text(data)
    if case.filename.endswith(".pdf"):
        return _pdf_text(data)
    return _mail_text(email.message_from_bytes(data, policy=email.policy.default))


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s.replace("\u2002", " ")).upper()


def _date_forms(d: date) -> list[str]:
    return [
        d.strftime("%d/%m/%Y"),
        d.strftime("%d/%m/%y"),
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day} {d.strftime('%B')} {d.year}",
        d.strftime("%d.%m.%Y"),
        d.isoformat(),
    ]


def _age(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return {c.case_id: c.build() for c in ALL_CASES}


def test_enough_cases() -> None:
    assert len(ALL_CASES) >= 33
    assert len({c.council for c in ALL_CASES if not c.council.startswith("Unidentified")}) >= 11
    assert len({c.layout for c in ALL_CASES}) == len(ALL_CASES)
    kinds = [c.filename.rsplit(".", 1)[-1] for c in ALL_CASES]
    assert kinds.count("eml") >= 1
    assert {"docx", "pdf", "eml"} <= set(kinds)
    assert any("fillable PDF" in c.layout for c in ALL_CASES)
    assert any("flattened PDF" in c.layout for c in ALL_CASES)


# councils whose forms the earlier sets already use
# (tests/councils, heldout, heldout2 … heldout16)
_USED = (
    "Barnsley",
    "Bath",
    "Bolton",
    "Bournemouth",
    "Brighton",
    "Calderdale",
    "Cheshire East",
    "Bradford",
    "Wolverhampton",
    "Cornwall",
    "Coventry",
    "Cumberland",
    "Derby City",
    "Devon",
    "Dorset",
    "Durham",
    "Essex",
    "Gloucestershire",
    "Hampshire",
    "Herefordshire",
    "Hertfordshire",
    "Hull",
    "Kent",
    "Kirklees",
    "Knowsley",
    "Lancashire",
    "Leeds",
    "Leicester",
    "Lincolnshire",
    "Liverpool",
    "Barking",
    "Brent",
    "Bromley",
    "Croydon",
    "Harrow",
    "Havering",
    "Islington",
    "Lambeth",
    "Southwark",
    "Sutton",
    "Waltham Forest",
    "Wandsworth",
    "Luton",
    "Milton Keynes",
    "Newcastle",
    "Norfolk",
    "Northamptonshire",
    "North Yorkshire",
    "Northumberland",
    "Nottingham",
    "Oldham",
    "Oxfordshire",
    "Plymouth",
    "Portsmouth",
    "Rotherham",
    "Salford",
    "Sandwell",
    "Sheffield",
    "Shropshire",
    "Slough",
    "Somerset",
    "South Tyneside",
    "Southend",
    "St Helens",
    "Stockport",
    "Stockton",
    "Suffolk",
    "Surrey",
    "Swindon",
    "Tameside",
    "Walsall",
    "Westminster",
    "Wigan",
    "Wiltshire",
    "Worcestershire",
    "Manchester",
    "East Sussex",
    "Sunderland",
    "Wakefield",
    "Medway",
    "Bristol",
    "Gateshead",
    "Derbyshire",
    "Cambridgeshire",
    "Rochdale",
    "Bedford",
    "Southampton",
    "Blackpool",
    "South Gloucestershire",
    "Hillingdon",
    "Peterborough",
    "Hartlepool",
    "Birmingham",
    "Darlington",
    # heldout4
    "Warwickshire",
    "Nottinghamshire",
    "Staffordshire",
    "Stoke",
    "Sefton",
    "York",
    "Middlesbrough",
    "Bexley",
    "Lewisham",
    "West Sussex",
    "Bracknell Forest",
    "Wirral",
    "Cheshire West",
    "Enfield",
    # heldout5
    "Leicestershire",
    "Reading",
    "Kingston",
    "Richmond",
    "Buckinghamshire",
    "Tower Hamlets",
    "Camden",
    "Thurrock",
    "Trafford",
    "Halton",
    "Merton",
    "North Tyneside",
    "Isle of Wight",
    "Falkirk",
    "Northern Health",
    "Vale of Glamorgan",
    # heldout6
    "Solihull",
    "Hackney",
    "Hammersmith",
    "Torbay",
    "Warrington",
    "Barnet",
    "Fife",
    "Highland",
    "Central Bedfordshire",
    "Swansea",
    "Blackburn",
    "Westmorland",
    "Monmouthshire",
    # heldout7
    "Haringey",
    "Wokingham",
    "West Berkshire",
    "Windsor and Maidenhead",
    "Cardiff",
    "Wrexham",
    "Aberdeen",
    "Belfast",
    "Jersey",
    "Isle of Man",
    # heldout8
    "Bury",
    "Doncaster",
    "Newham",
    "Kensington",
    "Chelsea",
    "Bridgend",
    "Rhondda",
    "Cynon Taf",
    "Lanarkshire",
    "Inverclyde",
    "South Ayrshire",
    "Southern Health",
    "Southern Trust",
    "Guernsey",
    # heldout9
    "Hounslow",
    "Greenwich",
    "Rutland",
    "Telford",
    "Wrekin",
    "Edinburgh",
    "Glasgow",
    "North Ayrshire",
    "Stirling",
    "Dumfries",
    "Galloway",
    "Children and Young People's Strategic Partnership",
    "CYPSP",
    "Family Support Hubs",
    "Home-Start",
    # heldout10
    "Redcar",
    "The Link",
    "Western Isles",
    "Pointers",
    "East Dunbartonshire",
    "Carers Link",
    "NSPCC",
    "Carmarthenshire",
    "Pembrokeshire",
    "West Wales",
    "Prince's Trust",
    "Safe Families",
    "West Lothian",
    "Ealing",
    "Centre 33",
    # heldout11 and heldout12
    "ABEL",
    "Angus",
    "Carers Plus",
    "City of London",
    "Clackmannanshire",
    "Conwy",
    "Early Break",
    "East Ayrshire",
    "East Lothian",
    "East Riding",
    "Gwynedd",
    "Spurgeons",
    "Winston's Wish",
    "UNOCINI",
    "West Dunbartonshire",
    "Perth and Kinross",
    "Renfrewshire",
    "PALZ",
    "START",
    "Platform for Life",
    "MACS",
    "SBNI",
    # heldout13
    "Aberlour",
    "Carers Bucks",
    "Carers Hub",
    "Cottage Family Centre",
    "Cumbria",
    "Denbighshire",
    "Dudley Safeguarding Children Partnership",
    "Dudley",
    "Dundee",
    "Family Futures",
    "Isles of Scilly",
    "Kinship",
    # heldout14
    "Moray",
    "Neath Port Talbot",
    "Newport",
    "Orkney",
    "Poole",
    "Quarriers",
    "Rainbow Trust",
    "Redbridge",
    "Shetland",
    "Tees",
    "Torfaen",
    # heldout15
    "Aberdeenshire",
    "Argyll and Bute",
    "Caerphilly",
    "Carers Trust",
    "Flintshire",
    "Flying Start",
    "Healthy Child Wales",
    "Hywel Dda",
    "Isle of Anglesey",
    "KIDS",
    "Kids in Need of Defense",
    "KIND",
    # heldout16
    "Merthyr Tydfil",
    "Mid Ulster",
    "Midlothian",
    "Powys",
    "Scottish Borders",
    "Signpost",
    "Sure Start Wellingborough",
    "Together for Children",
    "Wales Safeguarding Procedures",
    "YMCA Exeter",
    "Youth Trust",
)


def test_councils_not_used_before() -> None:
    for c in ALL_CASES:
        assert "M" <= c.council[0] <= "Z", c.council
        assert not any(re.search(rf"(?<!South )\b{u}\b", c.council) for u in _USED), c.council


def _is_acroform(data: bytes) -> bool:
    return bool(PdfReader(io.BytesIO(data)).get_fields())


@pytest.mark.parametrize(
    "case", [c for c in ALL_CASES if c.filename.endswith(".pdf")], ids=lambda c: c.case_id
)
def test_pdf_is_the_kind_it_claims(case: CouncilCase, built: dict[str, bytes]) -> None:
    assert _is_acroform(built[case.case_id]) == case.layout.startswith("fillable PDF")


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.case_id)
def test_case_builds_and_carries_its_truth(case: CouncilCase, built: dict[str, bytes]) -> None:
    data = built[case.case_id]
    assert data == case.build(), "builds must be deterministic"
    if case.filename.endswith(".docx"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert "word/document.xml" in z.namelist()
    elif case.filename.endswith(".pdf"):
        assert data.startswith(b"%PDF")
    else:
        assert case.filename.endswith(".eml")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg["From"]
        assert msg["Subject"]
    text = _squash(document_text(case, data))
    exp = case.expected
    if exp.postcode is not None:
        assert re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}", exp.postcode)
        assert exp.postcode.replace(" ", "") in text, f"{exp.postcode} not in the document"
    for p in exp.people:
        surname = p.name.split()[-1]
        assert _squash(surname) in text, f"{surname} not in the document"
    assert any(_squash(f) in text for f in _date_forms(case.assessment_date)), (
        "the assessment date must be written on the form"
    )
    if exp.lead_professional_email:
        assert _squash(exp.lead_professional_email) in text


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.case_id)
def test_truth_is_consistent(case: CouncilCase) -> None:
    exp = case.expected
    on = case.assessment_date
    assert exp.form_type in {"early_help_assessment", "internal_request", "step_down"}
    assert exp.level_of_need in {None, 1, 2, 3, 4}
    unsigned_14 = [
        p
        for p in exp.people
        if not p.signed and (p.date_of_birth is None or _age(p.date_of_birth, on) >= 14)
    ]
    for p in exp.people:
        if p.date_of_birth is not None:
            assert p.role == ("child" if _age(p.date_of_birth, on) < 18 else "adult"), p.name
    if exp.safeguarding or exp.level_of_need == 4:
        assert exp.queue_reason == "safeguarding_concern"
    elif unsigned_14:
        assert exp.queue_reason == "consent_missing", [p.name for p in unsigned_14]
    elif exp.postcode is None:
        assert exp.queue_reason == "postcode_missing"
    else:
        assert exp.queue_reason is None
    assert exp.people, "every case lists its household"


def test_ids_unique_and_prefixed() -> None:
    ids = [c.case_id for c in ALL_CASES]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("heldout18-") for i in ids)
