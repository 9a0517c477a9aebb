"""Every case of the fourth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout4 import (
    bexley,
    bracknell_forest,
    cheshire_west,
    enfield,
    lewisham,
    middlesbrough,
    nottinghamshire,
    sefton,
    staffordshire,
    stoke,
    warwickshire,
    west_sussex,
    wirral,
    york,
)

_MODULES = (
    warwickshire,
    nottinghamshire,
    staffordshire,
    stoke,
    sefton,
    york,
    middlesbrough,
    bexley,
    lewisham,
    west_sussex,
    bracknell_forest,
    wirral,
    cheshire_west,
    enfield,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
