"""The postcode checker: normalising, the UK format, and the lookup order."""

from __future__ import annotations

import pytest

from routing.decision import ReasonCode
from routing.policy import InMemoryPostcodeDirectory, PostcodeRecord, PostcodeRule
from routing.postcode import check_postcode, district, is_valid_format, normalise, sector
from tests.unit.routing_fixtures import DUDLEY, POLICY, policy


@pytest.mark.parametrize(("raw", "expected"), [
    ("DY5 1AB", "DY5 1AB"),
    ("dy51ab", "DY5 1AB"),
    ("  Dy5   1aB ", "DY5 1AB"),
    ("DY5\u00a01AB", "DY5 1AB"),  # non-breaking space from Word
    ("DY5 1AB.", "DY5 1AB"),
    ("(B63 3AB)", "B63 3AB"),
    ("W1A0AX", "W1A 0AX"),
    ("M11AE", "M1 1AE"),
    ("ec1a 1bb", "EC1A 1BB"),
    ("gir0aa", "GIR 0AA"),
    ("dyy51ab", "DYY5 1AB"),  # normalised, though not a valid format
    (None, None),
    ("", None),
    ("   ", None),
    ("DY5", None),  # too short
    ("DY5 1AB XY", None),  # too long
    ("DY5-1AB", None),  # not letters and digits
    ("not known", None),
])
def test_normalise(raw: str | None, expected: str | None) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(("pc", "valid"), [
    # Every outward shape: A9, A99, AA9, AA99, A9A, AA9A.
    ("M1 1AE", True),
    ("B33 8TH", True),
    ("DY5 1AB", True),
    ("DY10 4AA", True),
    ("W1A 0AX", True),
    ("EC1A 1BB", True),
    ("CR2 6XH", True),
    ("GIR 0AA", True),
    ("ASCN 1ZZ", True),  # overseas territory in the gov.uk pattern
    # Not the shape.
    ("DY555 1AB", False),
    ("DYY5 1AB", False),
    ("D 1AB", False),
    ("DY5 AAB", False),
    ("DY5 11B", False),
    ("9Y5 1AB", False),
    ("DY5 1A", False),
    ("dy5 1ab", False),  # is_valid_format takes a normalised postcode
    ("DY51AB", False),
    ("GIR 0AB", False),
    # Royal Mail: first position never Q, V, X.
    ("QA1 1AA", False),
    ("V1 1AA", False),
    ("XY1 1AA", False),
    # Second position never I, J, Z.
    ("AI1 1AA", False),
    ("BJ1 1AA", False),
    ("DZ1 1AA", False),
    # Third position (A9A) only A B C D E F G H J K P S T U W.
    ("W1P 1AA", True),
    ("W1I 1AA", False),
    ("W1L 1AA", False),
    ("W1M 1AA", False),
    ("W1Z 1AA", False),
    # Fourth position (AA9A) only A B E H M N P R V W X Y.
    ("SW1W 0NY", True),
    ("EC1C 1AA", False),
    ("EC1D 1AA", False),
    ("EC1T 1AA", False),
    ("EC1Z 1AA", False),
    # Inward letters never C I K M O V.
    ("DY5 1CA", False),
    ("DY5 1AI", False),
    ("DY5 1KA", False),
    ("DY5 1AM", False),
    ("DY5 1OA", False),
    ("DY5 1AV", False),
    ("DY5 1ZZ", True),
])
def test_is_valid_format(pc: str, valid: bool) -> None:
    assert is_valid_format(pc) is valid


@pytest.mark.parametrize(("pc", "expected_sector", "expected_district"), [
    ("DY5 1AB", "DY5 1", "DY5"),
    ("DY10 4AA", "DY10 4", "DY10"),
    ("EC1A 1BB", "EC1A 1", "EC1A"),
    ("M1 1AE", "M1 1", "M1"),
])
def test_sector_and_district(pc: str, expected_sector: str, expected_district: str) -> None:
    assert sector(pc) == expected_sector
    assert district(pc) == expected_district


@pytest.mark.parametrize(("raw", "area", "certain", "detail"), [
    # 1. The full-postcode table beats the rules.
    ("DY1 1AA", "dudley_central", True, "postcode table: ward W_CASTLE"),
    ("DY5 3AB", "brierley_hill", True, "postcode table: ward W_BRIERLEY"),
    ("b633ab", "halesowen", True, "postcode table: ward W_HALESOWEN"),
    # Ours but an unmapped ward: the rules decide (sector DY5 1).
    ("DY5 1AB", "brierley_hill", True, "rule DY5 1"),
    # 2. Sector beats district; an uncertain district rule is flagged.
    ("DY5 1ZZ", "brierley_hill", True, "rule DY5 1"),
    ("DY5 4ZZ", "stourbridge", True, "rule DY5 4"),
    ("DY5 2ZZ", "brierley_hill", False, "rule DY5 (uncertain)"),
    ("DY1 4ZZ", "dudley_north", True, "rule DY1"),
    ("DY8 2ZZ", "stourbridge", True, "rule DY8"),
])
def test_check_postcode_routes(raw: str, area: str, certain: bool, detail: str) -> None:
    result = check_postcode(raw, POLICY)
    assert (result.area, result.certain, result.reason, result.detail) == (
        area, certain, None, detail)


@pytest.mark.parametrize(("raw", "reason", "detail"), [
    # Another local authority in the table: out of area, even though a rule might match.
    ("DY4 7AA", ReasonCode.POSTCODE_OUT_OF_AREA, "postcode table: local authority E08000028"),
    # A district rule must match the whole district: DY1 is not DY10.
    ("DY10 4AA", ReasonCode.POSTCODE_OUT_OF_AREA,
     "district DY10 is not in the postcode table or rules"),
    ("DY11 7AA", ReasonCode.POSTCODE_OUT_OF_AREA,
     "district DY11 is not in the postcode table or rules"),
    ("DY55 1AB", ReasonCode.POSTCODE_OUT_OF_AREA,
     "district DY55 is not in the postcode table or rules"),  # valid shape, no such district
    ("M1 1AE", ReasonCode.POSTCODE_OUT_OF_AREA,
     "district M1 is not in the postcode table or rules"),
    ("GIR 0AA", ReasonCode.POSTCODE_OUT_OF_AREA,
     "district GIR is not in the postcode table or rules"),
    # Invalid format: never routed, even when a sector rule would match.
    ("DY5 1AC", ReasonCode.POSTCODE_INVALID, "not a valid UK postcode"),
    ("DYY5 1AB", ReasonCode.POSTCODE_INVALID, "not a valid UK postcode"),
    ("QY5 1AB", ReasonCode.POSTCODE_INVALID, "not a valid UK postcode"),
    ("unknown", ReasonCode.POSTCODE_INVALID, "not a valid UK postcode"),
    ("DY5", ReasonCode.POSTCODE_INVALID, "not a valid UK postcode"),
    # Missing.
    (None, ReasonCode.POSTCODE_MISSING, "no postcode on the form"),
    ("", ReasonCode.POSTCODE_MISSING, "no postcode on the form"),
    ("  \n", ReasonCode.POSTCODE_MISSING, "no postcode on the form"),
])
def test_check_postcode_exceptions(raw: str | None, reason: ReasonCode, detail: str) -> None:
    result = check_postcode(raw, POLICY)
    assert (result.area, result.certain, result.reason, result.detail) == (
        None, False, reason, detail)


def test_result_carries_the_normalised_postcode() -> None:
    assert check_postcode(" dy5 1ab ", POLICY).postcode == "DY5 1AB"
    assert check_postcode(None, POLICY).postcode is None


def test_out_of_area_table_record_beats_a_matching_rule() -> None:
    record = PostcodeRecord("DY5 2AA", "E08000028", "W_OTHER")  # border postcode in Sandwell
    moved = policy(postcode_directory=InMemoryPostcodeDirectory({record.postcode: record}))
    assert check_postcode("DY5 2AA", moved).reason is ReasonCode.POSTCODE_OUT_OF_AREA


def test_any_of_several_local_authority_codes_is_ours() -> None:
    record = PostcodeRecord("DY4 7AA", "E08000028", "W_TIPTON")
    two = policy(local_authority_codes=(DUDLEY, "E08000028"), ward_areas={"W_TIPTON": "halesowen"},
                 postcode_directory=InMemoryPostcodeDirectory({record.postcode: record}))
    assert check_postcode("DY4 7AA", two).area == "halesowen"


@pytest.mark.parametrize(("rules", "area"), [
    # Rule prefixes are normalised; the longest wins whatever the order in config.
    ((PostcodeRule("dy5  1", "a"), PostcodeRule("DY5", "b")), "a"),
    ((PostcodeRule("DY5", "b"), PostcodeRule("DY5 1", "a")), "a"),
    # Equal prefixes: the first in config order.
    ((PostcodeRule("DY5", "b"), PostcodeRule("DY5", "c")), "b"),
    # A sector rule for another sector does not match.
    ((PostcodeRule("DY5 2", "a"),), None),
    # A postcode-area prefix is not a district: "DY" matches nothing.
    ((PostcodeRule("DY", "a"),), None),
])
def test_rule_precedence(rules: tuple[PostcodeRule, ...], area: str | None) -> None:
    bare = policy(postcode_rules=rules, postcode_directory=InMemoryPostcodeDirectory())
    assert check_postcode("DY5 1ZZ", bare).area == area
