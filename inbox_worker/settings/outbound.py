"""Outbound mail: the three transports (folder, SMTP, Graph sendMail) and the sender."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, model_validator

from inbox_worker.settings.common import SecretRef, Strict, check_plain
from inbox_worker.settings.microsoft import GraphAppSettings


class FolderTransport(Strict):
    """Outbound mail written as .eml files to a folder (demo, tests)."""

    transport: Literal["folder"] = "folder"
    folder: Path


class SmtpTransport(Strict):
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
        check_plain(self.security, self.host)
        return self


class GraphTransport(GraphAppSettings):
    """Outbound mail through Microsoft Graph sendMail (the MIME message as we built it)."""

    transport: Literal["graph"] = "graph"
    sender: str  # the mailbox that sends (Mail.Send): UPN or address, e.g. from_address


class OutboundSettings(Strict):
    from_address: str  # the address acknowledgements come from
    from_name: str = "Early Help Front Door"
    # Why from_address may be an address no configured mailbox reads (every email names a
    # monitored mailbox in Reply-To, but a reply to From would be lost): check-config refuses
    # such an address without a reason here.
    unmonitored_reason: str = ""
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
    # How long a sender holds a row it is sending: longer than any send takes; a row whose
    # sender crashed mid-send is sent again (same Message-ID) after this long.
    claim_seconds: float = Field(300.0, ge=5)
