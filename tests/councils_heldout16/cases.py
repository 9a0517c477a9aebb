"""Every case of the sixteenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout16 import (
    merthyr,
    mid_ulster,
    midlothian,
    powys,
    scottish_borders,
    signpost,
    together_for_children,
    wales_procedures,
    wellingborough,
    ymca,
    youth_trust,
)

_MODULES = (
    merthyr,
    mid_ulster,
    midlothian,
    powys,
    scottish_borders,
    signpost,
    together_for_children,
    wales_procedures,
    wellingborough,
    ymca,
    youth_trust,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
