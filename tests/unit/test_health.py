"""What `frontdoor health` calls a problem: a mailbox failing now, or not reached lately."""

from __future__ import annotations

import datetime as dt

from inbox_worker.worker.health import Health, MailboxHealth, OutboxHealth

NOW = dt.datetime(2026, 11, 23, 3, 0)
STALE = dt.timedelta(minutes=15)


def _health(box: MailboxHealth, failed_emails: int = 0) -> Health:
    return Health((box,), outbox_pending=0, outbox_failed=failed_emails, open_exceptions=0,
                  undecided_messages=0)


def _ago(minutes: float) -> dt.datetime:
    return NOW - dt.timedelta(minutes=minutes)


def test_a_mailbox_reached_a_minute_ago_is_healthy() -> None:
    assert _health(MailboxHealth("halesowen", _ago(1), None, None, 0)).problems(NOW, STALE) == []


def test_an_old_error_followed_by_success_is_not_a_problem() -> None:
    box = MailboxHealth("halesowen", _ago(1), _ago(5), "IMAP mailbox halesowen: timed out", 0)
    assert _health(box).problems(NOW, STALE) == []


def test_an_error_newer_than_the_last_success_is_a_problem_at_once() -> None:
    box = MailboxHealth("halesowen", _ago(2), _ago(1),
                        "mailbox halesowen: Microsoft sign-in failed: AADSTS7000222", 0)
    [problem] = _health(box).problems(NOW, STALE)
    assert problem.startswith("mailbox halesowen: failing since")
    assert "AADSTS7000222" in problem


def test_never_reached_with_an_error_names_the_error() -> None:
    box = MailboxHealth("secure", None, _ago(1), "login refused", 0)
    [problem] = _health(box).problems(NOW, STALE)
    assert "last success never" in problem
    assert problem.endswith("login refused")


def test_not_reached_for_longer_than_the_limit_is_a_problem() -> None:
    [problem] = _health(MailboxHealth("stourbridge", _ago(16), None, None, 0)).problems(
        NOW, STALE)
    assert "no successful contact since" in problem


def test_failed_emails_are_a_problem() -> None:
    box = MailboxHealth("halesowen", _ago(1), None, None, 0)
    assert _health(box, failed_emails=2).problems(NOW, STALE) == [
        "2 outbound email(s) failed for good"]


def test_a_failed_send_is_a_problem_at_once_with_the_error_and_the_oldest_age() -> None:
    box = MailboxHealth("halesowen", _ago(1), None, None, 0)
    outbox = OutboxHealth(retrying=2, last_error="SMTP 127.0.0.1:25: connection refused",
                          oldest_waiting_at=_ago(3))
    health = Health((box,), 2, 0, 0, 0, outbox=outbox)
    assert health.problems(NOW, STALE) == [
        "outbox: 2 email(s) waiting after a failed send, the oldest queued 3 min ago; "
        "last error: SMTP 127.0.0.1:25: connection refused"]


def test_an_email_waiting_longer_than_the_limit_is_a_problem_without_an_error() -> None:
    box = MailboxHealth("halesowen", _ago(1), None, None, 0)
    fresh = Health((box,), 1, 0, 0, 0, outbox=OutboxHealth(oldest_waiting_at=_ago(2)))
    stale = Health((box,), 1, 0, 0, 0, outbox=OutboxHealth(oldest_waiting_at=_ago(20)))
    assert fresh.problems(NOW, STALE) == []
    assert stale.problems(NOW, STALE) == ["outbox: the oldest waiting email was queued 20 min ago"]


def test_answers_withheld_by_the_budget_are_counted_not_a_problem() -> None:
    box = MailboxHealth("halesowen", _ago(1), None, None, 0)
    assert Health((box,), 0, 0, 0, 0, over_budget=4).problems(NOW, STALE) == []
