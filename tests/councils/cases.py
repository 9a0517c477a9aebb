"""Every council case, collected; ids are unique."""

from tests.councils import (
    bolton,
    bournemouth_poole,
    bradford,
    caf2_swift,
    calderdale,
    eh_sg_referral,
    first_response_marf,
    herefordshire,
    interagency_2014,
    knowsley,
    lambeth,
    lancashire,
    liverpool,
    mash_form_v5,
    mash_referral,
    oxfordshire,
    plymouth,
    rotherham,
    salford,
    shropshire,
    somerset,
    southwark,
    stepdown_plan,
    stockport,
    swindon,
    tees,
    walsall,
    wigan,
    worcestershire,
)
from tests.councils.model import CouncilCase

_MODULES = (
    plymouth,
    somerset,
    herefordshire,
    lambeth,
    walsall,
    oxfordshire,
    salford,
    swindon,
    rotherham,
    stockport,
    shropshire,
    calderdale,
    tees,
    worcestershire,
    knowsley,
    bournemouth_poole,
    bradford,
    liverpool,
    southwark,
    stepdown_plan,
    lancashire,
    wigan,
    bolton,
    interagency_2014,
    caf2_swift,
    mash_form_v5,
    eh_sg_referral,
    mash_referral,
    first_response_marf,
)

ALL_CASES: tuple[CouncilCase, ...] = tuple(c for m in _MODULES for c in m.CASES)

_ids = [c.case_id for c in ALL_CASES]
if len(_ids) != len(set(_ids)):
    raise ValueError(f"duplicate case ids: {sorted(i for i in _ids if _ids.count(i) > 1)}")
