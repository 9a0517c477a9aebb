"""Every case of the sixteenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout16 import (
    merthyr,
    powys,
    scottish_borders,
    together_for_children,
    wales_procedures,
)

_MODULES = (
    merthyr,
    powys,
    scottish_borders,
    together_for_children,
    wales_procedures,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
