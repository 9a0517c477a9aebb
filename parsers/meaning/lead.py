"""Who the lead professional is: the person the form names as lead apart from its author,
else the author, each detail taken from that person's own group of values (a `Contact`)."""

from __future__ import annotations

import re

from parsers.form import LeadProfessional
from parsers.meaning.answers import Contact
from parsers.meaning.labels import Field, field_for
from parsers.meaning.people.household_model import Household
from parsers.meaning.values import EMAIL
from parsers.meaning.vocabulary import PROFESSIONAL_ROLE, PersonPart, SectionKind, section_kind


def lead_professional(contact: Contact, household: Household) -> LeadProfessional:
    """The lead professional: the one the form names as lead apart from its author, else
    the author; each detail from that person's own group of values, never another
    professional's. An email typed into the phone (or name, agency) box is moved to the
    email. `contact` is `lead_contact`'s choice."""
    values = {f: contact.values.get(f, "") for f in (Field.LP_NAME, Field.LP_AGENCY,
                                                     Field.LP_EMAIL, Field.LP_PHONE)}
    typed = EMAIL.search(values[Field.LP_EMAIL])
    if typed:  # "01632 960 995 / d.osei@hub.example" in the email box
        values[Field.LP_EMAIL] = typed[0]
    else:
        if values[Field.LP_EMAIL] and not values[Field.LP_PHONE]:  # "Contact details" with
            values[Field.LP_PHONE] = values[Field.LP_EMAIL]  # a phone number alone
        values[Field.LP_EMAIL] = ""
        for other in (Field.LP_PHONE, Field.LP_NAME, Field.LP_AGENCY):
            match = EMAIL.search(values[other])
            if match:
                values[Field.LP_EMAIL] = match[0]
                rest = values[other][:match.start()] + " " + values[other][match.end():]
                values[other] = " ".join(rest.split()).strip(" /,;-")
                break
    values[Field.LP_NAME] = _name_alone(values[Field.LP_NAME])
    if not contact.lead and (not values[Field.LP_NAME]
                             or field_for(values[Field.LP_NAME]) is not None):
        parts = household.referrer
        values[Field.LP_NAME] = _name_alone(parts.get(PersonPart.FULL_NAME) or " ".join(
            filter(None, (parts.get(PersonPart.FIRST_NAME), parts.get(PersonPart.SURNAME)))))
    return LeadProfessional(name=values[Field.LP_NAME], agency=values[Field.LP_AGENCY],
                            email=values[Field.LP_EMAIL], phone=values[Field.LP_PHONE])


_SOURCE_KEYS = {Field.LP_NAME: "name", Field.LP_AGENCY: "agency", Field.LP_EMAIL: "email",
                Field.LP_PHONE: "phone"}


def lead_sources(contact: Contact) -> tuple[tuple[str, str], ...]:
    """Where the lead professional's details were read ("lead_professional.email", place)."""
    return tuple((f"lead_professional.{key}", contact.places[f]) for f, key in
                 _SOURCE_KEYS.items() if contact.places.get(f))


_AS_ABOVE = re.compile(r"(^|[\s,;(–-])(as|same as|see) (above|referrer|author|section \w+)\W*$",
                       re.IGNORECASE)


def lead_contact(contacts: list[Contact]) -> Contact:
    """The contact named as lead (with a name or an email of their own), else the author:
    the first named in the referrer's section, else outside the professionals involved
    (the GP listed before the referrer is not the author), else the first with a name or an
    email (a phone alone is the family's). A lead written "as above", or named as the author
    is, is the author."""
    author = _author(contacts)
    for contact in contacts:
        labelled = next((c for c in contacts if c.by_label and c.section == contact.section
                         and c is not contact), None) if not contact.by_label else None
        contact = labelled or contact  # ("Named Person and Lead Professional": the one
        # its own label calls lead, "Lead Professional for the plan", not the Named Person)
        name = contact.values.get(Field.LP_NAME, "")
        if not contact.lead or not (name or contact.values.get(Field.LP_EMAIL)):
            continue
        if _AS_ABOVE.search(name):  # "Owen Gallagher, as above": the author
            given = "" if _AS_ABOVE.match(name) else _name_alone(name)
            return Contact(author.section, lead=False, values={
                Field.LP_NAME: given, **author.values} if given else author.values,
                places={Field.LP_NAME: contact.places.get(Field.LP_NAME, ""), **author.places})
        same = next((c for c in contacts if not c.lead and name and _name_alone(
            c.values.get(Field.LP_NAME, "")).lower() == _name_alone(name).lower()), None)
        if same is not None:
            return Contact(same.section, lead=False, values={**same.values, **{
                k: v for k, v in contact.values.items() if k is not Field.LP_NAME}},
                places={**same.places, **{k: v for k, v in contact.places.items()
                                          if k is not Field.LP_NAME}})
        return contact
    return author


def _author(contacts: list[Contact]) -> Contact:
    named = [c for c in contacts if Field.LP_NAME in c.values]
    choices = ([c for c in named if section_kind(c.section) is SectionKind.REFERRER],
               [c for c in named if section_kind(c.section) is not SectionKind.PROFESSIONALS],
               named, [c for c in contacts if Field.LP_EMAIL in c.values], contacts)
    return next((found[0] for found in choices if found), Contact("", lead=False))


_RANK = re.compile(r"^\s*(?:PCSO|PC|DC|PS|DS|DI|DCI|Sgt\.?|Sergeant|Constable|Insp(?:ector|\.)?)"
                   r"\s*(?:\d{2,6}\s+)?(?=[A-Z][a-z]|[A-Z]{2,} [A-Z]{2,})")


_TITLE = re.compile(r"^\s*(Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Sister|Nurse|Rev|Revd|"
                    r"Reverend|Fr|Father)\.?\s+(?=[A-Z][a-z'’]*\s+[A-Z])")


def _name_alone(text: str) -> str:
    """"Jo Hart, Family Support Worker, Dudley Central Family Hub": the name before the role."""
    text = _RANK.sub("", text)  # "PC 4471 Daniel Okoro": a police officer's rank and number
    text = _TITLE.sub("", text)  # "Ms Ayse Yilmaz", "Dr Anna Tostevin", "Sister Joy Mensah"
    parts = re.split(r"\s*[,–—(]\s*|\s+-\s+", text, maxsplit=2)
    first = parts[0].strip()
    if len(parts) > 1 and PROFESSIONAL_ROLE.fullmatch(first) and re.fullmatch(
            r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}", parts[1].strip()):
        first = parts[1].strip()  # "Midwife – Grace Okafor": the role, then the name
    if first.isupper() and len(first.split()) >= 2:  # "PC LEE TANDY": "Lee Tandy"
        first = first.title()
    return first if first and len(first.split()) <= 4 and not any(c.isdigit() for c in first) \
        else text
