"""Every case of the eighth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout8 import (
    bridgend,
    bury,
    doncaster,
    guernsey,
    inverclyde,
    kensington_chelsea,
    lanarkshire,
    newham,
    rhondda_cynon_taf,
    south_ayrshire,
    southern_trust,
)

_MODULES = (
    bury,
    guernsey,
    doncaster,
    newham,
    kensington_chelsea,
    southern_trust,
    lanarkshire,
    inverclyde,
    south_ayrshire,
    bridgend,
    rhondda_cynon_taf,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
