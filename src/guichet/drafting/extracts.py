"""Verbatim extracts of the fiches: the extractive draft, and the key points added under a model's answer.

Small models write a short, personal answer and leave out conditions, amounts and delays, or invent them; the
sentences chosen here are copied from the fiches (grounded by construction), each under its case heading and
cited. They are chosen to answer every question the citizen asked, not only the one with the most words.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from guichet.drafting.cases import (
    Decision,
    Facts,
    choose,
    decide,
    is_case_title,
    message_facts,
    place_situations,
    row_fit,
    special_situations,
    title_spans,
)
from guichet.drafting.checks import cited_numbers
from guichet.drafting.deciding import deciding_question
from guichet.drafting.persona import outside_cases
from guichet.knowledge.rerank import PUBLICS, mismatch
from guichet.knowledge.search import analyze
from guichet.knowledge.situations import qualifiers_in_message, qualifiers_in_title
from guichet.text import fold
from guichet.text import sentence_spans as split_sentences

KEY_POINTS_HEAD = "Ce que prévoient les fiches officielles :"
_MAX_EXTRACT_SENTENCE = 420
# Sentences quoted at most, under a model's answer or as the extractive draft: a reply answers in 3 to 6 short
# sentences (docs/replies.md). Quoting 12 sentences of every case raised key-fact coverage but made 400–500-word
# dumps that an agent had to sort; the sentences are now those of the writer's own case (drafting/cases.py).
# Train + validation (138), extractive, (sentences, rank discount, budget) → coverage / median words:
# (8, 0.25, 150) 0.415 / 182; (10, 0.15, 150) 0.435 / 188; (10, 0.15, 160) 0.456 / 196; (8, 0.25, 165) 0.438 / 196;
# (12, 0.15, 165) 0.450 / 201. Validation alone: 0.414 → 0.448 for the chosen (10, 0.15, 160). Since a sentence
# that leans on the one before is quoted with it (below), the budget is 165: 167 train + validation, 0.431 / 197
# before, 0.414 / 192 at 160, 0.418 / 197 at 165 (the price of never quoting "ne sera donc pas possible" alone).
MAX_EXTRACTS = 10
# Words of quoted sentences at most (the body's budget is about 200 words: greeting, acknowledgement, answer,
# next step). The largest budget that keeps the median body at or under 200 words on train + validation, once calm
# hardship questions no longer open with an emergency block (see MAX_EXTRACTS).
WORD_BUDGET = 165
# A sentence cannot end on an article, a preposition or a conjunction: one that does was cut.
_CUT = re.compile(r"\b(?:une?|les?|la|l'|des?|du|d'|en|à|au|aux|et|ou|pour|par|avec|sur|dans|que|qui)\s*$", re.I)
GLOSSARY = "Définitions"  # heading of the fiches' glossary passages
RESOURCES = "Services en ligne et formulaires"  # heading of their list of forms (the links block gives the right one)
# A sentence whose words are this much in the model's answer is not quoted again under it.
ALREADY_SAID_SHARE = 0.6
# A lower-ranked fiche's sentences weigh this much less per rank (a neighbouring fiche matched on a few words); the
# answer is sometimes in the second fiche. Train + validation (259), seventh pass: a line from the first fiche
# carries a key fact 21 % of the time, one from another fiche 5.5 %, and readers count those lines among the first
# to delete. (discount → coverage train / validation, lines from other fiches): 0.15 → 0.420 / 0.408, 513; 0.25 →
# 0.427 / 0.420, 427; 0.3 → 0.421 / 0.420, 391; 0.35 → 0.429 / 0.414, 332; 0.4 → 0.426 / 0.404; 0.5 → 0.421 /
# 0.395, 224; 0.7 → 0.421 / 0.399, 112.
FICHE_RANK_DISCOUNT = 0.35
# A fiche whose best sentence scores under this share of the best fiche's is a neighbour that matched by chance.
WEAK_FICHE_SHARE = 0.4
# A sentence answers a question when its matching words weigh at least this share of the question's best match.
MIN_SHARE_OF_BEST = 0.5


@dataclass(eq=False)  # a candidate is itself, not any sentence with the same words
class Candidate:
    index: int  # source index
    position: int  # sentence position in the passage
    sentence: str
    terms: set[str]
    label_terms: set[str]
    rank: int  # rank of the sentence's fiche among the sources
    has_number: bool
    lead: str = ""  # the sentence that introduces a list item ("Vous devez :"), which `sentence` starts with
    # The words of the sentence without its lead: two items of one list are not duplicates.
    own_terms: set[str] = field(default_factory=set)
    # The message picked this sentence's case, or its table row (a year, an age, a number of children that fits).
    fits: bool = False


# A service for one place ("… pour le département du Puy-de-Dôme", "Demande d'Apa à Paris").
_LOCAL_SERVICE = re.compile(r"\bpour (?:le|la|les) (?:departement|ville|commune|region)\b|\ba paris\b|\(paris\)")


def online_service(sources: list[dict[str, Any]], text: str = "", about: str = "") -> dict[str, Any] | None:
    """The first online service (téléservice, formulaire) of the best fiche, or of a fiche that `text` cites; not
    one département's or city's when `about` (the message) does not say the writer lives there.

    Another fiche's service is often off the point (a labour-court form under an unemployment answer), so a
    fiche other than the best one lends its service only when the draft quotes it.
    """
    cited = {n for n, _, _ in cited_numbers(text)}
    fiches = {s.get("fiche_id") for s in sources if s["n"] in cited}
    if sources:
        fiches.add(sources[0].get("fiche_id"))
    found = []
    for s in sources:
        if s.get("fiche_id") not in fiches:
            continue
        for r in s.get("resources") or []:
            kind = str(r.get("kind", "")).lower()
            if r.get("url") and any(w in kind for w in ("ligne", "teleservice", "téléservice", "service", "form")):
                local = _LOCAL_SERVICE.search(fold(str(r.get("title", ""))))
                if local and local.group(0) not in fold(about):
                    continue  # "Demande d'Apa à Paris" to a writer in Lyon: the national form, if any, instead
                found.append({**r, "n": s["n"]})
    if about:
        # A service whose title names nothing the message or the draft's fiche speaks of serves another need than
        # the writer's ("Faire suivre son courrier" under a doctor's fees, "Estimer ses allocations chômage" to a
        # parent asking for the Agepi): none is better than a wrong one, the fiche's link stays. The others keep
        # the fiche's order (ranking them by shared words favoured long titles: a form to share a pension's
        # quarters between parents over the pension claim itself).
        spoken = (terms_of(about) | terms_of(str(sources[0].get("title") or ""))) - _SERVICE_WORDS
        found = [r for r in found if (terms_of(str(r.get("title", ""))) - _SERVICE_WORDS) & spoken]
    if not found:
        return None
    # A simulator answers "combien ?"; to a writer who asks something else, the claim form of what they name does
    # ("Demande de RSA" rather than "Simulateur de RSA": the d9 reading's "a simulator instead of the form").
    # Otherwise the first service of the best fiche.
    first = found[0]
    if _ASKS_AMOUNT.search(fold(about)) or not _SIMULATOR.search(fold(str(first.get("title", "")))):
        return first
    asked = terms_of(about) - terms_of("demande")
    for r in found:
        named = terms_of(str(r.get("title", ""))) - terms_of("demande")
        if _CLAIM_FORM.match(fold(str(r.get("title", "")))) and named and len(named & asked) >= len(named) / 2:
            return r  # the claim of what the message names: half the words of its title at least
    return first


# The words of online services' titles that say what kind of service it is, not what it is about.
_SERVICE_WORDS = frozenset(
    analyze(
        "demande demander ligne service services formulaire simulateur simulation estimer estimez estimation vérifier "
        "vérifiez vos votre mes droits droit accéder espace compte personnel particulier téléservice faire savoir "
        "bénéficie rechercher calculer calculez pré-demande"
    )
)
_ASKS_AMOUNT = re.compile(r"\bcombien\b|\bmontant\b|\bestim|\bsimul|\bcalcul")
_CLAIM_FORM = re.compile(r"demande d")
_SIMULATOR = re.compile(r"\bsimulat|\bestimer\b|\bestimation\b|\bverifier si vous avez droit|\bcalcul")


# A case for those who already hold a benefit or a title ("Vous étiez bénéficiaire de la CMU-C", "Vous êtes
# titulaire d'une carte de résident"): its sentences ("Rien ne change. Vous ne devez rien payer en plus : vous avez
# droit à la complémentaire santé solidaire gratuitement") are the holder's, not a first claimant's.
_HOLDER_CASE = re.compile(
    r"^vous (?:etiez|etes|avez ete) (?:deja )?(?:beneficiaire|allocataire|titulaire)s? "
    r"(?:de la |de l'|du |des |d'|de )(.+)$"
)


def _unsaid_status(heading: str, facts: Facts) -> bool:
    """Whether a heading is a holder's case ("Vous étiez bénéficiaire de la CMU-C") whose benefit or title the
    message never names."""
    m = _HOLDER_CASE.match(fold(heading).strip())
    return bool(m) and not set(analyze(m.group(1))) & facts.terms


def heading_path(source: dict[str, Any]) -> tuple[str, ...]:
    """The passage's place in its fiche as a path of headings, the fiche's own title left out."""
    heading = (source.get("heading") or "").strip()
    title = (source.get("title") or "").strip()
    return tuple(p.strip() for p in heading.split(">") if p.strip() and p.strip() != title)


def case_label(source: dict[str, Any]) -> str:
    """The passage's place in its fiche ("Salarié – Montant"), or "" when it is the fiche's general text.

    Fiches split their answer by situation (salarié, fonctionnaire, majeur, mineur…): a sentence copied without its
    case heading can say the opposite of what applies to the citizen, so every extract carries it.
    """
    return " – ".join(heading_path(source))


def shown_label(path: tuple[str, ...], decision: Decision, *, abroad: bool = False) -> str:
    """What a quoted sentence is introduced with: the situations it is about ("Vous vivez en couple"), when the
    message chose them or could not decide between them; not the fiche's chapters, not "Cas général", not "En
    France" or "Français" to a writer who says nothing of living abroad or of another nationality (`abroad`)."""
    parts = []
    for depth in range(1, len(path) + 1):
        prefix = path[:depth]
        if (prefix in decision.chosen or prefix in decision.undecided) and is_case_title(path[depth - 1]):
            if not re.match(r"(?i)cas général|régime général|autres? cas", path[depth - 1]):
                if abroad or not _HOME_CASE.match(fold(path[depth - 1])):
                    title = path[depth - 1]
                    if prefix not in decision.chosen and _ASSERTION.match(title):
                        title = f"si {title[0].lower()}{title[1:]}"  # a case the message did not choose
                    parts.append(title)
    label = " – ".join(parts)
    return label[:1].upper() + label[1:]


# A case title that reads as a statement about the writer ("Votre réclamation est acceptée", "Vous vivez en couple"):
# shown before a sentence of a case the message did not choose, it would tell the writer what is not known of them,
# so it is shown as the condition it is ("Si votre réclamation est acceptée : …").
_ASSERTION = re.compile(r"(?:Vous|Votre|Vos)\b")


# The case every writer in France is in when they say nothing of abroad or of a foreign nationality ("En France",
# "Vous résidez en France", "Vous êtes français"): chosen by default, it tells the writer nothing and costs two
# words a line ("En France : … [9]" on every line).
_HOME_CASE = re.compile(
    r"^(?:en france|en metropole|(?:vous )?(?:residez|habitez|vivez|etes) en france|(?:vous etes )?francaise?s?$)"
)


def _word_map(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern in a question, the words a fiche answers it with), compiled once, case left aside."""
    return tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in pairs)


# What a question word asks for, in the words fiches use to answer it ("combien" is answered by "montant").
INTENTS = _word_map(
    (
        (r"\bcombien\b|\bmontant|\btarif|\bprix\b|\bco[uû]t|\bpayant", "montant coût prix tarif taux"),
        (r"\bquand\b|\bd[ée]lai|jusqu'[àa] quand|combien de temps|\bdate\b|\bavant quand", "délai date durée"),
        (r"\bcomment\b|\bo[uù] (?:faire|dois|d[ée]poser|m'adresser|demander)|\bdemande", "demande démarche"),
        (
            r"\bdocuments?\b|\bpapiers?\b|\bpi[eè]ces?\b|\bfournir|\bjustificatifs?|\bapporter|\benvoyer",
            "pièces fournir justificatif",
        ),
        (r"\bdroit\b|\bpuis-je\b|\bpeut-on\b|\bpeux\b|\bpossible|\bconditions?", "conditions bénéficier"),
    )
)


# Everyday words of a question, with the words fiches write the same thing in ("l'État reprend tout après la mort"
# is answered by "récupérées sur la succession après le décès"; "suivre mon mari muté" by the partner who moves).
EVERYDAY = _word_map(
    (
        (r"\bmort\b|\bmourir|\bmeurt\b|\bd[ée]c[éè]d", "décès"),
        (r"\breprend|\br[ée]cup[éè]r|\brepren", "récupération récupérées"),
        (r"\bh[ée]riti|\bh[ée]ritage|\bmes enfants n'auront", "succession héritiers"),
        (r"\bvir[ée]e?s?\b|\blicenci", "licenciement"),
        (r"\bquitter? (?:mon|le|ce) (?:boulot|travail|emploi|poste)|\bd[ée]mission", "démission"),
        (r"\bboulot\b|\btaf\b|\bbosser?\b", "emploi travail"),
        (r"\bb[ée]b[ée]\b|\benceinte\b", "naissance grossesse"),
        (r"\bmut[ée]e?\b|\bsuivre (?:mon|ma) (?:mari|femme|conjoint|compagn)", "conjoint couple déménage"),
        (r"\bproprio\b|\bbailleur\b", "propriétaire bailleur"),
    )
)


def asked_terms(question: str) -> set[str]:
    """The words of a question, with the words fiches use to answer what it asks (amount, delay, procedure…) and
    those they write its everyday words in (EVERYDAY)."""
    terms = terms_of(question)
    for pattern, words in (*INTENTS, *EVERYDAY):
        if pattern.search(question):
            terms |= terms_of(words)
    return terms


def terms_of(text: str) -> set[str]:
    """Stemmed content words, as the search index reads them ("impôts" and "impôt" meet, "paie" counts)."""
    return set(analyze(text))


def _source_text(source: dict[str, Any]) -> str:
    return source.get("extract") or source.get("passage") or ""


def _table_units(lines: list[str], facts: Facts | None) -> list[tuple[str, str, str]]:
    """The rows of one table, each with its header: `("", "Année de naissance : 1961 ; Âge : 58 ans …", key)`.

    Tables are read as fiches lay them out: a row one cell short spans the first cell of the one above ("60 ans |
    168 | …" under "1961, 1962 ou 1963 | 58 ans | 176 | …") and inherits it; a second header row splits the last
    column by situation ("Si vous êtes né entre janvier et septembre" / "… entre octobre et décembre"), of which
    `facts` keep those that apply to the writer; rows wider than the header (a long table's later chunk, whose
    second header row was not repeated) give the extra cells to the last column."""
    rows = [[c.strip() for c in line.split(" | ")] for line in lines]
    header, body = rows[0], rows[1:]
    columns: list[int] | None = None
    rest_width = max((len(r) for r in body[1:]), default=0)
    if body and (
        (1 < len(body[0]) < len(header) and not re.search(r"\d", " ".join(body[0])))
        # A header cell spanning several columns, split by the second header row ("Durée de travail" over "Moins de
        # 15 heures par semaine" and "Entre 15 à 35h par semaine"): the rows below are one cell wider than both.
        or (
            1 < len(body[0])
            and len(header) - 1 + len(body[0]) == rest_width
            and not any(_VALUE_CELL.search(cell) for cell in body[0])
        )
    ):
        subs, body = body[0], body[1:]
        first = len(header) - 1
        header = [*header[:-1], *(f"{header[-1]} ({sub})" for sub in subs)]
        kept, _ = choose(subs, facts) if facts is not None else (set(subs), "")
        columns = [i for i in range(len(header)) if i < first or subs[i - first] in kept]
    width = max((len(r) for r in body), default=len(header))
    if width > len(header):
        header = [*header[:-1], *([header[-1]] * (width - len(header) + 1))]
    units: list[tuple[str, str, str]] = []
    key = ""
    for cells in body:
        if len(cells) == width - 1 and key and width > 2:
            cells = [key, *cells]
        if len(cells) != len(header):
            units.append(("", " ; ".join(c for c in cells if c), ""))
            continue
        key = cells[0]
        shown = columns if columns is not None else range(len(header))
        pairs = [(header[i], cells[i]) for i in shown if cells[i]]
        units.append(("", " ; ".join(f"{h} : {c}" if h else c for h, c in pairs), f"{header[0]} : {key}"))
    return units


# A cell that holds a value (an amount, a rate, a bare number): a row with one is data, not a second header row.
_VALUE_CELL = re.compile(r"€|%|^[\d\s\u00a0\u202f,.+-]+$")


def _units(text: str, facts: Facts | None = None) -> list[tuple[str, str, str]]:
    """`(lead, sentence, row key)` triples, read in context: a list item with the sentence that introduces it ("Vous
    devez : - …", the lead), a table row with its header ("Année de naissance : 1961 à 1963 ; Nombre de trimestres :
    168") and its first cell with its header as the row's key ("Année de naissance : 1961 à 1963")."""
    units: list[tuple[str, str, str]] = []
    lead = ""
    previous = ""  # the last plain sentence, which a sentence that depends on it is quoted with
    example = False  # a worked example has begun ("Par exemple, un retraité reçoit 1 300 €…")
    table: list[str] = []
    last_item = ""  # the list item before, which an item that opens on "et" or "ou" finishes
    items: list[tuple[str, str]] = []  # the current list's items: (as quoted alone, as written)

    def end_of_list() -> None:
        # Conditions to meet together ("les 3 conditions suivantes :") are quoted together or not at all: one of
        # three under "les 3 conditions suivantes" reads as the whole rule (the train reading).
        written = [w for _, w in items]
        whole = f"{lead} {' ; '.join([*(w.removesuffix('.') for w in written[:-1]), written[-1]])}"
        if len(items) >= 2 and _ALL_ITEMS.search(fold(lead)):
            units.append((lead, whole, ""))
        elif len(items) >= 2 and _ONE_OF.search(fold(lead)) and len(whole) <= _MAX_EXTRACT_SENTENCE:
            # "dans l'une des situations suivantes : A" reads as if A were the condition; with its siblings it
            # reads as the choice it is (alone again when the whole list is too long to quote).
            units.append((lead, whole, ""))
        else:
            units.extend((lead, f"{lead} {alone}", "") for alone, _ in items)
        items.clear()

    for line in [*text.splitlines(), ""]:
        line = line.strip()
        item = re.match(r"^(?:[-•*]|\d+\.)\s+(.*)$", line) if line else None
        if items and not (item and lead):
            end_of_list()
        if " | " in line:
            table.append(line.strip("| "))  # a row whose first or last cell is empty starts or ends with "|"
            continue
        if table:
            units += [] if example else _table_units(table, facts)
            table, previous = [], ""
        if not line:
            continue
        if item and lead:
            # An item ends with "," or ";" when the list runs on: quoted alone, it ends where it stops.
            written = text = item.group(1).rstrip(" ,;")
            if _JOINED_ITEM.match(text) and last_item:
                # "et votre attestation CSS" finishes the item before it: quoted alone under its lead, it reads
                # "vous devez présenter : et votre attestation CSS" (garbled), so it comes with that item.
                text = f"{last_item} {text}"
            if not (example and re.search(r"\d", item.group(1))):
                items.append((text, written))
            last_item = text
            previous = ""
            continue
        last_item = ""
        sentences = [sentence for _, _, sentence in split_sentences(line)]
        for sentence in sentences:
            # A worked example's own figures are someone else's case, from its first sentence on ("Exemple : Pour un
            # couple avec 2 enfants…, le montant du RSA est égal à 886,35 €").
            example = example or bool(_EXAMPLE.match(sentence))
            if example and re.search(r"\d", sentence):
                previous = ""  # the rest of a worked example: its figures are someone else's case
            elif _CUT.search(sentence):
                previous = ""  # a sentence that stops mid-phrase was cut (a summary sometimes is): never quoted
            elif not _DEPENDS.search(sentence):
                units.append(("", sentence, ""))
                previous = sentence
            elif previous and _FULL_STOP.search(previous):
                # "Ce délai …", "Le renouvellement ne sera donc pas possible": said alone, it may say the opposite of
                # the rule; it is quoted with the sentence it depends on, as a list item is with its lead-in.
                units.append((previous, f"{previous} {sentence}", ""))
                previous = f"{previous} {sentence}"  # a third sentence that leans on both comes with both
            else:
                previous = ""
        # A sentence that ends with ":" or without a full stop introduces the list that follows.
        lead = sentences[-1] if sentences and not item and not _FULL_STOP.search(sentences[-1]) else ""
    return units


_FULL_STOP = re.compile(r"[.!?…»)]\s*$")
# A list whose items hold together: conditions to meet all, or a counted set ("les 3 conditions suivantes").
_ALL_ITEMS = re.compile(
    r"(?<!l'une des )(?<!une des )(?<!au moins une des )(?:\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit)\s+"
    r"(?:conditions?|criteres?)\b|\bconditions? (?:suivantes|cumulatives)|toutes les conditions|l'ensemble des "
    r"conditions|cumulativement|a la fois)"
)
# A list of alternatives ("dans l'une des situations suivantes :").
_ONE_OF = re.compile(r"\b(?:l'une|une|l'un|un) des (?:\w+ ){0,2}suivant(?:e|s|es)?\b|\bau choix\b")
# A list item that finishes the one before it ("- votre carte Vitale ; - et votre attestation CSS").
_JOINED_ITEM = re.compile(r"(?:et|ou|ni|mais|puis|sinon)\b", re.I)
# The start of a worked example: what follows it in the passage with a figure is the example's, not a rule.
_EXAMPLE = re.compile(r"^(?:par exemple|exemples?\b[^.:]{0,40}:|prenons l'exemple)", re.I)
# A fiche's pointer to a form or an online service, without a rule: quoted, it is a title with no verb (where to go,
# "Où s'adresser : …", may answer a question).
_RESOURCE_LINE = re.compile(r"(?:service en ligne|formulaire|simulateur|téléservice)\s*:", re.I)
# A sentence that leans on the one before it: a demonstrative or a pronoun for what was just said, a connective
# that turns or concludes it ("donc", "toutefois", "dans ce cas", "sinon"). Impersonal "il" ("Il faut …") and
# connectives that add ("ainsi", "de plus", "dans tous les cas") stand alone.
_DEPENDS = re.compile(
    r"^(?:(?:c'|c’|ce|cet|cette|ces|cela|ceci|celui|celle|ceux|celles|elle|ils|elles|sinon|toutefois|cependant|"
    r"néanmoins|en revanche|par contre|dans ce cas|dans cette situation|dans les autres cas|à défaut|le cas échéant|"
    r"passé ce délai|au-delà|pour cela)\b"
    # "À partir de cette date, le permis est valable 15 ans": which date is in the sentence before.
    r"|(?:à partir d[eu]|à compter d[eu]|avant|après|depuis|dès|pendant|durant|au cours d[eu]|au terme d[eu]|"
    r"à l'issue d[eu]|pour|dans|sur|par|avec|selon|en plus d[eu]|outre) (?:ce|cet|cette|ces|celui|celle|ceux|celles)\b"
    # "La durée de cette majoration varie…", "Le montant de ce maintien": of what, the sentence before says.
    r"|(?:le|la|les|l'|l’)\s?\w+ (?:de|d'|d’|du) (?:ce|cet|cette|ces)\b"
    r"|(?:(?!\bet\b).){0,80}\bdonc\b)",  # "X et n'est donc pas Y" concludes inside its own sentence
    re.I,
)
# Where a quoted sentence ends when another follows it on the line: a stop, maybe inside quotes or brackets ("(AJPP)"
# alone is not an end).
_ENDED = re.compile(r"[.!?…]\s*[»)]?\s*$")


def case_decisions(sources: list[dict[str, Any]], facts: Facts) -> dict[str, Decision]:
    """For each fiche of the sources, which of its cases apply to the writer (drafting/cases.py)."""
    paths: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    outside: dict[str, set[str]] = {}
    for src in sources:
        fiche = src.get("fiche_id") or str(src["n"])
        paths.setdefault(fiche, []).append((heading_path(src), _source_text(src)))
        outside.setdefault(fiche, set()).update(src.get("outside_case") or ())
    return {fiche: decide(fiche_paths, facts, outside=outside[fiche]) for fiche, fiche_paths in paths.items()}


def _candidates(
    sources: list[dict[str, Any]], said: set[str], facts: Facts, decisions: dict[str, Decision]
) -> list[Candidate]:
    fiche_rank: dict[str, int] = {}
    for src in sources:
        fiche_rank.setdefault(src.get("fiche_id") or str(src["n"]), len(fiche_rank))
    out = []
    for index, src in enumerate(sources):
        if (src.get("heading") or "").startswith((GLOSSARY, RESOURCES)):
            continue  # a definition answers no question; the list of forms and online services is no rule
        fiche = src.get("fiche_id") or str(src["n"])
        path = heading_path(src)
        decision = decisions[fiche]
        if not decision.applies(path):
            continue  # another situation than the writer's (another age, status, family, nationality)
        if special_situations(fold(" ".join(path))) - facts.situations:
            continue  # a chapter for a situation the message does not mention (prison, abroad, farming…)
        if any(_unsaid_status(heading, facts) for heading in path):
            continue  # "Vous étiez bénéficiaire de la CMU-C" to a writer who never said so
        chosen = any(path[:depth] in decision.chosen for depth in range(1, len(path) + 1))
        label_terms = terms_of(case_label(src))
        for position, (lead, sentence, key) in enumerate(_units(_source_text(src), facts)):
            sentence = sentence.lstrip("-•* ").strip()
            terms = terms_of(sentence)
            if (
                len(sentence) < 15
                or len(sentence) > _MAX_EXTRACT_SENTENCE * (1.5 if lead and " ; " in sentence else 1)
                or len(terms) < 2
                or len(terms | label_terms) < 3
            ):
                continue
            if sentence.endswith("…") or sentence.endswith(":"):
                continue  # cut by the trim, or a list head whose items are elsewhere: both mislead alone
            if sentence.endswith("?") and not key:
                continue  # a fiche's own question ("Combien de temps dure la CSS ?") answers nothing
            if _RESOURCE_LINE.match(sentence):
                continue  # "Service en ligne : Simulateur Caf": a link's title, which the links block gives
            if place_situations(fold(sentence)) - facts.situations:
                continue  # Paris's own office, another place's rule (cases.place_situations)
            if not key and not lead and (not _FULL_STOP.search(sentence) or sentence[0].islower()):
                continue  # a heading, a list head, a cut sentence or a list item without its lead: not a rule
            if said and len(terms & said) / len(terms) >= ALREADY_SAID_SHARE:
                continue  # the model already says this
            fit = row_fit(sentence, facts) if key else 0
            if fit < 0:
                continue  # a table row for another year, age, number of children or income
            rank = fiche_rank[fiche]
            has_number = bool(re.search(r"\d", sentence))
            own = terms_of(sentence[len(lead) :]) if lead else terms
            candidate = Candidate(index, position, sentence, terms, label_terms, rank, has_number, lead, own)
            candidate.fits = chosen or fit > 0
            out.append(candidate)
    return out


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# Weights of a sentence's features in its score, set by hand and checked on train + validation: relevance to the
# questions counts most, then to the rest of the message, the best match of one question, an amount / delay / date,
# the writer's own case or table row; the fiche's introduction is a summary and gives way. A logistic regression on
# the train split (benchmarks/drafting_features.py: which sentences state a key fact) did not do better (validation
# AUC 0.774 vs 0.784, draft coverage -0.04; docs/benchmarks.md).
WEIGHTS: dict[str, float] = {
    "asked": 2.0,
    "rest": 1.0,
    "question_best": 1.0,
    "number": 1.0,
    "fits": 1.0,
    "top_fiche": 0.0,
    "row": 0.0,
    "item": 0.0,
    "length": 0.0,
    "general": -1.0,
}


def _outside_age_bracket(title: str, facts: Facts) -> bool:
    """Whether a fiche's title is an adult age bracket ("de 25 ans et plus", "de 18 à 24 ans") the writer's age is
    outside, that age said as the writer's own (brackets of minors are left alone: a parent asks about a child's
    card; a child's age says nothing of the parent's RSA)."""
    spans = [span for span in title_spans(title) if span.kind == "age" and span.low >= 18]
    return bool(spans and facts.own_ages) and not any(span.holds(age) for span in spans for age in facts.own_ages)


def candidate_features(
    sources: list[dict[str, Any]],
    questions: list[str],
    context: str = "",
    *,
    exclude: str = "",
    facts_text: str = "",
    facts: Facts | None = None,
) -> tuple[list[Candidate], list[dict[str, float]], list[set[str]], Any, dict[str, Decision]] | None:
    """The candidate sentences of the sources for this message, each with its features (see WEIGHTS).

    `facts_text` adds facts that pick the writer's case but never reach a prompt (a birth date pseudonymised in the
    message, read back from its mapping by compose); `facts`, the message's facts when the caller has read them."""
    if facts is None:
        facts = message_facts(" ".join([context, *questions, facts_text]))
    decisions = case_decisions(sources, facts)
    candidates = _candidates(sources, terms_of(exclude), facts, decisions)
    # A fiche below the first written for another public (the civil service for a private employee, a minor for an
    # adult) gives lines the agent must delete: its sentences are not quoted (train + validation 0.424 → 0.426).
    writer = qualifiers_in_message(fold(" ".join([context, *questions])))
    first = sources[0].get("fiche_id") if sources else None
    other = {
        src.get("fiche_id")
        for src in sources
        if src.get("fiche_id") != first and mismatch(qualifiers_in_title(fold(src.get("title") or "")), writer)
    }
    # A fiche whose title is an adult age bracket the writer's age is outside ("RSA demandeur de 25 ans et plus" to a
    # 23-year-old), the first one included: quoted, it tells the writer a rule that is not theirs (the d6 reading).
    other |= {src.get("fiche_id") for src in sources if _outside_age_bracket(src.get("title") or "", facts)}
    candidates = [c for c in candidates if sources[c.index].get("fiche_id") not in other]
    if not candidates:
        return None
    df = Counter(t for c in candidates for t in c.terms | c.label_terms)
    total = len(candidates)

    def idf(term: str) -> float:
        return math.log(1 + total / df[term]) if df[term] else 0.0

    def relevance(c: Candidate, query: set[str]) -> float:
        weight = sum(idf(t) for t in c.terms & query) + 0.5 * sum(idf(t) for t in (c.label_terms - c.terms) & query)
        return weight / (1 + len(c.terms) / 30) * (1 - FICHE_RANK_DISCOUNT * min(c.rank, 3))

    parts = [terms for terms in map(asked_terms, questions) if terms]
    asked = set().union(*parts) if parts else set()
    rest = terms_of(context) - asked
    number_bonus = math.log(1 + total / max(1, sum(c.has_number for c in candidates)))
    asked_scores = [relevance(c, asked) for c in candidates]
    rest_scores = [relevance(c, rest) for c in candidates]
    per_question = [[relevance(c, q) for c in candidates] for q in parts]
    top_asked, top_rest = max(asked_scores) or 1.0, max(rest_scores) or 1.0
    features = []
    for i, c in enumerate(candidates):
        best = max((scores[i] / (max(scores) or 1.0) for scores in per_question), default=0.0)
        src = sources[c.index]
        features.append(
            {
                "asked": asked_scores[i] / top_asked,
                "rest": rest_scores[i] / top_rest,
                "question_best": best,
                "number": float(c.has_number),
                "fits": float(c.fits),
                "top_fiche": float(c.rank == 0),
                "row": float(" ; " in c.sentence and " : " in c.sentence and not c.lead),
                "item": float(bool(c.lead)),
                "length": min(len(c.terms), 60) / 30,
                "general": float(not heading_path(src) or heading_path(src)[0] == "Introduction"),
                "base": 2 * asked_scores[i] + rest_scores[i] + number_bonus * (c.has_number + c.fits),
            }
        )
    return candidates, features, parts, relevance, decisions


def score_candidates(
    sources: list[dict[str, Any]],
    questions: list[str],
    context: str = "",
    *,
    exclude: str = "",
    facts_text: str = "",
    facts: Facts | None = None,
) -> tuple[list[Candidate], list[set[str]], Any, dict[int, float], dict[str, Decision]] | None:
    """The candidates that may be quoted (a fiche far below the best one is left out), with their scores."""
    found = candidate_features(sources, questions, context, exclude=exclude, facts_text=facts_text, facts=facts)
    if found is None:
        return None
    candidates, features, parts, relevance, decisions = found
    overall = {}
    for c, f in zip(candidates, features, strict=True):
        relevant = f["asked"] + f["rest"] > 0
        overall[id(c)] = sum(WEIGHTS[k] * f[k] for k in WEIGHTS) if relevant else 0.0
    # A fiche whose best sentence is far below the best fiche's matched on a word or two: leave it out.
    base = {id(c): f["base"] for c, f in zip(candidates, features, strict=True)}
    best_of_fiche: dict[int, float] = {}
    for c in candidates:
        best_of_fiche[c.rank] = max(best_of_fiche.get(c.rank, 0.0), base[id(c)])
    top = max(best_of_fiche.values())
    candidates = [c for c in candidates if best_of_fiche[c.rank] >= WEAK_FICHE_SHARE * top]
    return candidates, parts, relevance, overall, decisions


def filling_fiche(sources: list[dict[str, Any]], writer: frozenset[str]) -> str | None:
    """The fiche whose sentences fill a draft beyond the answer to each question: the first one, unless its title is
    written for another public than the writer's (agent public, salarié du privé, indépendant) and a lower one names
    the writer's."""
    fiches = [s.get("fiche_id") or str(s["n"]) for s in sources]
    titles = {f: qualifiers_in_title(fold(s.get("title") or "")) for f, s in zip(fiches, sources, strict=True)}
    publics = writer & PUBLICS
    if not fiches or not publics or not (titles[fiches[0]] & PUBLICS) or titles[fiches[0]] & publics:
        return fiches[0] if fiches else None
    return next((f for f in fiches if titles[f] & publics), fiches[0])


@dataclass
class Selection:
    """The quoted lines grouped by passage (`[(case label, sentences, n)]`) and the cases they leave open: the
    titles of the first group of alternatives the message did not decide between that a quoted line belongs to."""

    blocks: list[tuple[str, list[str], int]] = field(default_factory=list)
    open_cases: list[str] = field(default_factory=list)

    @property
    def question(self) -> str:
        """The question whose answer would settle the open cases, or ""."""
        return deciding_question(self.open_cases)


def _open_cases(path: tuple[str, ...], decision: Decision) -> list[str]:
    """The undecided alternatives the passage at `path` is one of (its outermost undecided group), sorted."""
    for depth in range(1, len(path) + 1):
        if path[:depth] in decision.undecided:
            parent = path[: depth - 1]
            return sorted(p[-1] for p in decision.undecided if p[:-1] == parent and len(p) == depth)
    return []


def select_extracts(
    sources: list[dict[str, Any]],
    questions: list[str],
    context: str = "",
    *,
    exclude: str = "",
    limit: int = MAX_EXTRACTS,
    per_source: int = 3,
    budget: int = WORD_BUDGET,
    facts_text: str = "",
) -> Selection:
    """The source sentences that best answer the questions, grouped by passage: `[(case label, sentences, n)]`.

    `questions` are the question sentences of the message, then its subject; `context` the rest of it. First the
    sentences of situations that are not the writer's are left out (another age, status, family, nationality, or a
    table row for another year: drafting/cases.py). A word weighs by its rarity among the candidate sentences (a
    word every sentence of the fiche has, "Cesu" in the Cesu fiche, tells nothing), a sentence's case heading counts
    half, and long sentences pay a little. Each question first gets its best sentence (so that the third question
    of a message is answered too), then the best sentences for the whole message fill up to `limit` sentences and
    `budget` words, with a bonus for an amount, delay or date and for a sentence of the case the message picked.
    Sentences of a lower-ranked fiche weigh less and a fiche far below the best one is left out; near-duplicates
    (the same sentence under another case) are skipped, at most `per_source` come from one passage, and what
    `exclude` (the model's text) already says is left out. Sentences are copied verbatim (a list item with its
    lead-in, a table row with its header), in the passage's order; the label is the situation they are about
    (when the message chose it, or could not decide between situations, which the labels then show).
    """
    facts = message_facts(" ".join([context, *questions, facts_text]))
    # A passage under a case heading the message contradicts ("Vous êtes Français" to a writer with a residence
    # permit) is marked: it is not quoted, and its group of cases is decided without it (`persona.outside_cases`).
    sources, _ = outside_cases(sources, " ".join([*questions, context]), private_text=facts_text)
    scored = score_candidates(sources, questions, context, exclude=exclude, facts_text=facts_text, facts=facts)
    if scored is None:
        return Selection()
    candidates, parts, relevance, overall, decisions = scored
    # A passage under a case heading the message contradicts (`persona.outside_cases`) is not quoted.
    candidates = [c for c in candidates if not sources[c.index].get("outside_case")]
    abroad = bool({"abroad", "foreign"} & facts.situations)

    picked: list[Candidate] = []
    counts: Counter[int] = Counter()
    used_words = 0

    def take(c: Candidate) -> bool:
        nonlocal used_words
        if c in picked or counts[c.index] >= per_source or len(picked) >= limit:
            return False
        if picked and used_words + _words(c.sentence) > budget:
            return False
        numbers = set(re.findall(r"\d+", c.sentence))
        for p in picked:
            same_words = len(c.own_terms & p.own_terms) >= 0.6 * len(c.own_terms)
            if same_words and numbers <= set(re.findall(r"\d+", p.sentence)):
                return False  # the same sentence under another case, or a near-duplicate (other amounts are kept)
        picked.append(c)
        counts[c.index] += 1
        used_words += _words(c.sentence)
        return True

    # Beyond the answer to each question, only one fiche fills the draft: the first, or the first written for the
    # writer's public when the first is written for another ("… dans la fonction publique" to a nurse at the
    # hospital under the private sector's fiche). Other fiches' lines are the ones readers delete first (the train
    # reading: in 19 drafts of 20).
    filler = filling_fiche(sources, qualifiers_in_message(fold(" ".join([context, *questions]))))
    # One sentence per question first: the best match, if it matches well enough to be an answer.
    for query in parts:
        scored = sorted(
            ((relevance(c, query) * (1.5 if c.fits else 1.0), c) for c in candidates), key=lambda pair: -pair[0]
        )
        if scored and scored[0][0] > 0:
            best = scored[0][0]
            for score, c in scored:
                if score < MIN_SHARE_OF_BEST * best or take(c):
                    break
    for c in sorted(candidates, key=lambda c: -overall[id(c)]):
        if overall[id(c)] <= 0 or len(picked) >= limit:
            break
        if (sources[c.index].get("fiche_id") or str(sources[c.index]["n"])) != filler:
            continue  # a lower fiche answers a question the first leaves open (above), it does not fill the draft
        take(c)
    # Group by passage: the first fiche's passages first (the draft says it is about that fiche), each fiche's best
    # passage first, sentences in the fiche's own order.
    order: list[int] = []
    for c in sorted(picked, key=lambda c: c.rank):  # stable: within a fiche, the order they were picked in
        if c.index not in order:
            order.append(c.index)
    blocks = []
    open_cases: list[str] = []
    for index in order:
        sentences: list[str] = []
        previous = last_piece = ""
        for c in sorted((c for c in picked if c.index == index), key=lambda c: c.position):
            piece = c.sentence[len(c.lead) :].strip() if c.lead else ""
            if c.lead and c.lead == previous:  # two items of one list: "Vous devez : faire ceci ; faire cela"
                if last_piece and piece.startswith(last_piece):  # the item that finishes the one just quoted
                    sentences[-1] = sentences[-1][: len(sentences[-1]) - len(last_piece)] + piece
                else:
                    sentences[-1] += " ; " + piece
            elif c.lead and sentences and sentences[-1] == c.lead:  # a sentence and the one that leans on it
                sentences[-1] = c.sentence
            else:
                sentences.append(c.sentence)
            previous, last_piece = c.lead, piece
        src = sources[index]
        decision = decisions[src.get("fiche_id") or str(src["n"])]
        label = shown_label(heading_path(src), decision, abroad=abroad)
        blocks.append((label, sentences, int(src["n"])))
        open_cases = open_cases or _open_cases(heading_path(src), decision)
    return Selection(blocks, open_cases)


def _label_words(label: str) -> set[str]:
    return terms_of(label)


def format_extracts(blocks: list[tuple[str, list[str], int]]) -> list[str]:
    """One cited line per passage, introduced by the situation it is about: "- Vous vivez en couple : … [2]"."""
    lines = []
    for label, sentences, n in blocks:
        text = " ".join(s if _ENDED.search(s) else f"{s}." for s in sentences[:-1])
        text = f"{text} {sentences[-1]}".strip() if sentences else text
        # A sentence that starts by saying its situation ("Si votre demande est acceptée, …" under "Votre demande
        # est acceptée") needs no label.
        words = _label_words(label) if label else set()
        repeated = len(words) >= 2 and words <= terms_of(" ".join(text.split()[:12]))
        lines.append(f"- {label} : {text} [{n}]" if label and not repeated else f"- {text} [{n}]")
    return lines


def key_points(
    sources: list[dict[str, Any]],
    questions: list[str],
    *,
    context: str = "",
    exclude: str = "",
    limit: int = MAX_EXTRACTS,
    budget: int = WORD_BUDGET,
    facts_text: str = "",
) -> list[str]:
    """Verbatim, cited lines of the fiches that the model left out (conditions, amounts, delays it skipped)."""
    blocks = select_extracts(
        sources, questions, context, exclude=exclude, limit=limit, budget=budget, facts_text=facts_text
    ).blocks
    return format_extracts(blocks)


# A sentence answers the question when it shares this many distinct words with the message's questions.
ANSWER_TERMS = 2


def answers_question(sources: list[dict[str, Any]], questions: list[str], context: str = "") -> bool:
    """Whether some sentence of the sources (of the writer's case) shares ANSWER_TERMS words with the questions,
    beyond the words every candidate shares: when retrieval says the fiches do not cover the question, quoting them
    is only useful if one of their sentences does answer it."""
    found = candidate_features(sources, questions, context)
    if found is None:
        return False
    candidates = found[0]
    asked = set().union(*(terms_of(q) for q in questions)) if questions else set()
    common = set.intersection(*(c.terms for c in candidates)) if candidates else set()
    return any(len((c.terms | c.label_terms) & asked - common) >= ANSWER_TERMS for c in candidates)


def links_block(sources: list[dict[str, Any]], text: str = "", about: str = "") -> str:
    """Where to act and read more: the online service (a reply without a next step is a dead end), then the best
    fiche; `text` is the draft so far (a fiche it cites may lend its service), `about` the message."""
    if not sources:
        return ""
    lines = []
    service = online_service(sources, text, about)
    if service:
        lines.append(
            f"Pour faire la démarche en ligne : {service.get('title', '')}, {service['url']} [{service['n']}]"
        )
    top = sources[0]
    if top.get("url"):
        lines.append(f"Pour en savoir plus : « {top['title']} », {top['url']} [{top['n']}]")
    return "\n".join(lines)


def understood(sources: list[dict[str, Any]]) -> str:
    """One sentence that shows what the request is about, in the agent's voice, from the best fiche's title (never
    the citizen's own words, never their first person)."""
    if not sources or not (sources[0].get("title") or "").strip():
        return ""
    title = sources[0]["title"].strip()
    if title.endswith("?"):
        return f"Vous nous demandez : {title[0].lower()}{title[1:]}"
    return f"Votre demande concerne : {title}."


def quoted_intro(best: dict[str, Any]) -> str:
    """The line before the quoted sentences: which fiche they come from. It claims no understanding of the request
    (the d9 reading found "Votre demande concerne : <title>" a poor show of it, and false under a wrong fiche)."""
    title = (best.get("title") or "").strip().rstrip(" ?.")
    return f"Voici ce que prévoit la fiche officielle « {title} » :" if title else ""


def extractive_middle(
    sources: list[dict[str, Any]],
    questions: list[str],
    context: str = "",
    *,
    limit: int = MAX_EXTRACTS,
    facts_text: str = "",
) -> str:
    """What the request is about, the sentences of the fiches that answer it for the writer's own case (each
    introduced by that case when it matters, cited), then the online service and the fiche to read more."""
    if not sources:
        return ""
    selection = select_extracts(sources, questions, context, limit=limit, facts_text=facts_text)
    asked = selection.question
    blocks = selection.blocks
    if not blocks:
        return ""
    # The draft is about the fiche of its first line (the best-ranked fiche quoted), not the first passage of the
    # search that happens to be quoted: the line that opens the quotes and "Pour en savoir plus" name that fiche.
    best = next((s for s in sources if s["n"] == blocks[0][2]), sources[0])
    lines = [quoted_intro(best), *format_extracts(blocks)]
    about = " ".join([*questions, context])
    links = links_block([best, *[s for s in sources if s is not best]], "\n".join(lines), about)
    return "\n".join([*lines, *([asked] if asked else []), *([links] if links else [])])


_CITATION_GROUP = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")


def keep_cited_sources(middle: str, sources: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """The model's sources and the reference passages that `middle` cites, renumbered after them (in `middle` too).

    Reference passages (`in_prompt` false) are read only by the verbatim extracts; those no extract copied are left
    out of the draft's sources, so that the agent sees the passages the draft rests on and no others. A number no
    source has stays as it is (the checks flag it): it is above every new number.
    """
    cited = {n for n, _, _ in cited_numbers(middle)}
    kept = [s for s in sources if s.get("in_prompt", True) or s["n"] in cited]
    mapping = {int(s["n"]): new for new, s in enumerate(kept, start=1)}
    if all(old == new for old, new in mapping.items()):
        return middle, kept

    def renumber(m: re.Match[str]) -> str:
        numbers = [mapping.get(int(x), int(x)) for x in re.findall(r"\d+", m.group(1))]
        return "[" + ", ".join(str(n) for n in numbers) + "]"

    return _CITATION_GROUP.sub(renumber, middle), [{**s, "n": mapping[int(s["n"])]} for s in kept]
