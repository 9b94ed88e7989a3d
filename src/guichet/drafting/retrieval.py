"""What the drafting pipeline takes from the knowledge base: numbered sources and coverage.

Coverage is decided here, from the retrieval scores and the overlap between the question and the passages, never
asked of the model (small models do not say "the sources do not cover this"; docs/benchmarks.md, "Drafting").
"""

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from guichet.drafting.extracts import terms_of
from guichet.knowledge.search import search
from guichet.text import content_terms

# Below the scores GUICHET_DRAFT_MIN_DENSE / GUICHET_DRAFT_MIN_LEXICAL (settings) the top fiche is a guess.
MIN_TERM_OVERLAP = 0.15
# Under this margin over the second fiche, the first one is a close call (right 55 % of the time on train +
# validation of corpora/retrieval and corpora/drafting, 388 messages, against 81 % above it; 136 of them fall under).
CLOSE_MARGIN = 1.0
# Passages per fiche asked of the search: the model reads a few, Guichet's verbatim extracts may copy from all.
SEARCH_PASSAGES = 24


@dataclass
class SourceLimits:
    max_sources: int = 5
    per_fiche: tuple[int, ...] = (3, 1, 1)  # the best fiche usually holds the answer: give it more room
    max_chars: int = 480  # what the model reads (prompt length drives latency)
    extract_chars: int = 1500  # what the extractive draft and the key points may copy (never sent to the model)
    # Further passages of the best fiches, never sent to the model: the answer to a message with several questions
    # is spread over a fiche (conditions, amount, procedure, delays) and the model's few passages hold part of it.
    # The second and third fiches get room too: the fiche that answers is often ranked second or third (30 of the
    # 105 train + validation drafting messages), and the extracts weigh a lower-ranked fiche less anyway
    # (24, 8) → (24, 24, 16): key-fact coverage 0.404 → 0.446 at the same length (docs/benchmarks.md, "Drafting").
    reference_per_fiche: tuple[int, ...] = (SEARCH_PASSAGES, SEARCH_PASSAGES, 16)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def _trim(text: str, max_chars: int) -> str:
    """At most `max_chars`, cut after a sentence when possible; line breaks kept (table rows, list items)."""
    text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    end = max(cut.rfind(". "), cut.rfind(" ; "))
    return (cut[: end + 1] if end > max_chars // 2 else cut.rsplit(" ", 1)[0] + " …").strip()


def _answering_passages(passages: list[Any], questions: list[str], quota: int) -> list[Any]:
    """Up to `quota` passages: the search's best, then the best one for each question, then the search's order.

    A message often asks three things; the fiche's best passage for the whole message answers one of them. A
    question's passage is the one whose words (weighed by their rarity among this fiche's passages) it shares most.
    """
    if not passages or quota <= 0:
        return []
    terms = [terms_of(f"{_get(p, 'heading', '')} {_get(p, 'text', '')}") for p in passages]
    df = Counter(t for ts in terms for t in ts)
    chosen = [0]
    for question in questions:
        asked = terms_of(question)
        scores = [sum(math.log(1 + len(passages) / df[t]) for t in ts & asked) for ts in terms]
        best = max(range(len(passages)), key=lambda i: scores[i])
        if len(chosen) < quota and scores[best] > 0 and best not in chosen:
            chosen.append(best)
    chosen += [i for i in range(len(passages)) if i not in chosen]
    return [passages[i] for i in chosen[:quota]]


def build_sources(
    hits: list[Any], limits: SourceLimits | None = None, *, questions: list[str] | None = None
) -> list[dict[str, Any]]:
    """Number the best passages of the best fiches: `[{n, fiche_id, version, title, url, heading, passage, ...}]`.

    `passage` is the short text the model reads; `extract` is the same passage less trimmed, for the verbatim
    extracts Guichet copies itself (amounts and conditions often sit past the model's cut). Both are evidence.

    Passages are taken round-robin (best passage of each fiche first, so that a second fiche gets a say), up to
    `per_fiche[i]` passages for the i-th fiche: these are the model's sources (`in_prompt` true). With the
    message's `questions`, the best fiche's passages are the search's best, then the best for each question. Then come
    reference passages (`in_prompt` false, numbered after them): up to `reference_per_fiche[i]` further passages of
    the i-th fiche, which only Guichet's verbatim extracts read; `compose` keeps those an extract cites.
    """
    limits = limits or SourceLimits()
    queues = []
    for i, hit in enumerate(hits):
        quota = limits.per_fiche[i] if i < len(limits.per_fiche) else 0
        passages = list(_get(hit, "passages", []) or [])
        if i == 0 and questions:
            queues.append((hit, _answering_passages(passages, questions, quota)))
        else:
            queues.append((hit, passages[:quota]))
    picked: list[tuple[Any, Any]] = []
    for rank in range(max(limits.per_fiche, default=0)):
        for hit, passages in queues:
            if rank < len(passages) and len(picked) < limits.max_sources:
                picked.append((hit, passages[rank]))
    prompt_count = len(picked)
    taken = {id(passage) for _, passage in picked}
    for i, (hit, _) in enumerate(queues):
        quota = limits.reference_per_fiche[i] if i < len(limits.reference_per_fiche) else 0
        rest = [p for p in list(_get(hit, "passages", []) or []) if id(p) not in taken]
        picked += [(hit, passage) for passage in rest[:quota]]
    sources = []
    for n, (hit, passage) in enumerate(picked, start=1):
        sources.append(
            {
                "n": n,
                "fiche_id": _get(hit, "fiche_id"),
                "version": _get(hit, "version", ""),
                "title": _get(hit, "title", ""),
                "url": _get(hit, "url", ""),
                "heading": _get(passage, "heading", ""),
                "passage": _trim(_get(passage, "text", ""), limits.max_chars),
                "extract": _trim(_get(passage, "text", ""), limits.extract_chars),
                "score": round(float(_get(passage, "score", 0.0) or 0.0), 4),
                "chunk_id": _get(passage, "chunk_id"),
                "resources": list(_get(hit, "resources", []) or [])[:6],
                "in_prompt": n <= prompt_count,
            }
        )
    return sources


# The search's margin (first fiche's score minus the next fiche's) above which the first fiche covers the question
# whatever its scores on the fixed scales: on corpora/retrieval train + validation, 21 of the 45 messages judged not
# covered had such a margin, and the first fiche was a gold one for 20 of them (docs/benchmarks.md, "Drafting").
CONFIDENT_MARGIN = 2.0


def coverage(hits: list[Any], query: str, sources: list[dict[str, Any]]) -> dict[str, Any]:
    """Whether the retrieved fiches cover the question, from scores on fixed scales plus word overlap.

    `query` should be the question itself (subject and question sentences): a long story dilutes the overlap.
    """
    dense_min = settings.GUICHET_DRAFT_MIN_DENSE
    lexical_min = settings.GUICHET_DRAFT_MIN_LEXICAL
    if not hits or not sources:
        return {
            "covered": False,
            "top_score": None,
            "threshold": dense_min,
            "term_overlap": 0.0,
            "reason": "aucune fiche trouvée",
        }
    top = hits[0]
    dense = float(_get(top, "dense_score", 0.0) or 0.0)
    lexical = float(_get(top, "lexical_score", 0.0) or 0.0)
    query_terms = content_terms(query)
    shown = prompt_sources(sources)  # calibrated on what the model reads
    source_terms = set().union(*(content_terms(f"{s['title']} {s['heading']} {s['passage']}") for s in shown))
    overlap = len(query_terms & source_terms) / len(query_terms) if query_terms else 0.0
    margin = float(_get(top, "margin", 0.0) or 0.0)
    scored = dense >= dense_min or lexical >= lexical_min
    # A first fiche far ahead of the next covers the question even when a long or emotional message is far from its
    # words on the fixed scales (see CONFIDENT_MARGIN).
    covered = (scored and overlap >= MIN_TERM_OVERLAP) or margin >= CONFIDENT_MARGIN
    # Thirty-second pass: every ask is a request no fiche answers (a product to choose, an opinion, a recipe: the
    # search's `FicheHit.outside`), whatever the first fiche's lead.
    outside = str(_get(top, "outside", "") or "")
    if outside:
        covered = False
        reason = f"demande hors des fiches : {outside}"
    elif covered:
        reason = "fiches pertinentes trouvées"
    elif not scored:
        reason = "scores de recherche trop faibles"
    else:
        reason = "peu de mots de la question dans les fiches"
    second = next((s for s in sources if s.get("fiche_id") != sources[0].get("fiche_id")), None)
    return {
        "covered": covered,
        "top_score": round(float(_get(top, "score", 0.0) or 0.0), 4),
        # How clearly the first fiche beat the next one (the search's score scale); under CLOSE_MARGIN the first
        # fiche is right about half the time (docs/benchmarks.md, "Knowledge base"), and the agent is told.
        "margin": round(margin, 4),
        "runner_up": second.get("title", "") if second else "",
        "dense_score": round(dense, 4),
        "lexical_score": round(lexical, 4),
        "threshold": dense_min,
        "term_overlap": round(overlap, 3),
        "outside": outside,
        "reason": reason,
    }


def retrieve(query_text: str, *, k: int = 3, administration: str = "") -> list[Any]:
    """Fiches for a (pseudonymised) message, through the knowledge app's front door (which reads the message
    itself: asks, situation, noise). `administration`: the short name of the office it was sent to."""
    return search(query_text, k=k, passages=SEARCH_PASSAGES, administration=administration)


def prompt_sources(sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sources the model reads (the reference passages are for Guichet's own extracts)."""
    return [s for s in sources if s.get("in_prompt", True)]
