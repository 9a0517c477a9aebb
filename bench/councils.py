"""Benchmark: the reader on the independent council corpus (tests/councils/).

Each case is read as the worker reads it (a message carrying the file, or the .eml
itself), decided with the Dudley example policy, and compared field by field with the
truth its author wrote from the published form. Prints per-field accuracy, per layout
family (format) and per council, the share read fully right, the share that would
route with no person involved, and every wrong cluster. Figures only; the test
`tests/unit/test_council_forms.py` holds the reader to the issue's bar.

    .venv/bin/python -m bench.councils [--verbose] [--heldout N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from inbox_worker.settings import load_settings
from inbox_worker.worker.app import build_policy
from inbox_worker.worker.postcodes import read_directory
from parsers.files import extract_mail
from parsers.form import Form
from parsers.mail.message import Attachment, ParsedMail
from parsers.mail.mime import parse_mail
from parsers.results import MailExtraction
from routing.decide import decide
from routing.decision import Decision, Outcome, ReasonCode
from routing.policy import InMemoryPostcodeDirectory, RoutingPolicy
from routing.postcode import check_postcode
from tests.councils.cases import ALL_CASES
from tests.councils.model import CouncilCase

CONFIG = Path(__file__).resolve().parent.parent / "config" / "dudley.example.yaml"
FIELDS = ("form type", "people", "dates of birth", "roles", "consent", "postcode",
          "lead name", "lead email", "level of need", "safeguarding", "outcome")


@dataclass(frozen=True)
class Scored:
    case: CouncilCase
    form: Form | None
    decision: Decision
    right: dict[str, bool]
    notes: dict[str, str]
    seconds: float

    @property
    def fully_right(self) -> bool:
        return all(self.right.values())

    @property
    def wrong_cluster(self) -> bool:
        """Routed, but not where the truth says (or routed when it belongs in the queue)."""
        return self.decision.outcome is Outcome.ROUTED and (
            self.decision.cluster != self.expected_cluster)

    @property
    def expected_cluster(self) -> str | None:
        return self.notes.get("expected cluster") or None


def policy() -> RoutingPolicy:
    settings = load_settings(CONFIG)
    return build_policy(settings, InMemoryPostcodeDirectory(read_directory(settings)))


def message_of(case: CouncilCase, data: bytes) -> ParsedMail:
    if case.filename.endswith(".eml"):
        return parse_mail(data)
    return ParsedMail(message_id=f"<{case.case_id}@school.example>", subject="Referral",
                      sender="referrals@school.example", sender_name="School", to=(),
                      date="Mon, 23 Nov 2026 09:00:00 +0000", headers=(), text_body="Attached.",
                      html_body="", attachments=(Attachment(case.filename, "", data),))


def score(case: CouncilCase, rules: RoutingPolicy) -> Scored:
    mail = message_of(case, case.build())
    started = time.perf_counter()
    extraction = extract_mail(mail)
    seconds = time.perf_counter() - started
    decision = decide(mail, extraction, rules, received_in="secure",
                      today=case.assessment_date + dt.timedelta(days=1))
    form = extraction.forms[0] if extraction.forms else None
    right, notes = _compare(case, form, extraction, decision, rules)
    return Scored(case, form, decision, right, notes, seconds)


def _compare(case: CouncilCase, form: Form | None, extraction: MailExtraction,
             decision: Decision, rules: RoutingPolicy) -> tuple[dict[str, bool], dict[str, str]]:
    want = case.expected
    got = form or Form()
    people = [(_key(p.name), p.date_of_birth, p.role.value, p.consent.signed) for p in got.people]
    truth = [(_key(p.name), p.date_of_birth, p.role, p.signed) for p in want.people]
    by_name = {p[0]: p for p in people}
    cluster = _cluster(want.postcode, rules) if want.queue_reason is None else None
    notes = {"expected cluster": cluster or "", "people": f"{people} != {truth}",
             "postcode": f"{got.address.postcode!r} != {want.postcode!r}",
             "lead name": f"{got.lead_professional.name!r} != {want.lead_professional_name!r}",
             "lead email": f"{got.lead_professional.email!r} != {want.lead_professional_email!r}",
             "level of need": f"{got.level_of_need!r} != {want.level_of_need!r}",
             "outcome": f"{decision.outcome.value} {decision.cluster} {_reasons(decision)}",
             "form type": f"{got.form_type.value} != {want.form_type}"}
    checks: dict[str, Callable[[], bool]] = {
        "form type": lambda: form is not None and got.form_type.value == want.form_type,
        "people": lambda: sorted(p[0] for p in people) == sorted(p[0] for p in truth),
        "dates of birth": lambda: all(by_name.get(t[0], ("",) * 4)[1] == t[1] for t in truth),
        "roles": lambda: all(by_name.get(t[0], ("",) * 4)[2] == t[2] for t in truth),
        "consent": lambda: all(by_name.get(t[0], ("",) * 4)[3] == t[3] for t in truth),
        "postcode": lambda: got.address.postcode == want.postcode,
        "lead name": lambda: _key(got.lead_professional.name) == _key(
            want.lead_professional_name or ""),
        "lead email": lambda: got.lead_professional.email.lower() == (
            want.lead_professional_email or "").lower(),
        "level of need": lambda: got.level_of_need == want.level_of_need,
        "safeguarding": lambda: decision.has_reason(ReasonCode.SAFEGUARDING_CONCERN)
        is want.safeguarding,
        "outcome": lambda: _outcome_right(decision, want.queue_reason, cluster),
    }
    del extraction
    return {name: check() for name, check in checks.items()}, notes


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _cluster(postcode: str | None, rules: RoutingPolicy) -> str | None:
    return check_postcode(postcode, rules).area if postcode else None


def _outcome_right(decision: Decision, queue_reason: str | None, cluster: str | None) -> bool:
    """The truth's queue reason; else routed to the home postcode's cluster; a home outside
    the authority (the example's table says so) belongs in the queue as out of area."""
    if queue_reason is None and cluster is None:
        queue_reason = "postcode_out_of_area"
    if queue_reason is not None:
        return decision.outcome is Outcome.EXCEPTION and any(
            r.code.value == queue_reason for r in decision.reasons)
    return decision.outcome is Outcome.ROUTED and decision.cluster == cluster


def _reasons(decision: Decision) -> str:
    return "; ".join(str(r) for r in decision.reasons)


def score_all(cases: tuple[CouncilCase, ...] = ALL_CASES) -> list[Scored]:
    rules = policy()
    return [score(case, rules) for case in cases]


def _family(case: CouncilCase) -> str:
    data = case.build()
    if case.filename.endswith(".eml"):
        return "email"
    if case.filename.endswith(".docx"):
        return "word"
    return "pdf (fillable)" if b"/AcroForm" in data else "pdf (flattened)"


def report(scored: list[Scored], *, verbose: bool) -> Iterator[str]:
    total = len(scored)
    yield f"{'field':<16}{'right':>7}{'of':>5}{'share':>9}"
    for name in FIELDS:
        right = sum(s.right[name] for s in scored)
        yield f"{name:<16}{right:>7}{total:>5}{100 * right / total:>8.1f}%"
    groups: dict[str, list[Scored]] = defaultdict(list)
    for item in scored:
        groups[_family(item.case)].append(item)
    yield "\nper layout family: fully right / cases"
    for family, items in sorted(groups.items()):
        yield f"  {family:<18}{sum(s.fully_right for s in items):>3} / {len(items)}"
    full = sum(s.fully_right for s in scored)
    routed = sum(s.decision.outcome is Outcome.ROUTED and not s.wrong_cluster for s in scored)
    wrong = [s for s in scored if s.wrong_cluster]
    yield (f"\n{full} of {total} read fully right ({100 * full / total:.0f}%); {routed} would "
           f"route with no person involved ({100 * routed / total:.0f}%); {len(wrong)} to a "
           f"wrong cluster; {sum(s.seconds for s in scored) / total * 1000:.0f} ms a form")
    for item in wrong:
        yield f"  WRONG CLUSTER {item.case.case_id}: {item.notes['outcome']}"
    for item in (s for s in scored if verbose and not s.fully_right):
        bad = [f"{k}: {item.notes.get(k, '')}" for k, ok in item.right.items() if not ok]
        yield f"  {item.case.case_id}: " + " | ".join(bad)


def held_out(number: int) -> tuple[CouncilCase, ...]:
    """The Nth held-out set's cases (1 is tests/councils_heldout/)."""
    name = "tests.councils_heldout" + ("" if number == 1 else str(number)) + ".cases"
    cases: tuple[CouncilCase, ...] = importlib.import_module(name).ALL_CASES
    return cases


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="say what each case got wrong")
    parser.add_argument("--heldout", nargs="?", type=int, const=1, default=0, metavar="N",
                        help="the Nth held-out set (tests/councils_heldout/, then "
                             "tests/councils_heldoutN/); each is measured once, then read by "
                             "the reader's author; the newest is kept for measuring only")
    for number in range(2, 6):  # the earlier spelling: --heldout2 ... --heldout5
        parser.add_argument(f"--heldout{number}", action="store_const", const=number,
                            dest="heldout", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cases = held_out(args.heldout) if args.heldout else ALL_CASES
    for line in report(score_all(cases), verbose=args.verbose):
        print(line)


if __name__ == "__main__":
    main()
