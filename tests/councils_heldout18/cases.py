"""Every case of the eighteenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout18 import (
    childrens_bereavement_centre,
    mind_u,
    pocar,
    relate,
    rethink,
    sfad,
    st_wilfrids,
    starting_well,
    talkingzone,
    victim_support,
    yct,
)

_MODULES = (
    mind_u,
    pocar,
    relate,
    rethink,
    sfad,
    st_wilfrids,
    starting_well,
    talkingzone,
    childrens_bereavement_centre,
    victim_support,
    yct,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
