"""Every case of the ninth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout9 import (
    cypsp_ni,
    dumfries_galloway,
    edinburgh,
    glasgow,
    greenwich,
    home_start,
    hounslow,
    north_ayrshire,
    rutland,
    stirling,
    telford,
    unidentified,
)

_MODULES = (
    hounslow,
    greenwich,
    rutland,
    telford,
    edinburgh,
    glasgow,
    north_ayrshire,
    stirling,
    dumfries_galloway,
    home_start,
    cypsp_ni,
    unidentified,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
