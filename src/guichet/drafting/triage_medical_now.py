"""A medical emergency told by a relative, now — or over and treated (forty-ninth pass of issue 12, engineer-fo).

Carers and parents write to the CPAM, the CAF, the MDPH or the département while it happens: « elle est tombée cette
nuit et ne peut plus se relever », « il ne parle plus depuis ce matin, la bouche de travers », « le bébé a 40 de
fièvre et ne boit plus », « il convulse depuis cinq minutes ». Nobody should answer that with a template: it is
distress, and the 15 or the 112 is what the reply must give first. The same events told over and treated — a fall
last winter, a stroke two years ago, a fever seen at the emergency room and gone, a grandmother operated this morning
and smiling — are the background of an ordinary question (the APA, a carer's leave, an ambulance's bill), routine.

``MEDICAL_NOW_RULE`` — `medical_emergency_now(text)`, on folded text, in one sentence:

* **a sign of an acute medical emergency** (`_ACUTE`): someone who cannot get up or lies on the floor, a face or a
  mouth askew, speech or an arm lost, a relative who no longer recognises the writer, convulsions or fits one after
  another, someone who does not wake up, breathes badly, is confused or lost, faints or collapses, bleeds from the
  head; a child's fall followed by vomiting or drowsiness; a high fever (40, « brûlant ») with a sign that it is
  serious (does not drink, limp, purple spots, fast breathing), or a fever of 39.5 and more told of these hours;
* **not hypothetical** (`_IF`: « si », « en cas de », « au cas où », « pour savoir réagir » before the sign), **not an
  animal's** (`_ANIMAL` in the sentence), **not told as the past** in that sentence (`_AGO`: « il y a deux ans »,
  « l'an dernier », « depuis son AVC », « en mars »);
* and in the message: **a time of these hours** (`_NOW`: « cette nuit », « depuis ce matin », « il y a une heure »,
  « en train de », « vient de », « maintenant », « là ») and **nothing that says it is over or in care**
  (`_CARED`: hospitalised, operated, « va mieux », « tout va bien », out of hospital, « pris en charge »).

The distress kind is ``health`` (its contacts: the 15 or the 112, and the CCAS).

``MEDICAL_OVER_GATE`` — `without_medical_over_distress(...)`: where no distress rule fired and the message tells a
medical episode (`_EPISODE`: a fall, a stroke, a faint, a fit, a fever, the emergency room) as over or in care
(`_CARED`, or `_AGO` in the episode's sentence) and no emergency now, the model's distress is scored again on the
message without the sentences of the episode (`triage_rescore.distress_without`: never where a warning sign of
suicide or a sign of acute hardship is read); it is dropped only when the rest no longer carries it.

Pure string functions and one re-reading with the shipped model (no Django).
"""

import re

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_gate import Gated, GateReading, Reached
from guichet.drafting.triage_rescore import distress_without

# Switches (forty-ninth pass, docs/benchmarks.md): read at each call.
MEDICAL_NOW_RULE = True
MEDICAL_OVER_GATE = True

_NUM = r"(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quelques|plusieurs)"
# A relative named as the subject ("ma grand-mère s'est effondrée", not "le plafond s'est effondré").
_KIN = (
    r"(?:(?:mon|ma|notre|le|la|son|sa) (?:mere|pere|maman|papa|mari|femme|epoux|epouse|compagnon|compagne|fils|fille"
    r"|frere|soeur|grand-mere|grand-pere|belle-mere|beau-pere|oncle|tante|voisine?|bebe|enfant|petite?|ami|amie))"
)
# A sign of an acute medical emergency, told in the present (or in a passé composé of these hours, `_NOW`).
_ACUTE = re.compile(
    # Cannot get up, lying on the floor ("ne peut plus se relever", "arrive pas a se relever", "est par terre").
    r"\b(?:ne |n')?(?:(?:arrive|arrivent|arrivons|parvient) (?:plus|pas) a|(?:peut|peux|peuvent) (?:plus|pas))"
    r" (?:se|me|le|la) (?:relever|lever|remettre debout)\b"
    r"|\b(?:est|suis|sont|git|reste) (?:encore |toujours )?(?:par terre|au sol|allongee? par terre)\b"
    # A stroke: the face or the mouth askew, speech or an arm lost, the relative no longer recognised.
    r"|\b(?:bouche|visage|levre|figure) (?:toute? )?(?:de travers|tordue?|deformee?|qui tombe|paralysee?)\b"
    r"|\b(?:ne )?parle plus depuis\b|\bn'arrive plus a (?:parler|sourire|lever (?:le|son) bras)\b"
    r"|\b(?:cherche|trouve plus) ses mots\b|\bparle (?:bizarrement|de travers|n'importe comment)\b"
    r"|\bmots (?:sortent|sortaient) mal\b|\bdit des mots (?:qui ne veulent rien dire|sans sens|incomprehensibles)\b"
    r"|\b(?:bras|main|jambe|cote) (?:droit|droite|gauche)? ?(?:ne (?:repond|bouge) plus|lache)\b"
    r"|\b(?:depuis (?:ce matin|ce midi|cette nuit|hier|une heure)|tout a coup|d'un coup|soudain\w*)[^.!?\n]{0,40}"
    r"\bne (?:me|nous) reconnait plus\b|(?<!\ba )(?<!\bai )(?<!avait )(?<!\bont )\b(?:fait|fasse|faire) un avc\b"
    r"|\bn'arrive (?:plus|pas) a bouger (?:les|la|le|ses|son|sa)\b"
    # A fit, convulsions, consciousness or breath lost.
    r"|\bconvuls(?:e|ent|ions? qui)\b|\ben train de (?:faire une|convulser|faire un malaise)\b|\benchaine les crises\b"
    r"|\bcrises? (?:qui ne s'arrete|les unes apres les autres|a repetition depuis)\b"
    r"|\bne reprend pas connaissance\b|\b(?:a perdu|perd) connaissance\b|\binconsciente?\b"
    r"|\bne (?:se )?reveille (?:plus|pas|presque plus)\b|\brespire (?:mal|difficilement|tres vite|vite|plus|a peine)\b"
    r"|\bne respire plus\b|\b(?:est|suis) (?:tout|toute) (?:confuse?|perdue?|bleue?|molle?|mou)\b"
    r"|\b(?:il|elle) ne sait (?:plus|pas) ou (?:il|elle) est\b|\btient a peine debout\b"
    rf"|\b(?:il|elle|{_KIN}) (?:s'est effondree?(?! en (?:larmes|pleurs))"
    r"|(?:vient|viens) de (?:faire un malaise|s'effondrer|tomber))\b"
    r"|\bsaign\w* (?:beaucoup|de la tete|abondamment|du nez sans arret)\b|\bbeaucoup (?:de )?sang\b"
    r"|\b(?:douleur|mal) (?:qui serre |qui oppresse |atroce )?(?:dans|a) la poitrine\b"
    # A child's fall followed by vomiting or drowsiness.
    r"|\btombee? (?:de|du|dans) [^.!?\n]{0,60}\b(?:vomi\w*|s'endort)\b"
)
# A high fever and a sign it is serious, or a very high fever of these hours.
_FEVER = re.compile(
    r"\b(?:(?:39[.,][5-9]|4[01](?:[.,]\d)?|quarante) (?:degres )?(?:de )?(?:fievre|de temperature)?|brulante?)\b"
)
_FEVER_HIGH = re.compile(
    r"\b(?:4[01](?:[.,]\d)?|quarante) (?:degres )?de fievre\b|\bfievre (?:a|de) (?:4[01]|quarante)\b"
)
_SERIOUS = re.compile(
    r"\bne (?:boit|mange|tete) plus\b|\b(?:tout|toute) (?:mou|molle)\b|\btaches (?:violettes|rouges|noires)\b"
    r"|\brespire (?:vite|tres vite|mal)\b|\bconvuls\w*|\bne (?:se )?reveille\b|\bne pleure (?:meme )?plus\b"
    r"|\bgemit\b|\blevres bleues\b|\bfrissons qui\b|\btres faible\b"
)
# A time of these hours.
_NOW = re.compile(
    rf"\b(?:depuis|il y a) (?:ce matin|cette nuit|hier(?: soir)?|tout a l'heure|(?:plus de |moins de )?{_NUM}"
    rf" ?(?:heures?|h|minutes?|min)|une demi-heure)\b|\bdepuis {_NUM} jours\b"
    r"|\bce (?:matin|soir|midi)\b|\bcet apres-midi\b|\bcette nuit\b|\ben (?:ce moment|train de)\b"
    r"|\b(?:vient|viens|viennent) de\b"
    r"|\bmaintenant\b|^la,? (?:il|elle)\b|[.,!?\n] ?la,? (?:il|elle)\b|\btout de suite\b|\bpanique\b"
)
# Told as over, in care, or recovered (anywhere in the message).
_CARED = re.compile(
    r"\b(?:est|sont|a ete|ont ete|etait|suis|avons ete|a) (?:\w+ )?(?:hospitalisee?s?|operee?s?|soignee?s?"
    r"|prise? en charge|a l'hopital|aux urgences|en reeducation|en soins intensifs|en reanimation|sortie? de"
    r" l'hopital|rentree? (?:a la maison|chez (?:elle|lui|nous)))\b"
    r"|\b(?:va|vont|allait|se porte|se portent) (?:bien|mieux|tres bien|beaucoup mieux|bien mieux)\b"
    r"|\btout (?:va bien|s'est bien passe)\b|\bplus de peur que de mal\b|\bremise?s? sur pied\b|\bretablie?\b"
    r"|\bstabilisee?s?\b|\bconsolidee?s?\b|\bsortie? (?:de l'hopital|d'hopital|de reeducation)\b"
    r"|\b(?:est|sont) (?:\w+ )?(?:au centre hospitalier|a la clinique|au chu|en pediatrie)\b|\bpas de fracture\b"
)
# Told as the past in the sentence itself.
_AGO = re.compile(
    rf"\bil y a (?:maintenant )?(?:plus de )?{_NUM} (?:ans?|mois|semaines?)\b|\bl'an dernier\b|\bl'annee derniere\b"
    r"|\bla semaine derniere\b|\ble mois dernier\b|\bl'hiver dernier\b|\bl'ete dernier\b|\ben (?:19|20)\d\d\b"
    r"|\b(?:en|le \d{1,2}(?:er)?) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre)\b|\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
    r" dernier\b"
    r"|\bdepuis (?:l'age|sa naissance|toujours|des annees|longtemps)\b|\bquand (?:il|elle) (?:etait|avait)\b"
)
# A state that goes on since the episode ("depuis sa chute"): no emergency now, but not said over either (the gate
# does not read it: a relative who took the card « depuis ma chute » is the danger).
_SINCE = re.compile(
    r"\bdepuis (?:son|sa|mon|ma|leur) (?:\w+ )?(?:avc|chute|accident|malaise|operation|crise|attaque|infarctus)\b"
)
# Hypothetical: a question before it happens.
_IF = re.compile(r"\b(?:si|s'il|s'ils|en cas d[e']|au cas ou|quand|lorsque|pour savoir|pour pouvoir|avant de)\b")
_ANIMAL = re.compile(
    r"\b(?:chiens?|chiots?|chats?|chatons?|chevaux|cheval|juments?|vaches?|veaux?|animal|animaux"
    r"|brebis|chevres?|lapins?|veterinaire)\b"
)
# A medical episode, whatever its time (what the gate takes out before scoring again).
_EPISODE = re.compile(
    r"\b(?:tombee?s?|chutee?s?|chutes?|avc|malaises?|crises? (?:d'epilepsie|convulsive|de convulsions|d'absence)"
    r"|convuls\w*|fievre|urgences|samu|pompiers|le 15|infarctus|attaque cerebrale|fracture\w*|effondree?)\b"
)
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s*")


def _emergency_sentence(part: str) -> bool:
    """A sentence says an acute sign, not as a hypothesis, not of an animal, not as the past."""
    sign = _ACUTE.search(part)
    if sign is None:
        fever = _FEVER.search(part)
        if fever is None or not (_SERIOUS.search(part) or _FEVER_HIGH.search(part)):
            return False
        sign = fever
    if _IF.search(part[: sign.start()]) or _ANIMAL.search(part) or _AGO.search(part) or _SINCE.search(part):
        return False
    return True


def medical_emergency_now(text: str) -> bool:
    """Whether the (raw or folded) text tells a medical emergency happening now to the writer or a relative (read at
    each call with its switch)."""
    if not MEDICAL_NOW_RULE:
        return False
    folded = fold(text)
    if _CARED.search(folded) or not _NOW.search(folded):
        return False
    return any(_emergency_sentence(part) for part in _SENTENCE.split(folded))


def told_over(text: str) -> bool:
    """The text tells a medical episode as over or in care, and no emergency now (read with the gate's switch)."""
    folded = fold(text)
    if not MEDICAL_OVER_GATE or not _EPISODE.search(folded):
        return False
    if any(_emergency_sentence(part) for part in _SENTENCE.split(folded)) and not _CARED.search(folded):
        return False
    if _CARED.search(folded):
        return True
    return any(_EPISODE.search(part) and _AGO.search(part) for part in _SENTENCE.split(folded))


_CLAUSE = re.compile(r"(?<=[.!?;:,\n])\s*|\s+(?=mais\b|et (?:il|elle|je|on)\b)")


def without_episode(text: str) -> str:
    """`text` less its clauses that tell a medical episode (found on the folded clause; the raw one is cut): the rest
    of a sentence (« je n'ai plus ma carte ») is read again."""
    parts = _CLAUSE.split(text)
    return " ".join(part for part in parts if not _EPISODE.search(fold(part)))


def without_medical_over_distress(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels less a distress that only a medical episode told over or in care gave: no distress rule
    (`taken`), and the message read again without the episode's sentences no longer carries it."""
    model, taken, title, body, admin_text = reading
    if not MEDICAL_OVER_GATE:
        return kept, reached
    return distress_without(model, kept, reached, taken, (title, body, admin_text), told_over, without_episode)
