"""Forms inside Outlook's own containers, through the whole worker on a Maildir mailbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from frontdoor_demo.samples.forms import FormSpec, PersonSpec, make_docx
from frontdoor_demo.samples.referrals import SampleFile, referral_email
from inbox_worker.store.models import Case, Message, MessageState
from parsers.form import LeadProfessional, Role
from tests.corpus.msg_writer import MsgFile, MsgSpec, write_msg
from tests.corpus.tnef_writer import TnefFile, TnefSpec, write_tnef

from .conftest import World

SCHOOL = LeadProfessional("Priya Shah", "Hillcrest Primary School",
                          "p.shah@hillcrest.dudley.sch.uk", "01384 812345")
SIGNED = dt.date(2026, 11, 16)
FAMILY = FormSpec(
    people=(PersonSpec("Theo Marsh", dt.date(2016, 3, 9), "Son", "", None, Role.CHILD),
            PersonSpec("Dana Marsh", dt.date(1987, 8, 1), "Mother", "D Marsh", SIGNED,
                       Role.ADULT, signed=True)),
    address_lines=("1 Sample Street",), postcode="DY1 1AA", lead=SCHOOL,
    lead_role="Lead professional", level=2, assessment_date=SIGNED,
    risk_of_significant_harm=False, free_text="Help with routines.")


def _forwarded_from_outlook(container: SampleFile) -> bytes:
    return referral_email(sender=SCHOOL.email, to="earlyhelp.dudleycentral@dudley.gov.uk",
                          subject="FW: Early Help referral", body="Forwarding the referral.",
                          files=(container,))


def _msg(docx: bytes) -> SampleFile:
    msg = write_msg(MsgSpec(files=(MsgFile("EHA Marsh.docx", docx),)))
    return SampleFile("Early Help referral.msg", msg, "application/vnd.ms-outlook")


def _winmail(docx: bytes) -> SampleFile:
    return SampleFile("winmail.dat", write_tnef(TnefSpec(files=(TnefFile("EHA Marsh.docx",
                                                                         docx),))),
                      "application/ms-tnef")


@pytest.mark.parametrize("container", [_msg, _winmail], ids=["msg", "winmail.dat"])
def test_a_form_in_an_outlook_container_is_routed(
        world: World, container: Callable[[bytes], SampleFile]) -> None:
    world.deliver("dudley_central", _forwarded_from_outlook(container(make_docx(FAMILY))), "m1")
    report = world.runner().run_once()
    assert report.failed_mailboxes == {}
    with world.app().sessions() as session:
        message = session.scalars(select(Message)).one()
        case = session.scalars(select(Case)).one()
        assert (message.state, message.outcome) == (MessageState.FILED, "routed")
        assert (case.cluster, case.priority) == ("dudley_central", "normal")
    assert world.filed("dudley_central", "Processed") == ["m1"]
    assert len(world.outbound()) == 1
