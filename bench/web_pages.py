"""Benchmark: every admin page's time with 10,000 items in the exception queue, beside a
bare Flask route in the same run. Not a test: figures only (the target is under 300 ms).

The demo's referrals are decided by the worker, then 10,000 more queue items (copies of
the unsigned-consent item, spread over the areas, reasons and three months, each with a
message of its own as the worker would have stored it) are written to the store; the
pages are asked through Flask's test client, signed in as the Service Manager (who sees
every item) and as a Halesowen admin.

    .venv/bin/python -m bench.web_pages [--items 10000] [--repeat 10] [--cold-previews]

The pages' app keeps a preview child ready, as `frontdoor web` does; `--cold-previews`
starts one for each attachment's first view instead (as before), for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, insert, select

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.clock import FixedClock
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.settings import load_settings
from inbox_worker.settings.mailboxes import MaildirMailbox as MaildirSettings
from inbox_worker.store.models import (
    Case,
    ExceptionItem,
    ExceptionStatus,
    Message,
    MessageState,
    Original,
)
from inbox_worker.web.accounts import Role, add_account
from inbox_worker.web.app import create_app
from inbox_worker.web.context import WebOptions
from inbox_worker.worker.app import App, build_app
from inbox_worker.worker.runner import Runner

NOW = dt.datetime(2026, 11, 23, 10, 0)
PASSWORD = "a benchmark passphrase"
BASE = "https://frontdoor.test"
REASONS = ("consent_missing", "no_form_found", "postcode_out_of_area", "unreadable_attachment",
           "form_unclear")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=10_000, help="extra queue items")
    parser.add_argument("--repeat", type=int, default=10, help="requests of each page")
    parser.add_argument("--cold-previews", action="store_true",
                        help="no preview child kept ready (before)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = _store(Path(tmp), args.items)
        web = create_app(app, WebOptions(secret_key=secrets.token_bytes(32),
                                         warm_previews=not args.cold_previews))
        print(f"{args.items} extra queue items; median and 90th percentile of "
              f"{args.repeat} requests (ms):")
        _report("bare Flask route (baseline)", _bare(), "/", args.repeat)
        for person in ("service.manager", "hal.admin"):
            client = _signed_in(web, person)
            for name, path in _pages(app, person).items():
                _report(f"{person:15} {name}", client, path, args.repeat)
        web.extensions["frontdoor"].previewer.close()
        app.pipeline.reader.close()


def _store(root: Path, items: int) -> App:
    app = build_app(load_settings(write_local_config(root)), FixedClock(NOW))
    for number, sample in enumerate(scenarios()):
        settings = app.settings.mailbox(sample.mailbox)
        assert isinstance(settings, MaildirSettings)
        MaildirMailbox(settings.id, settings.path).deliver(sample.raw, f"bench-{number}")
    Runner(app).run_once()
    with app.sessions.begin() as session:
        model = session.scalars(select(ExceptionItem).where(
            ExceptionItem.reason_codes.contains("consent_missing"))).first()
        assert model is not None
        areas = [a.id for a in app.settings.areas]
        mailboxes = [a.mailbox for a in app.settings.areas]
        first = (session.scalar(select(func.max(Message.id))) or 0) + 1
        model_message = session.get_one(Message, model.message_id)
        session.execute(insert(Message), [_message(n, mailboxes, model_message)
                                          for n in range(items)])
        session.execute(insert(ExceptionItem), [_copy(model, n, first + n, areas)
                                                for n in range(items)])
    known = frozenset(areas)
    add_account(app.sessions, "service.manager", role=Role.SERVICE_MANAGER, areas=(),
                password=PASSWORD, known_areas=known, now=NOW, actor="bench")
    add_account(app.sessions, "hal.admin", role=Role.ADMIN, areas=("halesowen",),
                password=PASSWORD, known_areas=known, now=NOW, actor="bench")
    return app


def _message(n: int, mailboxes: list[str], model: Message) -> dict[str, object]:
    """A stored message for copy `n`: the first of each other mailbox has the model's
    original (an item page opens it), the rest none (no page here opens theirs)."""
    mailbox = mailboxes[n % len(mailboxes)]
    shared = n < len(mailboxes) and mailbox != model.mailbox
    return {"mailbox": mailbox, "uidvalidity": 1, "server_id": f"bench-copy-{n}",
            "content_hash": model.content_hash if shared else f"{n:064x}", "size": 1,
            "received_at": NOW - dt.timedelta(minutes=13 * n), "state": MessageState.FILED,
            "reference": f"EH-2025-{100000 + n:06d}"}


def _copy(model: ExceptionItem, n: int, message_id: int, areas: list[str]
          ) -> dict[str, object]:
    reason = REASONS[n % len(REASONS)]
    return {"reference": f"EH-2025-{100000 + n:06d}", "message_id": message_id,
            "cluster": areas[n % len(areas)], "received_in": areas[n % len(areas)],
            "reason_codes": [reason], "reasons": [f"{reason}:copy {n}"], "flags": [],
            "priority": "urgent" if n % 500 == 0 else "normal", "form": model.form,
            "status": ExceptionStatus.OPEN, "created_at": NOW - dt.timedelta(minutes=13 * n)}


def _pages(app: App, person: str) -> dict[str, str]:
    with app.sessions() as session:
        item = session.scalars(select(ExceptionItem.reference).join(
            Message, Message.id == ExceptionItem.message_id).join(
            Original, Original.content_hash == Message.content_hash).where(
            ExceptionItem.cluster == "halesowen")).first()
        pdf_item = session.scalars(select(ExceptionItem.reference).where(
            ExceptionItem.reason_codes.contains("unreadable_attachment"),
            ExceptionItem.reference.like("EH-2026-%"))).first()
        case = session.scalars(select(Case.reference).where(
            Case.cluster == "halesowen")).first()
    pages = {
        "/queue": "/queue", "/queue filtered by area": "/queue?area=halesowen",
        "/queue by reference": "/queue?reference=EH-2025-100500",
        "/queue/REF (Word form)": f"/queue/{item}",
        "/queue/REF Word as HTML": f"/queue/{item}/messages/0/attachments/1/as-html",
        "/cases": "/cases", "/cases/REF": f"/cases/{case}", "/meetings": "/meetings",
        "/meetings/AREA/DATE": "/meetings/halesowen/2026-11-24", "/figures": "/figures",
        "/figures.csv": "/figures.csv", "/learned": "/learned",
    }
    if person == "service.manager" and pdf_item:
        pages["/queue/REF (PDF, unreadable)"] = f"/queue/{pdf_item}"
    return pages


def _bare() -> FlaskClient:
    bare = Flask("bare")
    bare.add_url_rule("/", "bare", lambda: "ok")
    return bare.test_client()


def _signed_in(web: Flask, name: str) -> FlaskClient:
    client = web.test_client()
    client.environ_base["HTTP_REFERER"] = f"{BASE}/"
    page = client.get("/sign-in", base_url=BASE).get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    answer = client.post("/sign-in", base_url=BASE, data={
        "csrf_token": token, "name": name, "password": PASSWORD})
    assert answer.status_code == 302, answer.status_code
    return client


def _report(name: str, client: FlaskClient, path: str, repeat: int) -> None:
    first = _ms(lambda: _get(client, path))
    times = sorted(_ms(lambda: _get(client, path)) for _ in range(repeat))
    p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
    print(f"  {name:44} {statistics.median(times):8.1f} {p90:8.1f}   (first {first:.0f})")


def _get(client: FlaskClient, path: str) -> None:
    answer = client.get(path, base_url=BASE)
    assert answer.status_code == 200, (path, answer.status_code)


def _ms(action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    return 1000 * (time.perf_counter() - started)


if __name__ == "__main__":
    main()
