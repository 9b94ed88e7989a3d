"""Whether the fiches a draft would quote answer the question asked (principle 2: grounded or silent).

Retrieval always returns three fiches, and the search's own confidence says little when nothing answers: a town's
Christmas parcel for old people brings the RSA "Prime de Noël" fiche, a seniors' club coach trip the passport's
price, "the best Ehpad in Vannes" the Ehpad fiche. Quoting them is worse than saying nothing: the agent must read
and delete the lines, and a hurried one sends them. So the draft judges, before it quotes or calls the model, how
much of what the question asks the fiche it would rest on speaks of.

The judgement reads the question's content words (subject and question sentences), each weighed by its rarity among
the fiches (the search index's inverse document frequency: "colis", "déchetterie", "loto" weigh far more than
"demande" or "date"), and looks for them in the first fiche's title and in the passages the draft may quote from
it. A vocabulary entry the question uses counts as found when the fiche is that entry's or uses its words
("mutuelle gratuite" is said "complémentaire santé solidaire" in the fiche). The share of the question's weight the
fiche speaks of (`answer_share`) joins the search's margin and dense score, triage's out-of-scope score, the weight
of the heaviest word the fiche does not hold and whether the question names a vocabulary entry in a logistic score
(WEIGHTS; since the thirty-second pass also a town's own facility or event, advice on a product, triage's complaint
score and whether it names the competent body): the probability that no fiche answers. At UNANSWERED_AT or more
the draft does not quote and says the fiches do not answer and where to ask (`frame.NOT_COVERED`).

Weights and threshold fitted and chosen on the train and validation items of corpora/retrieval and corpora/drafting
(docs/benchmarks.md, "Drafting", thirty-first pass, engineer-d33, refitted in the thirty-second by engineer-d34;
`benchmarks/drafting_grounding.py` replays them).
"""

import math
import re
from collections.abc import Iterable
from typing import Any

from django.conf import settings

from guichet.drafting.extracts import terms_of
from guichet.knowledge.index import get_index
from guichet.knowledge.vocabulary import find
from guichet.text import fold

# The words of a question that say it is one, or are polite forms, not what it is about.
_ASKING_WORDS = frozenset(
    terms_of(
        "combien faut doit doivent faire cas on il elle bonjour merci madame monsieur peut pouvez puis savoir "
        "voudrais aimerais souhaite"
    )
)
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\d*\]")

# The judgement is a logistic score over what the draft can see, in raw units: the share of the question's weight the
# first fiche speaks of, the search's margin (capped at MARGIN_CAP), the first fiche's dense score, triage's
# out-of-scope score, the weight of the heaviest question word the first fiche does not speak of, whether the
# question names a vocabulary entry (a procedure's own name); since the thirty-second pass (engineer-d34) also whether
# the question asks about a town's own facility or event (LOCAL_SERVICE: its pool, its hall, its fête, which no
# fiche describes), whether it asks for advice on a product or a choice (ADVICE: the cheapest mutual, which bank,
# a good lawyer), triage's complaint score (a complaint usually rests on a procedure the fiches describe) and whether
# triage names the competent body (REDIRECTED: the draft then redirects, and a high out-of-scope score says "not this
# office" rather than "no fiche"). Fitted on the train split of corpora/retrieval and corpora/drafting, the classes
# balanced (messages whose author found no answering fiche against the others; AUC 0.925 on train, 0.925 on
# validation, against 0.897 / 0.910 refitted without the four new features). The lexical score was left out
# (thirty-first pass): given the others its fitted weight was positive, which fails on a small knowledge base, where
# every good question reaches 0.9.
WEIGHTS = {
    "share": -1.699,
    "margin": -0.173,
    "dense": -7.062,
    "out_of_scope": 2.972,
    "heaviest_missing": -0.010,
    "named": -0.859,
    "local_service": 3.071,
    "advice": 4.036,
    "complaint": -1.913,
    "redirected": -0.759,
}
BIAS = 2.708
MARGIN_CAP = 8.0
# Without dense search (GUICHET_SEARCH_DENSE=false) every dense score is 0, which the weights read as "far in
# meaning": the mean dense score of the train messages stands in for it, so that the other features decide (not
# measured: the corpora were read with dense search on).
DENSE_WHEN_OFF = 0.445
# Above this probability that no fiche answers, the draft does not quote (chosen on train + validation,
# `benchmarks/drafting_grounding.py report`, 5,037 messages: 78 of the 171 without an answering fiche get "not
# covered" and 133 of the 4,866 with one, against 74 and 175 with the thirty-first pass's six features at 0.9; 0.9:
# 93 for 165; 0.94: 74 for 126).
UNANSWERED_AT = 0.93

# A town's own facility, event or service (folded text): fiches describe national rules, never the commune's pool,
# hall, tip, fête or library.
LOCAL_SERVICE = re.compile(
    r"\b(?:municipale?s?|communale?s?|intercommunale?s?|de (?:la|notre) (?:commune|ville)|du (?:village|quartier|bourg"
    r"|hameau)|comite des fetes|salle des fetes|mediatheque|bibliotheque|piscine|gymnase|stade|dechetterie|"
    r"jardin partage|centre de loisirs|marche de noel|vide-grenier|brocante|feu d'artifice|kermesse|"
    r"fete (?:de la musique|du village|foraine))\b"
)
# Advice on a product, a firm or a choice between offers (folded text): no fiche says which mutual or bank to take.
ADVICE = re.compile(
    r"\b(?:quel(?:le)?s? (?:mutuelle|operateur|forfait|fournisseur|assurance|banque|marque|modele|entreprise)|"
    r"(?:le|la) (?:moins chere?|meilleure?)|vaut(?:-elle|-il)? le coup|conseillez|recommandez|me conseiller)\b"
)


def question_terms(question: str) -> set[str]:
    """The content words of a question (stemmed as the index reads them), placeholders and asking words aside."""
    return {t for t in terms_of(_PLACEHOLDER.sub(" ", question)) if t not in _ASKING_WORDS and not t.isdigit()}


def weights(terms: Iterable[str]) -> dict[str, float]:
    """Each term's rarity among the fiches (BM25's idf over the fiche index, as the search's re-ranking weighs a
    title's terms; a term no fiche uses weighs most)."""
    retriever = get_index().fiche_bm25
    vocabulary, indptr = retriever.vocab_dict, retriever.scores["indptr"]
    n = max(int(retriever.scores["num_docs"]), 1)
    out = {}
    for term in terms:
        column = vocabulary.get(term)
        df = int(indptr[column + 1] - indptr[column]) if column is not None and column + 1 < len(indptr) else 0
        out[term] = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
    return out


def _fiches(sources: list[dict[str, Any]]) -> list[tuple[str, str, set[str]]]:
    """(fiche id, title, terms of its title and of every passage the draft may quote), in the sources' order."""
    order: list[str] = []
    titles: dict[str, str] = {}
    terms: dict[str, set[str]] = {}
    for source in sources:
        fiche = source.get("fiche_id") or ""
        if fiche not in terms:
            order.append(fiche)
            titles[fiche] = source.get("title", "")
            terms[fiche] = terms_of(source.get("title", ""))
        terms[fiche] |= terms_of(f"{source.get('heading', '')} {source.get('extract') or source.get('passage', '')}")
    return [(fiche, titles[fiche], terms[fiche]) for fiche in order]


def _spoken_of(asked: set[str], fiche: str, fiche_terms: set[str], named: list[Any]) -> set[str]:
    """The asked terms a fiche speaks of, directly or through a vocabulary entry of the question."""
    found = asked & fiche_terms
    for entry in named:
        expansion = terms_of(entry.term.expansion)
        if fiche in entry.term.fiches or (expansion and len(expansion & fiche_terms) >= max(1, len(expansion) // 2)):
            found |= asked & terms_of(entry.text)
    return found


def judge(
    question: str,
    sources: list[dict[str, Any]],
    coverage: dict[str, Any] | None = None,
    *,
    out_of_scope: float = 0.0,
    complaint: float = 0.0,
    redirected: bool = False,
) -> dict[str, Any]:
    """Whether the sources answer `question` (subject and question sentences, pseudonymised), from the retrieval's
    `coverage` scores (margin, dense), triage's `out_of_scope` and `complaint` scores and whether triage named the
    competent body (`redirected`).

    Returns `answers` (bool), `unanswered_probability`, `answer_share` (the first fiche's share of the question's
    weight, 0–1), `fiche` (the first fiche) and `unanswered` (the heaviest question words it does not speak of, in
    the question's own words, for the agent's alert).
    """
    return judge_fiches(
        question, _fiches(sources), coverage, out_of_scope=out_of_scope, complaint=complaint, redirected=redirected
    )


def judge_fiches(
    question: str,
    fiches: list[tuple[str, str, set[str]]],
    coverage: dict[str, Any] | None = None,
    *,
    out_of_scope: float = 0.0,
    complaint: float = 0.0,
    redirected: bool = False,
) -> dict[str, Any]:
    """`judge` on the sources grouped by fiche: (fiche id, title, terms of the title and of its passages), in the
    search's order (`benchmarks/drafting_grounding.py` replays it on cached retrievals)."""
    asked = question_terms(question)
    if not asked or not fiches:
        return {
            "answers": bool(fiches),
            "unanswered_probability": None,
            "answer_share": None,
            "fiche": "",
            "unanswered": [],
        }
    coverage = coverage or {}
    weight = weights(asked)
    total = sum(weight.values())
    named = find(_PLACEHOLDER.sub(" ", question))
    folded = fold(question)
    fiche, _title, fiche_terms = fiches[0]
    found = _spoken_of(asked, fiche, fiche_terms, named)
    share = sum(weight[t] for t in found) / total
    missing = sorted((t for t in asked if t not in fiche_terms), key=lambda t: -weight[t])
    features = {
        "share": share,
        "margin": min(float(coverage.get("margin") or 0.0), MARGIN_CAP),
        "dense": float(coverage.get("dense_score") or 0.0) if settings.GUICHET_SEARCH_DENSE else DENSE_WHEN_OFF,
        "out_of_scope": float(out_of_scope or 0.0),
        "heaviest_missing": weight[missing[0]] if missing else 0.0,
        "named": float(bool(named)),
        "local_service": float(bool(LOCAL_SERVICE.search(folded))),
        "advice": float(bool(ADVICE.search(folded))),
        "complaint": float(complaint or 0.0),
        "redirected": float(redirected),
    }
    z = BIAS + sum(WEIGHTS[name] * value for name, value in features.items())
    probability = 1.0 / (1.0 + math.exp(-z))
    unshown = [t for t in missing if t not in found][:UNANSWERED_SHOWN]
    return {
        "answers": probability < UNANSWERED_AT,
        "unanswered_probability": round(probability, 3),
        "answer_share": round(share, 3),
        "fiche": fiche,
        "unanswered": _words_of(question, unshown),
    }


UNANSWERED_SHOWN = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _words_of(question: str, stems: list[str]) -> list[str]:
    """The question's own words for `stems` (the agent reads "déchetterie", not "dechetter"), heaviest first."""
    text = _PLACEHOLDER.sub(" ", question)
    words: dict[str, str] = {}
    for match in _WORD.finditer(text):
        word = match.group().split("'")[-1].split("’")[-1]
        for stem in terms_of(word):
            words.setdefault(stem, word.lower())
    return [words.get(stem, stem) for stem in stems]


NOT_ANSWERED_REASON = "les fiches trouvées ne parlent pas de ce qui est demandé"


def grounded_coverage(
    cover: dict[str, Any],
    question: str,
    sources: list[dict[str, Any]],
    *,
    out_of_scope: float = 0.0,
    complaint: float = 0.0,
    redirected: bool = False,
) -> dict[str, Any]:
    """The retrieval's coverage verdict with this judgement added (`answers`, `answer_share`, `unanswered`…): a
    question the fiches do not answer is not covered, whatever the search's scores say."""
    verdict = judge(question, sources, cover, out_of_scope=out_of_scope, complaint=complaint, redirected=redirected)
    out = {**cover, **verdict}
    if not verdict["answers"]:
        out["covered"] = False
        missing = ", ".join(f"« {w} »" for w in verdict["unanswered"])
        out["reason"] = f"{NOT_ANSWERED_REASON} ({missing})" if missing else NOT_ANSWERED_REASON
    return out
