"""Every case of the sixth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout6 import (
    barnet,
    blackburn_darwen,
    central_bedfordshire,
    fife,
    hackney,
    hammersmith_fulham,
    highland,
    monmouthshire,
    solihull,
    swansea,
    torbay,
    warrington,
    westmorland_furness,
)

_MODULES = (
    solihull,
    hackney,
    hammersmith_fulham,
    torbay,
    warrington,
    barnet,
    fife,
    highland,
    central_bedfordshire,
    swansea,
    blackburn_darwen,
    westmorland_furness,
    monmouthshire,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
