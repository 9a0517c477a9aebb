"""Every case of the eleventh held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout11 import (
    abel,
    angus,
    carers_plus,
    city_of_london,
    clackmannanshire,
    conwy,
    early_break,
    east_ayrshire,
    east_lothian,
    east_riding,
    gwynedd,
    unidentified,
)

_MODULES = (
    abel,
    angus,
    carers_plus,
    city_of_london,
    clackmannanshire,
    conwy,
    early_break,
    east_ayrshire,
    east_lothian,
    east_riding,
    gwynedd,
    unidentified,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
