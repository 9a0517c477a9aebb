"""Every case of the seventh held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout7 import aberdeen, cardiff, haringey, isle_of_man, jersey, west_berkshire, wokingham

_MODULES = (isle_of_man, jersey, wokingham, haringey, west_berkshire, cardiff, aberdeen)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
