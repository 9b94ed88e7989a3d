"""An eviction procedure under way, told calmly beside an ordinary question (forty-seventh pass of issue 12,
engineer-fd).

Tenants write to the préfecture, the CAF or the social landlord while an eviction procedure runs against them, to
ask the next step: "il y a une procédure d'expulsion contre moi pour impayés (audience au tribunal le 14 mars) …
est-ce que je peux déposer le dossier DALO maintenant ?", "le tribunal a prononcé mon expulsion en janvier … comment
renouveler ma demande de logement social ?". The homeless rule of distress (`triage_distress_rules`, "expulsion")
reads the word as a person put out, and the message is put first as distress; nobody is in danger tonight, the
writer asks what to do while the procedure runs. Someone in danger says more: a date of days or hours, the police
or the bailiff at the door, children, nowhere to go, no money at all, despair.

`eviction_told_calmly(text)` holds when the folded text names an eviction *procedure*
(`_PROCEDURE`: a procedure, a hearing, a judgment or an order of eviction, a "commandement de quitter", a threat of
eviction), not an eviction already carried out (`_DONE`), asks something, and says no danger: none of the alarm cue
families of `triage_housing_status` (the arrears that brought the procedure, "impayés", "dettes", set aside first),
no warning sign of suicide, no sign of acute hardship, none of `_DANGER_NOW`. `triage()` then drops the eviction
words from the homeless rule's hits (`eviction_hit`, where `CALM_EVICTION_GATE`); its other phrases ("je dors
dehors", "à la rue", "où dormir") still fire. `learned_after_gates` drops the model's whole-message distress there
(where `CALM_EVICTION_MODEL_GATE`); a sentence window at the window threshold still sets it.

Pure functions on strings (no model, no Django).
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_cues import cue_counts, fold
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_housing_status import _ALARM_CUES, _QUESTION
from guichet.drafting.triage_signs import warning_signs

# Switch, read at each call of `triage()` (measured on and off, docs/benchmarks.md, forty-seventh pass).
CALM_EVICTION_GATE = True

_PROCEDURE = re.compile(
    r"\bprocedures? (?:[\w']+ ){0,2}?d'expulsion\b"
    r"|\b(?:jugements?|decisions?|ordonnances?|audiences?|assignations?|convocations?|requetes?) "
    r"(?:[\w']+ ){0,3}?(?:d'|en |pour (?:une |l')?)expulsion\b"
    r"|\bexpulsion (?:a ete |est |a )?(?:prononcee|ordonnee|demandee|validee)\b"
    r"|\b(?:prononce|ordonne|demande|valide)\w* (?:mon |notre |son |leur |l')expulsion\b"
    r"|\bcommandements? de quitter\b|\bmenacee?s? d'expulsion\b"
)
# An eviction already carried out, or one of these hours: the rule's reading stands.
_DONE = re.compile(
    r"\b(?:avons|ai|a|ont|avez|sommes|suis|est|sont|etre) (?:ete )?expulse"
    r"|\bexpulsee?s? (?:ce matin|hier|la semaine|le mois|depuis|il y a)\b"
)
# Danger in words the cue families do not list: these days and the next weeks, nowhere to sleep, children, no
# income, a benefit stopped (the train + validation distress messages that name an eviction procedure say these).
_DANGER_NOW = re.compile(
    r"\b(?:ce matin|hier|tout a l'heure|en ce moment|la semaine prochaine|(?:lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche) prochain|dans (?:\d+|une|deux|trois|quatre|quelques) (?:jours|semaines)|plus que)\b"
    r"|\b(?:nulle part|a la rue|dehors|aucune solution|personne chez qui|la police|les forces de l'ordre|serrurier"
    r"|changer les serrures|a la porte)\b"
    r"|\bou (?:on |nous |je |j'|il |elle |ils )?(?:dormir|dormira\w*|dormiron\w*|aller|irons|irai|loger|vivre)\b"
    r"|\b\d+ enfants\b|\b(?:mes|nos|ses|leurs) (?:deux |trois |quatre |cinq )?(?:filles|fils|enfants|petits)\b"
    r"|\bles petits\b|\bbebe\b|\benceinte\b"
    r"|\baucune? (?:indemnite|ressource|revenu|allocation|salaire|versement|aide)\w*"
    r"|\b(?:n'a|n'ont) (?:pas )?ete (?:versee?s?|payee?s?)\b|\b(?:suspendue?s?|coupee?s?|supprimee?s?|bloquee?s?)\b"
)
# The arrears that brought the procedure are its reason, not money run out now; "menacé d'expulsion" is the
# procedure's name, not a threat of violence (the violence cue family reads "menac…").
_ARREARS = re.compile(
    r"\b(?:dettes? (?:de loyer|locatives?)|loyers? impayes?|impayes? de loyer|impayes?|dettes?)\b"
    r"|\bmenacee?s? d'expulsion\b"
)


def eviction_told_calmly(text: str) -> bool:
    """The text tells an eviction procedure under way, asks something and says no danger."""
    folded = fold(text)
    if not _PROCEDURE.search(folded) or _DONE.search(folded) or not _QUESTION.search(folded):
        return False
    if _DANGER_NOW.search(folded):
        return False
    counts = cue_counts(_ARREARS.sub(" ", folded))
    if any(counts.get(name) for name in _ALARM_CUES):
        return False
    return not warning_signs(folded) and not hardship_signs(folded)


def calm_eviction(text: str) -> bool:
    """`eviction_told_calmly`, where `CALM_EVICTION_GATE`: the homeless rule's eviction words are then not read."""
    return CALM_EVICTION_GATE and eviction_told_calmly(text)


def eviction_hit(hit: str) -> bool:
    """A hit of the homeless rule that is only the eviction's word ("expulsion", "expulsé")."""
    return hit.startswith("expuls")


# Switch, read at each call of `triage()`: the learned model's whole-message distress on a calm eviction procedure
# stands only through a sentence window at the window threshold (measured on and off, forty-seventh pass).
CALM_EVICTION_MODEL_GATE = True


def without_calm_eviction_distress(
    kept: list[str], reached: dict[str, tuple[float, str]], taken: Collection[str], read: str
) -> list[str]:
    """The model's whole-message labels (`kept`) without its distress where the message tells an eviction
    procedure calmly (`eviction_told_calmly`, where `CALM_EVICTION_MODEL_GATE`), no rule (`taken`) and no sentence
    window (`reached`) said distress."""
    if (
        CALM_EVICTION_MODEL_GATE
        and TriageLabel.DISTRESS in kept
        and TriageLabel.DISTRESS not in taken
        and TriageLabel.DISTRESS not in reached
        and eviction_told_calmly(read)
    ):
        return [label for label in kept if label != TriageLabel.DISTRESS]
    return kept
