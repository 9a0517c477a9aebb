"""The app registered in Microsoft Entra ID, as mailboxes and sendMail sign in with it."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator

from inbox_worker.settings.common import SecretRef, Strict, check_https


class MicrosoftAppSettings(Strict):
    """The app registered in Microsoft Entra ID that signs in with its own secret
    (OAuth2 client credentials) to read and send the council's mail."""

    tenant_id: str = Field(min_length=1)  # the council's directory (tenant) id or domain
    client_id: str = Field(min_length=1)  # the app registration's application (client) id
    client_secret: SecretRef  # the app's client secret, by env or file
    authority_url: str = "https://login.microsoftonline.com"  # sign-in host (national clouds)
    ca_file: Path | None = None  # CA certificates (PEM) trusted instead of the system's (tests)

    @model_validator(mode="after")
    def _check_authority(self) -> MicrosoftAppSettings:
        check_https("authority_url", self.authority_url, loopback_http=False)
        return self


class GraphAppSettings(MicrosoftAppSettings):
    """An app that calls Microsoft Graph (mailbox or sendMail) with its own token."""

    graph_url: str = "https://graph.microsoft.com/v1.0"  # http:// only on loopback (tests)
    timeout_seconds: float = Field(60.0, gt=0)  # per-request timeout

    @model_validator(mode="after")
    def _check_graph_url(self) -> GraphAppSettings:
        check_https("graph_url", self.graph_url, loopback_http=True)
        return self
