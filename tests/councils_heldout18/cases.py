"""Every case of the eighteenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout18 import mind_u, pocar, relate, rethink, sfad, st_wilfrids

_MODULES = (mind_u, pocar, relate, rethink, sfad, st_wilfrids)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
