"""Every case of the fifth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout5 import (
    buckinghamshire,
    camden,
    falkirk,
    halton,
    isle_of_wight,
    leicestershire,
    merton,
    north_tyneside,
    northern_trust,
    reading,
    richmond,
    thurrock,
    tower_hamlets,
    trafford,
    vale_of_glamorgan,
)

_MODULES = (
    leicestershire,
    reading,
    richmond,
    buckinghamshire,
    tower_hamlets,
    camden,
    thurrock,
    trafford,
    halton,
    merton,
    north_tyneside,
    isle_of_wight,
    falkirk,
    northern_trust,
    vale_of_glamorgan,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
