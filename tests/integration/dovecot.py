"""A throwaway Dovecot on 127.0.0.1 for integration tests (see shared notes on the pitfalls).

`ensure_dovecot()` installs Debian's dovecot-imapd when absent, with service starts blocked so
the system instance never listens; `start_dovecot()` writes a private configuration under a
short folder in /tmp, starts `dovecot -c`, and checks every user can log in and select INBOX.
Failure to install or start raises `DovecotError`: the tests must fail, never skip.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

from .debian import InstallError, apt_install, binary, run
from .smtp import free_port

USERS = ("dudley_north", "dudley_central", "brierley_hill", "halesowen", "stourbridge", "secure")
PASSWORD = "test"
MAIL_USER = "vmail"
# Dovecot answers within a second here; start-up and stop take 1-3 s (notes, pitfall 9).
START_TIMEOUT_SECONDS = 20.0
STOP_TIMEOUT_SECONDS = 15.0


class DovecotError(Exception):
    """Dovecot could not be installed, started or used."""


@dataclass(frozen=True)
class Dovecot:
    """A running private Dovecot: where it listens and where its files are."""

    base: Path
    port: int
    tls: bool
    ca_file: Path | None
    capability: str | None = None
    starttls_port: int | None = None  # TLS instances: plain listener that requires STARTTLS
    # XOAUTH2/OAUTHBEARER logins are checked by asking this URL with the bearer token
    # (Dovecot's oauth2 passdb, introspection_mode = auth), as Exchange Online checks tokens.
    token_check_url: str | None = None

    @property
    def config(self) -> Path:
        return self.base / "dovecot.conf"

    @property
    def master_pid_file(self) -> Path:
        return self.base / "run" / "master.pid"

    def client(self, user: str, password: str = PASSWORD) -> IMAPClient:
        """A logged-in imapclient session for `user` (the caller logs out)."""
        if self.tls:
            context = ssl.create_default_context(cafile=str(self.ca_file))
            client = IMAPClient("127.0.0.1", port=self.port, ssl=True, ssl_context=context,
                                timeout=10)
        else:
            client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(user, password)
        return client


def ensure_dovecot() -> None:
    """Install dovecot-imapd if `dovecot` is missing, without starting the system service."""
    if _binary("dovecot") is not None and _binary("doveadm") is not None:
        return
    try:
        apt_install("dovecot-imapd")
    except InstallError as err:
        raise DovecotError(str(err)) from err
    if _binary("dovecot") is None:
        raise DovecotError("dovecot-imapd installed but no `dovecot` binary found")


def ensure_mail_user() -> tuple[int, int]:
    """uid and gid of the system user that owns the mail (Dovecot refuses root, pitfall 1)."""
    try:
        entry = pwd.getpwnam(MAIL_USER)
    except KeyError:
        _run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
              MAIL_USER])
        entry = pwd.getpwnam(MAIL_USER)
    return entry.pw_uid, entry.pw_gid


def start_dovecot(*, tls: bool = False, capability: str | None = None,
                  token_check_url: str | None = None) -> Dovecot:
    """Configure and start a private instance; the caller must `stop_dovecot` it.

    `capability` replaces the CAPABILITY list announced after login (e.g. one without MOVE
    and IDLE, to exercise a client's fallbacks); `token_check_url` enables XOAUTH2 logins
    whose bearer token that URL accepts (answering {"mail": "<user>"})."""
    ensure_dovecot()
    uid, gid = ensure_mail_user()
    # A short base dir keeps unix socket paths under 108 bytes (pitfall 5).
    base = Path(tempfile.mkdtemp(dir="/tmp", prefix="dv"))
    base.chmod(0o755)  # login (dovenull) and mail (vmail) processes must traverse it
    server = Dovecot(base=base, port=free_port(), tls=tls,
                     ca_file=make_certificate(base) if tls else None, capability=capability,
                     starttls_port=free_port() if tls else None,
                     token_check_url=token_check_url)
    try:
        _write_files(server, uid, gid)
        _start_master(server)
        _wait_for_port(server.port)
        _check_logins(server)
    except BaseException:
        stop_dovecot(server)
        raise
    return server


def stop_dovecot(server: Dovecot) -> None:
    """Stop the master and its children, wait until the port is free, remove the folder."""
    pid = _master_pid(server)
    if pid is not None:
        _kill_and_wait(pid)
    _wait_for_port_closed(server.port)
    shutil.rmtree(server.base, ignore_errors=True)


def append(server: Dovecot, user: str, raw: bytes, folder: str = "INBOX") -> int:
    """APPEND `raw` to `folder` of `user` from a separate connection; returns the new UID."""
    client = server.client(user)
    try:
        response = client.append(folder, raw)
    finally:
        client.logout()
    # Dovecot answers "[APPENDUID <validity> <uid>] Append completed." (UIDPLUS).
    text = response.decode() if isinstance(response, bytes) else str(response)
    return int(text.split("]", 1)[0].split()[-1])


def count(server: Dovecot, user: str, folder: str = "INBOX") -> int:
    """How many messages `folder` holds (0 if the folder does not exist)."""
    client = server.client(user)
    try:
        if not client.folder_exists(folder):
            return 0
        status = client.folder_status(folder, [b"MESSAGES"])
        return int(status[b"MESSAGES"])
    finally:
        client.logout()


def flags(server: Dovecot, user: str, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
    """UID -> flags of every message in `folder`, read without changing them."""
    client = server.client(user)
    try:
        client.select_folder(folder, readonly=True)
        return {uid: tuple(f) for uid, f in client.get_flags(client.search("ALL")).items()}
    finally:
        client.logout()


@contextmanager
def frozen(server: Dovecot) -> Iterator[None]:
    """SIGSTOP every process of this instance: connections stay open but nothing answers,
    as with a server or network that hangs. SIGCONT on exit."""
    pids = _instance_pids(server)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


def reset(server: Dovecot, user: str) -> None:
    """Empty `user`'s INBOX and delete every other folder, so each test starts clean."""
    client = server.client(user)
    try:
        for _flags, _sep, name in sorted(client.list_folders(), key=lambda f: -len(f[2])):
            if name != "INBOX":
                client.delete_folder(name)
        client.select_folder("INBOX")
        uids = client.search("ALL")
        if uids:
            client.delete_messages(uids)
            client.expunge()
    finally:
        client.logout()


def _config_text(server: Dovecot, uid: int) -> str:
    base = server.base
    return f"""\
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
protocols = imap
listen = 127.0.0.1
first_valid_uid = {uid}
last_valid_uid = 0
disable_plaintext_auth = no
auth_mechanisms = plain login{" xoauth2 oauthbearer" if server.token_check_url else ""}
# Tests log in with a wrong password on purpose; the per-IP penalty (up to a few seconds
# on the next login) still applies, so such tests use a server of their own.
auth_failure_delay = 0
{_ssl_lines(server)}
{_oauth2_passdb(server)}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {server.starttls_port if server.tls else server.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {server.port if server.tls else 0}
    ssl = yes
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {base}/users
}}
mail_location = maildir:~/Maildir:LAYOUT=fs
namespace inbox {{
  inbox = yes
  separator = /
}}
protocol imap {{
  # tests open many sessions from 127.0.0.1 (pitfall 8)
  mail_max_userip_connections = 200
{f"  imap_capability = {server.capability}" if server.capability else ""}
}}
"""


def _oauth2_passdb(server: Dovecot) -> str:
    if not server.token_check_url:
        return ""
    return f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {server.base}/oauth2.conf
}}"""


def _ssl_lines(server: Dovecot) -> str:
    if not server.tls:
        return "ssl = no"
    return (f"ssl = required\nssl_cert = <{server.base}/cert.pem\n"
            f"ssl_key = <{server.base}/key.pem")


def _write_files(server: Dovecot, uid: int, gid: int) -> None:
    mail = server.base / "mail"
    lines = [f"{user}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{mail}/{user}::\n" for user in USERS]
    (server.base / "users").write_text("".join(lines))
    mail.mkdir()
    os.chown(mail, uid, gid)
    for sub in ("run", "state"):
        (server.base / sub).mkdir()
    if server.token_check_url:
        (server.base / "oauth2.conf").write_text(
            f"introspection_mode = auth\nintrospection_url = {server.token_check_url}\n"
            "username_attribute = mail\n")
    server.config.write_text(_config_text(server, uid))


def make_certificate(base: Path) -> Path:
    """A self-signed certificate for localhost and 127.0.0.1; it is its own CA."""
    cert, key = base / "cert.pem", base / "key.pem"
    _run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
          "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
          "-keyout", str(key), "-out", str(cert)])
    key.chmod(0o600)
    return cert


def _start_master(server: Dovecot) -> None:
    """`dovecot -c` forks a daemon that keeps the output files open: give it files, not pipes
    (with pipes, waiting for the command means waiting for the daemon to exit)."""
    output = server.base / "startup.log"
    with output.open("wb") as sink:
        code = subprocess.run([_require_binary("dovecot"), "-c", str(server.config)],
                              stdin=subprocess.DEVNULL, stdout=sink, stderr=sink,
                              timeout=START_TIMEOUT_SECONDS, check=False).returncode
    if code != 0:
        raise DovecotError(f"dovecot -c {server.config} exited {code}:\n"
                           f"{output.read_text(errors='replace')[-2000:]}")


def _check_logins(server: Dovecot) -> None:
    """Mail access problems show only at first login (pitfall 3): try every user now."""
    for user in USERS:
        try:
            client = server.client(user)
            client.select_folder("INBOX")
            client.logout()
        except Exception as err:
            log = _log_tail(server)
            raise DovecotError(f"Dovecot login as {user} failed: {err}\n{log}") from err


def _log_tail(server: Dovecot) -> str:
    try:
        return "\n".join((server.base / "dovecot.log").read_text().splitlines()[-20:])
    except OSError:
        return "(no dovecot.log)"


def _master_pid(server: Dovecot) -> int | None:
    try:
        return int(server.master_pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _instance_pids(server: Dovecot) -> list[int]:
    """The master and its children (login, imap, auth... processes of this instance)."""
    master = _master_pid(server)
    if master is None:
        raise DovecotError(f"no master.pid for the Dovecot in {server.base}")
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError):
            # "pid (comm) state ppid ...": comm may hold spaces, so split after ")".
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == master:
                children.append(int(stat.parent.name))
    return [master, *children]


def _kill_and_wait(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists():
            return
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)


def _wait_for_port(port: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if _port_open(port):
            return
        time.sleep(0.05)
    raise DovecotError(f"Dovecot did not listen on 127.0.0.1:{port} within "
                       f"{START_TIMEOUT_SECONDS:.0f} s")


def _wait_for_port_closed(port: int) -> None:
    deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
    while time.monotonic() < deadline and _port_open(port):
        time.sleep(0.05)


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _binary(name: str) -> str | None:
    return binary(name)


def _require_binary(name: str) -> str:
    path = _binary(name)
    if path is None:
        raise DovecotError(f"`{name}` not found after installing dovecot-imapd")
    return path


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    try:
        run(command, env=env)
    except InstallError as err:
        raise DovecotError(str(err)) from err
