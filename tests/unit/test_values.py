"""Value parsing: British dates, postcode shape, levels, placeholders, consent, yes/no."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.meaning.values import (
    consent_from_text,
    find_postcode,
    is_placeholder,
    normalise_postcode,
    parse_level,
    parse_uk_date,
    parse_yes_no,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("03/04/2012", dt.date(2012, 4, 3)),
    ("3.4.12", dt.date(2012, 4, 3)),
    ("3-4-2012", dt.date(2012, 4, 3)),
    ("3rd April 2012", dt.date(2012, 4, 3)),
    ("3 Apr 2012", dt.date(2012, 4, 3)),
    ("3rd of April, 2012", dt.date(2012, 4, 3)),
    ("2012-04-03", dt.date(2012, 4, 3)),
    ("21/11/85", dt.date(1985, 11, 21)),
    ("1/9/19", dt.date(2019, 9, 1)),
    (" DOB: 30/11/1988 (age 37)", dt.date(1988, 11, 30)),
    ("04/13/2012", None),  # month-first is never read
    ("31/02/2020", None),
    ("03/04", None),
    ("Click or tap to enter a date.", None),
    ("", None),
    (None, None),
    ("unknown", None),
])
def test_parse_uk_date(text: str | None, expected: dt.date | None) -> None:
    assert parse_uk_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("DY5 1AB", "DY5 1AB"),
    ("dy51ab", "DY5 1AB"),
    (" Dy5   1aB ", "DY5 1AB"),
    ("DY5\u00a01AB", "DY5 1AB"),
    ("ec1a1bb", "EC1A 1BB"),
    ("M11AE", "M1 1AE"),
    ("DY5", None),
    ("DY5 1AB XY", None),
    ("12345", None),
    ("", None),
    (None, None),
])
def test_normalise_postcode(text: str | None, expected: str | None) -> None:
    assert normalise_postcode(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("14 Cedar Road, Brierley Hill, dy5 1ab. Thanks", "DY5 1AB"),
    ("Flat 3\n7 Stourbridge Road\nHalesowen B63 3AB", "B63 3AB"),
    ("no postcode here at 3pm on 12 May", None),
    ("", None),
])
def test_find_postcode(text: str, expected: str | None) -> None:
    assert find_postcode(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Level 3", 3), ("Tier 3", 3), ("3", 3), ("Level 3 - complex", 3), ("level 2", 2),
    ("☐ Level 2 ☒ Level 3 ☐ Level 4", 3), ("Complex", 3), ("Level 7", None),
    ("Choose an item.", None), ("", None), (None, None),
])
def test_parse_level(text: str | None, expected: int | None) -> None:
    assert parse_level(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Click here to enter text.", True), ("Choose an item.", True),
    ("Click or tap here to enter text.", True), ("Click or tap to enter a date.", True),
    ("", True), ("  \n\t", True), (None, True), ("Jane Smith", False), ("No", False),
])
def test_is_placeholder(text: str | None, expected: bool) -> None:
    assert is_placeholder(text) is expected


@pytest.mark.parametrize(("text", "signed"), [
    ("Yes", True), ("Jane O'Brien", True), ("signed", True), ("consent gained", True),
    ("verbal consent", True), ("Signature held on file", True), ("☒", True),
    ("☒ Yes ☐ No", True), ("No", False), ("", False), ("Click here to enter text.", False),
    ("☐", False), ("☐ Yes ☒ No", False), ("not signed", False), ("Refused", False),
    (None, False),
])
def test_consent_from_text(text: str | None, signed: bool) -> None:
    result, evidence = consent_from_text(text)
    assert result is signed
    assert bool(evidence) is signed


def test_consent_evidence_is_the_words_that_counted() -> None:
    assert consent_from_text("  verbal   consent ") == (True, "verbal consent")


@pytest.mark.parametrize(("text", "expected"), [
    ("Yes", True), ("yes - see notes", True), ("Y", True), ("No", False), ("n", False),
    ("☐ Yes ☒ No", False), ("☒ Yes ☐ No", True), ("Maybe", None), ("", None),
    ("Choose an item.", None), (None, None),
])
def test_parse_yes_no(text: str | None, expected: bool | None) -> None:
    assert parse_yes_no(text) is expected
