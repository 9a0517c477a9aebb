"""Meeting agendas (the APM's, the MMT's: the pathway's body): who is on them, and
sending each once.

An agenda lists the cluster's cases screened for that meeting, and step-down cases
already allocated under the fast track (partners may add to the plan). It goes to
the meeting's partners at the agenda deadline (17:00 on the Monday before, or the
working day before that Monday); cases screened later go to the following meeting.
Lines carry references and what partners need, never a child's name.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.pathway import pathway_of
from inbox_worker.casework.schedule import calendar_for, london
from inbox_worker.notify.casework_mail import agenda_email
from inbox_worker.notify.compose import Sender
from inbox_worker.notify.outbox import queue
from inbox_worker.notify.templates import Templates
from inbox_worker.settings import Settings
from inbox_worker.settings.areas import AreaSettings
from inbox_worker.store.models import AgendaSent, Case
from routing.casework import CaseStatus
from routing.decision import Priority

log = logging.getLogger(__name__)
_ON_AGENDA = (CaseStatus.AWAITING_MEETING, CaseStatus.ALLOCATED, CaseStatus.NOT_ALLOCATED)


@dataclass(frozen=True)
class AgendaLine:
    reference: str
    text: str


def agenda_lines(session: Session, area: str, meeting_date: dt.date, *, need: str = "level"
                 ) -> tuple[AgendaLine, ...]:
    """The cases for that meeting, step-down first, then in order of arrival; `need` is
    the service's word for the level of need ("level", "tier")."""
    cases = session.scalars(select(Case).where(
        Case.cluster == area, Case.meeting_date == meeting_date, Case.status.in_(_ON_AGENDA),
    ).order_by(Case.created_at, Case.id))
    ordered = sorted(cases, key=lambda c: c.priority != Priority.STEP_DOWN.value)
    return tuple(AgendaLine(c.reference, _line(c, meeting_date, need)) for c in ordered)


def _line(case: Case, meeting_date: dt.date, need: str) -> str:
    form = case.form
    ages = sorted(_age(p.get("date_of_birth"), meeting_date) for p in form.get("people", [])
                  if p.get("role") == "child")
    postcode = (form.get("address") or {}).get("postcode") or ""
    agency = (form.get("lead_professional") or {}).get("agency") or "unknown agency"
    parts = [f"  {case.reference}", f"{need} {form.get('level_of_need') or '?'}",
             "children aged " + (", ".join(ages) or "?"), f"area {postcode.split(' ')[0] or '?'}",
             f"lead professional: {agency}"]
    if case.priority == Priority.STEP_DOWN.value:
        parts.append("STEP-DOWN" + (": already allocated, partners may add to the plan"
                                    if case.status is CaseStatus.ALLOCATED else ""))
    return " | ".join(parts)


def _age(dob: str | None, on: dt.date) -> str:
    if not dob:
        return "?"
    born = dt.date.fromisoformat(dob)
    return str(on.year - born.year - ((on.month, on.day) < (born.month, born.day)))


def send_due_agendas(
    sessions: sessionmaker[Session], settings: Settings, templates: Templates, sender: Sender,
    now: dt.datetime,
) -> int:
    """Queues each area's agenda once its deadline has passed; returns how many were queued.
    A pathway with no meeting has no agenda."""
    if pathway_of(settings).meeting_stage() is None:
        return 0
    return sum(_send_area(sessions, area, settings, templates, sender, now)
               for area in settings.areas if area.meetings.partners)


def _send_area(
    sessions: sessionmaker[Session], area: AreaSettings, settings: Settings,
    templates: Templates, sender: Sender, now: dt.datetime,
) -> int:
    local = london(now)
    upcoming = calendar_for(settings, area.id).meetings_from(local.date(), 1)
    if not upcoming or upcoming[0].agenda_deadline > local:
        return 0  # none listed yet, or not yet due
    meeting, words = upcoming[0], pathway_of(settings).words
    try:
        with sessions.begin() as session:
            lines = agenda_lines(session, area.id, meeting.date, need=words.need)
            session.add(AgendaSent(area=area.id, meeting_date=meeting.date, queued_at=now,
                                   case_count=len(lines)))
            session.flush()  # the unique row: a second worker or pass stops here
            for partner in area.meetings.partners:
                queue(session, agenda_email(meeting_name=meeting_name(settings),
                                            area_name=area.name, meeting_date=meeting.date,
                                            lines=tuple(line.text for line in lines),
                                            recipient=partner, templates=templates,
                                            sender=sender.for_area(area.id), now=now), now)
    except IntegrityError:
        return 0  # already sent for this meeting
    log.info("agenda for %s meeting %s queued: %d case(s)", area.id, meeting.date, len(lines))
    return 1


def meeting_name(settings: Settings) -> str:
    """The meeting's name as the service says it: "Allocation Partnership Meeting", "MMT"."""
    pathway = pathway_of(settings)
    stage = pathway.meeting_stage()
    body = pathway.body_of(stage) if stage else None
    return body.name if body else "Meeting"
