"""Every case of the second held-out council set, collected; ids are unique."""

from tests.councils.model import CouncilCase
from tests.councils_heldout2 import (
    leicester,
    lincolnshire,
    newcastle,
    norfolk,
    north_yorkshire,
    oldham,
    portsmouth,
    sheffield,
    slough,
    southend,
    st_helens,
    suffolk,
    surrey,
    sutton,
    westminster,
    wiltshire,
    wolverhampton,
)

_MODULES = (
    surrey,
    suffolk,
    wiltshire,
    newcastle,
    north_yorkshire,
    southend,
    sutton,
    portsmouth,
    st_helens,
    leicester,
    sheffield,
    lincolnshire,
    slough,
    wolverhampton,
    westminster,
    oldham,
    norfolk,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)
