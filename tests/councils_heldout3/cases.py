"""Every case of the third held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout3 import (
    bristol,
    cambridgeshire,
    derbyshire,
    east_sussex,
    gateshead,
    manchester,
    medway,
    rochdale,
    sunderland,
    wakefield,
)

_MODULES = (
    manchester,
    east_sussex,
    sunderland,
    wakefield,
    medway,
    bristol,
    gateshead,
    derbyshire,
    cambridgeshire,
    rochdale,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
