"""What a draft says of the writer's relatives ("votre père vit à son domicile", "votre fils étant mineur", "votre
fille n'a pas de handicap reconnu"), read against what the message says of them ("mon père, 90 ans, est en EHPAD",
"mon fils vient d'avoir 19 ans", "ma fille a un taux d'incapacité de 80 %").

People often write for a parent, a child or a sibling; a model then mixes the two persons up. Each relative named in
the message ("mon père", "ma grand-mère", "notre fils") is read in the rest of its sentence (and in a next sentence
that opens on "il" or "elle"): an age, where they live (at home, in a care home, with the writer), a disability.
"""

import re

from guichet.drafting.persona import partner_words
from guichet.drafting.persona.contracts import CONTRACTS
from guichet.drafting.persona.contracts import INCOMPATIBLE as CONTRACTS_APART
from guichet.drafting.persona.lexicon import ACTIVITY, CONSISTENT, CONTRADICTED, IMPLIES, INCOMPATIBLE, UNSUPPORTED
from guichet.drafting.persona.model import Relative, Trait
from guichet.drafting.persona.studies import level_values, read_levels

# Folded words for a relative; the compound ones come first so that "grand-mère" is not read as "mère".
RELATIONS = {
    "grandson": r"petit-fils",
    "granddaughter": r"petite-fille",
    "mother_in_law": r"belle-mere",
    "father_in_law": r"beau-pere",
    "sister_in_law": r"belle-soeur",
    "brother_in_law": r"beau-frere",
    "grandmother": r"grand(?:-|\s)?mere|mamie|mamy",
    "grandfather": r"grand(?:-|\s)?pere|papi|papy",
    "father": r"pere|papa",
    "mother": r"mere|maman",
    "son": r"fils|garcon",
    "daughter": r"fille",
    "child": r"enfant|bebe",
    "brother": r"frere",
    "sister": r"soeur",
    "nephew": r"neveu",
    "niece": r"niece",
    "aunt": r"tante",
    "uncle": r"oncle",
    "neighbour": r"voisine?",
    "partner": r"mari|epoux|epouse|femme|conjointe?|compagnon|compagne|concubine?|partenaire",
}
# A relation a draft names matches these relations of the message ("votre enfant" is the son or the daughter).
_SAME = {"child": {"child", "son", "daughter"}, "son": {"son", "child"}, "daughter": {"daughter", "child"}}
# What a draft calls a child by their rank ("votre aîné", "votre cadette").
_RANKS = r"ainee?|cadette?|benjamine?"

_RELATIVE = re.compile(r"(?<![\w-])(?:mon|ma|notre|votre)\s+(?:\w+\s+)?(" + "|".join(RELATIONS.values()) + r")\b(?!-)")
_AGE_AFTER = re.compile(
    r"^(?:\s*(?:,|:|\(|\[[a-z_]+\d*\]|qui a|qui aura|a|de|agee? de|vient d.avoir|va avoir|a eu|elle a|il a))*\s*"
    r"(\d{1,3})\s*ans\b(?!\s+(?:de|d.)\s?(?:cotis|travail|service|anciennete|mariage))"
)
_CARE_HOME = (
    r"\b(?:en|dans un|dans une|a l.)\s*(?:ehpad|maison de retraite|institution|usld|foyer|"
    r"etablissement (?:pour personnes agees|d.hebergement|medicalise|medico-social|specialise)|"
    r"etablissement\b(?! (?:scolaire|prive|public|d.enseignement)))\b"
)
_AT_HOME = (
    r"\b(?:vit|habite|reste|est)\s+(?:encore |toujours |seule? )?"
    r"(?:seule?\b|chez (?:elle|lui)\b|a (?:son )?domicile\b)"
    r"|\b(?:a|de) son domicile\b|\bmaintien a domicile\b"
)
_WITH_WRITER = (
    r"\b(?:vit|habite|loge|est hebergee?|vivent|habitent)\s+(?:\w+\s+)?(?:chez|avec) (?:moi|nous|vous)\b"
    r"|\bsous (?:mon|notre|votre) toit\b|\bgarde exclusive\b"
)
# A child who lives half the time with each parent: not "chez vous" alone, not "chez son père" alone.
_ALTERNATE = r"\b(?:residence|garde) alternee\b|\bune semaine sur deux\b"
_DISABLED = r"handicap\w*|taux d.incapacite|\bmdph\b|autis\w*|trisomi\w*|polyhandicap\w*|\baeeh\b|\bpch\b"


def _relation(word: str) -> str:
    if re.fullmatch(_RANKS, word):
        return "child"
    return next(name for name, pattern in RELATIONS.items() if re.fullmatch(pattern, word))


def _span_after(folded: str, end: int) -> str:
    """The rest of the sentence after a relative's mention, and a next sentence that goes on with "il" or "elle"."""
    stop = re.search(r"[.;?!\n]", folded[end:])
    if not stop:
        return folded[end:]
    rest = folded[end : end + stop.start()]
    following = re.match(r"[.;?!\n]\s*((?:il|elle)\b[^.;?!\n]*)", folded[end + stop.start() :])
    return f"{rest}. {following.group(1)}" if following else rest


# An age in the next sentence about the relative ("… mon grand-père qui ne sait pas lire. Il a 91 ans").
_AGE_NEXT = re.compile(r"\. (?:il|elle) (?:a|aura|vient d.avoir) (\d{1,3})\s*ans\b")


def _read_facts(text: str, relative: Relative) -> None:
    age = _AGE_AFTER.search(text) or _AGE_NEXT.search(text)
    if age:
        relative.ages.add(float(age.group(1)))
    relative.levels |= read_levels(text)
    if re.search(_ALTERNATE, text):
        relative.places.add("alternate")
    elif re.search(_CARE_HOME, text):
        relative.places.add("care_home")
    elif re.search(_WITH_WRITER, text):
        relative.places.add("with_writer")
    elif re.search(_AT_HOME, text):
        relative.places.add("home")
    if re.search(_DISABLED, text):
        relative.disabled = True
    # What the relative does, read before the writer speaks of themselves ("mon mari est en CDD, moi je suis en CDI").
    own = _WRITER_AGAIN.split(text, maxsplit=1)[0]
    relative.activities |= _activities(own)
    relative.contracts |= {value for value, pattern in CONTRACTS.items() if re.search(_word(pattern), own)}


_WRITER_AGAIN = re.compile(r"(?<!chez )(?<!avec )\b(?:moi|je|j.|me|m.)\b")


def _word(pattern: str) -> str:
    return r"(?<![\w-])(?:" + pattern + r")"


def _activities(text: str) -> set[str]:
    """The activities a piece of text names (`lexicon.ACTIVITY`), with what they imply."""
    found = {value for value, pattern in ACTIVITY.items() if re.search(_word(pattern), text)}
    return found | {implied for value in found for implied in IMPLIES.get(value, set())}


def read_relatives(folded: str) -> dict[str, Relative]:
    """The relatives a folded message names ("mon père", "ma fille"), each with what it says of them."""
    relatives: dict[str, Relative] = {}
    mentions = list(_RELATIVE.finditer(folded))
    for i, m in enumerate(mentions):
        if m.group().startswith("votre"):
            continue
        span = _span_after(folded, m.end())
        if i + 1 < len(mentions):
            span = span[: max(mentions[i + 1].start() - m.end(), 0)]
        relative = relatives.setdefault(_relation(m.group(1)), Relative())
        _read_facts(span, relative)
        if re.search(r"\b(?:j.heberge|nous hebergeons|j.accueille|nous accueillons)\s*$", folded[: m.start()]):
            relative.places.add("with_writer")  # "j'héberge mon neveu"
    return relatives


# --- the draft's side ------------------------------------------------------------------------------------------------

_DRAFT_RELATIVE = re.compile(
    r"(?<![\w-])(?:votre|vos)\s+(?:\w+\s+)?(" + "|".join([*RELATIONS.values(), _RANKS]) + r")s?\b(?!-)"
)
_CONDITION_BEFORE = re.compile(
    r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\bau cas ou\b|\bdans le cas ou\b)[^.;:]{0,40}$"
)


def relative_clauses(folded: str) -> list[tuple[int, str, str]]:
    """The parts of a folded draft sentence that say something of a relative: (start, relation, clause)."""
    out: list[tuple[int, str, str]] = []
    for m in _DRAFT_RELATIVE.finditer(folded):
        if _CONDITION_BEFORE.search(folded[: m.start()]):
            continue
        rest = folded[m.end() :]
        stop = re.search(r"[;:.!?()\n]|\bmais\b|\bcar\b|\bdonc\b", rest)
        relation = _relation(m.group(1))
        if relation == "partner" and (
            _GENERIC_PARTNER.match(folded, m.start()) or re.search(r"\bou\s+(?:de\s+|a\s+)?$", folded[: m.start()])
        ):
            continue  # "votre époux(se)", "votre mari ou votre femme": a fiche's reader, whoever they are
        if relation == "partner" and _FORMER.search(folded[max(0, m.start() - 30) : m.end() + 30]):
            relation = "former_partner"  # "votre ex-épouse", "le décès de votre mari": no partner now
        if relation == "partner" and partner_words.first_spouse(folded[m.start() :]):
            relation = "former_partner"  # « votre premier mari » (`partner_words`)
        out.append((m.start(), relation, folded[m.start() : m.end() + (stop.start() if stop else len(rest))]))
    return out


# A partner named for any reader, as a fiche does ("votre époux(se)", "votre conjoint ou conjointe", "votre mari ou
# votre femme", "votre époux ou partenaire de Pacs"): no claim that this writer has one.
_GENERIC_PARTNER = re.compile(
    r"(?:votre|vos)\s+(?:\w+\s+)?[\w-]+\s*(?:\((?:se|e|ou)?|/\s*(?:se|e)?\b|,?\s+ou\s+(?:de\s+|a\s+)?(?:votre\s+)?"
    r"(?:epou\w*|femme|mari|conjoint\w*|partenaire|concubin\w*|compagn\w*|ex))"
)
# A partner who is no longer one: a draft that speaks of them says nothing of a couple now.
_FORMER = re.compile(
    r"\b(?:ex|ancien\w*|defunte?|feue?|decede\w*|disparue?|deces|mort|veuvage|reversion|separ\w*|divorc\w*|futur\w*)"
    r"\b"
)


# "votre fils étant mineur", "votre fille est majeure": said of the relative; "pour votre enfant mineur" is a case.
_PREDICATE = r"\b(?:est|etant|sont|soit|n.est|n.etant)\s+(?:pas\s+|plus\s+|encore\s+|toujours\s+|deja\s+)*"
# "votre aîné, majeur et apprenti, …": what an apposition right after the relation says of them.
_APPOSED = r"(?:votre|vos)\s+(?:\w+\s+)?[\w-]+\s*,\s*(?:desormais\s+|maintenant\s+|deja\s+)?"


def relative_traits(relation: str, clause: str) -> list[Trait]:
    """What a clause says of a relative, as traits of kind "relative" ("father|place=home", "son|age<18")."""
    traits: list[Trait] = []
    negated = bool(
        re.search(r"\b(?:n.|ne)\s*(?:a|est|vit|habite|etant)\b[^,;:]{0,12}\b(?:pas|plus|jamais|aucun)", clause)
    )
    # An age said of the relative ("votre fils a 17 ans", "étant âgé de 80 ans"), not a case ("pour votre enfant de
    # plus de 12 ans", what a fiche says to every parent).
    age = re.search(r"(?:\ba|qui a|ayant|agee? de)\s+(\d{1,3})\s*ans\b", clause)
    bound = re.search(r"\b(?:a|ayant|agee? de)\s+(plus|moins) de (\d{1,3}) ans\b", clause)
    if bound:
        sign = ">" if bound.group(1) == "plus" else "<"
        traits.append(Trait("relative", f"{relation}|age{sign}{bound.group(2)}", negated))
    elif re.search(_PREDICATE + r"mineure?s?\b", clause) or re.match(_APPOSED + r"mineure?s?\b", clause):
        traits.append(Trait("relative", f"{relation}|age<18", negated))
    elif re.search(_PREDICATE + r"majeure?s?\b", clause) or re.match(_APPOSED + r"majeure?s?\b", clause):
        traits.append(Trait("relative", f"{relation}|age>17.99", negated))
    elif age and not re.search(r"\b(?:depuis|il y a|dans|pendant)\s*$", clause[: age.start() + 2]):
        traits.append(Trait("relative", f"{relation}|age={age.group(1)}", negated))
    if relation == "partner":
        spouse = re.match(r"(?:votre|vos)\s+(?:\w+\s+)?(?:mari|epou\w*|femme)\b", clause)
        # "votre épouse doit signer": the writer has a partner now, a spouse where the word says it
        traits.append(Trait("partner", "married" if spouse else "yes"))
    # What the relative does ("votre épouse est sans emploi", "votre époux étant en CDD"), up to the writer's turn.
    own = re.split(r"\bvous\b", clause, maxsplit=1)[0]
    apposed = re.match(r"(?:votre|vos)\s+(?:\w+\s+)?[\w-]+\s*,([^,]*)", clause)
    if apposed:  # "votre aîné, majeur et apprenti, …"
        own = f"{own} est {apposed.group(1)}"
    wish = re.search(r"\b(?:souhait\w*|veut|voudrait|envisag\w*|aimerait|compte|pourr\w*|devr\w*)\b", clause)
    if not wish:  # "votre fille souhaite entrer en licence" is no student yet
        traits += [Trait("relative", f"{relation}|activity={value}", negated) for value in sorted(_activities(own))]
        traits += [
            Trait("relative", f"{relation}|contract={value}", negated)
            for value, pattern in CONTRACTS.items()
            if re.search(_word(pattern), own)
        ]
    if re.search(_ALTERNATE, clause):
        traits.append(Trait("relative", f"{relation}|place=alternate", negated))
    elif re.search(_CARE_HOME, clause):
        traits.append(Trait("relative", f"{relation}|place=care_home", negated))
    elif re.search(_WITH_WRITER, clause):
        traits.append(Trait("relative", f"{relation}|place=with_writer", negated))
    elif re.search(_AT_HOME, clause):
        traits.append(Trait("relative", f"{relation}|place=home", negated))
    if re.search(r"handicap\w*|taux d.incapacite", clause):
        traits.append(Trait("relative", f"{relation}|disabled", negated))
    if not wish:
        traits += [Trait("relative", f"{relation}|level={value}", negated) for value in level_values(clause)]
    return traits


def _age_matches(fact: str, ages: set[float]) -> bool:
    op, bound = fact[3], float(fact[4:])
    return any({"<": a < bound, ">": a > bound, "=": int(a) == int(bound)}[op] for a in ages)


def _fact_verdict(fact: str, known: list[Relative], *, child: bool = False) -> str:
    """A fact said of a relative against what the message says of the relatives in `known`."""
    if fact.startswith("level="):
        said = {int(x) for x in fact[6:].split(",")}
        levels = {frozenset(years) for r in known for years in r.levels}
        return UNSUPPORTED if not levels else CONSISTENT if any(said & y for y in levels) else CONTRADICTED
    if fact.startswith("age"):
        ages = {a for r in known for a in r.ages}
        return UNSUPPORTED if not ages else CONSISTENT if _age_matches(fact, ages) else CONTRADICTED
    if fact.startswith("place="):
        places = {p for r in known for p in r.places}
        if fact == "place=with_writer" and "alternate" in places:
            return UNSUPPORTED  # half the time with the writer
        if fact in {"place=home", "place=with_writer"} and places & {"home", "with_writer"} and child:
            return UNSUPPORTED  # a child "à son domicile" is at the writer's
        return UNSUPPORTED if not places else CONSISTENT if fact[6:] in places else CONTRADICTED
    if fact == "disabled":
        return CONSISTENT if any(r.disabled for r in known) else UNSUPPORTED
    if fact.startswith(("activity=", "contract=")):
        name, value = fact.split("=")
        said = {a for r in known for a in (r.activities if name == "activity" else r.contracts)}
        apart = INCOMPATIBLE if name == "activity" else CONTRACTS_APART
        if value in said:
            return CONSISTENT
        return CONTRADICTED if any(frozenset((value, a)) in apart for a in said) else UNSUPPORTED
    return UNSUPPORTED


def relative_verdict(value: str, relatives: dict[str, Relative]) -> str:
    """A trait said of a relative ("father|place=home") against what the message says of that relative. A relative
    the message does not name, given what it says of another one ("votre sœur vit chez vous" to "ma belle-sœur est
    hébergée chez nous", "votre fille prépare un CAP" to "mon fils prépare un CAP"), is that other one: the draft
    mixed the persons up."""
    relation, fact = value.split("|", 1)
    same = _SAME.get(relation, {relation})
    known = [r for name, r in relatives.items() if name in same]
    if known or fact == "disabled":
        return _fact_verdict(fact, known, child=relation in _SAME["child"])
    # Only a fact that tells one person from another: an exact age, a school level, living with the writer.
    telling = fact.startswith(("age=", "level=")) or fact == "place=with_writer"
    others = [r for name, r in relatives.items() if name not in same and name != "neighbour"]
    if telling and any(_fact_verdict(fact, [r]) == CONSISTENT for r in others):
        return CONTRADICTED
    return UNSUPPORTED


def others_age(age: float, relatives: dict[str, Relative]) -> bool:
    """Whether the message gives this age to a relative (an age a draft then gives the writer is the relative's)."""
    return any(int(a) == int(age) for r in relatives.values() for a in r.ages)
