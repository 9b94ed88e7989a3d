"""A qualifier the message gives a fact of the writer's case, dropped by a draft: « à temps partiel » said full
time, « en attente de » said granted, « provisoire » said definitive, « une semaine sur deux » said full custody,
« depuis peu » said for years, « encore » said over.

The other readers keep the fact without its qualifier ("je suis en attente du renouvellement de mon titre" is read
as a permit; "son AEEH est accordée à titre provisoire" as an AEEH), so a draft that says the fact whole ("votre titre
a été renouvelé", "l'AEEH lui est attribuée à titre définitif") was found consistent or said nothing. Each entry of
`QUALIFIERS` pairs what a message says of a fact only in part (`said`) with what a draft says of the same fact when
it drops that part (`dropped`), with its reason. The message's clauses with a qualifier give their topic words
(`read_qualified`); a draft's clause about the writer ("vous", "votre") that drops the qualifier, and neither keeps
it nor puts it under a condition, is contradicted where it shares a topic word with such a clause and the message
does not also say the fact whole on that topic. Only a contradiction is given: a fact kept with its qualifier is
left to the other readers. Texts are folded. Switch: `QUALIFIED_FACTS`.
"""

import re
from dataclasses import dataclass

from guichet.drafting.persona.lexicon import CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait

# Off: a qualifier is read as in the forty-fourth pass (the fact without it).
QUALIFIED_FACTS = True


@dataclass(frozen=True)
class Qualifier:
    """A fact said only in part (`said`, in the message), and the draft's words that say it whole (`dropped`); `whole`
    is how the message itself may say the fact whole, which then leaves the topic open."""

    name: str
    said: str
    dropped: str
    whole: str
    reason: str


# Fewer than twelve months: "depuis huit mois" is recent beside "depuis deux ans", "depuis trente mois" is not.
_FEW_MONTHS = r"quelques|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|[1-9]|1[01]"

QUALIFIERS: tuple[Qualifier, ...] = (
    Qualifier(
        "pending",
        r"\ben attente (?:de|d.|du|des)\b|\ben cours d.(?:examen|instruction|traitement|etude)\b|\ben cours\b"
        r"|\bpas encore (?:recu|obtenu|eu|ete|de reponse|statue|accorde|valide|delivre|traite)\w*"
        r"|\btoujours pas\b|\btoujours aucune?\b|\baucune (?:reponse|proposition|decision|nouvelle)s?\b"
        r"|\bj.attends\b|\bnous attendons\b|\battend(?:s|ons)? (?:toujours|encore)\b|\bsans (?:reponse|nouvelles)\b"
        r"|\bje cherche\b|\bnous cherchons\b|\ba la recherche d",
        r"\b(?:a|ont) ete (?:accorde|attribue|renouvele|valide|accepte|delivre|approuve|reconnu|prononce|enregistre|"
        r"obtenu)\w*|\b(?:est|sont) (?:desormais |maintenant |deja )?(?:accorde|attribue|renouvele|valide|accepte|"
        r"delivre|approuve|prononce|immatricul|enregistre|acquis|obtenu)\w*"
        r"|\bavez (?:deja |desormais |bien )?(?:obtenu|recu|trouve|decroche)\b",
        r"\b(?:ai|a|avons|ont) (?:ete |enfin |bien |deja )?(?:obtenu|recu|accorde|attribue|renouvele|valide|accepte|"
        r"delivre|trouve)\w*|\b(?:est|sont) (?:enfin |deja )?(?:accorde|attribue|renouvele|valide|accepte|delivre|"
        r"arrive)\w*",
        "a decision or a paper awaited (a permit's renewal, an RQTH, a social housing, a SIRET) is no right yet: "
        "a draft that says it granted tells the writer they may use what they do not hold",
    ),
    Qualifier(
        "provisional",
        r"\bprovisoire\w*|\btemporaire\w*|\ba titre (?:provisoire|temporaire|conservatoire)\b|\brecepisse\b"
        r"|\bperiode (?:d.essai|probatoire)\b|\bpermis probatoire\b",
        r"\bdefiniti\w*|\bpermanente?s?\b|\bperenne\w*|\btitularise\w*|\badopte\w*"
        r"|\bnouve(?:au|l|lle) (?:titre|carte|permis)\b"
        r"|\bperiode (?:d.essai|probatoire) (?:est |a ete )?(?:terminee|validee|achevee|finie)\b"
        r"|\b(?:avez|a) (?:termine|valide|fini|acheve) (?:votre|la|sa) periode\b",
        r"\bdefiniti\w*|\bperiode (?:d.essai|probatoire) (?:est |a ete )?(?:terminee|validee|achevee|finie)\b",
        "a provisional decision, custody, aid or trial period can end or be withdrawn; said definitive (or, for "
        "a child entrusted provisionally, adopted; for a receipt of an application, the new card itself) it hides "
        "the date at which the writer must act again",
    ),
    Qualifier(
        "partial",
        r"\btemps partiel\b|\bmi-temps\b|\bmi temps\b|\bune partie (?:de|d.)\b|\bpartiel\w*|\ben partie\b"
        r"|\bprogressive?\b|\bcumul\w*",
        r"\btemps (?:plein|complet)\b|\bplein temps\b|\bentierement\b|\btotalement\b|\bcompletement\b"
        r"|\bintegral\w*|\ben totalite\b|\bla totalite\b",
        r"\btemps (?:plein|complet)\b|\bplein temps\b|\bentierement\b|\btotalement\b|\bintegral\w*",
        "part-time work, a progressive retirement or a benefit paid in part change the rights computed "
        "(activity bonus, pension, daily allowance): the whole is another case",
    ),
    Qualifier(
        "shared_custody",
        r"\bune semaine sur deux\b|\bun week-?end sur deux\b|\bgarde (?:alternee|partagee)\b"
        r"|\bresidence alternee\b|\ben alternance\b|\bdroit de visite\b|\bla moitie du temps\b",
        r"\bgarde (?:exclusive|totale|complete|pleine|entiere)\b|\b(?:exclusivement|en permanence|a plein temps|"
        r"a temps plein|uniquement|tout le temps) (?:chez|avec) vous\b|\bseule? a (?:avoir|assurer) la garde\b"
        r"|\bresidence (?:exclusive|habituelle|principale)\b",
        r"\bgarde (?:exclusive|totale|complete)\b|\bresidence (?:exclusive|habituelle|principale)\b",
        "a child in alternating residence is shared for the family benefits, the tax shares and the housing aid; "
        "full custody is another case",
    ),
    Qualifier(
        "recent",
        rf"\bdepuis peu\b|\b(?:tout )?recemment\b|\b(?:il y a|depuis) (?:\w+ )?(?:jours?|semaines?)\b|\bviens? d.\w+"
        rf"|\b(?:il y a|depuis) (?:{_FEW_MONTHS}) mois\b|\bvenons d.\w+|\bnouvellement\b|\bfraichement\b",
        r"\bdepuis (?:plusieurs|de nombreuses|des|de longues|bien des) (?:annees|ans|decennies)\b"
        r"|\bdepuis (?:longtemps|toujours)\b|\bde longue date\b|\bdepuis (?:plus (?:de|d.) )?(?:\d+|deux|trois|quatre|"
        r"cinq|six|sept|huit|neuf|dix|quinze|vingt|trente) ans\b",
        r"\bdepuis (?:plusieurs|de nombreuses|des) (?:annees|ans)\b|\bdepuis longtemps\b|\bde longue date\b",
        "a recent move, start or arrival opens or closes rights by its length (residence, affiliation, seniority): "
        "said for years, it gives the writer a length they do not have",
    ),
    Qualifier(
        "ongoing",
        r"\b(?:suis|sommes|touche|touchons|percois|percevons|travaille|travaillons|vis|vivons|habite|habitons|ai|"
        r"avons) (?:encore|toujours)\b(?! pas\b| aucun| rien| sans\b)",
        r"\bn.\w+ plus\b|\bne \w+ plus\b|\bavez (?:quitte|arrete|cesse|perdu)\b|\b(?:a|ont) (?:pris fin|cesse)\b",
        r"\bn.\w+ plus\b|\bne \w+ plus\b|\b(?:ai|avons) (?:quitte|arrete|cesse|perdu)\b",
        "what the writer says they still do or get (a job, a benefit, a home) said over by a draft removes a right "
        "they hold",
    ),
)
_QUALIFIER = {q.name: q for q in QUALIFIERS}
_SAID = {q.name: re.compile(q.said) for q in QUALIFIERS}
_DROPPED = {q.name: re.compile(q.dropped) for q in QUALIFIERS}
_WHOLE = {q.name: re.compile(q.whole) for q in QUALIFIERS}
# A draft's clause that keeps some qualifier itself ("vous avez obtenu un récépissé en attendant votre titre") or puts
# the fact under a condition, a time to come or a possibility, anywhere in the clause ("si votre RQTH est accordée",
# "une fois votre titre renouvelé", "vous pouvez demander à travailler à temps plein", "votre nouvelle carte vous sera
# remise").
_KEPT = re.compile(
    r"\ben attente\b|\ben attendant\b|\ben cours\b|\bpas encore\b|\btoujours pas\b|\bprovisoire\w*|\btemporaire\w*"
    r"|\bpartiel\w*|\bmi-temps\b|\bune partie\b|\bprogressive?\b|\bdepuis peu\b|\brecemment\b"
    r"|\bsemaine sur deux\b|\balternee?\b|\balternance\b"
)
_CONDITION = re.compile(
    r"\b(?:si|s.il|s.ils|lorsque|lorsqu|quand|une fois|des que|des qu|apres que|avant que|avant|apres|jusqu.a ce qu|"
    r"sera|seront|serait|pourra|pourrez|pourrait|devra|devrez|devrait|pour que|afin que|"
    r"pouvez|pourriez|devez|devriez|faut|faudra|souhaitez|voulez|envisagez|demandez)\b"
)
_NEGATED = re.compile(r"\bn.(?:a|ont|avez|est|sont|etes)\b(?! plus\b)(?!\s+\w+ plus\b)|\bne \w+ (?:pas|jamais)\b")
_ABOUT_WRITER = re.compile(r"\bvous\b|\bvotre\b|\bvos\b")
_CLAUSES = re.compile(r"[.;:,!?\n]|\bmais\b|\balors que\b|\btandis que\b")
# A message's fact and its qualifier may sit on the two sides of a colon ("mon neveu vit chez nous depuis peu : le
# juge nous a confié sa garde à titre provisoire"), or its topic in the clause before ("j'ai déposé ma demande de
# naturalisation, elle est toujours en cours d'instruction"): the message's clauses run over a colon, and a qualified
# clause is read with the clause before it. The fact said whole is read by sentence ("j'étais en attente de mon
# titre, je l'ai enfin reçu": "l'" is the title).
_MESSAGE_CLAUSES = re.compile(r"[.;,!?\n]|\bmais\b|\balors que\b|\btandis que\b")
_SENTENCES = re.compile(r"[.;!?\n]")
# A qualifier told in the past is no more ("j'étais en attente", "c'était provisoire").
_PAST = re.compile(r"\b(?:etais|etait|etions|etaient|avais|avait|avions)\b")
_WORD = re.compile(r"[a-z][a-z-]{2,}")
# Words that name no topic: the frames', the qualifiers' and the times' own words, and the offices a message and a
# draft both name whatever the fact ("la CAF", "la préfecture").
_PLAIN = frozenset(
    "vous votre vos mon mes nous notre nos les des une pour avec chez dans sur par pas plus encore toujours deja "
    "depuis etes suis est sont avez avons ont ete bien aussi que qui quoi dont mais tout tous toute toutes cette "
    "aux elle elles ils lui leur leurs son ses sans entre comme moi fait faire ans annee annees mois jour jours "
    "semaine semaines temps plein partiel partielle complet attente cours peu recemment provisoire definitif "
    "definitive titre dossier demande demandes reponse decision courrier situation droit droits aide aides service "
    "services caf cpam msa prefecture mdph urssaf carsat impots administration organisme travail "
    "obtenu recu accorde accordee attribue attribuee desormais maintenant actuellement plusieurs longtemps "
    "toujours alors ainsi etre avoir tres deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt "
    "trente attends attendons attendant examen instruction traitement etude proposition nouvelle nouvelles statue "
    "valide delivre traite provisoirement temporaire temporairement conservatoire partie mi-temps progressive "
    "exclusive totale complete pleine entiere alternee partagee alternance visite moitie week-end viens venons "
    "nouvellement fraichement permanente perenne definitivement entierement totalement completement integral "
    "integrale integralement totalite longue date decennies quitte arrete cesse perdu pris fin terminee validee "
    "achevee finie termine fini acheve cherche cherchons recherche trouve aucun aucune".split()
)
# Words that name one topic under two names (the recognition of a disabled worker and its acronym, a naturalisation
# and the nationality it gives, the verbs of a home).
_SAME = {
    "rqth": "handicap",
    "naturalisation": "nationalite",
    "naturalise": "nationalite",
    "naturalisee": "nationalite",
    "habite": "home",
    "habitez": "home",
    "habitons": "home",
    "installe": "home",
    "installee": "home",
    "emmenage": "home",
    "vivez": "home",
    "vivons": "home",
    "vit": "home",
    "vis": "home",
    "residez": "home",
    "reside": "home",
}


def _stem(word: str) -> str:
    """A word without its plural and feminine endings, cut to its first seven letters ("renouvellement" and
    "renouvelé": "renouve"; "salariée" and "salarié": "salari"; not "préparer" and "préparatrice")."""
    word = _SAME.get(word, word)
    return re.sub(r"(?:ee|e)$", "", re.sub(r"[sx]$", "", word))[:7]


def _topics(text: str) -> set[str]:
    """The topic words of a folded clause, stemmed (`_stem`)."""
    return {_stem(w) for w in {w.strip("-") for w in _WORD.findall(text)} - _PLAIN}


def _clauses(folded: str, splitter: re.Pattern[str] = _CLAUSES) -> list[str]:
    return [c for c in splitter.split(folded) if c.strip()]


def read_qualified(folded: str) -> dict[str, frozenset[str]]:
    """For each qualifier, the topic words of the message's clauses that say a fact only in part, less those of the
    clauses that also say it whole ("ma demande était en attente, elle a enfin été acceptée")."""
    if not QUALIFIED_FACTS:
        return {}
    read: dict[str, frozenset[str]] = {}
    for name in _QUALIFIER:
        said: set[str] = set()
        whole: set[str] = set()
        for sentence in _clauses(folded, _SENTENCES):
            if _WHOLE[name].search(sentence):
                whole |= _topics(sentence)
                continue
            clauses = _clauses(sentence, _MESSAGE_CLAUSES)
            for before, clause in zip(["", *clauses], clauses, strict=False):
                if _SAID[name].search(clause) and not _PAST.search(clause):
                    said |= _topics(f"{before} {clause}")  # "ma demande de RQTH, elle est toujours en cours"
        if said - whole:
            read[name] = frozenset(said - whole)
    return read


def qualifier_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A draft sentence's clauses about the writer that say a fact whole ("qualifier" traits: the qualifier's name
    and the clause's topic words)."""
    if not QUALIFIED_FACTS:
        return []
    claims = []
    for clause in _clauses(folded):
        if not _ABOUT_WRITER.search(clause) or _KEPT.search(clause):
            continue
        for name in _QUALIFIER:
            m = _DROPPED[name].search(clause)
            if not m or _CONDITION.search(clause) or _NEGATED.search(clause[: m.start()] + " "):
                continue
            if name != "ongoing" and _NEGATED.search(clause):
                continue
            topics = _topics(clause)
            if topics:
                value = f"{name}:{' '.join(sorted(topics))}"
                claims.append((folded.find(clause), clause.strip(), [Trait("qualifier", value)]))
    return claims


def qualifier_verdict(value: str, qualified: dict[str, frozenset[str]]) -> str:
    """Contradicted where the message says a fact of the same topic only with the qualifier the clause drops."""
    name, _, topics = value.partition(":")
    return CONTRADICTED if set(topics.split()) & qualified.get(name, frozenset()) else UNSUPPORTED
