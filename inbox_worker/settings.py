"""The one configuration file: a typed schema validated at start.

Every field has a default or is required; relative paths are resolved against the
configuration file's folder. Secrets are never inline: `SecretRef` names an
environment variable or a file.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class SettingsError(Exception):
    """The configuration is wrong; the message names the key and what is wrong."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SecretRef(_Strict):
    """A secret by reference: `env: NAME` or `file: /path` (one of them)."""

    env: str | None = None  # environment variable holding the secret
    file: Path | None = None  # file whose content (stripped) is the secret

    @model_validator(mode="after")
    def _one_source(self) -> SecretRef:
        if (self.env is None) == (self.file is None):
            raise ValueError("give exactly one of 'env' or 'file'")
        return self

    def read(self) -> str:
        """The secret's value; raises SettingsError naming the source if absent."""
        if self.env is not None:
            value = os.environ.get(self.env)
            if value is None:
                raise SettingsError(f"environment variable {self.env} is not set")
            return value
        assert self.file is not None
        try:
            return self.file.read_text(encoding="utf-8").strip()
        except OSError as err:
            raise SettingsError(f"secret file {self.file} cannot be read: {err}") from err


class MeetingSettings(_Strict):
    """When a cluster's Allocation Partnership Meeting happens, and who gets the agenda."""

    anchor: dt.date = dt.date(2016, 12, 15)  # a known meeting date
    cadence_working_days: int = Field(10, ge=1, le=60)  # working days between meetings
    partners: tuple[str, ...] = ()  # agenda recipients


class AreaSettings(_Strict):
    """A cluster (Dudley) or area (Doncaster) that receives cases."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")  # short id used in commands and the store
    name: str  # display name
    mailbox: str  # id of this area's mailbox
    family_centre_manager: str = ""  # email
    admin_contacts: tuple[str, ...] = ()  # emails told of urgent (safeguarding) items
    meetings: MeetingSettings = MeetingSettings()


class MaildirMailbox(_Strict):
    """A local Maildir folder: the embedded default for demos and tests."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    address: str  # the email address professionals write to
    backend: Literal["maildir"] = "maildir"
    path: Path  # Maildir root (new/, cur/, tmp/ are created if absent)


_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# RFC 2177: clients must re-issue IDLE within 29 minutes or the server may drop them.
_IDLE_LIMIT_SECONDS = 29 * 60


def _check_https(key: str, url: str, *, loopback_http: bool) -> None:
    """`url` must be https:// (or http:// on a loopback host, when allowed: tests)."""
    parts = urlsplit(url)
    if not parts.hostname or parts.scheme not in ("https", "http"):
        raise ValueError(f"{key}: expected an https:// address, not '{url}'")
    if parts.scheme == "http" and not (loopback_http and parts.hostname in _LOOPBACK_HOSTS):
        where = "loopback hosts (127.0.0.1, localhost, ::1)" if loopback_http else "nowhere"
        raise ValueError(f"{key}: http:// is allowed only for {where}, "
                         f"not '{parts.hostname}': use https://")


def _check_plain(security: str, host: str) -> None:
    """Unencrypted mail protocols only to this machine (tests, a local relay)."""
    if security == "none" and host not in _LOOPBACK_HOSTS:
        raise ValueError(f"security: 'none' is allowed only for loopback hosts "
                         f"(127.0.0.1, localhost, ::1), not '{host}'")


class MicrosoftAppSettings(_Strict):
    """The app registered in Microsoft Entra ID that signs in with its own secret
    (OAuth2 client credentials) to read and send the council's mail."""

    tenant_id: str = Field(min_length=1)  # the council's directory (tenant) id or domain
    client_id: str = Field(min_length=1)  # the app registration's application (client) id
    client_secret: SecretRef  # the app's client secret, by env or file
    authority_url: str = "https://login.microsoftonline.com"  # sign-in host (national clouds)
    ca_file: Path | None = None  # CA certificates (PEM) trusted instead of the system's (tests)

    @model_validator(mode="after")
    def _check_authority(self) -> MicrosoftAppSettings:
        _check_https("authority_url", self.authority_url, loopback_http=False)
        return self


class ImapOAuth2Settings(MicrosoftAppSettings):
    """XOAUTH2 for IMAP with a token the worker gets itself (client credentials)."""

    scope: str = "https://outlook.office365.com/.default"  # IMAP.AccessAsApp is in here


class ImapMailboxSettings(_Strict):
    """A mailbox read over IMAP (a shared Exchange Online mailbox, or Dovecot in tests)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")  # short id used in commands and the store
    address: str  # the email address professionals write to
    backend: Literal["imap"] = "imap"
    host: str  # IMAP server name, e.g. outlook.office365.com
    port: int | None = Field(None, ge=1, le=65535)  # default: 993 for tls, 143 otherwise
    security: Literal["tls", "starttls", "none"] = "tls"  # none only for loopback hosts
    username: str  # login name (for Exchange Online, the mailbox address)
    # Give exactly one of password, oauth2_token, oauth2.
    password: SecretRef | None = None  # LOGIN password
    oauth2_token: SecretRef | None = None  # XOAUTH2 with a ready access token
    oauth2: ImapOAuth2Settings | None = None  # XOAUTH2, token fetched at each connect
    folder: str = "INBOX"  # the folder referrals arrive in, as the server names it
    ca_file: Path | None = None  # extra CA certificate (PEM), e.g. a test server's own
    timeout_seconds: float = Field(60.0, gt=0)  # connect and per-command socket timeout
    idle_seconds: float = Field(300.0, gt=0, lt=_IDLE_LIMIT_SECONDS)  # IDLE re-issued after

    @model_validator(mode="after")
    def _checks(self) -> ImapMailboxSettings:
        _check_plain(self.security, self.host)
        given = [self.password, self.oauth2_token, self.oauth2]
        if sum(item is not None for item in given) != 1:
            raise ValueError("password, oauth2_token, oauth2: give exactly one of them")
        return self

    @property
    def uses_xoauth2(self) -> bool:
        """Whether the login is XOAUTH2 (a bearer token) rather than a password."""
        return self.password is None

    @property
    def effective_port(self) -> int:
        """The configured port, or the usual one for the security setting."""
        if self.port is not None:
            return self.port
        return 993 if self.security == "tls" else 143

    @property
    def secret(self) -> SecretRef:
        """Where the password or ready token is kept (not for `oauth2`: ask its provider)."""
        secret = self.password or self.oauth2_token
        assert secret is not None, "oauth2 logins have no stored secret"
        return secret


class EwsMailboxSettings(_Strict):
    """A mailbox on on-premises Exchange read over EWS (Exchange Web Services)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")  # short id used in commands and the store
    address: str  # the email address professionals write to
    backend: Literal["ews"] = "ews"
    ews_url: str  # https://mail.council.example/EWS/Exchange.asmx (never autodiscovered)
    username: str  # the service account: DOMAIN\\name or name@council.example
    password: SecretRef  # the service account's password
    auth_type: Literal["ntlm", "basic"] = "ntlm"  # as the EWS virtual directory allows
    # delegate: the account has FullAccess on the mailbox; impersonation: the account holds
    # the ApplicationImpersonation role and acts as the mailbox.
    access_type: Literal["delegate", "impersonation"] = "delegate"
    primary_smtp_address: str | None = None  # the shared mailbox to open; default: address
    folder: str = "inbox"  # "inbox", or a path under the mailbox's root ("Inbox/Referrals")
    # The server's version, so the client never sends probing requests to guess it.
    version: Literal["Exchange2013", "Exchange2013_SP1", "Exchange2016",
                     "Exchange2019"] = "Exchange2016"
    ca_file: Path | None = None  # CA certificates (PEM) trusted for ews_url, not the system set
    timeout_seconds: float = Field(60.0, gt=0)  # per-request timeout

    @model_validator(mode="after")
    def _checks(self) -> EwsMailboxSettings:
        url = urlsplit(self.ews_url)
        if url.scheme not in ("https", "http") or not url.hostname:
            raise ValueError(f"ews_url: expected https://host/EWS/Exchange.asmx, "
                             f"not '{self.ews_url}'")
        _check_https("ews_url", self.ews_url, loopback_http=True)
        if "@" not in self.mailbox_address:
            raise ValueError(f"primary_smtp_address: '{self.mailbox_address}' is not an "
                             f"email address")
        return self

    @property
    def mailbox_address(self) -> str:
        """The SMTP address of the mailbox opened on the server."""
        return self.primary_smtp_address or self.address


class GraphAppSettings(MicrosoftAppSettings):
    """An app that calls Microsoft Graph (mailbox or sendMail) with its own token."""

    graph_url: str = "https://graph.microsoft.com/v1.0"  # http:// only on loopback (tests)
    timeout_seconds: float = Field(60.0, gt=0)  # per-request timeout

    @model_validator(mode="after")
    def _check_graph_url(self) -> GraphAppSettings:
        _check_https("graph_url", self.graph_url, loopback_http=True)
        return self


class GraphMailboxSettings(GraphAppSettings):
    """A Microsoft 365 mailbox read through Microsoft Graph (application permissions)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")  # short id used in commands and the store
    address: str  # the email address professionals write to
    backend: Literal["graph"] = "graph"
    user: str  # the mailbox to open: its user principal name or primary address
    folder: str = "Inbox"  # "Inbox", or a path under the mailbox's root ("Inbox/Referrals")


MailboxSettings = Annotated[MaildirMailbox | ImapMailboxSettings | EwsMailboxSettings
                            | GraphMailboxSettings, Field(discriminator="backend")]


class PostcodeRuleSettings(_Strict):
    prefix: str  # a district ("DY1") or sector ("DY5 1")
    area: str  # area id
    certain: bool = True  # False: routes but flags postcode_uncertain


class PostcodeSettings(_Strict):
    table: Path | None = None  # ONS-format CSV (pcds, oslaud, osward) loaded at start
    wards: dict[str, str] = {}  # ward code -> area id
    rules: tuple[PostcodeRuleSettings, ...] = ()


class FolderTransport(_Strict):
    """Outbound mail written as .eml files to a folder (demo, tests)."""

    transport: Literal["folder"] = "folder"
    folder: Path


class SmtpTransport(_Strict):
    transport: Literal["smtp"] = "smtp"
    host: str
    port: int = 587
    security: Literal["starttls", "tls", "none"] = "starttls"  # none only for loopback
    username: str | None = None
    password: SecretRef | None = None
    timeout_seconds: float = 30.0
    ca_file: Path | None = None  # extra CA certificate (PEM): a council's own mail server CA

    @model_validator(mode="after")
    def _plain_only_on_loopback(self) -> SmtpTransport:
        _check_plain(self.security, self.host)
        return self


class GraphTransport(GraphAppSettings):
    """Outbound mail through Microsoft Graph sendMail (the MIME message as we built it)."""

    transport: Literal["graph"] = "graph"
    sender: str  # the mailbox that sends (Mail.Send): UPN or address, e.g. from_address


class OutboundSettings(_Strict):
    from_address: str  # the address acknowledgements come from
    from_name: str = "Early Help Front Door"
    delivery: Annotated[FolderTransport | SmtpTransport | GraphTransport,
                        Field(discriminator="transport")]
    redirect_all_to: str | None = None  # development: every recipient replaced by this one
    # Right-hand side of our Message-IDs, by which the worker knows its own mail. It must
    # differ from the council's mail domain: staff write from that domain too.
    message_id_domain: str | None = None  # default: "frontdoor." + from_address's domain

    @property
    def own_message_id_domain(self) -> str:
        return (self.message_id_domain
                or "frontdoor." + self.from_address.rpartition("@")[2]).lower()
    max_attempts: int = Field(8, ge=1)  # after this many failures a message is marked failed
    retry_base_seconds: float = Field(30.0, gt=0)  # backoff doubles from here


_DEFAULT_SECURE_DOMAINS = ("nhs.net", "police.uk", "pnn.police.uk", "gsi.gov.uk", "cjsm.net")
_DEFAULT_SAFEGUARDING_PHRASES = (
    "immediate danger",
    "immediate risk",
    "serious harm",
    "at risk of significant harm",
    "sexual abuse",
    "disclosed abuse",
)


class ParsingSettings(_Strict):
    """Limits on reading one attachment, in a separate reader process; a file over a
    limit goes to the exception queue as unreadable_attachment with the reason."""

    # The reader's address space: its code takes about 180 MB, a 40 MB message 300 more.
    memory_mb: int = Field(1024, ge=256, le=16384)
    cpu_seconds: int = Field(20, ge=1, le=3600)  # processor time for one file
    wall_seconds: float = Field(30.0, gt=0, le=3600)  # clock time for one file; then killed
    max_pages: int = Field(50, ge=1, le=10000)  # longer PDFs are not forms
    max_decompressed_mb: int = Field(100, ge=1, le=16384)  # inflated size of a PDF or zip
    processes: int = Field(2, ge=1, le=16)  # reader processes kept alive, shared by mailboxes
    ocr: bool = False  # read scanned PDFs by OCR (needs Debian's tesseract-ocr, -eng)


class Settings(_Strict):
    authority: str  # council name, shown in emails
    local_authority_codes: tuple[str, ...]  # ONS codes of this council (E08000027 Dudley)
    areas: tuple[AreaSettings, ...] = Field(min_length=1)
    mailboxes: tuple[MailboxSettings, ...] = Field(min_length=1)
    secure_mailbox: str  # id of the secure mailbox
    secure_domains: tuple[str, ...] = _DEFAULT_SECURE_DOMAINS
    consent_age: int = Field(14, ge=0, le=18)
    cluster_levels: tuple[int, ...] = (2, 3)  # levels of need handled by the areas
    safeguarding_level: int = 4  # stated level that goes to MASH
    safeguarding_phrases: tuple[str, ...] = _DEFAULT_SAFEGUARDING_PHRASES
    mash_contact: str = ""  # how the admin reaches MASH, quoted in urgent notices
    service_manager: str = ""  # email of the Service Manager (second reviews)
    closure_days: tuple[dt.date, ...] = ()  # local closure days: not working days for meetings
    postcodes: PostcodeSettings = PostcodeSettings()
    store_url: str = "sqlite:///frontdoor.db"  # relative sqlite paths resolve to the config folder
    templates_dir: Path = Path("templates")
    outbound: OutboundSettings
    poll_interval_seconds: float = Field(60.0, gt=0)
    reference_prefix: str = "EH"  # case references look like EH-2026-000042
    max_message_bytes: int = 40 * 1024 * 1024  # larger messages go to the queue unread
    parsing: ParsingSettings = ParsingSettings()  # limits on reading attachments

    @model_validator(mode="after")
    def _cross_references(self) -> Settings:
        mailbox_ids = [m.id for m in self.mailboxes]
        area_ids = [a.id for a in self.areas]
        _no_repeats("mailboxes", mailbox_ids)
        _no_repeats("areas", area_ids)
        for i, area in enumerate(self.areas):
            if area.mailbox not in mailbox_ids:
                raise ValueError(f"areas[{i}].mailbox: no mailbox with id '{area.mailbox}'")
        if self.secure_mailbox not in mailbox_ids:
            raise ValueError(f"secure_mailbox: no mailbox with id '{self.secure_mailbox}'")
        for i, rule in enumerate(self.postcodes.rules):
            if rule.area not in area_ids:
                raise ValueError(f"postcodes.rules[{i}].area: no area with id '{rule.area}'")
        for ward, area_id in self.postcodes.wards.items():
            if area_id not in area_ids:
                raise ValueError(f"postcodes.wards.{ward}: no area with id '{area_id}'")
        return self

    def mailbox(self, mailbox_id: str) -> MailboxSettings:
        for mailbox in self.mailboxes:
            if mailbox.id == mailbox_id:
                return mailbox
        raise SettingsError(f"no mailbox with id '{mailbox_id}'")


def _no_repeats(key: str, ids: list[str]) -> None:
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ValueError(f"{key}: id used twice: {', '.join(repeated)}")


def load_settings(path: Path) -> Settings:
    """Read and validate the YAML file; SettingsError names the bad key."""
    try:
        settings = Settings.model_validate(_read_with_bases(path, ()))
    except ValidationError as err:
        raise SettingsError(_explain(path, err)) from err
    return settings


# A file may start from another (`extends: dudley.example.yaml`) and replace whole
# top-level keys (e.g. only `mailboxes` and `outbound`); a chain longer than this is a loop.
_MAX_EXTENDS_DEPTH = 5


def _read_with_bases(path: Path, chain: tuple[Path, ...]) -> dict[str, object]:
    """The file's keys over those of the file it extends, with paths made absolute
    against the folder of the file that wrote them."""
    raw = _read_mapping(path)
    base_name = raw.pop("extends", None)
    own = _resolve_paths(raw, path.parent.resolve())
    assert isinstance(own, dict)
    if base_name is None:
        return own
    if not isinstance(base_name, str):
        raise SettingsError(f"{path}: extends: expected the name of another configuration file")
    base = (path.parent / base_name).resolve()
    if base in chain or len(chain) >= _MAX_EXTENDS_DEPTH:
        raise SettingsError(f"{path}: extends: {base_name} leads to a loop of files")
    return _read_with_bases(base, (*chain, path.resolve())) | own


def _read_mapping(path: Path) -> dict[str, object]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise SettingsError(f"cannot read configuration {path}: {err}") from err
    except yaml.YAMLError as err:
        raise SettingsError(f"{path} is not valid YAML: {err}") from err
    if not isinstance(raw, dict):
        raise SettingsError(f"{path}: expected a mapping of keys at the top level")
    return raw


_PATH_KEYS = {"path", "table", "templates_dir", "file", "ca_file"}


def _resolve_paths(node: object, base: Path) -> object:
    """Make relative path values (by key name) absolute against the config folder."""
    if isinstance(node, list):
        return [_resolve_paths(item, base) for item in node]
    if not isinstance(node, dict):
        return node
    resolved: dict[str, object] = {}
    for key, value in node.items():
        # `folder` is a path only in the outbound folder transport; elsewhere it names a
        # folder on a mail server (IMAP, EWS, Graph).
        is_path = key in _PATH_KEYS or (key == "folder" and node.get("transport") == "folder")
        if is_path and isinstance(value, str) and not Path(value).is_absolute():
            resolved[key] = str(base / value)
        elif key == "store_url" and isinstance(value, str):
            resolved[key] = _resolve_sqlite_url(value, base)
        else:
            resolved[key] = _resolve_paths(value, base)
    return resolved


def _resolve_sqlite_url(url: str, base: Path) -> str:
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://":
        return prefix + str(base / url[len(prefix) :])
    return url


def _explain(path: Path, err: ValidationError) -> str:
    lines = [f"{path}: {err.error_count()} problem(s) in the configuration"]
    for problem in err.errors():
        message = problem["msg"].removeprefix("Value error, ")
        key = ".".join(str(part) for part in problem["loc"])
        lines.append(f"  {key}: {message}" if key else f"  {message}")
    return "\n".join(lines)
