"""Which case of a fiche applies to the writer: case titles and table rows read against what the message says.

Fiches answer by situation ("Vous vivez en couple" / "Vous vivez seul(e)", "Entre 12 et 13 ans", "1961, 1962 ou
1963", "Cas général (Caf)" / "Régime agricole (MSA)"). A sentence quoted from the wrong case says the opposite of
what applies to the writer, so before extracts are chosen every heading of a fiche is placed in its tree: the
headings under one parent that describe alternative situations form a group, and the message picks a member of
the group when it says something only that member matches (a status, a family situation, a nationality, an age
or a year that falls in the member's range). The others are then left out; when nothing in the message decides,
a "Cas général" member is kept, and otherwise every member stays (the draft shows the split with its labels).

Table rows are read the same way: a row whose first cell holds a year, an age or a number of children is kept
only when the message gives none of that kind or one that falls in the row.

Everything here is deterministic and cheap: the facts come from regular expressions, the words from the search
index's stemmer (`knowledge.analysis.analyze`), with a few everyday synonyms ("mon mari" means a couple).
"""

import math
import re
from dataclasses import dataclass, field

from guichet.knowledge.facets import facets_in_message, facets_in_title
from guichet.knowledge.search import analyze
from guichet.text import SMALL_NUMBERS, fold

INFINITY = math.inf

# Everyday words that say which case applies, mapped to the words case titles use (both sides stemmed).
SYNONYMS: dict[str, str] = {
    "couple": "mari mariee marie epouse epoux conjoint conjointe compagnon compagne concubin concubine pacs pacse "
    "pacsee",
    "seul": "seule celibataire divorce divorcee separe separee veuf veuve solo isole isolee",
    "isolé": "seule seul celibataire divorce divorcee separe separee veuf veuve solo",
    "salarié": "cdi cdd employeur salariee",
    "demandeur d'emploi": "chomage chomeur chomeuse pole are",
    "européen": "belge allemand allemande italien italienne espagnol espagnole portugais portugaise polonais "
    "polonaise roumain roumaine neerlandais luxembourgeois irlandais grec grecque autrichien suedois danois "
    "finlandais tcheque slovaque hongrois bulgare croate slovene estonien letton lituanien maltais chypriote",
    "étranger": "marocain marocaine algerien algerienne tunisien tunisienne senegalais senegalaise malien "
    "malienne ivoirien ivoirienne camerounais camerounaise colombien colombienne bresilien bresilienne chinois "
    "chinoise indien indienne turc turque americain americaine russe ukrainien ukrainienne congolais congolaise "
    "haitien haitienne vietnamien vietnamienne afghan afghane syrien syrienne",
    "français": "francaise",
    "Alsace-Moselle": "strasbourg metz mulhouse colmar haguenau thionville forbach sarreguemines bas-rhin haut-rhin",
    # Overseas: the main towns name their department (a fiche's "Guyane" or "Mayotte" case).
    "Guyane": "cayenne kourou saint-laurent-du-maroni matoury",
    "Guadeloupe": "pointe-a-pitre basse-terre abymes baie-mahault",
    "Martinique": "fort-de-france lamentin schoelcher",
    "Mayotte": "mamoudzou dzaoudzi koungou",
    "Régime agricole (MSA)": "agriculteur agricultrice exploitant exploitante ferme viticulteur",
    "fonctionnaire": "titulaire fonction publique agent public",
}

# A heading that names a situation rather than a topic: the members of its group are alternatives.
_CASE_TITLE = re.compile(
    r"^(?:vous\b|si\b|votre\b|vos\b|cas\b|autres? (?:cas|situation)|entre\b|à partir|a partir|avant\b|après\b|"
    r"apres\b|depuis\b|moins d|plus d|né|ne\b|enfant|jeune|personne|salarié|fonctionnaire|contractuel|français|"
    r"européen|étranger|parent|couple|régime|majeur|mineur|date d'expiration|l'enfant|décès|pour (?:un|une)\b|"
    r"en (?:ligne|france|couple)|par courrier|sur place|à l'étranger|outre-mer|métropole|\d)",
    re.IGNORECASE,
)
_GENERAL = re.compile(r"^cas général|^régime général|^autres? cas|^autre situation", re.IGNORECASE)

_WORD_NUMBERS = SMALL_NUMBERS
_NUM = r"(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
_AGE = re.compile(
    r"(?<!depuis )(?<!il y a )(?<!pendant )(?<!dans )(?<!plus de )(?<!moins de )\b(\d{1,3})\s*ans\b(\s*et demi)?",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(?:depuis|il y a|pendant|durant|apr[eè]s|plus de|moins de|pr[eè]s de)\s+(\d{1,2})\s*ans\b"
    r"|\b(\d{1,2})\s*ans\s+(?:de\b|d'|dans\b|maximum|minimum|max\b|au maximum|au minimum|chez\b|comme\b|de suite)",
    re.IGNORECASE,
)
# The writer's own age, said as theirs ("j'ai 23 ans", "âgée de 67 ans", "moi 23 ans"), read on folded text: not a
# child's ("mon fils de 5 ans") nor a colleague's.
_OWN_AGE = re.compile(
    r"\b(?:j.ai|jai|agee? de|moi|je vais avoir|j.aurai|je viens d.avoir)\s+(\d{2,3})\s*ans\b(?!\s+(?:de|d.)\s)"
)
# An age said of someone outside the case ("un ancien collègue qui avait 56 ans"): not the writer's, nor a child's.
_OTHERS_AGE = re.compile(
    r"\b(?:coll[eè]gue|ami|amie|copain|copine|voisin|voisine|connaissance|quelqu'un|une dame|un monsieur|"
    r"cousin|cousine)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(19[2-9]\d|20[0-3]\d)(?!\d)")
MONTHS = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()
# A year of birth ("né en 1963", "née le 3 mars 1966", "date de naissance : 1958"), apart from the years of events.
_BIRTH_YEAR = re.compile(r"\b(?:nee?s?|naissance)\b[^.!?\n]{0,25}?(?<!\d)(19[2-9]\d|20[0-3]\d)(?!\d)")
_BIRTH_MONTH = re.compile(r"\bnee?s?\s+(?:le\s+\d{1,2}(?:er)?\s+)?(?:en\s+)?(" + "|".join(MONTHS) + r")\b")
_EUROS = re.compile(r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d{1,2}))?\s*(?:€|euros?\b)", re.IGNORECASE)
# Hours of work a week as writers say them ("24 h par semaine", "30h/semaine", "20 heures hebdo"), and full time.
_WEEKLY_HOURS = re.compile(
    r"(?<![\d,])(\d{1,2}(?:,\d)?)\s*(?:h|heures?)\s*(?:par semaine|/\s*semaine|par sem\b|hebdo)"
)
_FULL_TIME = re.compile(r"\b(?:a|en|travaille a|contrat a|cdi a|cdd a) temps (?:plein|complet)\b|\b35\s*h(?:eures)?\b")
_CHILDREN = re.compile(rf"\b{_NUM}\s+(?:enfants?|fils|filles|garçons)\b", re.IGNORECASE)
_NTH_CHILD = re.compile(
    r"\b(deuxi[eè]me|2e|troisi[eè]me|3e|quatri[eè]me|4e|cinqui[eè]me|5e)\s+(?:enfant|b[ée]b[ée])", re.I
)
# Plural only: "mon frère jumeau", "un triple contrôle" are no births.
_MULTIPLE_BIRTH = re.compile(r"\b(jumeaux|jumelles|triples|triplees|triplets|quadruples|quadruplees)\b")
_NTH = {"deux": 2, "2e": 2, "trois": 3, "3e": 3, "quatr": 4, "4e": 4, "cinq": 5, "5e": 5}
_ONE_CHILD = re.compile(
    r"\b(?:mon|ma|notre|un|une)\s+(?:premi(?:er|ère)\s+|1(?:er|re)\s+)?(?:fils|fille|enfant|petit garçon|petite fille|"
    r"bébé|garçon)\b",
    re.I,
)


# Special situations a chapter of a fiche may be written for ("En cas d'incarcération", "Vous résidez à l'étranger",
# "Salarié agricole"): a passage under such a heading is quoted only if the message mentions that situation. Patterns
# read folded text (no accents): (name, in a heading, in the message).
SPECIAL_SITUATIONS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, re.compile(heading), re.compile(message))
    for name, heading, message in (
        ("incarceration", r"incarcer|detenu|detention|prison", r"incarcer|detenu|detention|prison"),
        ("hospitalisation", r"hospitalis|etablissement de sante", r"hospitalis|hopital|clinique"),
        (
            "abroad",
            r"a l.etranger|hors de france|expatri|residez (?:a l.etranger|hors)",
            r"a l.etranger|hors de france|expatri|consulat|ambassade|(?:vis|habit|resid)\w* (?:en|au|aux) (?!france)",
        ),
        (
            "overseas",
            r"outre.mer|mayotte|guadeloupe|martinique|guyane|la reunion|\bdr?om\b",
            r"outre.mer|mayotte|guadeloupe|martinique|guyane|reunion|\bdr?om\b|cayenne|kourou|saint-laurent-du-maroni"
            r"|pointe-a-pitre|basse-terre|fort-de-france|mamoudzou|dzaoudzi",
        ),
        ("military", r"militaire", r"militaire|armee|soldat|gendarme"),
        (
            "farming",
            r"\bmsa\b|regime agricole|salarie agricole|exploitant agricole|non-salarie agricole",
            r"\bmsa\b|agricol|agriculteur|exploitant|ferme|viticult|eleveur",
        ),
        (
            # A chapter for foreigners ("Étranger", "Vous êtes européen", "Étranger d'un autre pays"): not for a
            # writer who says nothing of a foreign nationality or a residence permit ("à l'étranger" is "abroad").
            "foreign",
            r"(?<!l')\betrangers?\b|\beuropeens?\b|ressortissant",
            r"(?<!l')\betrangere?s?\b|\beuropeen|titre de sejour|carte de sejour|recepisse|\bvisa\b|refugie|"
            r"naturalis|nationalite|ressortissant|pays d.origine|sans.papiers|apatride|\b(?:"
            + "|".join(SYNONYMS["étranger"].split() + SYNONYMS["européen"].split())
            + r")\b",
        ),
        (
            "civil service",
            r"fonctionnaire|fonction publique|agent public|agent contractuel",
            r"fonctionnaire|fonction publique|agent (?:public|territorial|hospitalier|contractuel)|titulaire"
            r"|mairie qui m.emploie|education nationale",
        ),
    )
)


def special_situations(folded_heading: str) -> set[str]:
    """The special situations a heading is written for (see SPECIAL_SITUATIONS)."""
    return {name for name, heading, _ in SPECIAL_SITUATIONS if heading.search(folded_heading)}


# A sentence written for one place, whatever its heading: Paris's own offices ("Où s'adresser : Préfecture de police
# de Paris") and a rule that opens on an overseas department ("Pour les DOM, la condition est de 20 km"). Quoted to a
# writer who names neither, it sends them to the wrong office or gives them another place's rule (the d6 reading).
_PARIS = re.compile(r"(?<!hors )(?<!hors de )(?<!dehors de )\bparis\b|prefecture de police")
_PARIS_IN_MESSAGE = re.compile(r"\bparis\b|\b75\d{3}\b|\bparisien")
_OVERSEAS_OPENING = re.compile(
    r"^(?:\W*\w+\W+){0,3}(?:outre.mer|mayotte|guadeloupe|martinique|guyane|la reunion|\bdr?om\b)"
)


def place_situations(folded_sentence: str) -> set[str]:
    """The places a sentence is written for ("paris", "overseas"), by its own words (see SPECIAL_SITUATIONS)."""
    found = {"paris"} if _PARIS.search(folded_sentence) else set()
    return found | ({"overseas"} if _OVERSEAS_OPENING.search(folded_sentence) else set())


# A writer who says they live alone (widowed, divorced, separated) is not in a couple, whatever husband they mention
# ("la pension de mon mari décédé"); one who says they live with someone now is, whatever divorce they mention.
_ALONE = re.compile(
    r"\b(?:(?:vis|vit|vivons|habite|suis|reste|retrouve)\s+(?:toute?\s+)?seule?s?|veuve?|celibataire|divorcee?|"
    r"separee?|(?:deces|depart|mort|perte)\s+de\s+mon\s+(?:mari|epoux|conjoint|compagnon))\b"
)
# "Mon mari est le seul à travailler", "je suis la seule qui s'en occupe": the only one doing something, not a
# person living alone.
_ONLY_ONE = re.compile(r"\b(?:le|la|les)\s+seule?s?\s+(?:a|à|qui|que|de|d'|pour)\b", re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:en couple|remarie|concubin|pacse|vivons ensemble|vit avec moi|vis avec (?:mon|ma))")

# Whether the writer already receives a Caf or MSA benefit ("Vous êtes déjà allocataire" / "Vous n'êtes pas encore
# allocataire", "Vous avez déjà perçu l'ARS" / "Vous n'avez jamais perçu l'ARS"): a writer who names a benefit they
# get, or their allocataire number (pseudonymised or not), is one; one who says it is a first claim is not.
_BENEFITS = r"(?:apl|als|alf|rsa|prime d.activite|allocations?|allocs?|aah|paje|ars|asf|aeeh|cmg|prestations?|aides?)"
_RECIPIENT = re.compile(
    r"\b(?:je|j.|nous|on)\s+(?:touche|touchons|percois|percevons|recois|recevons|beneficie|beneficions|ai|avons)\b"
    rf"[^.?!\n]{{0,30}}\b{_BENEFITS}\b"
    r"|\bnumero (?:d.)?allocataire|\[allocataire_\d+\]|\b(?:je suis|deja) allocataire|\bmes allocs?\b"
)
_FIRST_CLAIM = re.compile(
    r"\bpremiere (?:demande|fois)|\bjamais (?:touche|percu|eu|demande|beneficie)|\bpas (?:encore )?allocataire"
    r"|\bje ne (?:touche|percois|recois) (?:rien|aucune?)"
)
_ALREADY_TITLE = re.compile(r"\bdeja\b|\bpercevez deja|\bencore (?:allocataire|beneficiaire)")
_NOT_YET_TITLE = re.compile(r"\bpas (?:encore )?(?:allocataire|de prestation)|\bjamais\b|\bne percevez pas")


# A writer who says their own foreign nationality or residence permit ("je suis marocaine", "mon titre de séjour")
# is not in the French nationals' case, whatever French spouse or "nationalité française" they also mention; one who
# names a nationality outside the EU is not in the Europeans' either.
_EU = "|".join(SYNONYMS["européen"].split())
_NON_EU = "|".join(SYNONYMS["étranger"].split())
_I_AM = r"\bje suis (?:de nationalite )?"
_PERMIT = r"\b(?:mon|ma|j.ai (?:un|une|le|la)) (?:titre|carte) de sejour\b"
_FOREIGN_WRITER = re.compile(rf"{_I_AM}(?:{_EU}|{_NON_EU}|etrangere?|europeenne?)\b|{_PERMIT}")
_NON_EU_WRITER = re.compile(rf"{_I_AM}(?:{_NON_EU})\b|{_PERMIT}")
_EU_WRITER = re.compile(rf"{_I_AM}(?:{_EU}|europeenne?)\b")
_FRENCH_TITLE = re.compile(r"\bfrancaise?s?\b")
_FOREIGN_TITLE = re.compile(r"\betrangere?s?\b|\beuropeen")
_EU_ONLY_TITLE = re.compile(r"\beuropeen(?!.*\b(?:autre|hors|non)\b)")


def _nationality_choice(titles: list[str], facts: "Facts") -> set[str]:
    """The foreign nationals' members of a "Français / Étranger" group, for a writer who says they are foreign (not
    the Europeans' for a writer from outside the EU)."""
    if not facts.foreign_writer:
        return set()
    folded = {t: fold(t) for t in titles}
    foreign = {t for t in titles if _FOREIGN_TITLE.search(folded[t])}
    french = {t for t in titles if _FRENCH_TITLE.search(folded[t])} - foreign
    if facts.non_eu_writer:
        foreign = {t for t in foreign if not _EU_ONLY_TITLE.search(folded[t])} or foreign
    elif facts.eu_writer:
        foreign = {t for t in foreign if _EU_ONLY_TITLE.search(folded[t])} or foreign
    return foreign if foreign and (french or len(foreign) < len(titles)) else set()


def _recipient_choice(titles: list[str], facts: "Facts") -> set[str]:
    """The member of an "already a recipient / not yet" pair that the message picks (see _RECIPIENT)."""
    if facts.recipient is None or len(titles) != 2:
        return set()
    folded = {t: fold(t) for t in titles}
    not_yet = {t for t in titles if _NOT_YET_TITLE.search(folded[t])}
    already = {t for t in titles if _ALREADY_TITLE.search(folded[t])} - not_yet
    if len(not_yet) != 1 or len(already) != 1:
        return set()
    return already if facts.recipient else not_yet


@dataclass
class Facts:
    """What a message says about its writer that can pick a case: words, ages, years, number of children."""

    terms: set[str] = field(default_factory=set)
    ages: set[float] = field(default_factory=set)
    durations: set[float] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    children: set[int] = field(default_factory=set)
    months: set[int] = field(default_factory=set)  # month of birth ("née en novembre 1965")
    birth_years: set[int] = field(default_factory=set)  # the years of `years` said as a birth ("né en 1963")
    situations: set[str] = field(default_factory=set)  # special situations the message mentions (SPECIAL_SITUATIONS)
    amounts: set[float] = field(default_factory=set)  # sums in euros ("environ 760 € par mois")
    monthly: set[float] = field(default_factory=set)  # those said per month
    yearly: set[float] = field(default_factory=set)  # those said per year
    foreign_writer: bool = False  # the writer says their own foreign nationality or residence permit
    non_eu_writer: bool = False  # … a nationality outside the EU, or a residence permit
    eu_writer: bool = False  # … the nationality of another EU country
    own_ages: set[float] = field(default_factory=set)  # the ages of `ages` the writer says are theirs ("j'ai 23 ans")
    weekly_hours: set[float] = field(default_factory=set)  # hours of work a week ("24 h par semaine", "à temps plein")
    recipient: bool | None = None  # already gets a Caf/MSA benefit (True), a first claim (False), unsaid (None)
    # What the message asks about its thing (knowledge/facets.py): "renouvellement" for "mon passeport est périmé",
    # "première fois" for "je n'ai jamais eu de carte", "perte", "vol"…
    facets: frozenset[str] = frozenset()


def euros(m: re.Match[str]) -> float:
    return float(re.sub(r"\D", "", m.group(1)) + "." + (m.group(2) or "0"))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_NUMBERS[word.lower()]


def message_facts(text: str) -> Facts:
    """The facts of a message (pseudonymised text: placeholders say nothing and are ignored)."""
    folded = fold(text)
    terms = set(analyze(_ONLY_ONE.sub(" ", text)))
    words_said = set(re.findall(r"[a-z-]+", _ONLY_ONE.sub(" ", folded)))
    for target, words in SYNONYMS.items():
        if set(words.split()) & words_said:
            terms |= set(analyze(target))
    if _TOGETHER.search(folded):  # "divorcée, je vis avec mon compagnon": a couple now
        terms = (terms - set(analyze("seul isolé"))) | set(analyze("couple"))
    elif _ALONE.search(folded):  # "je vis seule depuis le départ de mon mari", "depuis le décès de mon époux"
        terms = (terms - set(analyze("couple"))) | set(analyze("seul"))
    facts = Facts(terms=terms, facets=facets_in_message(folded))
    facts.situations = {name for name, _, in_message in SPECIAL_SITUATIONS if in_message.search(folded)}
    if _PARIS_IN_MESSAGE.search(folded):
        facts.situations.add("paris")
    facts.foreign_writer = bool(_FOREIGN_WRITER.search(folded))
    facts.non_eu_writer = bool(_NON_EU_WRITER.search(folded))
    facts.eu_writer = bool(_EU_WRITER.search(folded)) and not facts.non_eu_writer
    if _FIRST_CLAIM.search(folded):
        facts.recipient = False
    elif _RECIPIENT.search(folded):
        facts.recipient = True
    durations = {m.start(2) if m.group(2) else m.start(1) for m in _DURATION.finditer(text)}
    for m in _DURATION.finditer(text):
        facts.durations.add(float(m.group(1) or m.group(2)))
    for m in _AGE.finditer(text):
        if m.start(1) in durations or _OTHERS_AGE.search(text[max(0, m.start() - 60) : m.start()]):
            continue  # "22 ans dans la même entreprise", "2 ans maximum", "un collègue qui avait 56 ans"
        facts.ages.add(int(m.group(1)) + (0.5 if m.group(2) else 0.0))
    facts.own_ages = {float(a) for a in _OWN_AGE.findall(folded)}
    facts.years = {int(y) for y in _YEAR.findall(text)}
    facts.children = {_number(m.group(1)) for m in _CHILDREN.finditer(text)}
    facts.months = {MONTHS.index(m) + 1 for m in _BIRTH_MONTH.findall(folded)}
    facts.birth_years = {int(y) for y in _BIRTH_YEAR.findall(folded)}
    for m in _EUROS.finditer(text):
        value, after = euros(m), fold(text[m.end() : m.end() + 20])
        before = fold(text[max(0, m.start() - 40) : m.start()])
        facts.amounts.add(value)
        if re.search(r"par mois|/ ?mois|mensuel", after):
            facts.monthly.add(value)
        elif re.search(r"par an\b|/ ?an\b|annuel", after) or re.search(
            r"(?:en|revenus?|gagne) .{0,15}20[0-3]\d", before
        ):
            facts.yearly.add(value)
    facts.weekly_hours = {float(h.replace(",", ".")) for h in _WEEKLY_HOURS.findall(folded)}
    if _FULL_TIME.search(folded):
        facts.weekly_hours.add(35.0)
    for m in _NTH_CHILD.finditer(text):
        facts.children.add(next(n for prefix, n in _NTH.items() if fold(m.group(1)).startswith(prefix)))
    # Twins or triplets are a birth of two or three children ("Naissance de 2 enfants (ou plus)": 18 days of
    # paternity leave, not the 11 of one child, the d11 reading).
    for m in _MULTIPLE_BIRTH.finditer(folded):
        facts.children.add(3 if m.group(1).startswith(("tripl", "quadrupl")) else 2)
    if not facts.children and _ONE_CHILD.search(text):
        facts.children = {1}
    return facts


# --- what a case title (or a table row's first cell) covers -------------------------------------------------------


@dataclass
class Span:
    """A numeric condition of a title: `kind` is "age", "duration", "year", "birth_year", "event_year", "children",
    "month" or an income kind."""

    kind: str
    low: float
    high: float

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


def title_spans(title: str, *, inclusive: bool = False) -> list[Span]:
    """The ranges a case title or a table cell states ("Entre 12 et 13 ans", "1961, 1962 ou 1963", "3 enfants").

    "Entre 12 et 13 ans" stops before 13 (its sibling is "À partir de 13 ans"); `inclusive` reads it up to the eve of
    14, as "Entre 53 et 54 ans" beside "55 ans et plus" means."""
    t = fold(title)
    spans: list[Span] = []
    unit = "duration" if re.search(r"expir|perime|depuis|anciennete|\bduree", t) else "age"
    # "Entre 6 et 10 ans", "de 6 à 10 ans", or a table cell's bare "6 à 10 ans" ("Âge de l'enfant : 6 à 10 ans").
    # "De 6 à 10 ans" holds the 10-year-old (the next row is "11 à 14 ans"); "Entre 12 et 13 ans" stops before 13.
    for low, to, high in re.findall(r"(?:\b(?:entre|de)\s+|^|:\s*)(\d{1,3})\s+(et|a)\s+(\d{1,3})\s*ans", t):
        spans.append(Span(unit, float(low), float(high) + (0.99 if inclusive or to == "a" else -0.01)))
    for m in re.finditer(r"(a partir de|plus de|moins de|avant|apres|au moins)\s+(\d{1,3})\s*ans", t):
        value = float(m.group(2))
        spans.append(
            Span(unit, -INFINITY, value - 0.01)
            if m.group(1) in {"moins de", "avant"}
            else Span(unit, value + (0.01 if m.group(1) in {"plus de", "apres"} else 0), INFINITY)
        )
    if re.search(r"\bsemaine\b|hebdomadaire", t):  # "Moins de 15 heures par semaine", "15 heures ou plus …"
        spans += _weekly_hour_spans(t)
    if re.search(r"\bmajeure?s?\b", t) and not re.search(r"\bmineure?s?\b", t):
        spans.append(Span("age", 18, INFINITY))
    if re.search(r"\bmineure?s?\b", t) and not re.search(r"\bmajeure?s?\b", t):
        spans.append(Span("age", 0, 17.99))
    for m in re.finditer(r"(\d{1,3})\s*ans\s+(?:ou|et)\s+(?:plus|\+)", t):
        spans.append(Span(unit, float(m.group(1)), INFINITY))
    if not spans and unit == "duration":
        for m in re.finditer(r"\+\s*de\s+(\d{1,2})\s*ans", t):
            spans.append(Span(unit, float(m.group(1)) + 0.01, INFINITY))
    if re.search(r"ressources|revenus?|salaire|chiffre d'affaires", t):
        # A monthly ceiling is read against sums the message says per month, a yearly one against yearly sums.
        kind = "monthly" if re.search(r"mensuel", t) else "yearly" if re.search(r"annuel", t) else "amount"
        spans += [Span(kind, span.low, span.high) for span in _amount_spans(title)]
    months = re.search(r"entre (" + "|".join(MONTHS) + r") et (" + "|".join(MONTHS) + r")", t)
    if months:
        spans.append(Span("month", MONTHS.index(months.group(1)) + 1, MONTHS.index(months.group(2)) + 1))
    years = [int(y) for y in _YEAR.findall(t)]
    if years:
        # A year in a title about birth is a birth year; "Avant novembre 2019" or "Depuis 2019" dates a rule, read
        # against the years of events; a bare list or range ("1961 à 1963") reads any year.
        birth = bool(re.search(r"\bnee?s?\b|naissance", t))
        dated = "birth_year" if birth else "event_year"
        if re.search(r"(?<!\d)\d{4}\s*(?:a|-)\s*\d{4}(?!\d)", t) and len(years) == 2:
            spans.append(Span("birth_year" if birth else "year", min(years), max(years)))  # "1961 à 1963"
        elif re.search(r"\b(?:avant|jusqu)", t) and len(years) == 1:
            spans.append(Span(dated, -INFINITY, years[0] - 1))
        elif re.search(r"\b(?:a partir|depuis|apres)\b", t) and len(years) == 1:
            spans.append(Span(dated, years[0], INFINITY))
        elif re.search(r"\bentre\b", t) and len(years) == 2:
            spans.append(Span("birth_year" if birth else "year", min(years), max(years)))
        elif re.search(r"\bou (?:apres|plus)\b", t) and len(years) == 1:
            spans.append(Span(dated, years[0], INFINITY))
        else:
            spans += [Span("birth_year" if birth else "year", y, y) for y in years]
    # "3 enfants ou plus", "3 enfants et plus", "Naissance de 2 enfants (ou plus)"
    m = re.search(r"(\d{1,2})\s+enfants?\s*\(?(?:ou\s*(?:\+|plus)|et plus)?", t) or re.search(
        r"enfants?[^:;]{0,30}:\s*(\d{1,2})(?!\d|\s*(?:ans|a \d|et \d))\s*(?:ou\s*(?:\+|plus)|et plus)?", t
    )
    if m:
        n = float(m.group(1))
        spans.append(Span("children", n, INFINITY if re.search(r"ou\s*(?:\+|plus)|et plus", m.group(0)) else n))
    return spans


def _weekly_hour_spans(t: str) -> list[Span]:
    """The weekly hours a folded title covers: "moins de 15 heures par semaine", "15 heures ou plus par semaine",
    "entre 15 et 35 heures", "au moins 24 heures par semaine"."""
    hours = r"(\d{1,2})\s*(?:h|heures?)\b"
    t = re.sub(r"\d{1,3}\s*(?:h|heures?)\b[^()\d]{0,12}par mois", " ", t)  # "(ou 64 heures par mois)" is monthly
    spans = []
    for low, high in re.findall(r"entre (\d{1,2})\s*(?:h|heures?)?\s*(?:et|a)\s*" + hours, t):
        spans.append(Span("weekly_hours", float(low), float(high)))
    for m in re.finditer(r"(moins de|plus de|au moins|au minimum|jusqu'a)\s*" + hours, t):
        value = float(m.group(2))
        below = m.group(1) in {"moins de", "jusqu'a"}
        spans.append(
            Span("weekly_hours", -INFINITY, value - (0.01 if m.group(1) == "moins de" else 0))
            if below
            else Span("weekly_hours", value + (0.01 if m.group(1) == "plus de" else 0), INFINITY)
        )
    for m in re.finditer(hours + r"\s*(?:ou plus|et plus|ou \+)", t):
        spans.append(Span("weekly_hours", float(m.group(1)), INFINITY))
    return spans


def _amount_spans(title: str) -> list[Span]:
    """A range of euros in a row's first cell ("Inférieures ou égales à 813,39 €", "Entre 26 923 € et 32 165 €")."""
    t = fold(title)
    values = [euros(m) for m in _EUROS.finditer(title)]
    if len(values) == 2 and re.search(r"\bentre\b|superieures? a .* et inferieures?", t):
        return [Span("amount", min(values), max(values))]
    if len(values) == 1:
        if re.search(r"inferieures?|moins de|jusqu|ou moins|au plus|n'excede", t):
            return [Span("amount", 0, values[0])]
        if re.search(r"superieures?|plus de|au-dela|au dela|au moins", t):
            return [Span("amount", values[0] + 0.01, INFINITY)]
    return []


def _values(facts: Facts, kind: str) -> set[float]:
    return {
        "age": facts.ages,
        "duration": facts.durations,
        # A birth-year row reads the birth years (any year when none is said as a birth), a dated rule ("Avant
        # novembre 2019") the years of events, a bare year any year.
        "birth_year": {float(y) for y in (facts.birth_years or facts.years)},
        "event_year": {float(y) for y in facts.years - facts.birth_years},
        "year": {float(y) for y in facts.years},
        "children": {float(c) for c in facts.children},
        "month": {float(m) for m in facts.months},
        "amount": facts.amounts,
        "monthly": facts.monthly,
        "yearly": facts.yearly,
        "weekly_hours": facts.weekly_hours,
    }[kind]


def numeric_fit(title: str, facts: Facts, *, inclusive: bool = False) -> int:
    """1 when a number of the message falls in the title's range, -1 when the message gives numbers of that kind
    and none falls in it, 0 when the title states no range or the message says nothing of that kind."""
    return _fit(title_spans(title, inclusive=inclusive), facts)


# --- groups of alternative cases ------------------------------------------------------------------------------------


def is_case_title(title: str) -> bool:
    return bool(_CASE_TITLE.search(title.strip()))


# Words that bound a range or date a rule ("Avant 53 ans", "Depuis le 1er novembre 2019", "Plus de 60 jours"): the
# number decides such a case, not the word, which any message uses ("nous vivons ensemble depuis 6 ans" chose the
# rule "Depuis le 1er novembre 2019" and showed its date as the writer's case).
_BOUNDS = frozenset(analyze("avant après apres depuis partir jusqu jusqu'au plus moins entre"))


def _group_terms(titles: list[str]) -> dict[str, set[str]]:
    """Each title's stemmed words, less those every member of the group shares ("vivez" in "vous vivez …") and the
    words that bound a range or a date."""
    terms = {t: set(analyze(t)) - _BOUNDS for t in titles}
    shared = set.intersection(*terms.values()) if terms else set()
    return {t: ts - shared for t, ts in terms.items()}


_BEFORE = re.compile(r"^(?:avant|jusqu)", re.IGNORECASE)
_SINCE = re.compile(r"^(?:depuis|à partir|a partir|après|apres)", re.IGNORECASE)


def _in_force(titles: list[str], facts: Facts) -> set[str]:
    """A rule that changed on a date ("Avant novembre 2019" / "Depuis le 1er novembre 2019"): when the message gives
    no year, the rule in force (the later one) is the general case, the older one is left out."""
    if facts.years - facts.birth_years:
        return set()
    dated = [t for t in titles if _YEAR.search(t)]
    before = [t for t in dated if _BEFORE.search(t.strip())]
    since = {t for t in dated if _SINCE.search(t.strip())}
    return since if before and since else set()


def choose(titles: list[str], facts: Facts) -> tuple[set[str], str]:
    """The members of a group of alternative titles that apply to the writer, and why.

    Returns (kept titles, reason), reason being "message" (the message picked them), "general" (nothing decided
    and the general case was kept) or "" (nothing decided: every member is kept).
    """
    # What the writer says of themselves outright (a benefit they get, their own nationality) settles the group.
    settled = _recipient_choice(titles, facts) or _nationality_choice(titles, facts)
    if settled:
        return settled, "message"
    distinct = _group_terms(titles)
    fits = {title: numeric_fit(title, facts) for title in titles}
    if -1 in fits.values() and 1 not in fits.values():
        # No range holds the writer's age: ranges that end where the next begins ("Entre 53 et 54 ans", "55 ans et
        # plus") include their last year.
        fits = {title: numeric_fit(title, facts, inclusive=True) for title in titles}
    scores: dict[str, float] = {}
    for title in titles:
        fit = fits[title]
        # A case named by what the message asks about ("Renouvellement" to "ma carte de séjour expire en mars",
        # "Première demande" to "je n'ai jamais eu de passeport") counts as its words said; a chapter of the fiche
        # ("Combien coûte la carte ?", "Que faire en cas de perte ?") is not a case, and the question it names is
        # not the writer's situation.
        named = facets_in_title(fold(title)) & facts.facets if not title.rstrip().endswith("?") else set()
        words = len(distinct[title] & facts.terms) + len(named)
        scores[title] = 2.0 * fit + (1.0 if words else 0.0) + 0.1 * words
    best = max(scores.values(), default=0.0)
    if best > 0:
        kept = {t for t, s in scores.items() if s >= best - 0.05}
        if len(kept) < len(titles):
            return kept, "message"
    # Nothing decided: a member the message rules out (a range it falls outside) still goes.
    possible = {t for t, s in scores.items() if s >= 0}
    general = {t for t in possible if _GENERAL.search(t)} | (_in_force(titles, facts) & possible)
    if general and len(general) < len(possible):
        return general, "general"
    return possible or set(titles), ""


@dataclass
class Decision:
    """For one fiche: the heading paths left out, and the case titles that the message chose."""

    excluded: set[tuple[str, ...]] = field(default_factory=set)
    chosen: set[tuple[str, ...]] = field(default_factory=set)
    undecided: set[tuple[str, ...]] = field(default_factory=set)

    def applies(self, path: tuple[str, ...]) -> bool:
        return not any(path[: len(e)] == e for e in self.excluded)


def _parallel(texts: list[str]) -> bool:
    """Whether two members of a group say nearly the same thing (the same rule with another amount or office):
    the mark of alternative situations even when their titles are not recognisable as such ("Commerce",
    "Prestation de service")."""
    words = [set(analyze(t[:300])) for t in texts if t.strip()]
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if a and b and len(a & b) / len(a | b) >= 0.5:
                return True
    return False


def decide(
    entries: list[tuple[tuple[str, ...], str]], facts: Facts, *, outside: set[str] | frozenset[str] = frozenset()
) -> Decision:
    """Walk the tree of a fiche's heading paths (each with its passage's text) and decide, group by group, which
    alternatives apply. `outside`: case titles the message contradicts (`persona.outside_cases`: "Vous êtes
    Français" to a writer with a residence permit): left out of the choice; when the message chose only such members,
    the others stay, undecided."""
    paths = [path for path, _ in entries]
    children: dict[tuple[str, ...], list[str]] = {}
    for path in paths:
        for depth in range(len(path)):
            parent, title = path[:depth], path[depth]
            siblings = children.setdefault(parent, [])
            if title not in siblings:
                siblings.append(title)
    decision = Decision()
    for parent, titles in children.items():
        cases = [t for t in titles if is_case_title(t) or title_spans(t)]
        if len(cases) < 2:
            under = [
                " ".join(text for path, text in entries if path[: len(parent) + 1] == (*parent, title))
                for title in titles
            ]
            if len(titles) >= 2 and _parallel(under):
                cases = list(titles)  # "Commerce" / "Prestation de service": the same rule, other amounts
        if not cases:
            continue
        if len(cases) == 1:  # its alternatives were not retrieved: left out only when the message rules it out
            if numeric_fit(cases[0], facts) < 0:
                decision.excluded.add((*parent, cases[0]))
            continue
        # Only the members that describe situations compete; "Introduction" or "Montant" beside them stay.
        kept, reason = choose(cases, facts)
        ruled_out = {t for t in cases if t in outside}
        if ruled_out:
            # What the message contradicts goes; when the choice held only such members, the others stay open.
            if kept - ruled_out:
                kept = kept - ruled_out
            else:
                kept, reason = set(cases) - ruled_out, ""
        for title in cases:
            path = (*parent, title)
            if title not in kept:
                decision.excluded.add(path)
            elif reason == "message":
                decision.chosen.add(path)
            elif not reason:
                decision.undecided.add(path)
    return decision


_INCOME_KINDS = ("amount", "monthly", "yearly")


def _fit(spans: list[Span], facts: Facts) -> int:
    """1 when a number of the message holds in one of `spans`, -1 when the message gives numbers of their kinds and
    none holds, 0 otherwise."""
    verdict = 0
    for span in spans:
        values = _values(facts, span.kind)
        if not values:
            continue
        if any(span.holds(v) for v in values):
            return 1
        verdict = -1
    return verdict


def row_fit(row: str, facts: Facts) -> int:
    """`numeric_fit` of a table row: its first cell (a year, an age, a number of children), and the income ceilings
    of its other cells ("Enfants à charge : 3 enfants ; Ressources annuelles : Supérieures à 23 716 € ; Montant :
    171,74 €"): -1 when one of them rules the writer out, else 1 when one fits, else 0. Other cells are values, not
    conditions ("Par enfant : 2 300 €" is an amount, not two children)."""
    first, *others = [cell for cell in row.split(" ; ") if cell.strip()] or [""]
    verdicts = [numeric_fit(first, facts)]
    verdicts += [_fit([sp for sp in title_spans(cell) if sp.kind in _INCOME_KINDS], facts) for cell in others]
    if -1 in verdicts:
        return -1
    return 1 if 1 in verdicts else 0


def row_applies(row_key: str, facts: Facts) -> bool:
    """Whether a table row (its first cell: a year, an age, a number of children) may apply to the writer."""
    return numeric_fit(row_key, facts) >= 0
