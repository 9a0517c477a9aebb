"""Access tokens for Microsoft 365 (Graph, IMAP XOAUTH2): OAuth2 client credentials.

The app registered in Microsoft Entra ID signs in with its own secret; MSAL keeps the
token in its in-memory cache and, from five minutes before it expires (or at the
`refresh_in` Microsoft sends), asks for a new one, so `token()` is cheap to call before
every request. A failed sign-in raises SignInError with Microsoft's plain reason
(e.g. "AADSTS7000215: Invalid client secret provided."): never a silent stop, never
the secret or the token in the message.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import msal
import requests

from inbox_worker.settings import SettingsError
from inbox_worker.settings.microsoft import MicrosoftAppSettings

log = logging.getLogger(__name__)

GRAPH_SCOPE = "https://graph.microsoft.com/.default"
# Microsoft's error descriptions carry trace and correlation ids after the reason.
_REASON_ENDS_AT = (" Trace ID:", "\r\n", "\n")
_REASON_MAX_CHARS = 300
_SIGN_IN_TIMEOUT_SECONDS = 30.0  # the sign-in service answers in well under a second


class SignInError(Exception):
    """Microsoft sign-in failed; the message says why, in Microsoft's words."""


class TokenProvider(Protocol):
    def token(self) -> str:
        """A valid access token; raises SignInError."""
        ...


class MicrosoftSession(requests.Session):
    """HTTPS to Microsoft with the configured CA and a timeout on every request.

    `verify` is passed per request because requests lets REQUESTS_CA_BUNDLE in the
    environment replace a session-wide setting; proxies from the environment still apply.
    """

    def __init__(self, ca_file: Path | None, timeout: float) -> None:
        super().__init__()
        self._ca_file = ca_file
        self._timeout = timeout

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        if self._ca_file is not None:
            kwargs.setdefault("verify", str(self._ca_file))
        kwargs.setdefault("timeout", self._timeout)
        return super().request(*args, **kwargs)


class MsalTokenProvider:
    """Client-credentials tokens for one app registration and one scope, cached by MSAL."""

    def __init__(self, settings: MicrosoftAppSettings, scope: str) -> None:
        self._settings = settings
        self._scope = scope
        self._app: msal.ConfidentialClientApplication | None = None

    def token(self) -> str:
        try:
            result = self._client().acquire_token_for_client(scopes=[self._scope])
        except requests.RequestException as err:
            host = urlsplit(self._settings.authority_url).hostname
            raise SignInError(f"Microsoft sign-in failed: {host} not reached: "
                              f"{type(err).__name__}") from err
        if not isinstance(result, dict) or "access_token" not in result:
            raise SignInError(f"Microsoft sign-in failed: {_reason(result)}")
        if result.get("token_source") == "identity_provider":
            log.info("signed in to Microsoft as app %s for %s", self._settings.client_id,
                     self._scope)
        return str(result["access_token"])

    def _client(self) -> msal.ConfidentialClientApplication:
        """Built at first use: MSAL reads the tenant's OpenID configuration here."""
        if self._app is None:
            self._app = self._build()
        return self._app

    def _build(self) -> msal.ConfidentialClientApplication:
        s = self._settings
        try:
            secret = s.client_secret.read()
        except SettingsError as err:
            raise SignInError(f"Microsoft sign-in not possible: {err}") from err
        authority = f"{s.authority_url.rstrip('/')}/{s.tenant_id}"
        try:
            return msal.ConfidentialClientApplication(
                s.client_id, client_credential=secret, authority=authority,
                http_client=MicrosoftSession(s.ca_file, _SIGN_IN_TIMEOUT_SECONDS),
                instance_discovery=False)  # the operator names the sign-in host
        except (requests.RequestException, ValueError) as err:
            host = urlsplit(s.authority_url).hostname
            raise SignInError(f"Microsoft sign-in failed: cannot read the sign-in "
                              f"configuration of tenant {s.tenant_id} at {host}: "
                              f"{type(err).__name__}") from err


def _reason(result: Any) -> str:
    """`error: first line of error_description`, without trace ids."""
    if not isinstance(result, dict):
        return "no answer from the sign-in service"
    description = str(result.get("error_description") or "").strip()
    for marker in _REASON_ENDS_AT:
        description = description.split(marker, 1)[0]
    error = str(result.get("error") or "unknown error")
    return f"{error}: {description.strip()}"[:_REASON_MAX_CHARS] if description else error
