"""Files the user names on the command line: a mistake there is a `CommandError`, a plain
message and exit status 2 (`main` prints it), never a traceback."""

from __future__ import annotations

from pathlib import Path

from inbox_worker.cli.main import CommandError
from parsers.mail.mime import parse_headers


def read_input(path: Path) -> bytes:
    """The bytes of a file the user named; CommandError when it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError as err:
        raise CommandError(f"{path}: no such file") from err
    except IsADirectoryError as err:
        raise CommandError(f"{path} is a folder: give a file") from err
    except OSError as err:
        raise CommandError(f"cannot read {path}: {err.strerror}") from err


def read_email(path: Path) -> bytes:
    """The bytes of an .eml file; CommandError when it has no mail headers at all."""
    raw = read_input(path)
    if not parse_headers(raw).headers:
        raise CommandError(f"{path} is not an email: it has no mail headers (From, To, "
                           "Subject); give the message saved as .eml from the mail client")
    return raw
