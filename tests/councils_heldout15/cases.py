"""Every case of the fifteenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout15 import (
    aberdeenshire,
    argyll_bute,
    caerphilly,
    carers_trust,
    flintshire,
    flying_start,
    healthy_child_wales,
    hywel_dda,
    isle_of_anglesey,
    kids,
    kind_uk,
)

_MODULES = (
    aberdeenshire,
    argyll_bute,
    caerphilly,
    carers_trust,
    flintshire,
    flying_start,
    healthy_child_wales,
    hywel_dda,
    isle_of_anglesey,
    kids,
    kind_uk,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
