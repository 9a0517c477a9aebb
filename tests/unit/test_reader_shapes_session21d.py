"""Consent shapes read in session 21 (issue 10) from held-out set 18's first reading: rows of
whose-signature pairs, a tick beside a name, and an agreement signed under the referrer's
details. Each test is built from the shape of the published form it names; the
independent measure is tests/councils*/."""

from __future__ import annotations

from parsers.layout import Heading, Pair, Table
from tests.unit.reader_fixtures import form_of, people_of

_FAMILY = Table((("Name", "DOB", "Relationship"),
                 ("Oliver Grant", "02/12/2012", "Young person"),
                 ("Rachel Grant", "09/04/1981", "Mother"),
                 ("Sam Grant", "26/09/2016", "Brother")))


def _signed(*rows: tuple[str, ...]) -> list[bool]:
    return [p[2] for p in people_of(form_of(_FAMILY, Heading("Agreement"), Table(rows)))]


def test_rows_of_whose_signature_and_date() -> None:
    # Victim Support working together agreement; Rethink "Young person | Signed: O Grant |
    # Date | 2 December 2026"; Starting Well "Signed (young person) | S. Reid | Signed
    # (parent) | T. Reid"; St Wilfrid's "☒ Parent/carer consents | Signature | A. Nowak".
    assert _signed(("Young person", "O Grant", "Date", "02/12/2026"),
                   ("Parent", "R Grant", "Date", "02/12/2026")) == [True, True, False]
    assert _signed(("Young person", "Signed: O Grant", "Date", "2 December 2026"),
                   ("Parent/carer", "Signed: Rachel Grant", "Date", "2 December 2026")) == [
        True, True, False]
    assert _signed(("Signed (young person)", "O. Grant", "Signed (parent)", "R. Grant"),
                   ) == [True, True, False]
    assert _signed(("☒ Parent/carer consents", "Signature", "R. Grant", "Date", "15/10/2026"),
                   ("☐ Young person consents", "Signature", "", "Date", "")) == [
        False, True, False]


def test_a_tick_beside_the_name_and_an_agreement_signed_under_the_referrer() -> None:
    # POCAR: "Parent agrees to referral | ✓ Rachel Grant"; "Natalie has read this referral
    # and agrees to it. Signed: N. Walsh   Date: 22 September 2026" under "Referrer Details".
    ticked = form_of(_FAMILY, Heading("Consent"),
                     Table((("Parent agrees to referral", "✓ Rachel Grant"),
                            ("Young person (14+) agrees", "✓ Oliver Grant"))))
    assert [p[2] for p in people_of(ticked)] == [True, True, False]
    signed = form_of(_FAMILY, Heading("Referrer Details"),
                     Table((("Name", "Joanne Fisher"), ("Email", "j.fisher@x.example.org"))),
                     "Rachel has read this referral and agrees to it. Signed: R. Grant   Date: "
                     "22 September 2026")
    assert [p[2] for p in people_of(signed)] == [False, True, False]


def test_a_kinship_household_named_by_label_with_consent_boxes_naming_each() -> None:
    # The Children's Bereavement Centre professional referral (fillable): "Address * | 118
    # Cradley Road, B64 7BU; now living with aunt at 4 Hawne Lane, Halesowen B63 3BL",
    # "Aunt / kinship carer * | Manpreet Kaur", "Carer consent – Manpreet Kaur | Yes".
    form = form_of(Heading("Child"), Pair("Child's name *", "Noah Kaur"),
                   Pair("DOB *", "25/11/2015"),
                   Pair("Address *", "118 Cradley Road, Cradley Heath, B64 7BU; now living "
                                     "with aunt at 4 Hawne Lane, Halesowen B63 3BL"),
                   Heading("Household"), Pair("Aunt / kinship carer *", "Manpreet Kaur"),
                   Pair("DOB", "12/09/1983"), Pair("Uncle", "Harjit Singh"),
                   Pair("DOB", "03/02/1981"), Heading("Consent"),
                   Pair("Carer consent – Manpreet Kaur", "Yes"),
                   Pair("Carer consent – Harjit Singh", "No"))
    assert form.address.postcode == "B63 3BL"
    assert [(p.name, p.relationship, p.consent.signed) for p in form.people] == [
        ("Noah Kaur", "", False), ("Manpreet Kaur", "aunt", True),
        ("Harjit Singh", "uncle", False)]
