"""Who an OpenID Connect sign-in is, with which role and areas: from the configuration's
`people`, else the ID token's role and area claims mapped by the configuration."""

from __future__ import annotations

from typing import Any

import pytest

from inbox_worker.settings.common import SecretRef
from inbox_worker.settings.web import OidcPerson, OidcSettings
from inbox_worker.web.accounts import Role
from inbox_worker.web.oidc import grant

SETTINGS = OidcSettings(
    issuer="https://login.microsoftonline.com/tenant/v2.0", client_id="id",
    client_secret=SecretRef(env="SECRET"),
    roles={"FrontDoor.Admin": "admin", "FrontDoor.SM": "service_manager"},
    areas={"grp-halesowen": "halesowen", "grp-gone": "no_such_area"},
    people={"fcm@dudley.gov.uk": OidcPerson(role="manager", areas=("stourbridge",))})
AREAS = frozenset({"halesowen", "stourbridge"})
NAME = "a@dudley.gov.uk"


@pytest.mark.parametrize(("claims", "expected"), [
    ({"preferred_username": NAME, "roles": ["FrontDoor.Admin"],
      "frontdoor_areas": ["grp-halesowen", "grp-gone"]}, (NAME, Role.ADMIN, ("halesowen",))),
    ({"preferred_username": NAME, "roles": "FrontDoor.SM"}, (NAME, Role.SERVICE_MANAGER, ())),
    ({"preferred_username": "fcm@dudley.gov.uk", "roles": []},
     ("fcm@dudley.gov.uk", Role.MANAGER, ("stourbridge",))),  # the configuration's
    ({"preferred_username": NAME, "roles": ["FrontDoor.Admin"]}, None),  # an admin, no area
    ({"preferred_username": NAME, "roles": ["admin"]}, None),  # unmapped value: no role
    ({"roles": ["FrontDoor.SM"]}, None),  # no name
    ({"email": NAME, "roles": ["FrontDoor.SM"]}, (NAME, Role.SERVICE_MANAGER, ())),
])
def test_grant(claims: dict[str, Any], expected: object) -> None:
    assert grant(claims, SETTINGS, AREAS) == expected


def test_without_a_role_map_the_claim_names_the_role() -> None:
    plain = SETTINGS.model_copy(update={"roles": {}})
    assert grant({"preferred_username": NAME, "roles": ["auditor"]}, plain, AREAS) == (
        NAME, Role.AUDITOR, ())


def test_an_http_issuer_is_refused_off_loopback() -> None:
    with pytest.raises(ValueError, match=r"web.oidc.issuer: http:// is allowed only for"):
        OidcSettings(issuer="http://idp.example/", client_id="x",
                     client_secret=SecretRef(env="S"))
