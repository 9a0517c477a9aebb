"""Every case of the twelfth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout12 import (
    macs,
    palz,
    perth_kinross,
    platform_for_life,
    renfrewshire,
    sbni,
    spurgeons,
    start,
    unidentified,
    unocini,
    west_dunbartonshire,
    winstons_wish,
)

_MODULES = (
    spurgeons,
    winstons_wish,
    unocini,
    west_dunbartonshire,
    perth_kinross,
    renfrewshire,
    palz,
    start,
    platform_for_life,
    macs,
    sbni,
    unidentified,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
