"""The mailboxes the worker reads: one schema per backend (maildir, imap, ews, graph)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, model_validator

from inbox_worker.settings.common import SecretRef, Strict, check_https, check_plain
from inbox_worker.settings.microsoft import GraphAppSettings, MicrosoftAppSettings


class MaildirMailbox(Strict):
    """A local Maildir folder: the embedded default for demos and tests."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    address: str  # the email address professionals write to
    backend: Literal["maildir"] = "maildir"
    path: Path  # Maildir root (new/, cur/, tmp/ are created if absent)


# RFC 2177: clients must re-issue IDLE within 29 minutes or the server may drop them.
_IDLE_LIMIT_SECONDS = 29 * 60


class ImapOAuth2Settings(MicrosoftAppSettings):
    """XOAUTH2 for IMAP with a token the worker gets itself (client credentials)."""

    scope: str = "https://outlook.office365.com/.default"  # IMAP.AccessAsApp is in here


class ImapMailboxSettings(Strict):
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
        check_plain(self.security, self.host)
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


class EwsMailboxSettings(Strict):
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
        check_https("ews_url", self.ews_url, loopback_http=True)
        if "@" not in self.mailbox_address:
            raise ValueError(f"primary_smtp_address: '{self.mailbox_address}' is not an "
                             f"email address")
        return self

    @property
    def mailbox_address(self) -> str:
        """The SMTP address of the mailbox opened on the server."""
        return self.primary_smtp_address or self.address


class GraphMailboxSettings(GraphAppSettings):
    """A Microsoft 365 mailbox read through Microsoft Graph (application permissions)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")  # short id used in commands and the store
    address: str  # the email address professionals write to
    backend: Literal["graph"] = "graph"
    user: str  # the mailbox to open: its user principal name or primary address
    folder: str = "Inbox"  # "Inbox", or a path under the mailbox's root ("Inbox/Referrals")


MailboxSettings = Annotated[MaildirMailbox | ImapMailboxSettings | EwsMailboxSettings
                            | GraphMailboxSettings, Field(discriminator="backend")]
