"""Every case of the tenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout10 import (
    carmarthenshire,
    centre33,
    ealing,
    east_dunbartonshire,
    nspcc,
    pembrokeshire,
    princes_trust,
    redcar_link,
    safe_families,
    unidentified,
    west_lothian,
    western_isles,
)

_MODULES = (
    redcar_link,
    western_isles,
    east_dunbartonshire,
    nspcc,
    carmarthenshire,
    pembrokeshire,
    princes_trust,
    safe_families,
    west_lothian,
    ealing,
    centre33,
    unidentified,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
