"""Claim checks run on every draft; their result is stored in `Draft.checks` and `Draft.alerts`.

Stable JSON contract (the inbox UI renders it; keep it backwards compatible):

``Draft.alerts`` is a list, most serious first, of::

    {"level": "error" | "warning" | "info",
     "code": str,                 # see guichet.drafting.alerts.ALERT_CODES
     "message": str,              # French, shown to the agent as is
     "span": [start, end],        # optional: character offsets in Draft.text (pseudonymised text)
     "sentence": str}             # optional: the sentence concerned

``Draft.checks`` is a dict::

    {"citations": {"cited": [n, ...], "invalid": [n, ...], "sources": [n, ...], "uncited_sources": [n, ...]},
     "numbers": {"found": [str, ...], "unsupported": [{"text": str, "span": [s, e]}, ...]},
     "promises": [{"text": str, "span": [s, e]}, ...],
     "placeholders": [{"text": str, "span": [s, e]}, ...],
     "unsupported_sentences": [{"sentence": str, "span": [s, e], "support": float}, ...],
     "contradictions": [{"sentence": str, "span": [s, e], "source": n, "passage": str,
                         "reasons": ["polarity" | "scope" | "antonym" | "direction" | "number" | "modality",
                                     ...]}, ...],
     "persona": [{"sentence": str, "span": [s, e], "claim": str, "verdict": "contradicted" | "unsupported",
                  "kinds": ["activity" | "age" | "children" | "couple" | "nationality" | "residence" | ..., ...]},
                 ...],
     "asked": [{"sentence": str, "span": [s, e], "asked_terms": [str, ...]}, ...],
     "readability": {"score": float, "avg_sentence_words": float, "target": {"score": float,
                     "max_sentence_words": float}, "ok": bool, "long_sentences": int},
     "coverage": {"covered": bool, "top_score": float | None, "threshold": float, "term_overlap": float,
                  "reason": str}}

``contradictions`` (added in the twenty-eighth pass; absent from older drafts, read it with ``.get``) lists the
sentences that contradict the source sentence they align with (`guichet.drafting.contradictions`): each raises an
error-level ``contradiction`` alert. A model sentence so flagged is removed before the draft is assembled (see
`guichet.drafting.cleaning.drop_contradicting`); an agent's sentence is only flagged.

``persona`` (added in the thirty-first pass; read it with ``.get``) lists the sentences that say something of the
writer ("vous êtes retraité", "en tant que demandeur d'emploi", "avec vos deux enfants") that the message contradicts
or does not say (`guichet.drafting.persona`): a contradicted one raises an error-level ``persona_contradiction``
alert, an unsupported one a ``persona_unsupported`` warning. In what Guichet quoted from the fiches only a
contradicted one is listed (a fiche's "vous êtes salarié" is its case, said to every reader). A model sentence the
message contradicts is removed before the draft is assembled (`guichet.drafting.cleaning.drop_persona_contradicting`).

``asked`` (added in the thirty-second pass; read it with ``.get``) lists the sentences that state as a fact about
the writer's case what the message only asks ("est-ce qu'il est complet ?" / "Votre dossier est complet.") or what
neither the rest of the message nor the sources say ("Votre pension a été calculée à 1 187 €"), when the message asks
something (`guichet.drafting.asked`): each raises an ``asked_not_told`` warning; nothing is removed.

Spans refer to the stored (pseudonymised) draft text: restoring placeholders for display shifts offsets, so the
UI should locate a span on the pseudonymised text, or search for ``sentence``/``text``.

Checks are deterministic and cheap (regular expressions and word overlap): they must run on every draft and on
every agent edit without a model.
"""

import re
from collections.abc import Iterable, Sequence
from typing import Any

from guichet.drafting.alerts import ALERT_CODES, Alert, sort_alerts
from guichet.drafting.asked import find_asked
from guichet.drafting.contradictions import find_contradictions
from guichet.drafting.persona import CONTRADICTED, find_claims
from guichet.drafting.support import evidence_terms, support_terms
from guichet.text import MODEL_PLACEHOLDER, content_terms, digits_only, fold, sentence_spans

READABILITY_TARGET = {"score": 60.0, "max_sentence_words": 20.0}
SUPPORT_THRESHOLD = 0.5
# A sentence left with fewer claim words than this once its frame and courtesy are taken out claims nothing.
MIN_CLAIM_TERMS = 2

_CITATION = re.compile(r"\[(?:Source|source|Sources|sources)?\s*(\d+(?:\s*(?:,|et|-)\s*(?:Source\s*)?\d+)*)\]")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'\])]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gouv\.fr|fr|com|org|net)\b[^\s<>\"'\])]*"
)
_DATE_WORDS = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)"
)
# A number with its thousands separators, decimal part, and unit when there is one (€, %, euros...).
_NUMBER = re.compile(
    r"(?<![\w])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:[,.]\d+)?"
    r"(?:\s?(?:€|%|euros?|ans?|mois|jours?|semaines?|heures?|h\b|km/h|km|er\b|ème|e\b))?"
)
_DATE = re.compile(
    r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|(?<!\d)(?:1er|\d{1,2}) " + _DATE_WORDS + r"(?: \d{4})?",
    re.IGNORECASE,
)
_PHONE_LIKE = re.compile(r"(?<!\d)(?:\d{2}[ .\u00a0]?){4,}\d{2}(?!\d)|(?<!\d)\d{2} \d{2}(?!\d)")

_PROMISES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bvotre (?:dossier|demande|recours|réclamation) (?:est|a été|sera) (?:accepté|accordé|validé|approuvé|"
        r"traité|réglé|débloqué)e?s?\b",
        r"\bvous (?:recevrez|percevrez|toucherez) (?:le|votre|vos|la|les|un|une) [^.]{0,40}?"
        r"\b(?:le \d|d'ici|avant le|sous \d|dans \d|dès |demain|la semaine prochaine)",
        r"\b(?:sera|seront) (?:versée?s?|payée?s?|accordée?s?|remboursée?s?|réglée?s?|débloquée?s?) "
        r"(?:le \d|d'ici|avant|sous|dans|dès|demain)",
        r"\bnous (?:allons|avons) (?:accepter|accordé|accepté|valider|validé|débloquer|débloqué|verser|versé|"
        r"régulariser|régularisé) votre\b",
        r"\bje (?:vous )?(?:garantis|promets|m'engage)\b",
        r"\bnous (?:vous )?(?:garantissons|promettons|nous engageons)\b",
        r"\bvotre (?:paiement|versement|remboursement|pension|allocation) (?:sera|arrivera|interviendra) "
        r"(?:le|d'ici|avant|sous|dans|dès|demain)",
        r"\b(?:c'est|est) (?:accepté|validé|accordé)e?\b",
    )
]

_LEFTOVER = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\{\{?[^{}\n]{1,40}\}?\}",  # template fields left unfilled
        r"\[(?:nom|prénom|votre nom|nom de l'agent|date|montant|adresse|numéro|à compléter|insérer[^\]]*|"
        r"signature|xx+)\]",
        r"\bX{3,}\b",
        r"<<<|>>>|<\|im_(?:start|end)\|>|</?(?:message|sources|consignes)>",
        r"\b(?:CONSIGNES|SOURCES|MESSAGE DE L'USAGER|EXEMPLE DE RÉPONSE)\s*:",
        r"\[Source N\]",
        r"\ben tant qu'(?:IA|intelligence artificielle|assistant|modèle de langage)\b",
        r"\bje suis (?:une IA|un assistant|un modèle)\b",
        r"\b(?:voici (?:la|une|ma) réponse|réponse rédigée|brouillon de réponse)\s*:",
    )
]

_WORD = re.compile(r"[a-zàâäéèêëîïôöùûüçœæ0-9]+", re.IGNORECASE)


def _alert(level: str, code: str, message: str | None = None, **extra: Any) -> dict[str, Any]:
    return Alert(level=level, code=code, message=message or "", **extra).as_dict()


# --- citations ------------------------------------------------------------------------------------------------


def cited_numbers(text: str) -> list[tuple[int, int, int]]:
    """Every cited source number with the span of its bracket: `[2]`, `[Source 2]`, `[Sources 1, 3]`."""
    found: list[tuple[int, int, int]] = []
    for m in _CITATION.finditer(text):
        for n in re.findall(r"\d+", m.group(1)):
            found.append((int(n), m.start(), m.end()))
    return found


def check_citations(text: str, source_numbers: Sequence[int]) -> dict[str, Any]:
    cited = cited_numbers(text)
    valid = set(source_numbers)
    invalid = sorted({n for n, _, _ in cited if n not in valid})
    cited_set = sorted({n for n, _, _ in cited if n in valid})
    return {
        "cited": cited_set,
        "invalid": invalid,
        "sources": sorted(valid),
        "uncited_sources": sorted(valid - set(cited_set)),
        "invalid_spans": [[s, e] for n, s, e in cited if n not in valid],
    }


# --- numbers --------------------------------------------------------------------------------------------------


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def extract_numbers(text: str) -> list[tuple[int, int, str]]:
    """Numbers, amounts, percentages, dates, phone numbers and URLs, with their spans.

    Citation brackets and pseudonymisation placeholders are not claims and are skipped.
    """
    masked = _mask(_mask(text, _CITATION), MODEL_PLACEHOLDER)
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for m in _URL.finditer(masked):
        found.append((m.start(), m.end(), m.group().rstrip(".,;:")))
        taken.append((m.start(), m.end()))
    for pattern in (_DATE, _PHONE_LIKE, _NUMBER):
        for m in pattern.finditer(masked):
            if any(s <= m.start() < e for s, e in taken):
                continue
            found.append((m.start(), m.end(), m.group().strip()))
            taken.append((m.start(), m.end()))
    return sorted(found)


def _normalise_url(url: str) -> str:
    url = fold(url).rstrip("/.,;:")
    return re.sub(r"^https?://(?:www\.)?|^www\.", "", url)


_UNIT_SUFFIX = re.compile(r"\s?(€|%|euros?|ans?|mois|jours?|semaines?|heures?|h|km/h|km|er|ème|e)$")


def _value_and_unit(token: str) -> tuple[str, str]:
    """Digits of a number and its unit family: "21 112 €" → ("21112", "€"); "54 %" → ("54", "%")."""
    m = _UNIT_SUFFIX.search(token)
    unit = ""
    if m:
        unit = {"euro": "€", "euros": "€"}.get(m.group(1), m.group(1))
        token = token[: m.start()]
    return digits_only(token), unit if unit in {"€", "%"} else ""


def number_supported(claim: str, evidence: str, evidence_digits: str) -> bool:
    """True when the claim's value appears in the evidence (digits compared without separators).

    Amounts and percentages must appear with the same unit ("60 %" is not supported by "39 60").
    """
    if _DATE.fullmatch(claim):
        return _date_supported(claim, evidence)
    if _URL.fullmatch(claim):
        url = _normalise_url(claim)
        text = _normalise_url_text(evidence)
        return url in text or url.split("/")[0] in text
    digits, unit = _value_and_unit(claim)
    if not digits:
        return True
    numbers, with_units = _evidence_numbers(evidence)
    if unit:
        return (digits, unit) in with_units
    return digits in numbers or (len(digits) >= 6 and digits in evidence_digits)


def _date_supported(claim: str, evidence: str) -> bool:
    if fold(claim) in fold(evidence):
        return True
    parts = [p.lstrip("0") for p in re.split(r"[/.-]", claim)] if re.match(r"\d", claim) and "/" in claim else []
    if parts:
        pattern = r"(?<!\d)0?" + r"[/.-]0?".join(re.escape(p) for p in parts) + r"(?!\d)"
        return re.search(pattern, evidence) is not None
    return False


def _normalise_url_text(text: str) -> str:
    return re.sub(r"https?://(?:www\.)?|www\.", "", fold(text))


_EVIDENCE_CACHE: dict[int, tuple[set[str], set[tuple[str, str]]]] = {}


def _evidence_numbers(evidence: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The numbers of the evidence (phone numbers whole, then other numbers) and the amounts with their unit."""
    key = hash(evidence)
    if key not in _EVIDENCE_CACHE:
        if len(_EVIDENCE_CACHE) > 64:
            _EVIDENCE_CACHE.clear()
        numbers: set[str] = set()
        with_units: set[tuple[str, str]] = set()
        for m in _PHONE_LIKE.finditer(evidence):
            numbers.add(digits_only(m.group()))
        for m in _NUMBER.finditer(_mask(evidence, _PHONE_LIKE)):
            digits, unit = _value_and_unit(m.group().strip())
            numbers.add(digits)
            if unit:
                with_units.add((digits, unit))
        _EVIDENCE_CACHE[key] = (numbers, with_units)
    return _EVIDENCE_CACHE[key]


def check_numbers(text: str, evidence: str) -> dict[str, Any]:
    evidence_digits = digits_only(evidence)
    found = extract_numbers(text)
    unsupported = [
        {"text": claim, "span": [s, e]}
        for s, e, claim in found
        if not number_supported(claim, evidence, evidence_digits)
    ]
    return {"found": [claim for _, _, claim in found], "unsupported": unsupported}


# --- promises, placeholders -----------------------------------------------------------------------------------


def find_patterns(text: str, patterns: Iterable[re.Pattern[str]]) -> list[dict[str, Any]]:
    """Matches of any pattern, overlapping matches merged into the first (longest) one."""
    hits: list[dict[str, Any]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not any(h["span"][0] < m.end() and m.start() < h["span"][1] for h in hits):
                hits.append({"text": m.group(), "span": [m.start(), m.end()]})
    return sorted(hits, key=lambda h: h["span"][0])


def check_placeholders(text: str, known_placeholders: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Leftover template text, and pseudonymisation placeholders the message does not contain (invented)."""
    hits = find_patterns(text, _LEFTOVER)
    known = set(known_placeholders)
    for m in MODEL_PLACEHOLDER.finditer(text):
        if m.group() not in known and m.group(1) not in known:
            hits.append({"text": m.group(), "span": [m.start(), m.end()]})
    return sorted(hits, key=lambda h: h["span"][0])


# --- per-sentence support -------------------------------------------------------------------------------------


def sentence_support(sentence: str, evidence_terms: Sequence[set[str]]) -> float:
    """Share of the sentence's claim words found in the best single piece of evidence (`evidence_terms` as
    `guichet.drafting.support.evidence_terms` reads them)."""
    terms = support_terms(_CITATION.sub(" ", sentence))
    if not terms:
        return 1.0
    return max((len(terms & ev) / len(terms) for ev in evidence_terms), default=0.0)


def check_support(
    text: str, evidence_texts: Sequence[str], *, skip: Iterable[str] = (), threshold: float = SUPPORT_THRESHOLD
) -> list[dict[str, Any]]:
    """Sentences whose claim words are mostly absent from every source (and from the message).

    Since the thirty-third pass the words are read by `guichet.drafting.support`: the letter's frames and courtesies
    are not claims, auxiliaries carry no fact, a number in words is its digits, an everyday word and the
    administration's for one thing count as one.
    """
    evidence = [evidence_terms(t) for t in evidence_texts if t.strip()]
    skip_folded = {fold(s).strip() for s in skip if s.strip()}
    out = []
    for start, end, sentence in sentence_spans(text):
        if fold(sentence).strip() in skip_folded or any(fold(sentence).strip() in s for s in skip_folded):
            continue
        if len(content_terms(sentence)) < 3:
            continue  # "Bonjour Madame,", "Bien cordialement," — nothing to support
        if len(support_terms(_CITATION.sub(" ", sentence))) < MIN_CLAIM_TERMS:
            continue  # a courtesy or a reported question with next to nothing of its own
        support = sentence_support(sentence, evidence)
        if support < threshold:
            out.append({"sentence": sentence, "span": [start, end], "support": round(support, 2)})
    return out


# --- readability ----------------------------------------------------------------------------------------------

_VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöùûüœæ]+", re.IGNORECASE)


def syllables(word: str) -> int:
    """French syllable estimate: vowel groups, minus a final mute e."""
    w = word.lower()
    n = len(_VOWELS.findall(w))
    if n > 1 and re.search(r"[^aeiouyéèêàâ](?:e|es|ent)$", w):
        n -= 1
    return max(n, 1)


def readability(text: str) -> dict[str, Any]:
    """Kandel & Moles (1958), Flesch adapted to French: 207 − 1.015 × words/sentence − 73.6 × syllables/word.

    60–70 is "standard", above 70 "easy". Plain-language (FALC-like) guidance adds: sentences of 20 words at most.
    """
    sentences = [s for _, _, s in sentence_spans(_CITATION.sub("", text)) if _WORD.search(s)]
    words = [w for s in sentences for w in _WORD.findall(s) if not w.isdigit()]
    if not sentences or not words:
        return {
            "score": None,
            "avg_sentence_words": 0.0,
            "target": READABILITY_TARGET,
            "ok": True,
            "long_sentences": 0,
        }
    lengths = [len(_WORD.findall(s)) for s in sentences]
    wps = len(words) / len(sentences)
    spw = sum(syllables(w) for w in words) / len(words)
    score = 207 - 1.015 * wps - 73.6 * spw
    avg = sum(lengths) / len(lengths)
    ok = score >= READABILITY_TARGET["score"] and avg <= READABILITY_TARGET["max_sentence_words"]
    return {
        "score": round(score, 1),
        "avg_sentence_words": round(avg, 1),
        "target": READABILITY_TARGET,
        "ok": bool(ok),
        "long_sentences": sum(1 for n in lengths if n > 30),
    }


# --- all together ---------------------------------------------------------------------------------------------


def _uncited(text: str) -> str:
    """Folded text without citation marks and with single spaces: what a quoted sentence is compared on."""
    return " ".join(fold(_CITATION.sub(" ", text)).split())


def check_draft(
    text: str,
    *,
    sources: Sequence[dict[str, Any]],
    message_text: str = "",
    trusted_texts: Sequence[str] = (),
    quoted_texts: Sequence[str] = (),
    coverage: dict[str, Any] | None = None,
    known_placeholders: Iterable[str] = (),
    require_citation: bool = True,
    private_text: str = "",
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Run every check on a (pseudonymised) draft.

    `sources` are the numbered passages given to the model (`{"n", "title", "passage", "url", ...}`);
    `trusted_texts` are the fixed texts Guichet wrote itself (greeting, emergency contacts, redirection,
    politeness formula, signature, the agent's own context): they count as evidence and are not "unsupported".
    `quoted_texts` are what Guichet quoted or laid out from the sources itself (verbatim extracts, key points and
    their heading, table rows): the support and contradiction checks skip them, as they skip the fixed texts; a
    sentence written by the model, an agent or an earlier reply is always read. `private_text`: the message with its
    dates restored from the mapping (`persona.private_dates`), read by the check of what the draft says of the writer
    and never stored.
    """
    # `extract` (when present) is the passage less trimmed: the same fiche text, Guichet's verbatim extracts use it.
    source_texts = [
        " ".join(str(s.get(k) or "") for k in ("title", "heading", "passage", "extract", "url")) for s in sources
    ]
    source_texts += [
        " ".join(f"{r.get('title', '')} {r.get('url', '')}" for r in s.get("resources") or []) for s in sources
    ]
    evidence = "\n".join([*source_texts, message_text, *trusted_texts])
    citations = check_citations(text, [int(s["n"]) for s in sources if "n" in s])
    numbers = check_numbers(text, evidence)
    promises = find_patterns(text, _PROMISES)
    placeholders = check_placeholders(text, known_placeholders)
    unsupported = check_support(text, [*source_texts, message_text], skip=[*trusted_texts, *quoted_texts])
    contradictions = find_contradictions(text, sources, skip=[*trusted_texts, *quoted_texts])
    # Quoted text is compared without its citation marks (`keep_cited_sources` may renumber them in the draft).
    quoted = " ".join(_uncited(q) for q in quoted_texts)
    persona = [
        claim.as_dict()
        for claim in find_claims(text, message_text, private_text=private_text, skip=trusted_texts)
        if claim.verdict == CONTRADICTED or (claim.verdict != "consistent" and _uncited(claim.sentence) not in quoted)
    ]
    persona_sentences = {item["sentence"] for item in persona}
    asked = [
        claim.as_dict()
        for claim in find_asked(text, message_text, [*source_texts], skip=[*trusted_texts, *quoted_texts])
        if claim.sentence not in persona_sentences  # one alert per sentence: the persona one says more
    ]
    read = readability(text)
    checks: dict[str, Any] = {
        "citations": citations,
        "numbers": numbers,
        "promises": promises,
        "placeholders": placeholders,
        "unsupported_sentences": unsupported,
        "contradictions": contradictions,
        "persona": persona,
        "asked": asked,
        "readability": read,
        "coverage": coverage or {},
    }
    alerts: list[dict[str, Any]] = []
    for n, (s, e) in zip(citations["invalid"], citations["invalid_spans"], strict=False):
        alerts.append(
            _alert("error", "citation_invalid", f"La citation [{n}] ne renvoie à aucune source retenue.", span=[s, e])
        )
    if require_citation and sources and not citations["cited"]:
        alerts.append(_alert("warning", "citation_missing"))
    for hit in numbers["unsupported"]:
        alerts.append(
            _alert(
                "error",
                "number_unsupported",
                f"« {hit['text']} » n'apparaît ni dans les sources ni dans le message : à vérifier.",
                span=hit["span"],
            )
        )
    for hit in promises:
        alerts.append(
            _alert(
                "error",
                "promise",
                f"« {hit['text']} » : le brouillon ne doit promettre ni décision ni date.",
                span=hit["span"],
            )
        )
    for hit in placeholders:
        alerts.append(
            _alert("error", "placeholder", f"« {hit['text']} » : texte à compléter ou à retirer.", span=hit["span"])
        )
    for item in contradictions:
        alerts.append(
            _alert(
                "error",
                "contradiction",
                f"Cette phrase contredit la source [{item['source']}] : « {item['passage'][:200]} ». À corriger.",
                span=item["span"],
                sentence=item["sentence"],
            )
        )
    for item in persona:
        if item["verdict"] == CONTRADICTED:
            message = "Cette phrase dit de l'usager le contraire de ce qu'il écrit dans son message. À corriger."
            alerts.append(
                _alert("error", "persona_contradiction", message, span=item["span"], sentence=item["sentence"])
            )
        else:
            alerts.append(_alert("warning", "persona_unsupported", span=item["span"], sentence=item["sentence"]))
    for item in asked:
        alerts.append(_alert("warning", "asked_not_told", span=item["span"], sentence=item["sentence"]))
    contradicting = {item["sentence"] for item in contradictions}
    contradicting |= {item["sentence"] for item in persona if item["verdict"] == CONTRADICTED}
    contradicting |= {item["sentence"] for item in asked}
    for item in unsupported:
        if item["sentence"] in contradicting:
            continue  # one alert per sentence: the contradiction says more
        alerts.append(_alert("warning", "sentence_unsupported", span=item["span"], sentence=item["sentence"]))
    if not read["ok"]:
        alerts.append(
            _alert(
                "info",
                "readability",
                f"Lisibilité {read['score']} (cible ≥ {READABILITY_TARGET['score']:.0f}), "
                f"{read['avg_sentence_words']} mots par phrase en moyenne (cible ≤ "
                f"{READABILITY_TARGET['max_sentence_words']:.0f}) : simplifier.",
            )
        )
    return checks, sort_alerts(alerts)


def is_clean(checks: dict[str, Any]) -> bool:
    """Whether a generated draft passed the checks that make a retry worthwhile (hard errors only)."""
    return not (
        checks["citations"]["invalid"]
        or checks["numbers"]["unsupported"]
        or checks["promises"]
        or checks["placeholders"]
        or (checks["citations"]["sources"] and not checks["citations"]["cited"])
    )


__all__ = [
    "ALERT_CODES",
    "check_draft",
    "extract_numbers",
    "is_clean",
    "readability",
]
