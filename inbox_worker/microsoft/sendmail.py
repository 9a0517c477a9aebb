"""Outbound mail through Microsoft Graph sendMail, for councils on Microsoft 365.

The message goes as MIME (base64, Content-Type text/plain), exactly as the outbox
holds it, so our fixed Message-ID, the RFC 3834 Auto-Submitted header and the threading
headers reach the recipient unchanged. Graph takes the recipients from the message's
own To/Cc headers (which `redirect_all_to` has already rewritten in development), so
`recipient` is not sent separately. Throttling, server failures and a failed sign-in
are transient (the outbox retries with backoff); any other refusal is permanent.
"""

from __future__ import annotations

import base64
from email.message import EmailMessage
from urllib.parse import quote

from inbox_worker.microsoft.graph import GraphClient, GraphError
from inbox_worker.microsoft.tokens import GRAPH_SCOPE, MsalTokenProvider, SignInError
from inbox_worker.notify.transports import PermanentSendError, TransientSendError
from inbox_worker.settings.outbound import GraphTransport


class GraphOutbound:
    """POST /users/{sender}/sendMail with the MIME message; one Graph session per drain."""

    def __init__(self, settings: GraphTransport, client: GraphClient) -> None:
        self._path = f"/users/{quote(settings.sender, safe='@')}/sendMail"
        self._client = client

    def send(self, message: EmailMessage, recipient: str) -> None:
        mime = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        try:
            self._client.request("POST", self._path, data=base64.b64encode(mime),
                                 headers={"Content-Type": "text/plain"})
        except SignInError as err:
            raise TransientSendError(str(err)) from err
        except GraphError as err:
            if err.transient:
                raise TransientSendError(f"Graph sendMail: {err}") from err
            raise PermanentSendError(f"Graph sendMail: {err}") from err

    def close(self) -> None:
        """Keeps the Graph session: MSAL's cached token stays valid between drains."""


def graph_transport(settings: GraphTransport) -> GraphOutbound:
    """sendMail with the app's own sign-in (client credentials, token cached by MSAL)."""
    return GraphOutbound(settings, GraphClient(settings, MsalTokenProvider(settings,
                                                                           GRAPH_SCOPE)))
