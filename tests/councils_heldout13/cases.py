"""Every case of the thirteenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout13 import (
    aberlour,
    carers_bucks,
    carers_hub,
    cottage,
    cumbria,
    denbighshire,
    dudley,
    dundee,
    family_futures,
    isles_of_scilly,
    kinship,
    unidentified,
)

_MODULES = (
    aberlour,
    carers_bucks,
    carers_hub,
    cottage,
    cumbria,
    denbighshire,
    dudley,
    dundee,
    family_futures,
    isles_of_scilly,
    kinship,
    unidentified,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
