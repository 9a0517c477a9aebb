"""Every case of the seventh held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout7 import (
    aberdeen,
    belfast,
    cardiff,
    haringey,
    isle_of_man,
    jersey,
    west_berkshire,
    windsor_maidenhead,
    wokingham,
    wrexham,
)

_MODULES = (
    isle_of_man,
    jersey,
    wokingham,
    haringey,
    west_berkshire,
    cardiff,
    aberdeen,
    belfast,
    windsor_maidenhead,
    wrexham,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
