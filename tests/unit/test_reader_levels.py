"""The level of need as councils' forms give it (issue 10), each test built here from the
shape of the published form it names; the independent measure is tests/councils*/."""

from __future__ import annotations

from parsers.layout import Content, Heading, Pair
from parsers.meaning.interpret import build_form


def _level(*blocks: object) -> int | None:
    content = Content(tuple(blocks), title="Early Help")  # type: ignore[arg-type]
    return build_form(content).level_of_need


def test_a_level_said_once_in_the_answer_to_a_why_question() -> None:
    # Doncaster step-down transfer record: "Why the family is stepping down".
    assert _level(Heading("Step Down to Early Help"),
                  Pair("Why the family is stepping down",
                       "The Child in Need plan has been reviewed three times. Needs continue at "
                       "Level 3 – Complex Multiple Needs with a Team Around the Family.")) == 3


def test_two_levels_said_in_the_narrative_are_no_reading() -> None:
    assert _level(Pair("Why the family is stepping down",
                       "Needs were at Level 4 and are now at Level 3.")) is None


def test_a_ticked_fillable_box_named_for_its_level_and_description() -> None:
    # Bury EHFSP: "Level 2 – additional needs met by a single agency or practitioner".
    assert _level(Pair("Level 1 no identified additional needs universal services", "Off"),
                  Pair("Level 2 additional needs met by a single agency or practitio", "Yes"),
                  Pair("Level 3 additional needs met by a Multiagency Support Packag", "Off")) == 2


def test_a_level_typed_into_a_field_with_no_name() -> None:
    # Guernsey MARF with unnamed fields: "Text26 | Level 2" under "Section 6: Threshold".
    assert _level(Pair("Text25", "Nicola Robilliard (mother) by phone"),
                  Pair("Text26", "Level 2")) == 2


def test_immediate_protection_yes_is_a_risk() -> None:
    # Request for Service written after a telephone referral: "IMMEDIATE PROTECTION: Yes –
    # police contacted first".
    form = build_form(Content(("IMMEDIATE PROTECTION: Yes – police contacted first",),
                              title="Request for Service / Referral"))
    assert form.risk_of_significant_harm is True
