"""The MSA is the farmers' Caf, CPAM and pension fund at once (thirty-fifth pass of issue 12, engineer-de).

The Mutualité sociale agricole pays the family benefits, the RSA and the prime d'activité, the health insurance and
the daily allowances, and the pensions of farm owners and farm workers. The competence map (`triage.PROFILES`) had
no profile for it, so a message written to the MSA never got the map's redirect: a Crous grant, a jobseeker's
registration, an income tax asked of it stayed in scope, and the wrong-fund gate (`triage_wrong_fund`), which reads
that redirect, never dropped the model's complaint there (db-006, a Crous grant asked of the MSA in anger).

`farm_fund_profiles` gives an office named MSA the profiles of the three funds it stands for (`caf`, `maladie`,
`retraite`), so that their topics are its own and every other body's topic is another's. The Urssaf's topic (a
micro-entrepreneur's contributions) stays another's: a farmer's contributions are named by the MSA's own words.
`farm_fund_own_procedure` reads one of them the map's topics would give away: the farmer's yearly "déclaration des
revenus professionnels" (DRP), on which the MSA assesses the contributions, is no income-tax return (tri-aa-001,
tri-t-073: a DRP asked of the MSA, read as the tax office's once the MSA had a profile).

Pure functions on strings (no model, no Django).
"""

import re

# Switch (measured on and off in the thirty-fifth pass).
FARM_FUND_RULE = True

_MSA = re.compile(r"\bmsa\b|\bmutualite sociale agricole\b")
_OWN_PROCEDURE = re.compile(r"\b(?:declarations? (?:annuelle )?des )?revenus professionnels\b|\bdrp\b")
FARM_FUND_PROFILES: frozenset[str] = frozenset({"caf", "maladie", "retraite"})


def farm_fund_profiles(folded_names: str) -> set[str]:
    """The competence-map profiles of an office whose (folded) names say it is the MSA; empty otherwise."""
    return set(FARM_FUND_PROFILES) if FARM_FUND_RULE and _MSA.search(folded_names) else set()


def farm_fund_own_procedure(folded_names: str, folded_text: str) -> bool:
    """The office is the MSA and the (folded) message names its own procedure that the map reads as another's."""
    return FARM_FUND_RULE and bool(_MSA.search(folded_names)) and bool(_OWN_PROCEDURE.search(folded_text))
