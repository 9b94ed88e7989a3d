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

from guichet.drafting.checks import cited_numbers
from guichet.knowledge.analysis import analyze
from guichet.text import sentence_spans as split_sentences

EXTRACTIVE_INTRO = "Voici les informations des fiches officielles qui correspondent à votre demande :"
KEY_POINTS_HEAD = "Les points essentiels des fiches officielles :"
_MAX_EXTRACT_SENTENCE = 420
# Sentences quoted at most, under a model's answer or as the extractive draft: a message asks two or three things
# and a fiche answers each by case (salarié / fonctionnaire, France / étranger); the agent deletes the cases that do
# not apply, which costs less than looking up what is missing (8 → 12 raised key-fact coverage 0.56 → 0.62 and
# the median draft from about 400 to 470 words; docs/benchmarks.md).
MAX_EXTRACTS = 12
# A sentence cannot end on an article, a preposition or a conjunction: one that does was cut.
_CUT = re.compile(r"\b(?:une?|les?|la|l'|des?|du|d'|en|à|au|aux|et|ou|pour|par|avec|sur|dans|que|qui)\s*$", re.I)
GLOSSARY = "Définitions"  # heading of the fiches' glossary passages
# A sentence whose words are this much in the model's answer is not quoted again under it.
ALREADY_SAID_SHARE = 0.6
# A lower-ranked fiche's sentences weigh this much less per rank (a neighbouring fiche matched on a few words).
FICHE_RANK_DISCOUNT = 0.25
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


def online_service(sources: list[dict[str, Any]], text: str = "") -> dict[str, Any] | None:
    """The first online service (téléservice, formulaire) of the best fiche, or of a fiche that `text` cites.

    Another fiche's service is often off the point (a labour-court form under an unemployment answer), so a
    fiche other than the best one lends its service only when the draft quotes it.
    """
    cited = {n for n, _, _ in cited_numbers(text)}
    fiches = {s.get("fiche_id") for s in sources if s["n"] in cited}
    if sources:
        fiches.add(sources[0].get("fiche_id"))
    for s in sources:
        if s.get("fiche_id") not in fiches:
            continue
        for r in s.get("resources") or []:
            kind = str(r.get("kind", "")).lower()
            if r.get("url") and any(w in kind for w in ("ligne", "teleservice", "téléservice", "service", "form")):
                return {**r, "n": s["n"]}
    return None


def case_label(source: dict[str, Any]) -> str:
    """The passage's place in its fiche ("Salarié – Montant"), or "" when it is the fiche's general text.

    Fiches split their answer by situation (salarié, fonctionnaire, majeur, mineur…): a sentence copied without its
    case heading can say the opposite of what applies to the citizen, so every extract carries it.
    """
    heading = (source.get("heading") or "").strip()
    title = (source.get("title") or "").strip()
    parts = [p.strip() for p in heading.split(">") if p.strip() and p.strip() != title]
    return " – ".join(parts)


def terms_of(text: str) -> set[str]:
    """Stemmed content words, as the search index reads them ("impôts" and "impôt" meet, "paie" counts)."""
    return set(analyze(text))


def _source_text(source: dict[str, Any]) -> str:
    return source.get("extract") or source.get("passage") or ""


def _units(text: str) -> list[tuple[str, str]]:
    """`(lead, sentence)` pairs, read in context: a list item with the sentence that introduces it ("Vous devez :
    - …", the lead), a table row with its header ("Année de naissance : 1961 à 1963 ; Nombre de trimestres : 168")."""
    units: list[tuple[str, str]] = []
    header: list[str] | None = None
    lead = ""
    for line in text.splitlines():
        line = line.strip()
        if " | " in line:
            cells = [c.strip() for c in line.split(" | ")]
            if header is None:
                header = cells  # the first row of a table (chunks of a long table repeat it)
            elif len(cells) == len(header):
                units.append(
                    ("", " ; ".join(f"{h} : {c}" if h else c for h, c in zip(header, cells, strict=True) if c))
                )
            else:
                units.append(("", " ; ".join(c for c in cells if c)))
            continue
        header = None
        item = re.match(r"^(?:[-•*]|\d+\.)\s+(.*)$", line)
        if item and lead:
            units.append((lead, f"{lead} {item.group(1)}"))
            continue
        sentences = [sentence for _, _, sentence in split_sentences(line)]
        # A sentence that stops mid-phrase was cut (a fiche's summary sometimes is): never quote half a rule.
        units += [("", u) for u in sentences if not _CUT.search(u)]
        lead = sentences[-1] if sentences and sentences[-1].endswith(":") and not item else ""
    return units


def _candidates(sources: list[dict[str, Any]], said: set[str]) -> list[Candidate]:
    fiche_rank: dict[str, int] = {}
    for src in sources:
        fiche_rank.setdefault(src.get("fiche_id") or str(src["n"]), len(fiche_rank))
    out = []
    for index, src in enumerate(sources):
        if (src.get("heading") or "").startswith(GLOSSARY):
            continue  # a definition answers no question
        label_terms = terms_of(case_label(src))
        for position, (lead, sentence) in enumerate(_units(_source_text(src))):
            sentence = sentence.lstrip("-•* ").strip()
            terms = terms_of(sentence)
            if (
                len(sentence) < 15
                or len(sentence) > _MAX_EXTRACT_SENTENCE
                or len(terms) < 2
                or len(terms | label_terms) < 3
            ):
                continue
            if sentence.endswith("…") or sentence.endswith(":"):
                continue  # cut by the trim, or a list head whose items are elsewhere: both mislead alone
            if said and len(terms & said) / len(terms) >= ALREADY_SAID_SHARE:
                continue  # the model already says this
            rank = fiche_rank[src.get("fiche_id") or str(src["n"])]
            has_number = bool(re.search(r"\d", sentence))
            own = terms_of(sentence[len(lead) :]) if lead else terms
            out.append(Candidate(index, position, sentence, terms, label_terms, rank, has_number, lead, own))
    return out


def relevant_extracts(
    sources: list[dict[str, Any]],
    questions: list[str],
    context: str = "",
    *,
    exclude: str = "",
    limit: int = 6,
    per_source: int = 3,
) -> list[tuple[str, list[str], int]]:
    """The source sentences that best answer the questions, grouped by passage: `[(case label, sentences, n)]`.

    `questions` are the question sentences of the message, then its subject; `context` the rest of it. A word
    weighs by its rarity among the candidate sentences (a word every sentence of the fiche has, "Cesu" in the
    Cesu fiche, tells nothing), a sentence's case heading counts half, and long sentences pay a little. Each
    question first gets its best sentence (so that the third question of a message is answered too), then the
    best sentences for the whole message fill up to `limit`, with a bonus for an amount, delay or date.
    Sentences of a lower-ranked fiche weigh less and a fiche far below the best one is left out; near-duplicates
    (the same sentence under another case) are skipped, at most `per_source` come from one passage, and what
    `exclude` (the model's text) already says is left out. Sentences are copied verbatim (a list item with its
    lead-in, a table row with its header), in the passage's order.
    """
    candidates = _candidates(sources, terms_of(exclude))
    if not candidates:
        return []
    df = Counter(t for c in candidates for t in c.terms | c.label_terms)
    total = len(candidates)

    def idf(term: str) -> float:
        return math.log(1 + total / df[term]) if df[term] else 0.0

    def relevance(c: Candidate, query: set[str]) -> float:
        weight = sum(idf(t) for t in c.terms & query) + 0.5 * sum(idf(t) for t in (c.label_terms - c.terms) & query)
        return weight / (1 + len(c.terms) / 30) * (1 - FICHE_RANK_DISCOUNT * min(c.rank, 3))

    parts = [terms for terms in map(terms_of, questions) if terms]
    asked = set().union(*parts) if parts else set()
    rest = terms_of(context) - asked
    number_bonus = math.log(1 + total / max(1, sum(c.has_number for c in candidates)))

    def overall_score(c: Candidate) -> float:
        base = 2 * relevance(c, asked) + relevance(c, rest)
        return base + (number_bonus if c.has_number and base > 0 else 0.0)

    overall = {id(c): overall_score(c) for c in candidates}
    # A fiche whose best sentence is far below the best fiche's matched on a word or two: leave it out.
    best_of_fiche: dict[int, float] = {}
    for c in candidates:
        best_of_fiche[c.rank] = max(best_of_fiche.get(c.rank, 0.0), overall[id(c)])
    top = max(best_of_fiche.values())
    candidates = [c for c in candidates if best_of_fiche[c.rank] >= WEAK_FICHE_SHARE * top]

    picked: list[Candidate] = []
    counts: Counter[int] = Counter()

    def take(c: Candidate) -> bool:
        if c in picked or counts[c.index] >= per_source or len(picked) >= limit:
            return False
        numbers = set(re.findall(r"\d+", c.sentence))
        for p in picked:
            same_words = len(c.own_terms & p.own_terms) >= 0.6 * len(c.own_terms)
            if same_words and numbers <= set(re.findall(r"\d+", p.sentence)):
                return False  # the same sentence under another case, or a near-duplicate (other amounts are kept)
        picked.append(c)
        counts[c.index] += 1
        return True

    # One sentence per question first: the best match, if it matches well enough to be an answer.
    for query in parts:
        scored = sorted(((relevance(c, query), c) for c in candidates), key=lambda pair: -pair[0])
        if scored and scored[0][0] > 0:
            best = scored[0][0]
            for score, c in scored:
                if score < MIN_SHARE_OF_BEST * best or take(c):
                    break
    for c in sorted(candidates, key=lambda c: -overall[id(c)]):
        if overall[id(c)] <= 0 or len(picked) >= limit:
            break
        take(c)
    # Group by passage: the best passage first, sentences in the fiche's own order.
    order: list[int] = []
    for c in picked:
        if c.index not in order:
            order.append(c.index)
    blocks = []
    for index in order:
        sentences: list[str] = []
        previous = ""
        for c in sorted((c for c in picked if c.index == index), key=lambda c: c.position):
            if c.lead and c.lead == previous:  # two items of one list: "Vous devez : faire ceci ; faire cela"
                sentences[-1] += " ; " + c.sentence[len(c.lead) :].strip()
            else:
                sentences.append(c.sentence)
            previous = c.lead
        blocks.append((case_label(sources[index]), sentences, int(sources[index]["n"])))
    return blocks


def format_extracts(blocks: list[tuple[str, list[str], int]]) -> list[str]:
    """One cited line per passage, introduced by its case heading: "- Salarié – Montant : … [2]"."""
    lines = []
    for label, sentences, n in blocks:
        text = " ".join(sentences)
        lines.append(f"- {label} : {text} [{n}]" if label else f"- {text} [{n}]")
    return lines


def key_points(
    sources: list[dict[str, Any]],
    questions: list[str],
    *,
    context: str = "",
    exclude: str = "",
    limit: int = MAX_EXTRACTS,
) -> list[str]:
    """Verbatim, cited lines of the fiches that the model left out (conditions, amounts, delays it skipped)."""
    return format_extracts(relevant_extracts(sources, questions, context, exclude=exclude, limit=limit))


def links_block(sources: list[dict[str, Any]], text: str = "") -> str:
    """Where to read more and act: the best fiche and its online service (a reply without them is a dead end);
    `text` is the draft so far (a fiche it cites may lend its service)."""
    if not sources:
        return ""
    lines = []
    top = sources[0]
    if top.get("url"):
        lines.append(f"Pour en savoir plus : « {top['title']} », {top['url']} [{top['n']}]")
    service = online_service(sources, text)
    if service:
        lines.append(f"Service en ligne : {service.get('title', '')}, {service['url']} [{service['n']}]")
    return "\n".join(lines)


def extractive_middle(
    sources: list[dict[str, Any]], questions: list[str], context: str = "", *, limit: int = MAX_EXTRACTS
) -> str:
    """The sentences of the fiches that best answer the questions, each passage under its case heading, cited,
    then links to the fiches and the online service."""
    if not sources:
        return ""
    blocks = relevant_extracts(sources, questions, context, limit=limit)
    lines = [EXTRACTIVE_INTRO, *format_extracts(blocks)] if blocks else []
    seen: list[dict[str, Any]] = []
    used = {n for _, _, n in blocks}
    for src in sources:
        if (src["n"] in used or not seen) and src["fiche_id"] not in {f["fiche_id"] for f in seen}:
            seen.append(src)
    for src in seen[:2]:
        if src.get("url"):
            lines.append(f"Pour en savoir plus : « {src['title']} », {src['url']} [{src['n']}]")
    service = online_service(sources, "\n".join(lines))
    if service:
        lines.append(f"Service en ligne : {service.get('title', '')}, {service['url']} [{service['n']}]")
    return "\n".join(lines)


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
