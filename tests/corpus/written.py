"""How one family's values are typed on one form: label wording, date style, level wording.

A `Written` is the bridge between a family (expected values) and a layout (where
the text goes): layouts ask it for label/value pairs and family rows, never for the
expected values themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from frontdoor_demo.samples.forms import FormSpec, PersonSpec
from tests.corpus.families import DATE_STYLES, Quirks

# Label wordings seen on different councils' templates, one tuple per template:
# assessment date, address, postcode, lead name, agency, email, phone, level.
LABEL_SETS: tuple[tuple[str, ...], ...] = (
    ("Date of assessment", "Address", "Postcode", "Lead professional name", "Agency", "Email",
     "Telephone", "Level of need"),
    ("Date assessment completed", "Home address", "Post code", "Name of lead practitioner",
     "Organisation", "Email address", "Contact number", "Current level of need"),
    ("Assessment date", "Family address", "Home postcode", "Lead professional's full name",
     "Service", "E-mail", "Phone no", "Threshold"),
)
FAMILY_HEADERS: tuple[tuple[str, ...], ...] = (
    ("Name", "Date of birth", "Relationship", "Consent signature", "Date"),
    ("Full name", "D.O.B.", "Relationship to child", "Signature", "Date signed"),
    ("Name of family member", "DOB", "Relationship", "Signed (parent/carer/young person 14+)",
     "Date"),
)
PLACEHOLDER = "Click here to enter text."
SCHOOL_ADDRESS = "Castle High School, Castle Hill, Dudley"
SCHOOL_POSTCODE = "DY1 4RN"  # Dudley Central: never the family's cluster in the corpus


@dataclass(frozen=True)
class Written:
    spec: FormSpec
    style: int  # index into DATE_STYLES
    labels: int  # index into LABEL_SETS and FAMILY_HEADERS
    level_word: str = "Level"
    quirks: Quirks = field(default_factory=Quirks)

    def date(self, value: dt.date | None) -> str:
        return DATE_STYLES[self.style % len(DATE_STYLES)](value) if value else ""

    def label(self, index: int) -> str:
        return LABEL_SETS[self.labels % len(LABEL_SETS)][index]

    @property
    def family_header(self) -> tuple[str, ...]:
        header = FAMILY_HEADERS[self.labels % len(FAMILY_HEADERS)]
        return ("First name", "Surname", *header[1:]) if self.quirks.split_names else header

    @property
    def level_text(self) -> str:
        if self.quirks.level_text:
            return self.quirks.level_text
        return f"{self.level_word} {self.spec.level}" if self.spec.level else ""

    @property
    def postcode_text(self) -> str:
        return self.spec.postcode_as_written or self.spec.postcode or ""

    def home(self, joiner: str = ", ") -> list[tuple[str, str]]:
        """Address and postcode (the family section)."""
        address = joiner.join(self.spec.address_lines)
        if self.quirks.postcode_in_address:
            return [(self.label(1), f"{address} {self.spec.postcode}"), (self.label(2), "")]
        return [(self.label(1), address), (self.label(2), self.postcode_text)]

    def lead(self) -> list[tuple[str, str]]:
        """The lead professional section."""
        lead = self.spec.lead
        email, phone = lead.email, lead.phone
        if self.quirks.email_in_phone:
            email, phone = "", f"{phone} / {email}"
        pairs = [(self.label(3), lead.name), (self.label(4), lead.agency),
                 (self.label(5), email), (self.label(6), phone)]
        if self.quirks.referrer_first:  # the school's own address, in another cluster
            pairs += [("Address", SCHOOL_ADDRESS), ("Postcode", SCHOOL_POSTCODE)]
        return pairs

    def about(self) -> list[tuple[str, str]]:
        """Assessment date, level of need, risk and (internal requests) verbal consent."""
        pairs = [(self.label(0), self.date(self.spec.assessment_date)),
                 (self.label(7), self.level_text),
                 ("Is the child at risk of significant harm?", _yes_no(
                     self.spec.risk_of_significant_harm))]
        if self.spec.verbal_consent is not None:
            pairs.append(("Verbal consent obtained by the desk", _yes_no(
                self.spec.verbal_consent)))
        return pairs

    def pairs(self, joiner: str = ", ") -> list[tuple[str, str]]:
        """Every answer in form order; a section title is a pair with no value."""
        if self.quirks.referrer_first:
            return [("Referrer details", ""), *self.lead(), ("Child and family details", ""),
                    *self.about(), *self.home(joiner)]
        return self.about() + self.home(joiner) + self.lead()

    def person_row(self, person: PersonSpec) -> tuple[str, ...]:
        name, born = person.name, self.date(person.dob)
        written = dict(self.quirks.dob_written)
        index = self.spec.people.index(person)
        born = written.get(index, born)
        if self.quirks.dob_in_name and born:
            name, born = f"{name} (DOB {born})", ""
        names = tuple(name.split(" ", 1)) if self.quirks.split_names else (name,)
        return (*names, born, person.relationship, person.consent_text,
                self.date(person.consent_date))

    @property
    def warnings(self) -> tuple[str, ...]:
        """What a careful reader should say it was unsure of."""
        return tuple(f"date of birth unreadable for person {index + 1}"
                     for index, _ in self.quirks.dob_written)

    def family_rows(self) -> list[tuple[str, ...]]:
        return [self.person_row(p) for p in self.spec.people]


SECTIONS = frozenset({"Referrer details", "Child and family details"})


def is_section(label: str, value: str) -> bool:
    """True for the pseudo-pair that stands for a section title in `Written.pairs`."""
    return label in SECTIONS and not value


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("Yes" if value else "No")
