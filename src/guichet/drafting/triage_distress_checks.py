"""What a distress rule's words do not mean: a figurative kill, a suicide or a hardship said of others or settled.
Cut from `triage.py` (thirty-fifth pass).
"""

import re

from guichet.drafting.triage_cues import cue_counts
from guichet.drafting.triage_matching import _ASK_SPLIT

# "Me tuer" said of a thing or with a laugh ("ce formulaire va me tuer lol", "ma banque va me tuer si je n'envoie
# pas…", "cette paperasse va me tuer mdr") is an idiom of annoyance (round 2, batch aa: a routine question about the
# prime d'activité got the suicide contacts). The rule's bare "me tuer" does not fire when every one of its
# occurrences is so; a person's threat ("il va me tuer", "ils m'ont dit qu'ils allaient me tuer") and "je vais me
# tuer" still do, and a label the model gives is never removed.
_FIGURATIVE_KILL = re.compile(
    r"\b(?:(?:ce|cet|cette|ces|ma|mon|mes|la|le|les|votre|vos) (?:[\w'-]+ ){0,3}?(?:formulaires?|dossiers?|paperasse"
    r"|papiers?|banque|administration|demarches?|declarations?|site|appli\w*|attente|procedure|truc|histoire"
    r"|impots?|factures?|comptable|bureaucratie|tabac|cigarettes?|clopes?)|ca|cela|tout ca)(?: [\w']+){0,4}? "
    r"(?:va|vont|finira par|finiront par) me tuer\b"
    r"|\bme tuer\b\W{0,3}(?:lol|mdr|ptdr|xd|haha|😂|🤣)"
    # "Tuer à la tâche": to work someone hard, said of a boss or a job (seventeenth pass, batch ap: "le patron m'a
    # prévenu qu'il allait me tuer à la tâche haha", a new job declared).
    r"|\bme tuer a la tache\b"
    # Eighteenth pass: tobacco said to kill is a health warning, the doctor's words (av-083, "le tabac va me tuer",
    # a question on nicotine patches); alcohol and drugs are left to the rule.
)


def figurative_kill(text: str) -> bool:
    """Every "me tuer" of the (folded) text is said of a thing or laughed at."""
    return len(_FIGURATIVE_KILL.findall(text)) >= len(re.findall(r"\bme tuer\b", text))


# A rule's word said of someone else's past or of a class of people, by a professional or a relative asking about a
# procedure (twelfth pass: the unseen batches ac and ad wrote routine messages to look alarming, and the rules fired
# on the word alone): a psychologist's patients "adressés après une tentative de suicide", a son who "a fait une
# tentative de suicide l'année dernière" and "va beaucoup mieux", a wife who "s'est suicidée" a year ago, an
# association's "soirée de prévention du suicide"; a shelter's social worker asking for "une dame victime de violences
# conjugales, mise à l'abri chez nous", "des femmes victimes de violences" received by a health centre. The rule then
# leaves the message to the model (whose distress threshold is low), as it does for every message the rules do not
# read. It never applies when the writer speaks of their own act or danger ("j'ai fait une tentative de suicide", "je
# suis victime de violences"), when another distress word of the rules or of despair is there, or when nothing says
# the event is over or in hands and no professional writes (a son who "parle de suicide depuis une semaine").
_SUICIDE_NEUTRAL = re.compile(r"\bprevention du suicide\b")
_SUICIDE_OF_OTHER = re.compile(
    r"\b(?:il|elle|ils|elles|(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|des|les|une|un|ces|certains|certaines)"
    r" (?:\w+ )?(?:fils|fille|enfants?|mari|femme|epouse|epoux|compagne|compagnon|frere|soeur|pere|mere|patiente?s?"
    r"|residente?s?|cliente?s?|eleves?|jeunes?|beneficiaires?|personnes?|proches?|amie?|voisine?|conjointe?))\b"
    r"[^.!?\n]{0,120}\bsuicid"
)
_OWN_ACT = re.compile(
    r"\b(?:j'ai|je|j'avais|moi)\b[^.!?\n]{0,30}\b(?:tentative de suicide|suicid\w*|victime|violentee?)"
    r"|\bmon suicide\b|\bme suicider\b|\bme (?:frappe|bat|menace)\b"
)
_VICTIM_OF = re.compile(
    r"\bvictimes? (?:de |d'un |d'une |des )?(?:viols?|violences? (?:conjugales?|domestiques?|physiques?|sexuelles?"
    r"|intrafamiliales?)|violences?)\b"
)
# Over or in hands: a year or more ago, better, followed, in hospital, sheltered, placed.
_PAST_OR_IN_CARE = re.compile(
    r"\bil y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs) (?:ans?|annees)\b"
    r"|\b(?:l'an dernier|l'annee derniere|l'an passe|l'annee passee)\b"
    r"|\b(?:va|vont) (?:beaucoup |bien |nettement )?mieux\b|\b(?:est|sont) (?:bien )?suivie?s?\b|\bc'est suivi\b"
    r"|\b(?:est|sont) hospitalisee?s?\b|\bmise?s? a l'abri\b|\ben securite\b|\b(?:est|sont|a ete) placee?s?\b"
)
# Days ago, last night, this week: the danger may be now.
_RECENT = re.compile(
    r"\bil y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques) (?:jours?|semaines?|nuits?)\b"
    r"|\b(?:la semaine derniere|hier|ce matin|cette nuit|ce soir|ces derniers jours|ce week-end)\b"
    r"|\bdepuis (?:\d+|deux|trois|quatre|cinq|six|quelques) (?:jours|nuits)\b"
)
_SETTLED_WORDS = frozenset(
    {
        "suicid",
        "viol",
        "violee",
        "violence conjugale",
        "violences conjugales",
        "violences sexuelles",
        "violence sexuelle",
        "violences domestiques",
        "violence domestique",
        "violences physiques",
    }
)


def said_of_others_settled(kind: str, hits: list[str], text: str) -> bool:
    """Every hit of this distress kind is a bare word said of someone else's past or of a class of people, in a
    message where a professional writes or the event is over or in hands, and nothing says the writer's own danger
    or a danger of these days."""
    if not set(hits) <= _SETTLED_WORDS or _OWN_ACT.search(text) or _RECENT.search(text):
        return False
    counts = cue_counts(text)
    if counts["despair"] or counts["farewell"] or counts["deadline"]:
        return False
    professional_on_many = bool(counts["professional_role"] and counts["generic_people"])
    if kind == "suicide":
        parts = [part for part in _ASK_SPLIT.split(text) if "suicid" in part]
        if not all(_SUICIDE_NEUTRAL.search(p) or _SUICIDE_OF_OTHER.search(p) for p in parts):
            return False
        return bool(_SUICIDE_NEUTRAL.search(text) or _PAST_OR_IN_CARE.search(text) or professional_on_many)
    parts = [part for part in _ASK_SPLIT.split(text) if re.search(r"\bviol", part)]
    if not all(_VICTIM_OF.search(p) for p in parts):
        return False
    return bool(counts["professional_role"]) and bool(
        _PAST_OR_IN_CARE.search(text) or counts["generic_people"] or counts["settled"]
    )
