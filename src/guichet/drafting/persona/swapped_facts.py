"""A year moved to another fact of the writer's, a town moved to another role, a status swapped (fifty-eighth pass,
issue 14).

A model that restates a case keeps the writer's words and changes what they are tied to:

* « ma mère est en EHPAD depuis 2019 ; moi j'habite à Paris depuis 2002 » said « vous habitez à Paris depuis
  2019 », « pacsés en 2019 et mariés en 2023 » said « vous êtes marié depuis 2019 »: the year check
  (`verdicts._date`) accepts any year the message gives. This reads, in each sentence of the message where the writer
  is the subject (« je », « j' », « nous », « on », « moi »), the year after a word of one fact of the writer's life
  (where they live, a marriage, a Pacs, a divorce, widowhood, renting, owning, a job, retirement, being out of work,
  a sick leave, an accident, a birth), the nearest such word before the year, with no other year or person between;
  and in the draft the same pairs after « vous », « votre » or an opening participle (« Mariée depuis 2014, … »). A
  fact the message dates whose year is not the draft's is contradicted (`FACT_YEARS`).
* « je suis née à [LIEU_NAISSANCE_1], en [PAYS_NAISSANCE_ETRANGER_1] » said « vous êtes née en France », « né à
  [LIEU_NAISSANCE_1], j'habite à Clermont-Ferrand » said « vous êtes né à Clermont-Ferrand »: the pseudonymisation
  masks a birthplace by its own placeholder, and a foreign country of birth by « PAYS_NAISSANCE_ETRANGER »; a draft
  that gives the writer a birth in France where the message masks a foreign country, or a birth in a town the message
  names only in another role where it masks the birthplace, is contradicted; « je suis né en France » said « né en
  France » is consistent (`BIRTHPLACES`, shipped off);
* « je travaille à l'aéroport de Blagnac et j'habite à Muret » said « vous travaillez à Muret »: a town the message
  names after the writer's verb of one role (living, working, birth) said after another, where the message tells
  that role with other words, is contradicted (`TOWN_ROLES`; working « à domicile » leaves it open);
* « mon mari, enfin mon compagnon, on n'est pas mariés, juste pacsés » and « mon mari et moi avons divorcé » said
  « vous êtes mariée »: a marriage read from « mon mari » alone, which the message denies or ends, is none now
  (`MARRIAGE_ENDED`, shipped off);
* « hébergé à titre gratuit » in the draft, « on vit chez mes beaux-parents » in the message: a hosted writer
  (`HOSTED_FREE`, shipped off).

Each trait is kept only where the message says the same kind of fact (`claims.find_claims`), so that alone it never
makes a sentence "unsupported". Texts are folded (`guichet.text.fold`). Each switch is read at call time.
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait, Writer

# A year the message ties to one fact of the writer's, said by the draft of that fact with another year.
FACT_YEARS = True
# A birth in France or in a named town said where the message masks a foreign country or another birthplace. Shipped
# off: two train items mended at no cost, no validation item moved (docs/benchmarks.md, fifty-eighth pass).
BIRTHPLACES = False
# A town the message gives the writer in one role (living, working, birth) said in another role the message tells
# with another place (« je travaille à l'aéroport de Blagnac et j'habite à Muret » / « vous travaillez à Muret »).
TOWN_ROLES = True
# A marriage the message denies (« on n'est pas mariés, juste pacsés ») or ends (« mon mari et moi avons divorcé »),
# read as none now though a partner's word (« mon mari ») was read as one. Shipped off: two train items mended at no
# cost, no validation item moved (docs/benchmarks.md, fifty-eighth pass).
MARRIAGE_ENDED = False
# « hébergé à titre gratuit », « hébergés gratuitement » read as a hosted writer in the draft, and « on vit chez mes
# beaux-parents » in the message. Shipped off: one train item of batch d97 mended, no validation item removed or
# flagged otherwise (docs/benchmarks.md, fifty-eighth pass).
HOSTED_FREE = False

# The facts of a writer's life a year may date, and the words that name them (folded text; verbs and nouns).
_FACTS = {
    "home": r"habite\w*|vi(?:s|t|vons|vez)|vecu|reside\w*|installe\w*|emmenage\w*|demenage\w*",
    # the writer's arrival, or life, in France: not a home's town (« je vis à Reims depuis 2010 » says no arrival)
    "france": r"arrivee?s?|en france|sur le territoire",
    "married": r"(?:re)?marie(?:e|s|es)?|epouse|mariage",
    "pacs": r"pacse\w*|pacs",
    "divorced": r"divorce\w*",
    "widowed": r"veu(?:f|ve)s?|veuvage",
    "tenant": r"locataire\w*|loue|bail|en location",
    "owner": r"proprietaire\w*|achete\w*|acquis",
    "work": r"salarie\w*|embauche\w*|travaille\w*|en cdi|en poste",
    "retired": r"retraite\w*",
    "jobless": r"chomage|licencie\w*|sans emploi",
    "sick": r"arret (?:maladie|de travail)|en arret",
    "accident": r"accident\w*",
    "born": r"nee?s?",
}
_FACT_WORDS = re.compile("|".join(rf"\b(?P<{k}>{v})\b" for k, v in _FACTS.items()))
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")
# Words that make a year no date of the fact before it: a length, an age, a sum.
_NOT_DATE_AFTER = re.compile(r"^\s*(?:ans?\b|euros?\b|€|heures?\b|mois\b)")
_RANGE_AFTER = re.compile(r"^\s*(?:a|au|-|et)\s+(?:19|20)\d\d\b")
_RANGE_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*(?:a|au|-|et)\s+$")
_FIRST = re.compile(r"\b(?:je|nous|on|moi|me|mon|ma|mes|notre|nos)\b|\b[jm]'|\bj(?=ai\b)")
# Another person the clause may speak of, between the writer and the fact (« moi j'habite chez ma mère qui vit … »).
_OTHER = re.compile(
    r"\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs)\s+(?:\w+\s+)?(?:mari|femme|epou\w*|conjoint\w*|compagn\w*|"
    r"fils|fille|enfants?|mere|pere|parents?|frere|soeur|ex\w*|ami\w*)\b|\b(?:il|elle|ils|elles|qui)\b|\[personne_\d+\]"
)
_DRAFT_SUBJECT = re.compile(
    r"\bvous\b|\bvotre\b|\bvos\b|^\W*(?:nee?s?|mariee?s?|pacsee?s?|divorcee?s?|installee?s?)\b"
)
_DRAFT_OTHER = re.compile(
    r"\bvotre\s+(?:\w+\s+)?(?:mari|femme|epou\w*|conjoint\w*|compagn\w*|fils|fille|enfants?|mere|pere|parents?|"
    r"frere|soeur|ex\w*)\b|\bvos\s+(?:\w+\s+)?(?:enfants?|parents?|fils|filles)\b"
)


def _pairs(sentence: str, subject: re.Pattern[str], other: re.Pattern[str]) -> set[tuple[str, int]]:
    """The (fact, year) pairs of a sentence: each year with the nearest word of a fact before it, where the subject
    is found before that word and no other person or year stands between them."""
    pairs: set[tuple[str, int]] = set()
    words = list(_FACT_WORDS.finditer(sentence))
    for y in _YEAR.finditer(sentence):
        if _NOT_DATE_AFTER.match(sentence[y.end() :]) or _RANGE_AFTER.match(sentence[y.end() :]):
            continue
        if _RANGE_BEFORE.search(sentence[: y.start()]):
            continue  # « de 2010 à 2018 »: a span, not the year a fact began
        before = [w for w in words if w.end() <= y.start() and y.start() - w.end() <= 60]
        if not before:
            continue
        word = before[-1]
        between = sentence[word.end() : y.start()]
        if _YEAR.search(between) or other.search(between):
            continue
        subjects = [s for s in subject.finditer(sentence[: word.end()]) if s.start() <= word.start()]
        if not subjects:
            continue
        # The words from the subject, or from the clause's start (« votre mari vous a rejointe … »), to the fact.
        clause_start = max((d.end() for d in re.finditer(r"[,:(]", sentence[: word.start()])), default=0)
        if other.search(sentence[min(subjects[-1].start(), clause_start) : word.start()]):
            continue
        pairs.add((str(word.lastgroup), int(y.group(1))))
    return pairs


def read_fact_years(folded: str) -> dict[str, set[int]]:
    """The years the message ties to each fact of the writer's life ({"home": {2002}, "married": {2023}})."""
    years: dict[str, set[int]] = {}
    for sentence in re.split(r"[.;!?\n]|\bmais\b", folded):
        for fact, year in _pairs(sentence, _FIRST, _OTHER):
            years.setdefault(fact, set()).add(year)
    return years


def year_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A draft's fact of the writer's life with its year (« vous habitez à Paris depuis 2019 »)."""
    if not FACT_YEARS:
        return []
    claims: list[tuple[int, str, list[Trait]]] = []
    start = 0
    for sentence in re.split(r"(?<=[.;!?\n])", folded):
        for fact, year in sorted(_pairs(sentence, _DRAFT_SUBJECT, _DRAFT_OTHER)):
            claims.append((start, sentence.strip(), [Trait("fact_year", f"{fact}|{year}")]))
        start += len(sentence)
    return claims


def fact_year_verdict(value: str, w: Writer) -> str:
    """The draft's year of a fact against the years the message ties to that fact."""
    fact, year = value.split("|")
    told = w.swapped.get(f"fact_year:{fact}", set())
    if not FACT_YEARS or not told:
        return UNSUPPORTED
    # Only a contradiction: the year the message gives says nothing of the rest of the draft's sentence (« vous
    # avez acheté votre maison à crédit en 2019 » to « on a acheté notre maison en 2019 »), left to the other readers.
    return UNSUPPORTED if year in told else CONTRADICTED


# --- birthplaces ----------------------------------------------------------------------------------------------------

_BORN_MESSAGE = re.compile(r"\bnee?s?\b((?:\s*,?\s*\b(?:a|en|au|aux|dans (?:le|la|les))\s+[^\s,.;]+){1,3})")
_MASKED_ABROAD = re.compile(r"\[pays_naissance_etranger_\d+\]")
_MASKED_PLACE = re.compile(r"\[(?:lieu_naissance|pays_naissance_etranger|ville|adresse)[a-z_]*_\d+\]")
_BORN_DRAFT = re.compile(
    r"(?:\bvous\s+etes\s+|^\W*|,\s*)nee?s?\s+(?:a|en|au)\s+(?P<place>[a-z][a-z'-]+(?:-[a-z'-]+)*)"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:habite\w*|vi(?:s|t|vons)|reside\w*|installee?s?|travaille\w*|demenage\w*|emmenage\w*)\s+(?:a|en|au|dans)?\s*$"
)


def read_birthplace(folded: str) -> set[str]:
    """What the message says of the writer's birthplace: "france", "abroad" (a foreign country masked), "masked"
    (a birthplace masked), and the folded names it gives ("name:lyon")."""
    told: set[str] = set()
    for m in _BORN_MESSAGE.finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()]
        if not re.search(r"\b(?:je suis|suis|j'|moi|je)\s*(?:\w+\s+)?$", before) and not re.search(
            r"(?:^|[.;!?\n])\s*$", before
        ):
            continue
        place = m.group(1)
        if _MASKED_ABROAD.search(place):
            told.add("abroad")
        if _MASKED_PLACE.search(place):
            told.add("masked")
        if re.search(r"\ben france\b", place):
            told.add("france")
        told |= {f"name:{n}" for n in re.findall(r"(?:a|en|au)\s+([a-z][a-z'-]+)", place) if n != "france"}
    return told


def birth_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A draft's birthplace of the writer (« vous êtes née en France », « Né à Lyon, vous … »)."""
    if not BIRTHPLACES:
        return []
    claims: list[tuple[int, str, list[Trait]]] = []
    for m in _BORN_DRAFT.finditer(folded):
        if re.search(r"\bvotre\s+\w+\s*,?\s*$", folded[max(0, m.start() - 30) : m.start()]):
            continue  # « votre fils, né à Lyon »
        claims.append((m.start(), m.group().strip(" ,"), [Trait("birthplace", m.group("place"))]))
    return claims


def birthplace_verdict(value: str, w: Writer) -> str:
    """A birthplace the draft gives the writer against the message's."""
    told = w.swapped.get("birthplace", set())
    if not BIRTHPLACES or not told:
        return UNSUPPORTED
    if value == "france":
        return CONSISTENT if "france" in told else CONTRADICTED if "abroad" in told else UNSUPPORTED
    if f"name:{value}" in told:
        return CONSISTENT
    if "masked" in told and value in w.swapped.get("birth_other_roles", set()):
        return CONTRADICTED  # the town where the writer lives, given as the birthplace the message masks
    return UNSUPPORTED


def _other_role_names(folded: str) -> set[str]:
    """The names the message gives after a verb of living, working or moving (not of birth)."""
    names: set[str] = set()
    for m in re.finditer(r"\b(?:a|en|au)\s+([a-z][a-z'-]+(?:-[a-z'-]+)*)", folded):
        if _ROLE_BEFORE.search(folded[max(0, m.start() - 30) : m.end() - len(m.group(1))]):
            names.add(m.group(1))
    return names


# --- a town moved to another role ------------------------------------------------------------------------------------

_ROLE_MESSAGE = {
    "home": r"\b(?:j.habite|je vis|je reside|nous habitons|nous vivons|on habite|on vit|je demeure)\b",
    "work": r"\b(?:je travaille|nous travaillons|on travaille|je bosse)\b",
    "born": r"\bje suis nee?\b",
}
_ROLE_DRAFT = re.compile(
    r"\bvous (?:(?P<home>habitez|vivez|residez)|(?P<work>travaillez)|etes (?P<born>nee?))\s+(?:a|au|en)\s+"
    r"(?P<place>[a-z][a-z'-]+)"
)
_AT_HOME = re.compile(r"^\s*(?:a domicile|chez moi|de chez moi|en teletravail|a la maison)")


def read_town_roles(folded: str) -> dict[str, list[str]]:
    """What follows each verb of a role the writer tells (to the clause's end): {"work": ["a l'aeroport de …"]}."""
    roles: dict[str, list[str]] = {}
    for role, pattern in _ROLE_MESSAGE.items():
        for m in re.finditer(pattern, folded):
            rest = re.split(r"[,;.!?\n]|\bet\b|\bmais\b", folded[m.end() : m.end() + 80])[0]
            roles.setdefault(role, []).append(rest)
    return roles


def town_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A town the draft gives one role of the writer's life (« vous travaillez à Muret »)."""
    if not TOWN_ROLES:
        return []
    claims: list[tuple[int, str, list[Trait]]] = []
    for m in _ROLE_DRAFT.finditer(folded):
        role = next(r for r in ("home", "work", "born") if m.group(r))
        claims.append((m.start(), m.group(), [Trait("town_role", f"{role}|{m.group('place')}")]))
    return claims


def town_role_verdict(value: str, w: Writer) -> str:
    """Contradicted where the message tells the draft's role with other words and names the town in another role."""
    role, place = value.split("|")
    told = {r: w.swapped.get(f"role:{r}", set()) for r in ("home", "work", "born")}
    if not TOWN_ROLES or not told[role] or any(_AT_HOME.match(t) for t in told[role]):
        return UNSUPPORTED
    said = re.compile(rf"\b{re.escape(place)}\b")
    if any(said.search(t) for t in told[role]):
        return UNSUPPORTED  # said in that role: left to `places`
    elsewhere = any(said.search(t) for r, texts in told.items() if r != role for t in texts)
    return CONTRADICTED if elsewhere else UNSUPPORTED


# --- a marriage denied or ended ------------------------------------------------------------------------------------

_MARRIAGE_DENIED = re.compile(
    r"\b(?:pas|ni|jamais(?: ete)?|sans etre)\s+(?:encore\s+)?(?:maries|mariee?s?)\b"
    r"|\b(?:ne|n')\s*(?:sommes|est|etions|etait|suis|etais)\s+pas\s+(?:encore\s+)?mariee?s?\b"
)
_DIVORCE_DONE = re.compile(
    r"\b(?:avons|ai|a|sommes|suis|etes)\s+(?:\w+\s+)?divorcee?s?\b|\bdivorcee?s?\s+(?:en|depuis|le|il y a)\b"
    r"|\bdivorce\s+(?:a ete\s+)?prononce\b"
)
# A marriage of now said in the message's own words, not by a partner's word alone.
_MARRIED_NOW = re.compile(
    r"\b(?:je suis|nous sommes|on est|suis|sommes)\s+(?:\w+\s+)?(?:re)?mariee?s?\b(?!\s+(?:avec|a)\s+(?:mon|ma)\s+ex)"
    r"|\bmariee?s? depuis\b|\bnotre mariage\b|\bj.ai epouse\b|\bnous nous sommes (?:re)?maries\b"
)


def _unmarry(folded: str, writer: Writer) -> None:
    """A marriage read from a partner's word, which the message denies or says ended (`MARRIAGE_ENDED`)."""
    if "married" not in writer.couple or _MARRIED_NOW.search(re.sub(r"\b(?:pas|ni)\s+(?:encore\s+)?\S+", " ", folded)):
        return
    sentences = [s for s in re.split(r"[.;!?\n]", folded) if s.strip()]
    denied = any(_MARRIAGE_DENIED.search(s) for s in sentences)
    spouse = r"\b(?:mon|ma)\s+(?:mari|femme|epou\w*)\b"
    ended = all(_DIVORCE_DONE.search(s) for s in sentences if re.search(spouse, s)) and any(
        re.search(spouse, s) for s in sentences
    )
    if denied or ended:
        writer.couple.discard("married")
        writer.not_couple.add("married")


# --- hosted for free ------------------------------------------------------------------------------------------------

_HOSTED_FREE_DRAFT = re.compile(r"\b(?:hebergee?s?|logee?s?)\s+(?:a titre gratuit|gratuitement)\b")
_HOSTED_MESSAGE = re.compile(
    r"\b(?:on vit|on habite|on loge|nous vivons|nous habitons|je vis|j.habite|je loge|je dors|on dort)\s+"
    r"(?:\w+\s+)?chez (?:mon|ma|mes|un|une|des|nos|notre)\b"
)


def hosted_traits(clause: str, negated: bool) -> list[Trait]:
    """« vous êtes hébergé à titre gratuit »: a hosted writer (`traits._housing`)."""
    if not HOSTED_FREE or not _HOSTED_FREE_DRAFT.search(clause):
        return []
    return [Trait("housing", "hosted", negated)]


def read_swapped(folded: str, writer: Writer) -> None:
    """Store what the message dates of the writer's life and says of their birthplace (`writer.read_writer`)."""
    if FACT_YEARS:
        for fact, years in read_fact_years(folded).items():
            writer.swapped[f"fact_year:{fact}"] = {str(y) for y in years}
    if TOWN_ROLES:
        for role, texts in read_town_roles(folded).items():
            writer.swapped[f"role:{role}"] = set(texts)
    if MARRIAGE_ENDED:
        _unmarry(folded, writer)
    if HOSTED_FREE and _HOSTED_MESSAGE.search(folded) and not writer.housing & {"tenant", "owner"}:
        writer.housing.add("hosted")
    if BIRTHPLACES:
        born = read_birthplace(folded)
        if born:
            writer.swapped["birthplace"] = born
            writer.swapped["birth_other_roles"] = _other_role_names(folded)


def draft_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The draft's claims this module reads (`claims.find_claims`)."""
    return year_claims(folded) + birth_claims(folded) + town_claims(folded)


VERDICTS = {"fact_year": fact_year_verdict, "birthplace": birthplace_verdict, "town_role": town_role_verdict}
