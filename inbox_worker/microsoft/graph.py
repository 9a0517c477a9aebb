"""A small Microsoft Graph client: bearer token per request, throttling honoured, errors plain.

Used by the Graph mailbox (`mailboxes.graph`) and by sendMail (`microsoft.sendmail`).
429 and 503/504 answers are retried after the server's Retry-After (Graph's own advice);
every other failure raises GraphError naming the HTTP status and Graph's error code and
message, never the token or the body we sent. Links Graph returns (@odata.nextLink,
@odata.deltaLink) are followed only on the configured Graph host, so the token never
goes anywhere else.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests

from inbox_worker.microsoft.tokens import MicrosoftSession, TokenProvider
from inbox_worker.settings.microsoft import GraphAppSettings

log = logging.getLogger(__name__)

# Graph asks clients to wait Retry-After seconds on 429/503; a few waits ride out a
# throttling burst. One request waits at most half of systemd's 60 s stop timeout, so
# SIGTERM is still answered in time; a longer throttle is left to the caller's backoff.
MAX_ATTEMPTS = 4
MAX_WAIT_SECONDS = 30.0
DEFAULT_RETRY_AFTER_SECONDS = 2.0  # when Graph sends no Retry-After header
_RETRIED_STATUSES = frozenset({429, 503, 504})
_REASON_MAX_CHARS = 200


class GraphError(Exception):
    """A Graph request failed. `status` is the HTTP status, None when no answer came."""

    def __init__(self, status: int | None, reason: str) -> None:
        super().__init__(reason)
        self.status = status

    @property
    def transient(self) -> bool:
        """Worth trying again later: no answer, throttled, or a server-side failure."""
        return self.status is None or self.status == 429 or self.status >= 500


class GraphClient:
    """Requests to one Graph endpoint (`settings.graph_url`) with tokens from `tokens`."""

    def __init__(self, settings: GraphAppSettings, tokens: TokenProvider, *,
                 headers: Mapping[str, str] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = settings.graph_url.rstrip("/")
        self._origin = _origin(self.base_url)
        self._tokens = tokens
        self._sleep = sleep
        self._session = MicrosoftSession(settings.ca_file, settings.timeout_seconds)
        self._session.headers.update(headers or {})

    def get_json(self, path_or_link: str, params: Mapping[str, str] | None = None
                 ) -> dict[str, Any]:
        return _json(self.request("GET", path_or_link, params=params))

    def get_bytes(self, path: str) -> bytes:
        return self.request("GET", path).content

    def post_json(self, path: str, body: Mapping[str, object]) -> dict[str, Any]:
        response = self.request("POST", path, json=body)
        return _json(response) if response.content else {}

    def request(self, method: str, path_or_link: str, **kwargs: Any) -> requests.Response:
        """Sends the request, retrying throttled answers; raises GraphError."""
        url = self._url(path_or_link)
        waited = 0.0
        for attempt in range(1, MAX_ATTEMPTS + 1):
            response = self._send(method, url, **kwargs)
            if response.status_code < 400:
                return response
            wait = _retry_after(response)
            if response.status_code not in _RETRIED_STATUSES or attempt == MAX_ATTEMPTS \
                    or waited + wait > MAX_WAIT_SECONDS:
                raise GraphError(response.status_code, _describe(response))
            log.warning("Graph answered %d to %s, waiting %.0f s (attempt %d)",
                        response.status_code, method, wait, attempt)
            self._sleep(wait)
            waited += wait
        raise AssertionError("unreachable: the last attempt returns or raises")

    def close(self) -> None:
        self._session.close()

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {self._tokens.token()}"}
        try:
            return self._session.request(method, url, headers=headers, **kwargs)
        except requests.RequestException as err:
            raise GraphError(None, f"{urlsplit(url).hostname} not reached: "
                                   f"{type(err).__name__}") from err

    def _url(self, path_or_link: str) -> str:
        if not path_or_link.startswith(("https://", "http://")):
            return self.base_url + path_or_link
        if _origin(path_or_link) != self._origin:
            raise GraphError(None, f"Graph returned a link to another host "
                                   f"({urlsplit(path_or_link).hostname}); not followed")
        return path_or_link


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc.lower()


def _retry_after(response: requests.Response) -> float:
    value = response.headers.get("Retry-After", "")
    try:
        return max(float(value), 0.0)
    except ValueError:
        return DEFAULT_RETRY_AFTER_SECONDS


def _describe(response: requests.Response) -> str:
    """`HTTP 404 ErrorItemNotFound: The specified object was not found in the store.`"""
    code, message = "", ""
    try:
        error = response.json().get("error", {})
        code, message = str(error.get("code", "")), str(error.get("message", ""))
    except (ValueError, AttributeError):
        pass
    text = " ".join(part for part in (f"HTTP {response.status_code}", code) if part)
    return f"{text}: {message}"[:_REASON_MAX_CHARS] if message else text


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError as err:
        raise GraphError(response.status_code, "Graph answered with something not JSON") from err
    if not isinstance(data, dict):
        raise GraphError(response.status_code, "Graph answered with JSON that is not an object")
    return data
