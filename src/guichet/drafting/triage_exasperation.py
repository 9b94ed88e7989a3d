"""Anger at the service is no distress: the model's distress read again without the exasperation (forty-fifth pass
of issue 12, engineer-ev).

On the forty-fourth pass's hidden batch (fury without insult) the pipeline put distress on 8 of 22 routine messages:
furious, shouting, exasperated writers whose only trouble is a late file (« CINQUIÈME fois », « c'est
inadmissible », « je n'en peux plus de vos délais », words in capitals). No distress rule fires there; the learned
model reads the heat of the voice as "unlike routine" and its distress threshold is low (recall first), so a whole
message scored 0.13 ("JE N'EN PEUX PLUS DE RELANCER", ev-018) or a single sentence of anger reaches it.

``EXASPERATION_GATE``: where no distress rule fires (`taken`), neither a warning sign of suicide (`triage_signs`)
nor a sign of acute hardship (`triage_hardship`) is read, and the message says exasperation at the office
(`_EXASPERATION`: a request repeated and counted, a wait counted in weeks or months with no answer, indignation at
the service, "je n'en peux plus" *of* the delays, the calls or the office), the model's distress is scored again on
the title and body with those phrases taken out and the words written in capitals for emphasis lowered. It is
dropped only when neither the whole message nor a sentence window then reaches the label's threshold: a danger said
anywhere else in the message (an empty fridge, a night in the car, "j'ai peur", a farewell) keeps it, and so does
every rule. The bare "je n'en peux plus", "à bout", "je craque" are never taken out: said of oneself rather than of
the delays, they are how despair is written.

Sources for the vocabulary: the corpora's exasperated routine messages (train split) and the Défenseur des droits'
reports on the dematerialisation of public services (2019, 2022), which document repeated, unanswered requests and
long waits as a common experience of users.

Pure string functions and one re-reading with the shipped model (no Django).
"""

import re

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_gate import Gated, GateReading, Reached
from guichet.drafting.triage_rescore import distress_without
from guichet.text import PLACEHOLDER

# Switch, shipped off (forty-fifth pass, docs/benchmarks.md): on the validation split's 245 messages that say
# exasperation (pipeline reading) it changed no label, gain and cost both nil; on train's 727 it drops three false
# distress labels (ev-018, em-056, drf-d2-023) and no true one (165 / 165). The lead measures it on the hidden batch
# that raised it before turning it on.
EXASPERATION_GATE = False

_ORDINAL = (
    r"(?:deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|enieme|nieme|n-ieme"
    r"|\d+ ?(?:e|eme|ieme|me))"
)
_COUNT = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|des|quelques)"
_CONTACTS = r"(?:fois|relances?|appels?|messages?|courriers?|mails?|e-mails?|courriels?|demandes?|lettres?|rappels?)"
_OFFICE_THINGS = (
    r"(?:vos|votre|ces|cette|ce|les|des) (?:\w+ )?(?:delais?|attentes?|relances?|services?|administrations?|dossiers?"
    r"|demarches?|plateformes?|sites?|appels?|courriers?|reponses?|conseillers?|papiers|paperasses?|procedures?"
    r"|formulaires?|caisses?|bureaux?|lenteurs?)"
)
# Exasperation at the office, on folded text: what is taken out before the model reads the message again.
_EXASPERATION = re.compile(
    # A request repeated and counted ("pour la CINQUIÈME fois", "relance n° 7", "trois relances sans réponse").
    rf"\b(?:pour )?(?:la |le |une |ma |mon )?{_ORDINAL} {_CONTACTS}\b"
    rf"|\b(?:relance|rappel|message) (?:n ?°|no|numero|n°) ?\d+\b"
    rf"|\b{_COUNT} (?:relances|rappels|appels|courriers|mails|messages|lettres)(?: (?:restes?|restees?))?"
    r"(?: sans (?:reponse|suite|resultat))?\b"
    r"|\b(?:encore une fois|une fois de plus|de nouveau|a nouveau|encore) (?:je )?(?:vous )?(?:dois )?"
    r"(?:relance\w*|ecri\w*|reecri\w*)\b"
    r"|\bje (?:vous )?(?:re)?relance\b"
    # A wait counted, and no answer ("ça fait 4 mois que", "toujours rien", "aucune réponse", "dossier en cours").
    rf"|\b(?:ca|cela|sa) fait (?:plus de |bientot |presque )?{_COUNT} (?:jours|semaines|mois|ans|annees)\b"
    r"|\btoujours (?:rien|pas de (?:reponse|nouvelles?)|aucune (?:reponse|nouvelle)|en attente|en cours)\b"
    r"|\b(?:aucune|pas de|sans) (?:reponse|nouvelles?|retour)(?: de votre part| de vos services)?\b"
    r"|\bpersonne ne (?:repond|me repond|rappelle|me rappelle|decroche)\b"
    # Indignation at the service ("c'est inadmissible", "on se moque de nous", "j'en ai marre").
    r"|\b(?:c'est|c est|cest|ce qui est|c'etait) (?:vraiment |tout simplement |franchement )?(?:inadmissible"
    r"|inacceptable|scandaleux|honteux|une honte|un scandale|lamentable|n'importe quoi|ahurissant|indigne"
    r"|incomprehensible|insupportable|un cauchemar|kafkaien|ubuesque)\b"
    r"|\b(?:inadmissible|inacceptable|scandaleux|honteux|lamentable)\s*!"
    r"|\bon se (?:moque|fiche|fout) (?:de nous|du monde|de moi|des gens)\b"
    r"|\b(?:j'en ai|jen ai|j en ai|j'en|on en a) (?:vraiment |franchement )?(?:marre|assez|ras le bol|plein le dos)\b"
    r"|\bras le bol\b|\ba bout de patience\b|\bma patience a (?:des|ses) limites\b|\bca suffit\b"
    # Anger said of oneself ("je suis en COLÈRE", "je suis furieux", "hors de moi").
    r"|\bje suis (?:vraiment |tellement |tres |franchement )?(?:en colere|furieu(?:x|se)|excede(?:e)?|hors de moi"
    r"|outre(?:e)?|indigne(?:e)?|scandalise(?:e)?|ecoeure(?:e)?|enerve(?:e)?|agace(?:e)?|en rogne|remonte(?:e)?)\b"
    # A wait said as a sentence of its own ("Neuf mois.", "DIX-HUIT MOIS !", "six mois d'attente").
    rf"|(?:^|(?<=[.!?\n]))\s*(?:dix-|vingt-|vingt et )?{_COUNT} (?:semaines|mois|ans)(?: d'attente)?\s*(?:[.!]+|$)"
    rf"|\b{_COUNT} (?:semaines|mois|ans) d'attente\b"
    r"|\bbravo\s*!|\bmerci (?:du|pour le) (?:service|suivi)\s*!"
    # "je n'en peux plus" / "je suis épuisé(e)" said *of* the delays, the calls or the office, never alone.
    rf"|\bje (?:n'en|n en|en) (?:peux|peu|peut) plus (?:de |d')(?:{_OFFICE_THINGS}|vous|relancer|attendre|appeler"
    r"|ecrire|courir|me repeter|repeter)\b"
    rf"|\b(?:je suis |c'est )?(?:epuise|epuisee|epuisant|fatigue|fatiguee|lasse?) (?:de |d')(?:{_OFFICE_THINGS}"
    r"|relancer|attendre|appeler|vous ecrire|ecrire|courir apres)\b"
)
# A word written in capitals for emphasis (four letters or more; a privacy placeholder is kept).
_SHOUTED_WORD = re.compile(r"\b[^\W\d_a-z]{4,}\b")


def exasperation_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that say exasperation at the office (read on folded text)."""
    return [m.span() for m in _EXASPERATION.finditer(fold(text))]


def exasperated(text: str) -> bool:
    """The text says exasperation at the office (read at each call with its switch)."""
    return EXASPERATION_GATE and bool(_EXASPERATION.search(fold(text)))


def _lower_shouted(text: str) -> str:
    placeholders = {m.span() for m in PLACEHOLDER.finditer(text)}

    def lowered(m: re.Match[str]) -> str:
        inside = any(start <= m.start() < end for start, end in placeholders)
        return m.group() if inside else m.group().lower()

    return _SHOUTED_WORD.sub(lowered, text)


def without_exasperation(text: str) -> str:
    """`text` with its exasperation phrases taken out and its words in capitals lowered. The spans are found on the
    folded text; where folding changed the length (rare characters), the folded text is rewritten instead."""
    folded = fold(text)
    source = text if len(folded) == len(text) else folded
    parts: list[str] = []
    last = 0
    for start, end in exasperation_spans(text):
        parts.append(source[last:start])
        last = end
    parts.append(source[last:])
    return _lower_shouted("".join(parts))


def without_exasperation_distress(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels (`kept`: whole message, `reached`: a sentence window) less a distress that only the
    exasperation gave: no distress rule (`taken`), no warning sign, no sign of acute hardship, and scored again on
    `without_exasperation` title and body, neither the whole message nor a sentence window reaches the label's
    threshold."""
    model, taken, title, body, admin_text = reading
    if not EXASPERATION_GATE:
        return kept, reached
    texts = (title, body, admin_text)
    return distress_without(model, kept, reached, taken, texts, exasperated, without_exasperation)
