"""What routing needs to know about one council, as plain frozen values.

The worker builds a `RoutingPolicy` from its validated settings; routing never
reads files or settings itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Area:
    """A cluster (Dudley) or area (Doncaster): where cases are routed."""

    id: str
    name: str
    mailbox: str


@dataclass(frozen=True)
class PostcodeRecord:
    """One row of the full-postcode table (ONS Postcode Directory columns we use)."""

    postcode: str
    local_authority: str
    ward: str


class PostcodeDirectory(Protocol):
    """Full-postcode lookup; an in-memory dict or a store-backed table."""

    def lookup(self, postcode: str) -> PostcodeRecord | None: ...


@dataclass(frozen=True)
class InMemoryPostcodeDirectory:
    records: dict[str, PostcodeRecord] = field(default_factory=dict)

    def lookup(self, postcode: str) -> PostcodeRecord | None:
        return self.records.get(postcode)


@dataclass(frozen=True)
class PostcodeRule:
    """A sector or district prefix ("DY5 1", "DY1") that maps to an area.

    `certain` is False where the prefix is known to split across areas or
    authorities: such a match routes but is flagged for an admin to confirm.
    """

    prefix: str
    area: str
    certain: bool = True


@dataclass(frozen=True)
class RoutingPolicy:
    authority: str
    areas: tuple[Area, ...]
    secure_mailbox: str
    secure_domains: tuple[str, ...]
    local_authority_codes: tuple[str, ...]
    ward_areas: dict[str, str]
    postcode_rules: tuple[PostcodeRule, ...]
    postcode_directory: PostcodeDirectory
    consent_age: int = 14
    # Levels handled by the areas; a higher stated level goes to MASH as safeguarding.
    cluster_levels: tuple[int, ...] = (2, 3)
    safeguarding_level: int = 4
    safeguarding_phrases: tuple[str, ...] = ()
    own_addresses: tuple[str, ...] = ()  # the addresses our mail is sent from
    mailbox_addresses: tuple[str, ...] = ()  # the mailboxes we read: read, never answered
    own_message_id_domain: str = ""

    def area_for_mailbox(self, mailbox: str) -> Area | None:
        return next((a for a in self.areas if a.mailbox == mailbox), None)

    def area(self, area_id: str) -> Area | None:
        return next((a for a in self.areas if a.id == area_id), None)
