"""A civil servant's own pension asked of the Assurance retraite (thirty-ninth pass of issue 12, engineer-dt).

tri-ag-112: "j'ai été agent des douanes pendant 34 ans … aucun versement de ma pension de fonctionnaire. Vous êtes
l'Assurance retraite, pouvez-vous me la verser ?"; tri-w-112: "professeur des écoles … ma pension de l Etat … c'est
vous que je dois contacter pour la révision ?"; tri-ai-062, a tenured hospital nurse's pension. The pension of a
tenured civil servant of the State is paid by the Service des retraites de l'État, a territorial or hospital one's
by the CNRACL; the Assurance retraite (CNAV, Carsat, CGSS) pays the general scheme's. The competence map read
"pension" and "retraite" as its own topic and vetoed the model's out of scope (the same shape as a sailor's daily
allowances asked of the CPAM, `triage_special_regimes`).

`state_pension_asked_of_cnav(profiles, text)` holds when the office written to is the Assurance retraite and the
message names a civil servant's own pension ("pension de fonctionnaire", "pension de l'État", "pension civile", the
CNRACL, "retraite de la fonction publique"). Not where the writer also names a career in the general scheme (a
salaried job, the private sector, a contract agent, the Ircantec, a polypensionné): those quarters are the
Assurance retraite's own. Insults at "fonctionnaires" name no pension and are not read. Pure functions on strings.
"""

import re

from guichet.drafting.triage_cues import fold

STATE_PENSION_RULE = True

STATE_PENSION: dict[str, str] = {
    "topic": "retraite_de_fonctionnaire",
    "body": "le Service des retraites de l'État (fonctionnaires de l'État) ou la CNRACL (fonctionnaires "
    "territoriaux et hospitaliers), qui calculent et versent la pension d'un fonctionnaire titulaire",
    "service": "l'espace personnel de l'ENSAP (État) ou le site de la CNRACL",
}

_STATE_PENSION = re.compile(
    r"\bpensions? (?:de |d')?(?:fonctionnaires?|(?:l'|l )etat|la fonction publique|civiles?|cnracl)\b"
    r"|\bcnracl\b|\bservice des retraites de (?:l'|l )etat\b"
    r"|\bretraites? (?:de (?:la )?fonction publique|de fonctionnaires?)\b"
)
# A career in the general scheme beside it: those quarters are the Assurance retraite's own.
_GENERAL_SCHEME = re.compile(
    r"\bsalarie\w*|\b(?:secteur |dans le )prive\b|\bregime general\b|\bpolypension\w*|\bcontractuel\w*|\bircantec\b"
    r"|\bnon titulaire\b|\bvacataire\b"
)


def state_pension_asked_of_cnav(profiles: set[str], text: str) -> bool:
    """A civil servant's own pension (the State's, the CNRACL's) asked of the Assurance retraite."""
    if "retraite" not in profiles:
        return False
    folded = fold(text)
    return bool(_STATE_PENSION.search(folded)) and not _GENERAL_SCHEME.search(folded)
