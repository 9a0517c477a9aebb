"""`frontdoor demo`: the whole front door on the embedded default, in one folder.

Makes a SQLite store and six Maildir mailboxes under the work folder from the Dudley
example configuration, delivers the sample referrals, runs one pass of the worker,
takes two cases through casework (a step-down allocated at once, a case screened
onto the next meeting), sends the outbox to a folder and prints what happened.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import yaml
from sqlalchemy import select

from frontdoor_demo.samples.scenarios import Scenario, scenarios
from inbox_worker.casework.actions import allocate, screen
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.settings import load_settings
from inbox_worker.settings.mailboxes import MaildirMailbox as MaildirSettings
from inbox_worker.store.models import Case, ExceptionItem, OutboxMessage
from inbox_worker.worker.app import App, build_app
from inbox_worker.worker.runner import Runner
from routing.casework import Allocation
from routing.decision import Priority

CONFIG_DIR = Path(__file__).resolve().parents[1] / "config"


def run_demo(workdir: Path) -> str:
    """Builds the demo in `workdir` (cleared first) and returns the printed summary."""
    workdir = workdir.resolve()
    if workdir.exists():
        shutil.rmtree(workdir)
    config = write_local_config(workdir)
    app = build_app(load_settings(config))
    samples = scenarios()
    _deliver(app, samples)
    runner = Runner(app)
    report = runner.run_once()
    casework = _casework(app)
    runner.send_outbox()
    return _summary(app, workdir, config, samples, report.failed_mailboxes, casework)


def write_local_config(workdir: Path, example: Path = CONFIG_DIR / "dudley.example.yaml"
                       ) -> Path:
    """An example configuration (Dudley's by default) on the embedded default under
    `workdir`: SQLite, Maildir mailboxes, outbound mail as files. Returns its path."""
    raw = yaml.safe_load(example.read_text(encoding="utf-8"))
    raw["store_url"] = f"sqlite:///{workdir}/frontdoor.db"
    raw["templates_dir"] = str(CONFIG_DIR / "templates")
    table = Path(raw["postcodes"]["table"])
    raw["postcodes"]["table"] = str(table if table.is_absolute() else example.parent / table)
    for mailbox in raw["mailboxes"]:
        mailbox["path"] = str(workdir / "mail" / mailbox["id"])
    raw["outbound"]["delivery"] = {"transport": "folder", "folder": str(workdir / "outbound")}
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "frontdoor.yaml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def _deliver(app: App, samples: tuple[Scenario, ...]) -> None:
    for number, sample in enumerate(samples, start=1):
        settings = app.settings.mailbox(sample.mailbox)
        assert isinstance(settings, MaildirSettings)  # the demo's configuration is all Maildir
        MaildirMailbox(settings.id, settings.path).deliver(sample.raw, f"demo-{number:03d}")


def _casework(app: App) -> list[str]:
    """A step-down allocated at once, and a case screened onto the next meeting."""
    ctx = app.pipeline.casework
    assert ctx is not None
    with app.sessions() as session:
        cases = list(session.scalars(select(Case).order_by(Case.id)))
    done = []
    step_down = next((c for c in cases if c.priority == Priority.STEP_DOWN.value), None)
    if step_down is not None:
        now = app.clock.now()
        screen(app.sessions, step_down.reference, resource_needed=True, close_reason=None,
               actor="demo.fcm", ctx=ctx, now=now)
        allocate(app.sessions, step_down.reference,
                 Allocation(True, "Family support, 12 weeks", "Dudley North Family Centre",
                            "A. Family Worker", multi_agency=False), actor="demo.fcm", ctx=ctx,
                 now=now)
        done.append(f"{step_down.reference} (step-down): screened and allocated at once; "
                    "outcome emailed to the lead professional")
    normal = next((c for c in cases if c.priority == Priority.NORMAL.value), None)
    if normal is not None:
        case = screen(app.sessions, normal.reference, resource_needed=True, close_reason=None,
                      actor="demo.fcm", ctx=ctx, now=app.clock.now())
        done.append(f"{normal.reference}: screened; on the {case.cluster} meeting of "
                    f"{case.meeting_date:%A %d %B %Y}")
    return done


def _summary(
    app: App, workdir: Path, config: Path, samples: tuple[Scenario, ...],
    failed: dict[str, str], casework: list[str],
) -> str:
    with app.sessions() as session:
        cases = Counter(session.scalars(select(Case.cluster)))
        reasons = Counter(code for codes in session.scalars(select(ExceptionItem.reason_codes))
                          for code in codes)
        sent = Counter(session.scalars(select(OutboxMessage.kind)))
    lines = [f"Early Help Front Door demo: {len(samples)} sample emails in 6 mailboxes", "",
             "Cases per cluster:"]
    lines += [f"  {cluster:16} {n}" for cluster, n in sorted(cases.items())]
    lines += ["", "Exceptions by reason:"]
    lines += [f"  {code:24} {n}" for code, n in sorted(reasons.items())]
    lines += ["", "Casework:"] + [f"  {line}" for line in casework]
    lines += ["", "Emails written:"] + [f"  {kind:20} {n}" for kind, n in sorted(sent.items())]
    if failed:
        lines += ["", "MAILBOX FAILURES:"] + [f"  {m}: {e}" for m, e in failed.items()]
    lines += ["", "Where to look:",
              f"  outbound mail (.eml):  {workdir / 'outbound'}",
              f"  mailboxes (Maildir):   {workdir / 'mail'}  (filed in .Processed, .Exceptions.*)",
              f"  store (SQLite):        {workdir / 'frontdoor.db'}",
              f"  the exception queue:   frontdoor queue list --config {config}",
              f"  one decision, no side effects:  frontdoor route "
              f"{workdir / 'mail'}/halesowen/.Processed/cur/<file> --config {config} --json"]
    return "\n".join(lines)
