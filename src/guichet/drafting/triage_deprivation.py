"""Distress said as a fact of these days (twenty-third pass, issue 12): the unseen batch bk (precarious and seasonal
workers, overseas departments) wrote distress as an errand - the question asked is routine, the situation told on the
side is the danger - and the start code missed five of its 36 distress messages. Each family below is a distress rule
(`triage.DISTRESS_RULES`), unlike the hardship signs (`triage_hardship`), which only let a model's score stand:

* ``days_without`` (kind "food"): no money or food for days, counted ("on a plus l'argent depuis 10 jours", "plus
  un centime depuis 6 semaines", "le frigo est vide depuis mercredi"). The privacy layer may mask the container of
  an empty fridge as a name ("le [PERSONNE_1] est vide depuis mercredi", bk-046): a placeholder emptied since a day
  is read as the fridge. A phone that "sonne dans le vide depuis lundi" is not.
* ``care_cut_off`` (kind "health"): care one cannot go without (dialysis, chemotherapy, radiotherapy, insulin, oxygen,
  a transplant's follow-up) stopped because its transport, its cover or its rights ended ("le taxi conventionné dit
  que la prise en charge est finie", "il n'a plus de moyen d'y aller", "il rate sa séance").
* ``sick_child_uncared`` (kind "health"): the writer's child ill (fever, asthma, an infection…) and no doctor, no care,
  no cover ("ma petite est très malade … pas de soins").
* ``sexual_harassment_at_work`` (kind "suffering"): sexual harassment or touching by the employer or a superior
  ("mon chef me touche les fesses", "harcèlement sexuel de mon patron"); a word of that kind said of a film or a
  training session names no superior.

Measured on train + validation of the triage corpus and on the raw texts of the retrieval and drafting corpora
(test splits left unread): see the twenty-third pass in docs/benchmarks.md and the commit that added this module.
Patterns on folded text (`triage_cues.fold`); pure strings, no model.
"""

from itertools import permutations

_GAP = r"[\s\S]{0,300}"


def together(*parts: str) -> str:
    """A pattern that holds when every part is found, in any order, each within 300 characters of the next; what it
    matches (the rule's evidence) is the first part only, the others are looked ahead for."""
    return "|".join(f"{first}(?={_GAP}{_GAP.join(rest)})" for first, *rest in permutations(parts))


_COUNT = r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|plusieurs|quelques)"
_SINCE = (
    rf"depuis (?:{_COUNT} (?:jours|semaines)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier"
    r"|le \d{1,2}|une semaine|la semaine derniere|le debut du mois)\b"
)
DAYS_WITHOUT = (
    rf"\b(?:plus|pas|sans) (?:d'|de l'|l'|d |l |de |un )?(?:argent|sou|centime|rien) {_SINCE}",
    rf"(?:\b(?:frigo|refrigerateur|placards?|congelateur|compte|porte-monnaie)|\[\w+\]) (?:est |sont )?"
    rf"(?:presque |completement |totalement )?vides? {_SINCE}",
)

_VITAL = r"\b(?:dialys\w*|chimio\w*|radiotherapie|insuline|oxygene|greffe\w*|perfusions?)\b"
_ENDED = (
    r"(?:\b(?:prise en charge|bons? de transport|transports?|taxi|ambulance|vsl|couverture|droits|mutuelle|cmu|ame"
    r"|css)\b[^.!?\n]{0,40}\b(?:est |sont |a ete |ont ete )?(?:finie?s?|terminee?s?|arretee?s?|coupee?s?"
    r"|suspendue?s?|refusee?s?|expiree?s?|plus valables?)\b"
    r"|\b(?:plus|pas) (?:de |aucun )?moyens? (?:d'y aller|de (?:m'y|s'y|l'y|y) (?:rendre|aller)|de transport)\b"
    r"|\brate(?:r|ra|s|e)? (?:sa|ma|une|la|leur|les|ses|mes|des) (?:seances?|dialyses?|chimio\w*)\b)"
)
CARE_CUT_OFF = (together(_VITAL, _ENDED),)

_CHILD_ILL = (
    r"\b(?:mon|ma|notre|nos|mes) (?:fils|fille|bebe|enfants?|petite?|garcon)\b[^\n]{0,200}"
    r"\b(?:malade|fievre|asthme|crises?|convulsions?|infection|vomit|douleurs?)\b"
)
_NO_CARE = (
    r"(?:\b(?:pas de|plus de|aucun|sans) (?:medecin|pediatre|soins?|traitement|couverture|mutuelle|droits"
    r"|carte vitale)\b|\b(?:refuse\w*|peut pas|peux pas|pouvons pas) (?:de )?(?:le |la |les )?(?:soigner|recevoir"
    r"|consulter)\b|\bpas (?:ete )?soigne\w*\b)"
)
SICK_CHILD_UNCARED = (together(_CHILD_ILL, _NO_CARE),)

_SEXUAL = (
    r"(?:\bharcel\w* sexuel\w*|\b(?:gestes?|propositions?|avances|remarques|attouchements?) (?:deplacee?s?"
    r"|sexuel\w*|salaces|insistantes?)\b|\bmains? aux fesses\b|\b(?:il|elle) (?:me|m') ?(?:touche|tripote|caresse"
    r"|pelote)\w*\b|\b(?:messages?|photos?|videos?|sms) (?:de |a caractere )?(?:sexe|sexuel\w*|intimes?|porno\w*)\b"
    r"|\bm'embrasser de force\b)"
)
_SUPERIOR = (
    r"\b(?:patron\w*|chef\w*|employeur|gerant\w*|responsable|directeur|directrice|superieure?|contremaitre|manager)\b"
)
# The job held over the writer: losing it, being fired, a contract not renewed, a refusal that would cost it.
_JOB_AT_STAKE = (
    r"(?:\bperdre (?:mon|le|ma|son|sa) (?:travail|boulot|emploi|poste|job|contrat|place|titre de sejour)\b"
    r"|\b(?:me|m') ?(?:virer|vire|licencier|renvoyer)\b|\b(?:pas|plus) (?:me )?renouvel\w* (?:mon|le) contrat\b"
    r"|\bsi je (?:dis non|refuse|parle|dis quelque chose|porte plainte|le dis)\b)"
)
SEXUAL_HARASSMENT_AT_WORK = (together(_SEXUAL, _SUPERIOR, _JOB_AT_STAKE),)
