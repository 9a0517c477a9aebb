"""The admin pages: sign-in by OpenID Connect (Microsoft Entra ID), beside local accounts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from inbox_worker.settings.common import SecretRef, Strict, check_https

RoleName = Literal["admin", "manager", "service_manager", "auditor"]


class OidcPerson(Strict):
    """A person's role and areas given in the configuration instead of by claims."""

    role: RoleName
    areas: tuple[str, ...] = ()


class OidcSettings(Strict):
    """Sign-in with the council's identity provider. Each person's role and areas come from
    `people` when named there, else from the ID token's claims (Entra: app roles in `roles`,
    areas from a claim such as groups or an extension attribute)."""

    # e.g. https://login.microsoftonline.com/<tenant id>/v2.0 (http only on loopback: tests)
    issuer: str
    client_id: str  # the app registration's Application (client) ID
    client_secret: SecretRef  # its client secret
    label: str = "Sign in with your council account"  # the sign-in page's button
    scopes: tuple[str, ...] = ("openid", "profile", "email")
    name_claim: str = "preferred_username"  # the account name shown and audited
    roles_claim: str = "roles"  # a list of role values (Entra app roles)
    areas_claim: str = "frontdoor_areas"  # a list of area values
    roles: dict[str, RoleName] = Field(default_factory=dict)  # claim value -> role
    areas: dict[str, str] = Field(default_factory=dict)  # claim value -> area id
    people: dict[str, OidcPerson] = Field(default_factory=dict)  # name -> role and areas

    @model_validator(mode="after")
    def _https(self) -> OidcSettings:
        check_https("web.oidc.issuer", self.issuer, loopback_http=True)
        return self

    @property
    def metadata_url(self) -> str:
        return self.issuer.rstrip("/") + "/.well-known/openid-configuration"


class WebSettings(Strict):
    oidc: OidcSettings | None = None  # None: local accounts only
