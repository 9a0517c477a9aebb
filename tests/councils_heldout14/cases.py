"""Every case of the fourteenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout14 import (
    moray,
    neath_port_talbot,
    newport,
    orkney,
    poole,
    quarriers,
    rainbow_trust,
    redbridge,
    shetland,
    tees,
    torfaen,
)

_MODULES = (
    moray,
    neath_port_talbot,
    newport,
    orkney,
    poole,
    quarriers,
    rainbow_trust,
    redbridge,
    shetland,
    tees,
    torfaen,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
