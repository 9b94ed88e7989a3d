"""An illness or a relative's care told calmly beside a practical question, and abuse with no danger said
(thirty-eighth pass of issue 12, engineer-do).

Patients and carers write to the CPAM, the MDPH, the CAF, the MSA or the département about the very procedures made
for them: an ALD renewed, a medical transport, the AAH, the APA, a carer's respite ("mon mari sort de l'hôpital
vendredi après une chimio … les passages de l'infirmière sont-ils pris en charge à 100 % ?", "ma femme vient
d'avoir un AVC … comment demander un remplaçant sur l'exploitation ?"). The learned model reads the illness and the
care as distress and scores the whole message 0.9 and more, though no sentence of it says a danger (last pass's
hidden batch dj: routine given a safety label 21 %, five carers). The authors label these routine; someone in danger
says more: despair, death, a farewell, a relapse, violence, cold or hunger, money or a home lost, dependants, a
treatment run out, now or tonight.

`calm_illness_request(text)` holds when the text names an illness, a treatment or a relative's care, asks something,
and shows none of those cues, no warning sign of suicide (`triage_signs`) and no sign of acute hardship
(`triage_hardship`). `triage_model_gates.learned_after_gates` then drops the model's *whole-message* distress; a
sentence that alone reaches the window threshold still sets it, and a rule's distress is never touched.

`abuse_without_danger(text)` holds when the text shows none of those cues (illness aside: an insult about a refused
AAH is no danger) nor those signs: the model's whole-message distress on a message that the rules or the model read
as abusive is dropped then (an insult in capitals, a stalker of an agent, scored 0.6–0.99 for distress).

`online_trouble_only(text)` holds when the text says a step the writer cannot take online ("je n'arrive pas à le
faire en ligne") and no danger: a weak whole-message distress is dropped there (the thirty-seventh pass's retrained
model read a one-sentence carte grise question so, 0.14 over a threshold of 0.11, with no window to check it).

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import cue_counts, fold
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_signs import warning_signs

# Switches (measured on and off in the thirty-eighth pass, docs/benchmarks.md, Triage).
CALM_ILLNESS_GATE = True
ABUSE_DISTRESS_GATE = True
ONLINE_TROUBLE_GATE = True

# An illness, a treatment, a disability or a relative's care, as patients and carers name them.
_CARE = re.compile(
    r"\b(?:maladies?|malades?|cancers?|chimio\w*|radiotherapie|remission|tumeurs?|lymphome|leucemie|diabet\w*"
    r"|insuline|glycemie|dialys\w*|insuffisan\w* (?:renale?|cardiaque|respiratoire)|greff\w*|sclerose en plaques"
    r"|parkinson|alzheimer|crohn|polyarthrite|mucoviscidose|avc|infarctus|hemipleg\w*|paralys\w*|handicap\w*"
    r"|ald|affection de longue duree|longue maladie|hospitalis\w*|hopital|hopital de jour|soins palliatifs"
    r"|fin de vie|infirmi(?:er|ere)s?|kine\w*|traitements?|protocole de soins|aidante?s?|auxiliaire de vie"
    r"|aide a domicile|apa|gir ?\d|pch|aah|mdph|rqth|ehpad|perte d'autonomie|dependance)\b"
)
# A question or a request for a procedure.
_ASKS = re.compile(
    r"\?|\b(?:comment|est-ce que|quels?|quelles?|puis-je|peut-on|pouvez-vous|faut-il|dois-je|ai-je droit"
    r"|je voudrais (?:savoir|demander|que)|merci de (?:me dire|m'indiquer)|je vous (?:demande|prie|serais))\b"
)
# Figures that say no death: "je vais mourir d'ennui", "mort de rire".
_FIGURES = re.compile(r"\b(?:mourir|mort|morte|crever) (?:d'ennui|de rire)\b")
# Cue families of `triage_cues.DISTRESS_CUES` that say more than an illness told calmly ("illness" itself and
# "deadline" aside: "il sort de l'hôpital dans 15 jours" is the context of a procedure; the hours are `_NOW`).
_ALARM_CUES = (
    "despair",
    "death",
    "farewell",
    "relapse",
    "violence",
    "cold_hunger",
    "no_money",
    "home_loss",
    "dependants",
)
# A danger of these hours, or care run out or missed.
_NOW = re.compile(
    r"\b(?:ce soir|cette nuit|ce matin|aujourd'hui|tout de suite|en urgence|urgent\w*|depuis (?:hier|ce matin))\b"
    r"|\b(?:plus|pas) (?:d'|de |mes )(?:insuline|medicaments?|traitements?|soins|oxygene)\b"
    r"|\b(?:rate|manque|loupe)\w* (?:ma|mes|sa|ses|la|les|une|des) (?:seances?|dialyses?|chimios?|soins)\b"
    r"|\b(?:arrete|stoppe|abandonne)\w* (?:de prendre )?(?:son|mon|ses|mes|sa|ma) (?:traitement|comprimes|medicaments"
    r"|insuline|chimio)\b|\brationn\w*"
    r"|\bespac\w* (?:les|ses|mes|leurs) (?:piqures|doses|injections|seances|dialyses|soins)\b"
    # Alone, fallen, not eating, afraid, at a loss: how a patient or a carer says a danger quietly.
    r"|\b(?:vit|vis|habite|reste|suis|est) (?:toute? )?seule?\b|\b(?:je n'ai|il n'a|elle n'a|n'a) personne\b"
    r"|\bpersonne (?:ne |n'|pour |a cote)|\b(?:tombee?s?|chutes?)\b|\bau sol\b|\bpar terre\b"
    r"|\b(?:ne )?mange (?:plus|a peine|presque rien)\b|\brefuse de manger\b|\b(?:perdu|pese) \d+ ?(?:kg|kilos)\b"
    r"|\bmaigri\w*|\b(?:j'ai|on a|a) peur\b|\bterrifi\w*|\bne sais (?:pas|plus) quoi faire\b|\bje sais plus\b"
    r"|\bcrie\w* (?:de|la nuit)|\bavale\w*|\btrop de (?:medicaments|cachets)\b|\bau bord\b"
    # Money run out beside the care.
    r"|\b(?:pas|plus) (?:d'argent|l'argent|les moyens)\b|\bil (?:me|nous|lui) reste\b|\bplus de (?:salaire|revenus?)\b"
    r"|\baucune? (?:rentree|revenu)s?\b|\bpas de mutuelle\b|\bplus (?:rien|de mutuelle)\b"
)


# A step the writer cannot take online ("je n'arrive pas à le faire en ligne", "je n'y arrive pas sur le site").
_ONLINE_TROUBLE = re.compile(
    r"\b(?:n'arrive|n'arrivons|n'arrivais|arrive|arrivons) (?:pas|plus) (?:a (?:le |la |les |l')?\w+"
    r"(?: (?:\w+ ){0,3}?)?)?(?:en ligne|sur (?:le |votre |mon |l'|leur )?(?:site|espace|appli\w*|internet|compte))\b"
    r"|\bn'y arrive (?:pas|plus) (?:en ligne|sur (?:le |votre |l')?(?:site|internet|appli\w*))\b"
)


def _alarm(folded: str) -> bool:
    """The (folded) text says a danger: a distress cue other than an illness or a delay, a warning sign of suicide,
    a sign of acute hardship, or care run out now."""
    plain = _FIGURES.sub(" ", folded)
    counts = cue_counts(plain)
    if any(counts.get(name) for name in _ALARM_CUES):
        return True
    if _NOW.search(plain):
        return True
    return bool(warning_signs(plain) or hardship_signs(plain))


def calm_illness_request(text: str) -> bool:
    """The text names an illness, a treatment or a relative's care, asks something, and says no danger."""
    folded = fold(text)
    if not _CARE.search(folded) or not _ASKS.search(folded):
        return False
    return not _alarm(folded)


def abuse_without_danger(text: str) -> bool:
    """The text says no danger (`_alarm`): an insult or a threat at the office is abuse, not distress."""
    return not _alarm(fold(text))


def online_trouble_only(text: str) -> bool:
    """The text says a step the writer cannot take online and no danger (`_alarm`): "je n'arrive pas à le faire en
    ligne" is a practical difficulty, not the "je n'arrive plus à rien" of despair."""
    folded = fold(text)
    return bool(_ONLINE_TROUBLE.search(folded)) and not _alarm(folded)
