"""The families of the labelled corpus: what a reader should find, and how it was typed.

Written by hand, not derived from the extractor: every expected value here is what a
person reading the form would conclude. Names carry accents and apostrophes, dates
come in every British style, postcodes in odd case and spacing, consent in the
wordings professionals use. All people, addresses and professionals are made up.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from frontdoor_demo.samples.forms import FormSpec, PersonSpec
from parsers.form import FormType, LeadProfessional, Role

DateStyle = Callable[[dt.date], str]


def _ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


# Every way a British date is typed; none is month-first.
DATE_STYLES: tuple[DateStyle, ...] = (
    lambda d: d.strftime("%d/%m/%Y"),  # 03/04/2012
    lambda d: f"{d.day}.{d.month}.{d:%y}",  # 3.4.12
    lambda d: f"{_ordinal(d.day)} {d:%B %Y}",  # 3rd April 2012
    lambda d: d.isoformat(),  # 2012-04-03
    lambda d: f"{d.day}-{d.month}-{d.year}",  # 3-4-2012
    lambda d: f"{d.day} {d:%b} {d.year}",  # 3 Apr 2012
    lambda d: f"{d.day}/{d.month}/{d:%y}",  # 3/4/12
    lambda d: f"{d:%d.%m.%Y}",  # 03.04.2012
    lambda d: f"{_ordinal(d.day)} of {d:%B}, {d.year}",  # 3rd of April, 2012
    lambda d: f"{d:%d-%b-%Y}",  # 03-Apr-2012
    lambda d: f"{d.day} {d:%B} {d:%y}",  # 3 April 12
)


@dataclass(frozen=True)
class Family:
    """One referral's expected values, and the words that express some of them.

    `postcode_as_written` is how the referrer typed it; `level_word` is "Level" or
    "Tier"; `cluster` is where the Dudley example policy should route the postcode
    (None: out of area, so never a cluster); `queue` is True when a correct reader
    still sends it to the queue (an unsigned adult, a postcode out of area).
    """

    spec: FormSpec
    level_word: str
    cluster: str | None
    queue: bool = False
    quirks: Quirks = field(default_factory=lambda: Quirks())


@dataclass(frozen=True)
class Quirks:
    """How a referrer typed into the wrong boxes, or typed a value unusually."""

    level_text: str = ""  # the level as typed, when not "Level 3" / "Tier 3"
    postcode_in_address: bool = False  # postcode box left empty, postcode after the town
    email_in_phone: bool = False  # email box left empty, email after the phone number
    dob_in_name: bool = False  # date of birth typed after each name, its column left empty
    referrer_first: bool = False  # the referrer's section, with the school's address, first
    # Dates of birth typed as something else ("15 yrs"), by position in the family.
    dob_written: tuple[tuple[int, str], ...] = ()
    tracked_postcode: str = ""  # Word: this postcode deleted with track changes on
    split_names: bool = False  # the family table asks for first name and surname apart


def _p(name: str, dob: dt.date | None, relationship: str, consent: str = "",
       signed_on: dt.date | None = None, *, adult: bool = False, signed: bool = False
       ) -> PersonSpec:
    return PersonSpec(name, dob, relationship, consent, signed_on,
                      Role.ADULT if adult else Role.CHILD, signed)


_D = dt.date
_LEADS = (
    LeadProfessional("Priya Shah", "Hillcrest Primary School", "p.shah@hillcrest.dudley.sch.uk",
                     "01384 812345"),
    LeadProfessional("Gráinne Ní Bhriain", "Dudley Health Visiting",
                     "grainne.nibhriain@nhs.net", "07700 900123"),
    LeadProfessional("Tom O'Neill", "West Midlands Police", "tom.oneill@westmidlands.police.uk",
                     "101 ext 4455"),
    LeadProfessional("Dr Amélie Laurent", "Ridgeway Surgery", "a.laurent@nhs.net",
                     "01384 444000"),
    LeadProfessional("Marcus D'Souza", "Castle High School", "m.dsouza@castlehigh.org.uk",
                     "01384 818181"),
    LeadProfessional("Helen Carter-Jones", "Children's Services",
                     "helen.carter-jones@dudley.gov.uk", "01384 815000"),
)


def _by_age(person: PersonSpec, assessed: dt.date) -> PersonSpec:
    """A child is under 18 on the form's date: a brother of 18 is an adult of the household."""
    if person.dob is None:
        return person
    age = assessed.year - person.dob.year - (
        (assessed.month, assessed.day) < (person.dob.month, person.dob.day))
    return dataclasses.replace(person, role=Role.ADULT if age >= 18 else Role.CHILD)


def _family(people: tuple[PersonSpec, ...], lines: tuple[str, ...], postcode: str | None,
            written: str, lead: int, level: int, assessed: dt.date, *, word: str = "Level",
            cluster: str | None, queue: bool = False, text: str = "",
            quirks: Quirks | None = None) -> Family:
    people = tuple(_by_age(p, assessed) for p in people)
    spec = FormSpec(people=people, address_lines=lines, postcode=postcode,
                    postcode_as_written=written, lead=_LEADS[lead], level=level,
                    assessment_date=assessed, risk_of_significant_harm=False,
                    free_text=text or "Support with routines, school attendance and sleep.")
    return Family(spec, word, cluster, queue, quirks or Quirks())


FAMILIES: tuple[Family, ...] = (
    _family((_p("Zoë O'Brien", _D(2015, 6, 3), "Daughter"),
             _p("Siobhán O'Brien", _D(1988, 11, 30), "Mother", "consent gained",
                _D(2026, 11, 12), adult=True, signed=True),
             _p("Liam O'Brien", _D(2010, 2, 4), "Brother", "Liam O'Brien", _D(2026, 11, 12),
                signed=True)),
            ("14 Cedar Road", "Brierley Hill"), "DY5 1AA", "dy51aa", 0, 2, _D(2026, 11, 12),
            cluster="brierley_hill"),
    _family((_p("Chloé D'Arcy", _D(2012, 4, 3), "Daughter", "verbal consent", _D(2026, 10, 1),
                signed=True),
             _p("Renée D'Arcy", _D(1990, 1, 9), "Mother", "signature held on file",
                _D(2026, 10, 1), adult=True, signed=True)),
            ("Flat 2", "9 Castle Street", "Dudley"), "DY1 1AA", "Dy1  1aa", 1, 3,
            _D(2026, 10, 1), word="Tier", cluster="dudley_central"),
    _family((_p("Seán Ó Súilleabháin", _D(2019, 9, 1), "Son"),
             _p("Aoife Ó Súilleabháin", _D(1994, 3, 12), "Mother", "Yes", _D(2026, 9, 22),
                adult=True, signed=True),
             _p("Ciarán Ó Súilleabháin", _D(1991, 12, 5), "Father", "☒ Signed",
                _D(2026, 9, 22), adult=True, signed=True)),
            ("27 Wolverhampton Road", "Sedgley"), "DY3 1AB", "DY3 1AB", 2, 2, _D(2026, 9, 22),
            cluster="dudley_north"),
    _family((_p("Łukasz Wójcik", _D(2011, 7, 8), "Son", "consent gained", _D(2026, 8, 30),
                signed=True),
             _p("Małgorzata Wójcik", _D(1983, 5, 6), "Mother", "consent gained",
                _D(2026, 8, 30), adult=True, signed=True),
             _p("Ania Wójcik", _D(2016, 10, 11), "Sister")),
            ("3 Stourbridge Road", "Halesowen"), "B63 3AB", "b63 3ab", 3, 3, _D(2026, 8, 30),
            word="Tier", cluster="halesowen"),
    _family((_p("Mary-Jane McAllister", _D(2014, 1, 2), "Child"),
             _p("Fiona McAllister", _D(1986, 2, 1), "Mother", "", None, adult=True)),
            ("61 High Street", "Wordsley"), "DY8 1AA", "DY8 1AA", 4, 2, _D(2026, 11, 2),
            cluster="stourbridge", queue=True),  # the mother has not signed
    _family((_p("José García-López", _D(2013, 12, 12), "Son", "José G-L", _D(2026, 7, 7),
                signed=True),
             _p("Inés López", _D(1979, 8, 19), "Mother", "verbal consent", _D(2026, 7, 7),
                adult=True, signed=True)),
            ("8 Pensnett Road",), "DY5 2HT", "DY5 2HT", 0, 3, _D(2026, 7, 7),
            cluster="brierley_hill"),
    _family((_p("Ayşe Yılmaz", _D(2017, 11, 3), "Daughter"),
             _p("Emre Yılmaz", _D(2008, 5, 20), "Brother", "Emre", _D(2026, 6, 15),
                signed=True),
             _p("Zeynep Yılmaz", _D(1982, 4, 10), "Mother", "Z. Yılmaz", _D(2026, 6, 15),
                adult=True, signed=True)),
            ("112 Lye High Street", "Lye", "Stourbridge"), "DY9 7AA", "dy9 7aa", 1, 2,
            _D(2026, 6, 15), cluster="stourbridge"),
    _family((_p("Nnamdi Okonkwo-Adébáyọ̀", _D(2021, 2, 28), "Son"),
             _p("Chiamaka Okonkwo", _D(1996, 6, 6), "Mother", "signature held on file",
                _D(2026, 5, 5), adult=True, signed=True)),
            ("5 Kingswinford Avenue", "Kingswinford"), "DY6 7AA", "DY67AA", 5, 3,
            _D(2026, 5, 5), cluster="brierley_hill"),
    _family((_p("Ffion ap Dafydd", _D(2009, 3, 9), "Young person", "Declined", None),
             _p("Rhian ap Dafydd", _D(1975, 9, 3), "Mother", "consent gained", _D(2026, 4, 1),
                adult=True, signed=True)),
            ("22 Northfield Road", "Netherton"), "DY2 9HF", "dy2 9HF", 2, 2, _D(2026, 4, 1),
            word="Tier", cluster="dudley_central", queue=True),  # the young person declined
    _family((_p("Bartholomew St John-Smythe", _D(2018, 10, 10), "Son"),
             _p("Anne-Marie St John-Smythe", _D(1987, 7, 1), "Mother", "consent gained",
                _D(2026, 3, 3), adult=True, signed=True)),
            ("1 Upper Gornal Lane",), "DY3 4PQ", "DY3 4PQ", 3, 2, _D(2026, 3, 3),
            cluster=None, queue=True),  # Wolverhampton: out of area
    _family((_p("Noah Ní Dhomhnaill", _D(2020, 1, 12), "Son"),
             _p("Orla Ní Dhomhnaill", _D(1993, 12, 1), "Mother", "Orla Ní Dhomhnaill",
                _D(2026, 2, 9), adult=True, signed=True)),
            ("4 Brockmoor Close", "Brierley Hill"), "DY5 3BB", "dy5 3bb", 4, 3, _D(2026, 2, 9),
            cluster="brierley_hill"),
    _family((_p("Amira Hussain", _D(2012, 1, 25), "Subject child", "verbal consent",
                _D(2026, 9, 8), signed=True),
             _p("Farah Hussain", _D(1980, 7, 7), "Mother", "signature held on file",
                _D(2026, 9, 8), adult=True, signed=True),
             _p("Yusuf Hussain", _D(2015, 12, 1), "Brother")),
            ("22 Dudley Road", "Sedgley"), "DY3 2DE", "DY3 2de", 5, 3, _D(2026, 9, 8),
            cluster="dudley_north"),
    _family((_p("Niamh O’Connor", _D(2013, 5, 4), "Daughter", "Consent obtained verbally",
                _D(2026, 10, 20), signed=True),
             _p("Dáithí O’Connor", _D(1984, 4, 5), "Father", "consent gained", _D(2026, 10, 20),
                adult=True, signed=True)),
            ("9 Pedmore Lane", "Stourbridge"), "DY9 0QQ", "", 0, 2, _D(2026, 10, 20),
            cluster="stourbridge", quirks=Quirks(postcode_in_address=True)),
    _family((_p("Kacper Nowak", _D(2019, 9, 1), "Son"),
             _p("Agnieszka Nowak", _D(1992, 4, 21), "Mother", "signature held on file",
                _D(2026, 10, 30), adult=True, signed=True),
             _p("Tomasz Nowak", _D(1990, 1, 1), "Stepfather", "Awaiting signature", None,
                adult=True)),
            ("21 Wall Heath Lane", "Wall Heath"), "DY6 0LQ", "DY6 0LQ.", 1, 3, _D(2026, 10, 30),
            cluster="brierley_hill", queue=True, quirks=Quirks(email_in_phone=True)),
    _family((_p("Jayden Smith-O'Reilly", _D(2011, 3, 3), "Son", "Signature to follow", None),
             _p("Kelly Smith", _D(1989, 3, 11), "Mother", "K Smith", _D(2026, 11, 5),
                adult=True, signed=True)),
            ("7 Norton Road", "Stourbridge"), "DY8 2SE", "dy8\u00a02se", 2, 3, _D(2026, 11, 5),
            cluster="stourbridge", queue=True, quirks=Quirks(level_text="3 - Complex")),
    _family((_p("Amelia Brown", _D(2022, 8, 14), "Daughter"),
             _p("Unborn Brown", _D(2027, 1, 30), "Unborn sibling"),
             _p("Chloe Brown", _D(2003, 12, 24), "Mother", "Yes", _D(2026, 11, 9), adult=True,
                signed=True)),
            ("Flat 6", "Wrens Nest Court", "Dudley"), "DY1 4RN", "DY1 4RN", 3, 2,
            _D(2026, 11, 9),
            cluster="dudley_central", quirks=Quirks(level_text="Level 2 (Additional needs)")),
    _family((_p("Oliver Kaczmarek", _D(2016, 6, 30), "Son"),
             _p("Maja Kaczmarek", _D(2014, 2, 2), "Sister"),
             _p("Zofia Kaczmarek", _D(2010, 10, 10), "Sister", "Zofia", _D(2026, 11, 16),
                signed=True),
             _p("Anna Kaczmarek", _D(1985, 11, 11), "Mother", "A. Kaczmarek", _D(2026, 11, 16),
                adult=True, signed=True),
             _p("Piotr Kaczmarek", _D(1983, 1, 31), "Father", "P. Kaczmarek", _D(2026, 11, 16),
                adult=True, signed=True)),
            ("12 Quarry Road", "Brierley Hill"), "DY5 4NN", "dy5 4nn", 4, 2, _D(2026, 11, 16),
            cluster="brierley_hill"),  # not in the table: the uncertain DY5 rule routes it
    _family((_p("Ruby-Mae Halford", _D(2018, 12, 1), "Daughter"),
             _p("Leanne Halford", _D(1995, 5, 15), "Mother", "☒ Consent given", _D(2026, 11, 18),
                adult=True, signed=True)),
            ("3 Hagley Road", "Halesowen"), "B62 8RJ", "B62 8RJ", 1, 2, _D(2026, 11, 18),
            cluster="halesowen", quirks=Quirks(dob_in_name=True)),  # the certain B62 rule
    _family((_p("Harvey Jones", _D(2017, 2, 2), "Son"),
             _p("Tyler Jones", None, "Brother"),  # "15 yrs": may be 14 or over, unsigned
             _p("Stacey Jones", _D(1992, 9, 9), "Mother", "S Jones", _D(2026, 11, 19),
                adult=True, signed=True)),
            ("40 Amblecote Road", "Amblecote"), "DY8 4HB", "dy8 4hb", 5, 2, _D(2026, 11, 19),
            cluster="stourbridge", queue=True,
            quirks=Quirks(dob_written=((1, "15 yrs"),), tracked_postcode="DY9 9AB")),
)


def internal_request(family: Family) -> FormSpec:
    """The family as an Internal Request form from the MASH Early Help Desk."""
    spec = _retitled(family.spec, "MASH Early Help Desk - Internal Request Form",
                     FormType.INTERNAL_REQUEST)
    return replace(spec, verbal_consent=True)


def step_down(family: Family) -> FormSpec:
    """The family's form as sent in a step-down pack (with a CIN or CP plan)."""
    return _retitled(family.spec, family.spec.title, FormType.STEP_DOWN)


def _retitled(spec: FormSpec, title: str, form_type: FormType) -> FormSpec:
    return replace(spec, title=title, form_type=form_type)
