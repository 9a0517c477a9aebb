"""Every case of the second held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout2 import (
    newcastle,
    suffolk,
    surrey,
    wiltshire,
)

_MODULES = (
    surrey,
    suffolk,
    wiltshire,
    newcastle,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
