"""The office profiles of triage: which body a message was written to (`PROFILES`, `administration_profiles`).
Cut from `triage.py` (thirty-fifth pass).
"""

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_farm_fund import farm_fund_profiles
from guichet.drafting.triage_matching import Patterns, _compiled

# Topics and the administrations competent for them (by profile key), with where to redirect the citizen.
PROFILES: dict[str, tuple[str, ...]] = {
    "caf": (r"\bcaf\b", r"allocations? familiales"),
    "retraite": (r"assurance retraite", r"\bcnav\b", r"\bcarsat\b"),
    "maladie": (r"assurance maladie", r"\bcpam\b", r"\bameli\b"),
    "prefecture": (r"\bprefecture\b", r"\bsous-prefecture\b"),
    "ants": (r"\bants\b", r"agence nationale des titres"),
    "emploi": (r"france travail", r"pole emploi"),
    "impots": (r"\bdgfip\b", r"\bimpots\b", r"finances publiques"),
    "mairie": (r"\bmairie\b", r"\bcommune\b", r"\bville de\b", r"\bccas\b"),
    "urssaf": (r"\burssaf\b",),
    "mdph": (r"\bmdph\b", r"maison departementale des personnes handicapees"),
    # Thirty-first pass, engineer-cr: the ADIL (free legal advice on housing), so that a tenant's question asked of
    # it is read as its business (`rental_question_at_adil`).
    "adil": (r"\badil\b", r"information (?:sur|au) (?:le )?logement"),
    # Thirty-second pass, engineer-cu: a social landlord (an HLM office), so that its tenants' questions about their
    # home, rent and lease are read as its business (`home_question_at_landlord`).
    "bailleur": (r"\bbailleurs? soci(?:al|aux)\b", r"\bhlm\b", r"office public de l'habitat", r"\boph\b"),
    # Thirty-seventh pass, engineer-dl (dk-043, motorway tolls asked of the département): the département (its
    # council), so that another body's business asked of it is read as such; the MDPH's "maison départementale" is
    # not it. Its own topics (`triage_topics`): autonomie (APA, ASE), caf (the RSA) and handicap (the PCH).
    "departement": (r"\bconseil departemental\b", r"^departement\b", r"/ departement\b"),
}
_PROFILES: dict[str, Patterns] = {key: _compiled(patterns) for key, patterns in PROFILES.items()}


def administration_profiles(name: str, aliases: tuple[str, ...] | list[str] = ()) -> set[str]:
    folded = " ".join(fold(n) for n in [name, *aliases])
    own = {key for key, patterns in _PROFILES.items() if any(p.search(folded) for p in patterns)}
    return own | farm_fund_profiles(folded)  # The MSA stands for three funds (`triage_farm_fund`).
