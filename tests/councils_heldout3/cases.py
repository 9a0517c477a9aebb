"""Every case of the third held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout3 import (
    bedford,
    birmingham,
    blackpool,
    bristol,
    cambridgeshire,
    darlington,
    derbyshire,
    east_sussex,
    gateshead,
    hartlepool,
    hillingdon,
    manchester,
    medway,
    peterborough,
    rochdale,
    south_gloucestershire,
    southampton,
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
    bedford,
    southampton,
    blackpool,
    south_gloucestershire,
    hillingdon,
    peterborough,
    hartlepool,
    birmingham,
    darlington,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
