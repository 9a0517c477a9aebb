"""Every case of the seventeenth held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout17 import (
    action_for_children,
    aneurin_bevan,
    barnardos,
    betsi_cadwaladr,
    blaenau_gwent,
    ceredigion,
    cysur,
    early_intervention_lisburn,
    early_support_wales,
    gwent_safeguarding,
    integrated_family_support,
)

_MODULES = (
    action_for_children,
    aneurin_bevan,
    barnardos,
    betsi_cadwaladr,
    blaenau_gwent,
    ceredigion,
    cysur,
    early_intervention_lisburn,
    early_support_wales,
    gwent_safeguarding,
    integrated_family_support,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
