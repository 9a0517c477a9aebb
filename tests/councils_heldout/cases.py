"""Every held-out council case, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout import (
    barnsley,
    families_first_eha,
    kirklees,
    milton_keynes,
    northumberland,
    nottingham,
    sandwell,
    south_tyneside,
)

_MODULES = (
    barnsley,
    sandwell,
    kirklees,
    nottingham,
    northumberland,
    milton_keynes,
    families_first_eha,
    south_tyneside,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
