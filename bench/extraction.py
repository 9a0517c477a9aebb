"""Benchmark: extraction accuracy per field over the labelled corpus, and routing outcomes.

Reads every item of tests/corpus (forms in varied .docx/.pdf layouts, step-down packs,
plans and letters) as the worker does (one email per item), compares what was read
with the labels, and prints per-field accuracy and files/second. Then decides each
email with the Dudley example policy and lists wrong routing decisions (a cluster
other than the postcode's) apart from items sent to the queue. Figures only, no test.

    .venv/bin/python -m bench.extraction [--verbose] [--repeat N] [--sweep OFFSET]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from frontdoor_demo.samples.forms import PersonSpec
from inbox_worker.settings import load_settings
from inbox_worker.worker.app import build_policy
from inbox_worker.worker.postcodes import read_directory
from parsers.files import extract_mail
from parsers.form import Person
from parsers.mail.message import Attachment, ParsedMail
from parsers.results import MailExtraction
from routing.decide import decide
from routing.decision import Decision, Outcome
from routing.policy import InMemoryPostcodeDirectory, RoutingPolicy
from tests.corpus.layouts import Case, corpus, sweep

CONFIG = Path(__file__).resolve().parent.parent / "config" / "dudley.example.yaml"
TODAY = dt.date(2026, 11, 23)
FIELDS = ("names", "dates of birth", "roles", "consent", "postcode", "lead email",
          "level of need", "form type")


@dataclass(frozen=True)
class Check:
    field: str
    case: str
    ok: bool
    detail: str = ""


def mail_of(case: Case) -> ParsedMail:
    """The email that carried the case's files (a school's address, to the secure mailbox)."""
    files = tuple(Attachment(name, "application/octet-stream", data)
                  for name, data in case.attachments)
    return ParsedMail(message_id=f"<{case.name}@school.example>", subject="Referral",
                      sender="referrals@school.example", sender_name="School", to=(),
                      date="Mon, 23 Nov 2026 09:00:00 +0000", headers=(), text_body="Attached.",
                      html_body="", attachments=files)


def checks(case: Case, extraction: MailExtraction) -> Iterator[Check]:
    """One check per labelled value: each person's name, date of birth, role and consent,
    the postcode, the lead professional's email, the level and the classification."""
    form = extraction.forms[0] if extraction.forms else None
    yield Check("form type", case.name, _kind(extraction) == case.kind,
                f"{_kind(extraction)} != {case.kind}")
    if case.spec is None:
        return
    spec = case.spec
    found = form.people if form else ()
    for index in range(max(len(spec.people), len(found))):
        want = spec.people[index] if index < len(spec.people) else None
        got = found[index] if index < len(found) else None
        for name, read, expect in _PERSON_FIELDS:
            a, b = (read(got) if got else None), (expect(want) if want else None)
            yield Check(name, case.name, got is not None and want is not None and a == b,
                        f"person {index + 1}: {a!r} != {b!r}")
    values: tuple[tuple[str, object, object], ...] = (
        ("postcode", form.address.postcode if form else None, spec.postcode),
        ("lead email", form.lead_professional.email if form else None, spec.lead.email),
        ("level of need", form.level_of_need if form else None, spec.level),
    )
    for name, value, wanted in values:
        yield Check(name, case.name, value == wanted, f"{value!r} != {wanted!r}")


_PERSON_FIELDS: tuple[tuple[str, Callable[[Person], object], Callable[[PersonSpec], object]],
                      ...] = (
    ("names", lambda p: p.name, lambda s: s.name),
    ("dates of birth", lambda p: p.date_of_birth, lambda s: s.dob),
    ("roles", lambda p: p.role, lambda s: s.role),
    ("consent", lambda p: p.consent.signed, lambda s: s.signed),
)


def _kind(extraction: MailExtraction) -> str:
    if extraction.forms:
        return extraction.forms[0].form_type.value
    return extraction.documents[0].kind.value if extraction.documents else "unreadable"


def policy() -> RoutingPolicy:
    settings = load_settings(CONFIG)
    return build_policy(settings, InMemoryPostcodeDirectory(read_directory(settings)))


@dataclass(frozen=True)
class Run:
    case: Case
    extraction: MailExtraction
    decision: Decision
    seconds: float


def run_all(cases: tuple[Case, ...], repeat: int) -> list[Run]:
    rules = policy()
    runs = []
    for case in cases:
        mail = mail_of(case)
        started = time.perf_counter()
        for _ in range(repeat):
            extraction = extract_mail(mail)
        seconds = (time.perf_counter() - started) / repeat
        decision = decide(mail, extraction, rules, received_in="secure", today=TODAY)
        runs.append(Run(case, extraction, decision, seconds))
    return runs


def print_accuracy(runs: list[Run], *, verbose: bool) -> None:
    results = [c for r in runs for c in checks(r.case, r.extraction)]
    print(f"{'field':<16}{'correct':>9}{'total':>7}{'accuracy':>10}")
    for name in FIELDS:
        mine = [c for c in results if c.field == name]
        right = sum(c.ok for c in mine)
        print(f"{name:<16}{right:>9}{len(mine):>7}{100 * right / max(len(mine), 1):>9.1f}%")
    files = sum(len(r.case.attachments) for r in runs)
    seconds = sum(r.seconds for r in runs)
    print(f"\n{len(runs)} items ({sum(r.case.spec is not None for r in runs)} forms), "
          f"{files} files, {files / seconds:.1f} files/second")
    for check in (c for c in results if not c.ok and verbose):
        print(f"  wrong {check.field}: {check.case}: {check.detail}")


def _is_wrong(run: Run) -> bool:
    cluster = run.decision.cluster
    return run.case.spec is not None and cluster is not None and cluster != run.case.cluster


def print_routing(runs: list[Run]) -> None:
    forms = [r for r in runs if r.case.spec is not None]
    wrong = [r for r in forms if _is_wrong(r)]
    queued = [r for r in forms if r.decision.outcome is Outcome.EXCEPTION and not _is_wrong(r)]
    routed = [r for r in forms if r.decision.outcome is Outcome.ROUTED and not _is_wrong(r)]
    print(f"\nrouting of {len(forms)} forms (Dudley example policy): {len(routed)} routed to the "
          f"right cluster, {len(wrong)} wrong cluster, {len(queued)} sent to the queue")
    for run in wrong:
        print(f"  WRONG {run.case.name}: {run.decision.cluster} (expected {run.case.cluster})")
    for run in queued:
        label = "expected" if run.case.queue else "unexpected"
        print(f"  queue ({label}) {run.case.name}: {_reasons(run.decision)}")
    missed = [r for r in routed if r.case.queue]
    for run in missed:
        print(f"  ROUTED BUT SHOULD QUEUE {run.case.name}: {run.decision.cluster}")


def _reasons(decision: Decision) -> str:
    counts = Counter(str(r) for r in decision.reasons)
    return "; ".join(f"{k} x{n}" if n > 1 else k for k, n in counts.items())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list every wrong value")
    parser.add_argument("--repeat", type=int, default=1, help="extractions per item, timed")
    parser.add_argument("--sweep", type=int, metavar="OFFSET", default=None,
                        help="instead of the corpus: every family in every layout, date "
                             "styles and label wordings shifted by OFFSET")
    args = parser.parse_args(argv)
    cases = corpus() if args.sweep is None else sweep(args.sweep)
    runs = run_all(cases, max(args.repeat, 1))
    print_accuracy(runs, verbose=args.verbose)
    print_routing(runs)


if __name__ == "__main__":
    main()
