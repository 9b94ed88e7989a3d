"""How long the writer's situation has lasted: "vous êtes en contrat aidé depuis trois ans" to "ça fait un an et demi
que je suis en contrat aidé", "vous travaillez en intérim depuis six mois" to "ça fait 2 ans que je bosse en
intérim", "depuis dix-huit mois" and "un an et demi" read alike.

The message's side is read generously (every duration it gives, whatever it is of: "après huit ans dans la même
entreprise", "inscrit depuis trois mois", "depuis 2019"), the draft's strictly (a duration after "depuis", "pendant",
"ça fait" or "passé" in a clause about the writer): a draft's duration is contradicted only when it is far from every
duration the message gives, and unsupported when the message gives none. Texts are folded, numbers in digits
(`lexicon.spell_digits`)."""

import re
from datetime import date

from guichet.drafting.persona.lengths_owner import partner_ends, writers_length
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, MONTH, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject
from guichet.text.words import SMALL_NUMBERS

_COUNT = r"(\d{1,3}(?:[.,]\d)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques)"
_UNIT = r"(ans?|annees?|mois|semaines?|jours?)"
_DURATION = re.compile(rf"\b{_COUNT}\s+{_UNIT}\b(\s+et demie?)?")
_WORDS = {**SMALL_NUMBERS, "quelques": 3}
_MONTHS_IN = {"an": 12, "ans": 12, "annee": 12, "annees": 12, "mois": 1, "semaine": 0.25, "semaines": 0.25}
# What makes "N ans" an age, not a duration ("j'ai 24 ans", "mon fils de 3 ans", "âgée de 87 ans", "à 16 ans"); "il y a
# deux ans" is a time ago.
_AGE_BEFORE = re.compile(
    r"(?:\bj.ai|\bjai|(?<!\by )\ba|\bde|\bagee?s?\s+de|\bage de|\baura|\baurai|\bavoir|\bfete|\bmoi|\bavez|\bont|"
    r"\bfait ses|\bfete ses|\bqui a|\bil a|\belle a)\s*$"
)
# A whole length ("votre mission dure six mois", "d'une durée de neuf mois"): no start told without its length makes it
# open ("depuis le 1er décembre … une mission de neuf mois"), and weeks are told apart ("quatre semaines" / "six").
_WHOLE = ("dur", "a dur", "d'une", "d’une", "pour une")
_DRAFT_DURATION = re.compile(
    r"\b(?:depuis|pendant|durant|(?:ca|cela) fait|passe|passees?|passes|dure|durera|durait|a dure|"
    r"(?:d.une|pour une) duree de|avez (?:travaille|cotise|exerce|vecu|habite|reside))\s+"
    r"(un peu plus de |un peu plus d.|un peu moins de |un peu moins d.|plus de |plus d.|moins de |moins d.|"
    r"pres de |pres d.|environ |presque |bientot |deja |maintenant |"
    r"desormais |seulement |a peine )?"
    rf"{_COUNT}\s+{_UNIT}\b(\s+et demie?)?(\s*(?:\(|ou|et)\s*(?:plus|\+|moins)(?!\w))?"
)
_PAST_BEFORE = re.compile(
    r"\bavez (?:\w+ )?(?:travaille|cotise|exerce|ete|vecu|habite|reside|occupe|enchaine|eu)\b[^,;:]{0,40}$"
)
_SINCE_YEAR = re.compile(
    r"\bdepuis (?:(?:le )?(?:debut|fin|mois de \w+|\w+) )?((?:19|20)\d\d)\b"
    # the writer's arrival in France, a year that starts their residence ("je suis arrivé en France en 2015")
    r"|\b(?:je suis|suis|nous sommes|sommes) arrivee?s? en france "
    r"(?:en |au (?:debut|mois) (?:de |d.)?\w* ?)((?:19|20)\d\d)\b"
)


# A start the message gives without its length ("depuis mars", "depuis le décès de mon époux", "depuis [DATE_1]",
# "depuis qu'elle a 2 ans"):
# a draft's duration may be worked out from it, and is then not contradicted by the other durations.
_OPEN_SINCE = re.compile(
    rf"\bdepuis (?:le |la |l.|les |mon |ma |mes |son |sa |notre |debut |fin |mi-)?(?:\d{{1,2}} |1er )?(?:{MONTH}|"
    r"\[date|rentree|ete|hiver|printemps|automne|noel|naissance|deces|mort|separation|divorce|demenagement|"
    r"licenciement|accident|debut|arrivee|retour|depart|fin|embauche|mariage)"
    r"|\bdepuis qu(?:e |.)(?:il|elle|ils|elles|je|j|on|nous|mon|ma|mes|son|sa|ses|leur)\b"  # "depuis qu'elle a 2 ans"
)


def open_since(folded: str) -> bool:
    """Whether a folded message dates a start without saying how long ago ("depuis mars", "depuis son décès")."""
    return bool(_OPEN_SINCE.search(folded))


def _months(count: str, unit: str, half: str | None) -> float:
    value = _WORDS[count] if count in _WORDS else float(count.replace(",", "."))
    if unit.startswith("jour"):
        return round(value / 30, 2)
    per = _MONTHS_IN.get(unit, 1.0)
    return value * per + (per / 2 if half else 0.0)


# What a length is of, read in its clause (message) or in the draft's clause: a draft's length is compared with the
# message's lengths of the same topic, or of none ("ça fait deux ans" alone).
TOPICS = {
    "residence": r"\b(?:vi[st]|vivons|vivez|habit\w*|resid\w*|en france|arrive\w*|heberg\w*|loge\w*|"
    r"locataire|loue\w*|logement|appartement)\b",
    "work": r"\b(?:travail\w*|bosse\w*|(?<!d.)(?<!sans )emploi|poste|cdd|cdi|interim\w*|contrat\w*|missions?|"
    r"entreprise|boite|employeur|salarie\w*|apprenti\w*|alternance|saison\w*|fonctionnaire|titulaire|metier|"
    r"exerce\w*|agent|embauche\w*)\b|\[employeur_\d+\]",
    "jobless": r"\b(?:chomage|chomeu\w*|demandeu\w*|sans emploi|france travail|pole emploi|licencie\w*|inscrite?|"
    r"indemnise\w*)\b",
    "couple": r"\b(?:marie\w*|pacse\w*|ensemble|couple|divorc\w*|separe\w*|veu(?:f|ve)\w*|deces|concubin\w*)\b",
    "study": r"\b(?:etud\w*|licence|master|bts|ecole|college|lycee|formation|stage)\b",
    "health": r"\b(?:arret|malad\w*|hospitalis\w*|handicap\w*|invalid\w*|soins|accident)\b",
}


def topics(text: str) -> frozenset[str]:
    """The topics a folded piece of text speaks of (`TOPICS`)."""
    return frozenset(name for name, pattern in TOPICS.items() if re.search(pattern, text))


def _topics_around(folded: str, start: int, end: int) -> frozenset[str]:
    """The topics of the clause around a length of the message, else of its sentence."""
    sentence_start = max(folded.rfind(c, 0, start) for c in ".;?!\n") + 1
    stops = [i for i in (folded.find(c, end) for c in ".;?!\n") if i >= 0]
    sentence = folded[sentence_start : min(stops) if stops else len(folded)]
    pieces = re.split(r"[,:(]|\bmais\b|\bpuis\b", sentence)
    offset = start - sentence_start
    position = 0
    for piece in pieces:
        if position <= offset < position + len(piece) + 1:
            return topics(piece) or topics(sentence)
        position += len(piece) + 1
    return topics(sentence)


_WRITER_OBJECT = re.compile(r"\bm['’]|\bme\b|\bmoi\b")


def _sentence_before(folded: str, start: int) -> str:
    """The folded start of the sentence of a length at `start` (90 characters at most, from its last "mais")."""
    return re.split(r"[.;?!\n]|\bmais\b", folded[max(0, start - 90) : start])[-1]


def _others_length(folded: str, start: int) -> bool:
    """Whether the length at `start` is another person's, named in its sentence before it."""
    before = _sentence_before(folded, start)
    # "le médecin m'a arrêté six semaines": the writer's length, another person's act; "je suis séparée de mon mari
    # depuis deux ans", "mon mari est décédé il y a deux mois": the writer's (`lengths_owner`)
    return other_subject(before) and not _WRITER_OBJECT.search(before[-40:]) and not writers_length(before)


def read_durations(folded: str, *, today: date | None = None) -> set[tuple[float, frozenset[str]]]:
    """Every length a folded message gives, in months ("un an et demi" → 18, "depuis 2019" → its years to now),
    with the topics of its clause."""
    found: set[tuple[float, frozenset[str]]] = set()
    for m in _DURATION.finditer(folded):
        if m.group(2).startswith(("an", "annee")) and _AGE_BEFORE.search(folded[max(0, m.start() - 14) : m.start()]):
            continue
        if _others_length(folded, m.start()):
            continue  # "le président de l'association a travaillé quarante ans à la SNCF"
        about = _topics_around(folded, m.start(), m.end())
        if partner_ends(_sentence_before(folded, m.start())):
            about = frozenset({"couple"})  # "mon compagnon est parti il y a un an": the length of the separation
        found.add((_months(m.group(1), m.group(2), m.group(3)), about))
    year = (today or date.today()).year
    for m in _SINCE_YEAR.finditer(folded):
        since = int(m.group(1) or m.group(2))
        if since <= year:
            about = _topics_around(folded, m.start(), m.end())
            found |= {(12.0 * max(year - since - 1, 0) + 1, about), (12.0 * (year - since) + 6, about)}
    return found


def duration_traits(clause: str, negated: bool) -> list[Trait]:
    """A duration a folded clause gives the writer's situation ("depuis un an et demi" → "=18")."""
    traits: list[Trait] = []
    for m in _DRAFT_DURATION.finditer(clause):
        if m.group().startswith(("pendant", "durant")) and not _PAST_BEFORE.search(clause[: m.start()]):
            continue  # "vous percevez l'allocation pendant 6 mois" is a rule; "vous avez travaillé pendant" a fact
        words = (m.group(1) or "").strip()
        words = words.removeprefix("un peu ")
        after = m.group(5) or ""
        sign = ">" if words.startswith("plus") else "<" if words.startswith("moins") else ""
        sign = sign or (">" if re.search(r"plus|\+", after) else "<" if "moins" in after else "")
        sign = sign or ("~" if words.startswith(("pres", "environ", "presque", "bientot")) else "=")
        about = ",".join(sorted(topics(clause)))
        # "vous ne percevez plus la pension depuis quatre mois": the length of what is denied, itself not denied
        whole = "|whole" if m.group().startswith(_WHOLE) else ""
        traits.append(Trait("duration", f"{sign}{_months(m.group(2), m.group(3), m.group(4))}|{about}{whole}"))
    return traits


def duration_verdict(value: str, durations: set[tuple[float, frozenset[str]]], *, dated: bool = False) -> str:
    """A length stated by a draft ("=18|work") against the lengths the message gives (months, topics): only those of
    the same topic, or of none, are compared; `dated`: the message gives a start without its length (`open_since`),
    and a length far from the others is then unsupported."""
    said, _, rest = value.partition("|")
    about_text, _, whole = rest.partition("|")
    about = set(about_text.split(",")) - {""}
    # A whole length is compared with the lengths of its own topic only where it has one: "votre arrêt dure quatre
    # semaines" is not made good by a mission begun "depuis octobre".
    known = {d for d, of in durations if not about or (not of and not whole) or about & of}
    if not known:
        return UNSUPPORTED
    sign, months = said[0], float(said[1:])
    if sign == ">":
        ok = any(d > months * 0.95 for d in known)
    elif sign == "<":
        ok = any(d < months * 1.05 for d in known)
    else:
        slack = max(0.25 if whole else 1.0, months * (0.3 if sign == "~" else 0.2))
        ok = any(abs(d - months) <= slack for d in known)
    return CONSISTENT if ok else UNSUPPORTED if dated and not whole else CONTRADICTED
