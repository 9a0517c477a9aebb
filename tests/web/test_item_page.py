"""The item page over plain HTTP: the original and the replies to it together, each
attachment shown in the page (a PDF's pages as images, a Word file as HTML in a sandboxed
frame under its own policy)."""

from __future__ import annotations

from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from frontdoor_demo.samples.forms import make_pdf
from frontdoor_demo.samples.referrals import pdf_file, referral_email
from frontdoor_demo.samples.scenarios import SCHOOL, family_form
from inbox_worker.casework.learning import fingerprint, list_rules
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.store.models import (
    AuditEntry,
    Case,
    ExceptionItem,
    FieldCorrection,
    LearnedRule,
    OutboxMessage,
)
from inbox_worker.worker.runner import Runner

from .conftest import BASE_URL, SignIn, page_token
from .world import WebWorld, copy_world, root_of

HALESOWEN = "earlyhelp.halesowen@dudley.gov.uk"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, seeded_world: WebWorld) -> WebWorld:
    """The pages' world, plus a readable PDF of a family outside the borough (an item with
    a PDF to show) and a reply to the unsigned form's acknowledgement."""
    world = copy_world(seeded_world, tmp_path_factory.mktemp("items"))
    pdf = pdf_file("EHA.pdf", make_pdf(family_form("Zoe Hill", "DY4 7AA")))
    _deliver(world, "halesowen", referral_email(sender=SCHOOL.email, to=HALESOWEN,
                                                subject="Early Help referral", files=(pdf,)))
    unsigned = world.item("dudley_central", "consent_missing")
    _deliver(world, "dudley_central", referral_email(
        sender=SCHOOL.email, to="earlyhelp.dudleycentral@dudley.gov.uk",
        subject=f"RE: Early Help referral {unsigned}: we need to check something",
        body="Mum is coming in on Friday to sign it."))
    return world


def _deliver(world: WebWorld, mailbox: str, raw: bytes) -> None:
    MaildirMailbox(mailbox, root_of(world.app) / "mail" / mailbox).deliver(raw, f"x{len(raw)}")
    Runner(world.app).run_once()


def _get(client: FlaskClient, path: str) -> tuple[int, str, dict[str, str]]:
    answer = client.get(path, base_url=BASE_URL)
    return answer.status_code, answer.get_data(as_text=True), dict(answer.headers)


def test_a_pdf_is_shown_as_page_images(client: FlaskClient, sign_in: SignIn,
                                       world: WebWorld) -> None:
    sign_in(client, "hal.admin")
    reference = world.item("halesowen", "postcode_out_of_area")
    status, html, _ = _get(client, f"/queue/{reference}")
    assert status == 200
    image = f"/queue/{reference}/messages/0/attachments/1/pages/1"
    assert f'src="{image}"' in html
    assert 'alt="Page 1 of EHA.pdf, as an image"' in html
    answer = client.get(image, base_url=BASE_URL)
    assert answer.status_code == 200
    assert answer.mimetype == "image/png"
    assert answer.data.startswith(b"\x89PNG")
    assert client.get(f"/queue/{reference}/messages/0/attachments/1/pages/2",
                      base_url=BASE_URL).status_code == 404  # a one-page form
    assert client.get(f"/queue/{reference}/messages/0/attachments/1/as-html",
                      base_url=BASE_URL).status_code == 404  # not a Word file


def test_a_word_file_is_html_in_a_sandboxed_frame(client: FlaskClient, sign_in: SignIn,
                                                  world: WebWorld) -> None:
    sign_in(client, "service.manager")
    reference = world.item("dudley_central", "consent_missing")
    status, html, _ = _get(client, f"/queue/{reference}")
    frame = f"/queue/{reference}/messages/0/attachments/1/as-html"
    assert f'<iframe class="app-word" sandbox title="EHA.docx, shown as a web page" ' \
           f'src="{frame}">' in html
    status, shown, headers = _get(client, frame)
    assert status == 200
    assert "Ethan Hughes" in shown
    assert "<script" not in shown
    assert headers["Content-Security-Policy"].endswith("sandbox")
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "SAMEORIGIN"


def test_the_reply_is_shown_with_the_original(client: FlaskClient, sign_in: SignIn,
                                              world: WebWorld) -> None:
    sign_in(client, "service.manager")
    reference = world.item("dudley_central", "consent_missing")
    status, html, _ = _get(client, f"/queue/{reference}")
    assert "The original email" in html
    assert "Reply 1: " in html
    assert "Mum is coming in on Friday to sign it." in html
    status, raw, _ = _get(client, f"/queue/{reference}/messages/1/original")
    assert status == 200
    assert "Mum is coming in on Friday" in raw
    assert _get(client, f"/queue/{reference}/messages/2/original")[0] == 404
    with world.app.sessions() as session:
        actions = set(session.scalars(select(AuditEntry.action).where(
            AuditEntry.reference == reference)))
        kinds = list(session.scalars(select(OutboxMessage.kind).where(
            OutboxMessage.reference == reference)))
    assert {"exception:reply", "view:attachment_html", "view:original"} <= actions
    assert kinds == ["acknowledgement"]  # a note is not answered


def test_another_areas_files_are_not_found(client: FlaskClient, sign_in: SignIn,
                                           world: WebWorld) -> None:
    sign_in(client, "hal.admin")
    reference = world.item("dudley_central", "consent_missing")
    for path in (f"/queue/{reference}/messages/1/original",
                 f"/queue/{reference}/messages/0/attachments/1/as-html",
                 f"/queue/{reference}/messages/0/attachments/1/pages/1"):
        assert _get(client, path)[0] == 404, path



def _post(client: FlaskClient, reference: str, action: str, **data: str) -> str:
    token = page_token(client, f"/queue/{reference}")
    answer = client.post(f"/queue/{reference}/{action}", base_url=BASE_URL,
                         data={"csrf_token": token, **data})
    assert answer.status_code == 302, answer.get_data(as_text=True)[:500]
    return client.get(answer.headers["Location"], base_url=BASE_URL).get_data(as_text=True)


def _emails(world: WebWorld, reference: str, kind: str) -> list[EmailMessage]:
    with world.app.sessions() as session:
        raws = session.scalars(select(OutboxMessage.raw).where(
            OutboxMessage.reference == reference, OutboxMessage.kind == kind))
        return [message_from_bytes(r, policy=email_policy.default)  # type: ignore[misc]
                for r in raws]


def _audit(world: WebWorld, reference: str, action: str) -> AuditEntry:
    with world.app.sessions() as session:
        return session.scalars(select(AuditEntry).where(
            AuditEntry.reference == reference, AuditEntry.action == action)).one()


def test_the_page_shows_what_the_sender_will_be_told(client: FlaskClient, sign_in: SignIn,
                                                    world: WebWorld) -> None:
    sign_in(client, "hal.admin")
    reference = world.item("halesowen", "postcode_out_of_area")
    html = _get(client, f"/queue/{reference}")[1]
    assert html.count("What the sender will be told") >= 6
    assert "It has been passed to the Multi-Agency Safeguarding Hub" in html
    assert "We could not tell where the family in referral " + reference in html
    assert "Nothing is sent: the correction is kept" in html


def test_a_corrected_postcode_routes_when_decided_again(client: FlaskClient, sign_in: SignIn,
                                                       world: WebWorld) -> None:
    sign_in(client, "hal.admin")
    reference = world.item("halesowen", "postcode_out_of_area")
    page = _post(client, reference, "correct", field="address.postcode", value="dy5 1zz")
    assert "Enter a real UK postcode" not in page
    page = _post(client, reference, "correct", field="address.postcode", value="not one")
    assert "Enter a real UK postcode, like DY1 1AA" in page
    page = _post(client, reference, "correct", field="address.postcode", value="b63 3bl")
    assert "corrected by hal.admin" in page
    assert "B63 3BL" in page
    with world.app.sessions() as session:
        rows = list(session.scalars(select(FieldCorrection).where(
            FieldCorrection.reference == reference).order_by(FieldCorrection.id)))
    assert [(r.before, r.after) for r in rows] == [("DY4 7AA", "DY5 1ZZ"),
                                                   ("DY5 1ZZ", "B63 3BL")]
    assert rows[0].read_from  # where the reader had read it
    _post(client, reference, "reprocess")
    with world.app.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        assert case.cluster == "halesowen"
    (routed,) = [e for e in _emails(world, reference, "acknowledgement")
                 if "received" in str(e["Subject"])]
    assert routed["Reply-To"] == HALESOWEN
    assert _audit(world, reference, "exception:reprocess").after["status"] == "resolved"


def test_consent_seen_by_an_admin_lets_the_form_route(client: FlaskClient, sign_in: SignIn,
                                                     world: WebWorld) -> None:
    sign_in(client, "service.manager")
    reference = world.item("dudley_central", "consent_missing")
    page = _post(client, reference, "correct", field="people.1.consent", value="")
    assert "Corrected. Decide again to use the correction" in page
    _post(client, reference, "reprocess")
    with world.app.sessions() as session:
        assert session.scalars(select(Case.cluster).where(
            Case.reference == reference)).one() == "dudley_central"


def test_step_up_closes_the_item_and_tells_the_sender_why(client: FlaskClient,
                                                         sign_in: SignIn,
                                                         world: WebWorld) -> None:
    sign_in(client, "service.manager")
    reference = world.item("brierley_hill", "safeguarding_concern")
    page = _post(client, reference, "not-for-early-help", where="step_up", reason="")
    assert "Enter the reason: the sender is told it" in page
    _post(client, reference, "not-for-early-help", where="step_up",
          reason="Risk of significant harm: passed to MASH by phone")
    (email,) = _emails(world, reference, "not_for_early_help")
    body = email.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "passed to the Multi-Agency Safeguarding Hub" in body
    assert "Risk of significant harm: passed to MASH by phone" in body
    assert email["Reply-To"] == "earlyhelp.brierleyhill@dudley.gov.uk"
    entry = _audit(world, reference, "exception:step_up")
    assert (entry.before["status"], entry.after["status"]) == ("open", "dismissed")
    assert entry.after["sender_told"] is True


def test_a_reply_from_a_template_is_sent_and_the_item_stays(client: FlaskClient,
                                                           sign_in: SignIn,
                                                           world: WebWorld) -> None:
    sign_in(client, "service.manager")
    reference = world.item("dudley_north", "no_form_found")
    page = _post(client, reference, "reply", reply="ask_for_form")
    assert "Reply sent" in page
    (email,) = _emails(world, reference, "admin_reply")
    assert email["Auto-Submitted"] == "no"
    assert email["In-Reply-To"]
    assert email["Reply-To"] == "earlyhelp.dudleynorth@dudley.gov.uk"
    assert "We could not read the form sent with referral" in str(email.get_body(("plain",)))
    with world.app.sessions() as session:
        assert session.scalars(select(ExceptionItem.status).where(
            ExceptionItem.reference == reference)).one().value == "open"


def test_what_corrections_taught_is_listed_and_can_be_removed(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    sign_in(client, "auditor")
    html = _get(client, "/learned")[1]
    assert "home postcode" in html
    assert "counting (1 of 2)" in html  # the halesowen postcode, once (then a correction's)
    assert "/remove" not in html  # an auditor only looks
    sign_in(client, "hal.manager")
    (rule,) = [r for r in list_rules(world.app.sessions) if r.field == "address.postcode"]
    token = page_token(client, "/learned")
    answer = client.post(f"/learned/{rule.id}/remove", base_url=BASE_URL,
                         data={"csrf_token": token}, follow_redirects=True)
    assert "Removed: forms read like this are routed again" in answer.get_data(as_text=True)
    assert [r.active for r in list_rules(world.app.sessions) if r.id == rule.id] == [False]


def test_the_item_page_shows_the_rules_of_its_layout_and_removes_one(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    reference = world.item("dudley_central", "consent_missing")
    with world.app.sessions.begin() as session:
        form = session.scalars(select(ExceptionItem.form).where(
            ExceptionItem.reference == reference)).one()
        rule = LearnedRule(fingerprint=fingerprint(form), field="people.1.consent", read_from="",
                           corrections=2, reading="read_elsewhere",
                           places="table 4, row 1, column 2", first_at=world.clock.now(),
                           last_at=world.clock.now())
        session.add(rule)
        session.flush()
        rule_id = rule.id
    sign_in(client, "auditor")
    html = _get(client, f"/queue/{reference}")[1]
    assert "Learned for forms laid out like this one" in html
    assert "reads it from table 4, row 1, column 2" in html
    assert f"/learned/{rule_id}/remove" not in html  # an auditor only looks
    sign_in(client, "service.manager")
    token = page_token(client, f"/queue/{reference}")
    answer = client.post(f"/learned/{rule_id}/remove", base_url=BASE_URL,
                         data={"csrf_token": token, "back": reference})
    assert answer.headers["Location"].endswith(f"/queue/{reference}")
    assert "reads it from" not in _get(client, f"/queue/{reference}")[1]
