"""Pure stage: from triage, sources and (optionally) a model, compose a checked draft. No ORM here.

The draft is assembled around the model's output with fixed texts Guichet controls: the greeting, emergency
contacts for a person in distress (always first), the redirection for another body's question, a refusal to
help with forgery or other people's data, the "not covered" sentence, the politeness formula and signature.
The model writes only the middle. When retrieval does not cover the question, or the model refuses or fails
the checks twice, the middle is an extract of the fiches instead.
"""

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from guichet.drafting import checks as checks_module
from guichet.drafting.backends.base import Backend, BackendError, Generation, GenerationParams
from guichet.drafting.enums import DraftKind, TriageLabel
from guichet.drafting.extracts import (
    KEY_POINTS_HEAD,
    extractive_middle,
    keep_cited_sources,
    key_points,
    links_block,
)
from guichet.drafting.prompts import AdministrationProfile, build_messages, prompt_hash, question_sentences
from guichet.drafting.retrieval import prompt_sources
from guichet.drafting.triage import Triage
from guichet.text import content_terms
from guichet.text import sentence_spans as split_sentences

MAX_ATTEMPTS = 2
# Question sentences of a message that the verbatim extracts try to answer each.
QUESTIONS = 5
# A first answer that fails the checks is kept (its flagged sentences dropped) if this many sentences remain.
MIN_KEPT_SENTENCES = 2

DISTRESS_INTRO = (
    "Nous avons bien lu votre message et nous prenons votre situation très au sérieux. "
    "Un agent va le traiter en priorité."
)
DISTRESS_CONTACTS_HEAD = "Si vous avez besoin d'aide tout de suite, vous pouvez appeler :"
NOT_COVERED = (
    "Les informations dont nous disposons ne permettent pas de répondre précisément à toute votre demande : "
    "un agent va l'examiner et vous répondra."
)
FORGERY_REFUSAL = (
    "Nous ne pouvons pas vous aider à modifier ou fabriquer un document : "
    "établir ou utiliser un faux document est puni par la loi."
)
PRIVACY_REFUSAL = (
    "Pour des raisons de confidentialité, nous ne communiquons aucune information sur une autre personne "
    "ni sur nos outils internes."
)

_REFUSAL = re.compile(
    r"je (?:ne peux|ne suis pas en mesure de|suis désolée?, mais je ne peux)|i(?:'m| am) sorry|i can(?:not|'t)|"
    r"as an ai|en tant qu'(?:ia|intelligence artificielle|assistant)|je ne suis pas autorisée? à",
    re.IGNORECASE,
)
_GREETING_LINE = re.compile(r"^\s*(?:\**\s*)?(?:bonjour|madame|monsieur|cher|chère|objet\s*:)[^\n]{0,60}\n", re.I)
_CLOSING = re.compile(
    r"\n\s*(?:cordialement|bien cordialement|sincères salutations|veuillez agréer|nous restons à votre disposition|"
    r"je reste à votre disposition|n'hésitez pas à nous contacter|\[?votre nom|l'équipe|le service)[\s\S]*$",
    re.IGNORECASE,
)
# Words of the prompt's rules that no answer to a citizen contains: an output with them recopied the prompt.
_RULES_ECHO = re.compile(
    r"formule d'appel|formule de politesse\s*:|information par phrase|pas de signature|source entre crochets",
    re.IGNORECASE,
)
_SOURCE_TAG = re.compile(r"\[\s*(?:Source|source|Sources|sources)\s*(\d+)\s*\]")


@dataclass
class ModelAttempt:
    """One model call, kept for the audit (ModelCall) whether it succeeded or not."""

    messages: list[dict[str, str]]
    parameters: dict[str, Any]
    prompt_hash: str
    backend: str
    model: str
    output: str = ""
    usage: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, Any] = field(default_factory=dict)
    error: str = ""


@dataclass
class Composed:
    text: str
    kind: str
    sources: list[dict[str, Any]]
    checks: dict[str, Any]
    alerts: list[dict[str, Any]]
    model_name: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    prompt_hash: str = ""
    messages: list[dict[str, str]] = field(default_factory=list)
    attempts: list[ModelAttempt] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


# --- fixed blocks ------------------------------------------------------------------------------------------------


def distress_block(triage: Triage) -> str:
    if not triage.has(TriageLabel.DISTRESS):
        return ""
    lines = [DISTRESS_INTRO]
    if triage.emergency_contacts:
        lines.append(DISTRESS_CONTACTS_HEAD)
        lines += [f"- {c['number']} : {c['label']}" for c in triage.emergency_contacts]
    return "\n".join(lines)


def redirect_block(triage: Triage, profile: AdministrationProfile) -> str:
    if not triage.has(TriageLabel.OUT_OF_SCOPE) or not triage.competent:
        return ""
    c = triage.competent
    return (
        f"Votre demande ne relève pas de {profile.name}. "
        f"L'organisme compétent est {c['body']}. Vous pouvez passer par {c['service']}."
    )


def refusal_block(triage: Triage) -> str:
    lines = []
    if "forgery" in triage.injection_kinds:
        lines.append(FORGERY_REFUSAL)
    if {"third_party", "prompt"} & set(triage.injection_kinds):
        lines.append(PRIVACY_REFUSAL)
    return " ".join(lines)


def closing_block(profile: AdministrationProfile) -> str:
    return "\n".join(p for p in (profile.politeness_formula.strip(), profile.signature.strip()) if p)


def assemble(*, profile: AdministrationProfile, triage: Triage, middle: str, covered: bool) -> tuple[str, list[str]]:
    """The full draft and the fixed texts it contains (evidence for the checks, skipped as "unsupported")."""
    fixed = [
        profile.greeting.strip(),
        distress_block(triage),
        redirect_block(triage, profile),
        refusal_block(triage),
    ]
    tail = [] if covered else [NOT_COVERED]
    parts = [p for p in [*fixed, middle.strip(), *tail, closing_block(profile)] if p]
    trusted = [p for p in [*fixed, *tail, closing_block(profile)] if p]
    trusted_lines = [line for block in trusted for line in block.splitlines() if line.strip()]
    return "\n\n".join(parts), trusted_lines


# --- model output ------------------------------------------------------------------------------------------------


_PREAMBLE = re.compile(
    r"^\s*(?:bien sûr|d'accord|voici|je peux vous aider|je vais vous aider|certainement)[^\n]*\n", re.IGNORECASE
)


def clean_output(text: str, *, truncated: bool = False) -> str:
    """Keep the body: drop a preamble, greeting or closing the model added anyway, questions it restated,
    markdown, an unfinished last sentence (when cut by the token limit), and `[Source n]` → `[n]`."""
    text = text.replace("**", "").replace("__", "").strip()
    while _PREAMBLE.match(text + "\n"):
        text = _PREAMBLE.sub("", text + "\n", count=1).strip()
    lines = text.split("\n")
    while lines and (lines[0].strip().endswith("?") or not lines[0].strip()):
        lines.pop(0)  # "Est-ce possible de cumuler ?" — the question restated, not answered
    text = "\n".join(lines).strip()
    # Citations left alone on their line ("[Source 3]") belong to the sentence before.
    text = re.sub(r"\s*\n+\s*((?:\[(?:Source\s*)?\d+\]\s*)+)(?=\n|$)", r" \1", text)
    if truncated:
        end = max(text.rfind(". "), text.rfind(".\n"), text.rfind("]."), text.rfind("] "))
        if not re.search(r"[.!?…\]]\s*$", text) and end > 0:
            text = text[: end + 2].strip()
    text = re.sub(r"^(?:réponse|corps de la réponse|voici (?:la|ma) réponse)\s*:\s*", "", text, flags=re.I)
    while _GREETING_LINE.match(text + "\n"):
        text = _GREETING_LINE.sub("", text + "\n", count=1).strip()
    text = _CLOSING.sub("", "\n" + text).strip()
    text = re.sub(r"\n?\s*cordialement\.?\s*$", "", text, flags=re.I).strip()
    text = _SOURCE_TAG.sub(lambda m: f"[{m.group(1)}]", text)
    text = re.sub(r"\[(?:Sources?|sources?)\s*(\d+(?:\s*,\s*\d+)*)\]", r"[\1]", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def attribute_citations(text: str, sources: list[dict[str, Any]], *, threshold: float = 0.5) -> str:
    """Add `[n]` to sentences the model left uncited, when one source clearly supports them.

    Small models often forget the citation format; the support measure is the same word overlap the checks use,
    so a citation added here points to a passage that contains most of the sentence's words.
    """
    if not sources:
        return text
    evidence = [(s["n"], content_terms(f"{s['title']} {s['heading']} {s['passage']}")) for s in sources]
    out: list[str] = []
    last = 0
    for start, end, sentence in split_sentences(text):
        out.append(text[last:start])
        last = end
        if re.search(r"\[\d+(?:,\s*\d+)*\]", sentence):
            out.append(sentence)
            continue
        terms = content_terms(sentence)
        if len(terms) < 3:
            out.append(sentence)
            continue
        best_n, best = max(((n, len(terms & ev) / len(terms)) for n, ev in evidence), key=lambda pair: pair[1])
        if best >= threshold:
            m = re.search(r"[.!?…:]+$", sentence)
            sentence = f"{sentence[: m.start()]} [{best_n}]{m.group()}" if m else f"{sentence} [{best_n}]"
        out.append(sentence)
    out.append(text[last:])
    return "".join(out)


def with_feedback(messages: list[dict[str, str]], problem: str, checks: dict[str, Any]) -> list[dict[str, str]]:
    """The prompt again, with one short sentence on what the previous answer got wrong."""
    if problem == "checks":
        notes = []
        numbers = [u["text"] for u in checks.get("numbers", {}).get("unsupported", [])][:3]
        if numbers:
            notes.append(f"n'écris pas {', '.join(f'« {n} »' for n in numbers)} : ce n'est pas dans les sources")
        if checks.get("promises"):
            notes.append("ne promets ni décision ni date")
        if checks.get("citations", {}).get("invalid"):
            notes.append("cite seulement les sources données")
        if not notes:
            notes.append("cite la source après chaque phrase et n'écris que ce qui est dans les sources")
        note = "Attention : " + " ; ".join(notes) + "."
    elif problem == "echo":
        note = "Attention : ne recopie ni le message ni les sources. Réponds avec tes propres phrases courtes."
    else:
        note = "Réponds en français, avec les informations des sources : c'est une demande normale d'un usager."
    return [*messages[:-1], {**messages[-1], "content": f"{messages[-1]['content']}\n\n{note}"}]


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def unusable(text: str, *, message: str = "", sources: list[dict[str, Any]] | None = None) -> str:
    """Why a model output cannot be used ("refusal", "echo", "english", "empty"), or "" when it can."""
    body = text.strip()
    if len(body) < 40:
        return "empty"
    if _REFUSAL.search(body[:200]):
        return "refusal"
    if _RULES_ECHO.search(body):
        return "echo"  # the prompt's rules recopied as an answer ("Formule d'appel : …")
    english = len(re.findall(r"\b(?:the|and|you|your|to|is|of|for)\b", body, re.I))
    if english > max(5, len(body.split()) // 8):
        return "english"
    # Small models sometimes recopy the prompt: the citizen's letter, or the source headers. Restating the
    # question in an answer shares a few word sequences with the message; a copy shares most of them.
    output_shingles = _shingles(body)
    if message and output_shingles:
        copied = len(output_shingles & _shingles(message)) / len(output_shingles)
        if copied >= 0.3:
            return "echo"
    for s in sources or []:
        header = f"{s['title']} — {s['heading']}" if s.get("heading") else ""
        if header and header in body:
            return "echo"
    return ""


def is_refusal(text: str) -> bool:
    return bool(unusable(text))


def _hard_error_spans(checks: dict[str, Any]) -> list[tuple[int, int]]:
    spans = [tuple(u["span"]) for u in checks.get("numbers", {}).get("unsupported", [])]
    spans += [tuple(h["span"]) for h in checks.get("promises", []) if h.get("span")]
    spans += [tuple(h["span"]) for h in checks.get("placeholders", []) if h.get("span")]
    spans += [tuple(sp) for sp in checks.get("citations", {}).get("invalid_spans", [])]
    return spans


def drop_flagged_sentences(model_text: str, text: str, checks: dict[str, Any]) -> tuple[str, list[str]]:
    """The model's text without the sentences that hold a hard error of `checks` (run on the whole draft `text`).

    Returns the kept text and the dropped sentences. Only the model's own sentences are dropped: an error
    anywhere else stays, and the re-check of the rebuilt draft catches it.
    """
    spans = _hard_error_spans(checks)
    bad = [
        sentence
        for start, end, sentence in split_sentences(text)
        if any(start <= s < end or s <= start < e for s, e in spans)
    ]
    dropped = [b for b in bad if b in model_text]
    if not dropped:
        return model_text, []
    return drop_sentences(model_text, dropped), dropped


def drop_sentences(model_text: str, dropped: list[str]) -> str:
    """`model_text` without the given sentences ("" when nothing with content is left)."""
    kept_lines = []
    for line in model_text.split("\n"):
        for sentence in dropped:
            line = line.replace(sentence, "")
        bare = re.sub(r"\[\d+(?:,\s*\d+)*\]", " ", line)
        if len(content_terms(bare)) < 3 or bare.strip().endswith(":"):
            continue  # what is left of a list: "4.", "- [1]", a heading whose items were dropped
        kept_lines.append(re.sub(r"\s{2,}", " ", line).strip())
    kept = "\n".join(kept_lines).strip()
    if not any(content_terms(line) for line in kept_lines):
        kept = ""
    return kept


def _dropped_alert(dropped: list[str]) -> dict[str, Any]:
    return {
        "level": "warning",
        "code": "sentences_dropped",
        "message": f"{len(dropped)} phrase(s) du modèle retirée(s) : montant, délai, date ou engagement absent des "
        "sources ; les extraits des fiches les remplacent. À relire.",
        "sentences": dropped,
    }


# --- the stage -----------------------------------------------------------------------------------------------------


def triage_alerts(triage: Triage) -> list[dict[str, Any]]:
    alerts = []
    if triage.has(TriageLabel.DISTRESS):
        kinds = ", ".join(triage.distress_kinds)
        alerts.append(
            {
                "level": "error",
                "code": "distress",
                "message": f"Situation de détresse ({kinds}) : traitement humain prioritaire, "
                "vérifiez les contacts d'urgence.",
            }
        )
    if triage.has(TriageLabel.INJECTION):
        alerts.append(
            {
                "level": "error",
                "code": "injection",
                "message": "Le message contient des consignes adressées à l'IA ou une demande illégitime "
                f"({', '.join(triage.injection_kinds)}) : elles n'ont pas été suivies.",
            }
        )
    if triage.has(TriageLabel.OUT_OF_SCOPE) and triage.competent:
        alerts.append(
            {
                "level": "warning",
                "code": "out_of_scope",
                "message": f"Demande hors compétence : l'organisme compétent semble être {triage.competent['body']}.",
            }
        )
    if triage.has(TriageLabel.ABUSIVE):
        alerts.append({"level": "info", "code": "abusive", "message": checks_module.ALERT_CODES["abusive"]})
    return alerts


def compose(
    *,
    profile: AdministrationProfile,
    title: str,
    body: str,
    triage: Triage,
    sources: list[dict[str, Any]],
    coverage: dict[str, Any],
    backend: Backend | None,
    params: GenerationParams | None = None,
    examples: list[str] | None = None,
    instruction: str = "",
    agent_context: str = "",
    known_placeholders: list[str] | None = None,
    on_token: Callable[[str], None] | None = None,
    on_attempt: Callable[[ModelAttempt], None] | None = None,
) -> Composed:
    """Build a checked draft from pseudonymised inputs. `backend=None` stops before the model (extractive)."""
    started = time.perf_counter()
    params = params or GenerationParams()
    known = known_placeholders or []
    message_text = f"{title}\n{body}\n{agent_context}"
    covered = bool(coverage.get("covered"))
    questions = [*question_sentences(body, limit=QUESTIONS), title]  # what the quoted extracts answer, each
    messages = build_messages(
        profile=profile,
        title=title,
        message=body,
        sources=sources,
        examples=examples,
        instruction=instruction,
        agent_context=agent_context,
        injection_sentences=triage.injection_sentences,
    )
    digest = prompt_hash(messages, params.as_dict())

    def checked(middle: str, *, covered: bool, require_citation: bool) -> tuple[str, dict, list, list]:
        """The draft around `middle`, its sources (those the model read and those quoted), checks and alerts."""
        middle, kept = keep_cited_sources(middle, sources)
        text, trusted = assemble(profile=profile, triage=triage, middle=middle, covered=covered)
        checks, alerts = checks_module.check_draft(
            text,
            sources=kept,
            message_text=message_text,
            trusted_texts=trusted,
            coverage=coverage,
            known_placeholders=known,
            require_citation=require_citation,
        )
        return text, checks, alerts, kept

    result_alerts = triage_alerts(triage)
    attempts: list[ModelAttempt] = []
    fallback_reason = ""

    if backend is not None and covered and sources:

        def finish(model_text: str) -> tuple[str, dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
            """The model's text, the key points it left out, the links, the fixed texts; checked."""
            middle = model_text
            points = key_points(sources, questions, context=body, exclude=model_text)
            if points:
                middle += "\n\n" + "\n".join([KEY_POINTS_HEAD, *points])
            links = links_block(sources, middle)
            if links:
                middle = f"{middle}\n\n{links}"
            return checked(middle, covered=True, require_citation=True)

        sent = messages
        for attempt_no in range(1, MAX_ATTEMPTS + 1):
            attempt = ModelAttempt(
                messages=sent,
                parameters={**params.as_dict(), "attempt": attempt_no},
                prompt_hash=prompt_hash(sent, params.as_dict()),
                backend=backend.name,
                model=backend.model_name,
            )
            attempts.append(attempt)
            try:
                generation: Generation = backend.generate(
                    sent, params=params, on_token=on_token if attempt_no == 1 else None
                )
            except BackendError as exc:
                attempt.error = str(exc)
                if on_attempt:
                    on_attempt(attempt)
                fallback_reason = "model_error"
                break
            attempt.output, attempt.usage, attempt.timings = generation.text, generation.usage, generation.timings
            middle = clean_output(generation.text, truncated=generation.finish_reason == "length")
            problem = unusable(middle, message=body, sources=sources)
            checks: dict[str, Any] = {}
            if not problem:
                model_text = attribute_citations(middle, prompt_sources(sources))
                text, checks, alerts, kept_sources = finish(model_text)
                if not checks_module.is_clean(checks):
                    problem = "checks"
                    # Keep what checks out: drop the model's sentences that hold an unsupported number, a promise,
                    # an invalid citation or leftover text, and re-check the whole draft (verbatim key points
                    # replace what was dropped). Used only when enough of the model's answer is left.
                    kept, dropped = drop_flagged_sentences(model_text, text, checks)
                    needed = MIN_KEPT_SENTENCES if attempt_no < MAX_ATTEMPTS else 1
                    if dropped and len(split_sentences(kept)) >= needed and not unusable(kept, message=body):
                        text2, checks2, alerts2, kept_sources2 = finish(kept)
                        if checks_module.is_clean(checks2):
                            text, checks, problem, kept_sources = text2, checks2, "", kept_sources2
                            checks["dropped_sentences"] = dropped
                            alerts = [*alerts2, _dropped_alert(dropped)]
            attempt.error = f"unusable output: {problem}" if problem else ""
            if on_attempt:
                on_attempt(attempt)
            if not problem:
                return Composed(
                    text=text,
                    kind=DraftKind.GENERATED,
                    sources=kept_sources,
                    checks=checks,
                    alerts=checks_module.sort_alerts([*result_alerts, *alerts]),
                    model_name=backend.model_name,
                    parameters=params.as_dict(),
                    prompt_hash=attempt.prompt_hash,
                    messages=sent,
                    attempts=attempts,
                    timings={"compose_s": round(time.perf_counter() - started, 3)},
                )
            fallback_reason = "checks_failed" if problem == "checks" else "model_refusal"
            # Second try: same prompt plus what went wrong, greedy decoding.
            sent = with_feedback(messages, problem, checks)
            params = GenerationParams(**{**params.as_dict(), "seed": params.seed + 1, "temperature": 0.0})
    elif backend is not None:
        fallback_reason = "not_covered"
    else:
        fallback_reason = "no_model"

    middle = extractive_middle(sources, questions, body) if sources else ""
    text, checks, alerts, sources = checked(middle, covered=covered, require_citation=bool(middle))
    fallback_messages = {
        "not_covered": "Les fiches trouvées couvrent mal la question : brouillon de repli composé d'extraits.",
        "model_error": "Le modèle n'a pas répondu : brouillon de repli composé d'extraits des fiches.",
        "model_refusal": "Le modèle a refusé de répondre deux fois : brouillon de repli composé d'extraits.",
        "checks_failed": "Le texte du modèle a échoué deux fois aux vérifications : brouillon de repli (extraits).",
        "no_model": "Brouillon composé d'extraits des fiches (sans modèle).",
    }
    extra = [{"level": "warning", "code": "extractive_fallback", "message": fallback_messages[fallback_reason]}]
    if not covered:
        extra.append(
            {
                "level": "warning",
                "code": "not_covered",
                "message": f"Couverture insuffisante ({coverage.get('reason', '')}) : à compléter par l'agent.",
            }
        )
    if fallback_reason in {"model_error", "model_refusal"}:
        extra.append({"level": "info", "code": fallback_reason, "message": checks_module.ALERT_CODES[fallback_reason]})
    checks["fallback"] = fallback_reason
    return Composed(
        text=text,
        kind=DraftKind.EXTRACTIVE,
        sources=sources,
        checks=checks,
        alerts=checks_module.sort_alerts([*result_alerts, *extra, *alerts]),
        model_name=backend.model_name if backend is not None and attempts else "",
        parameters=params.as_dict() if attempts else {},
        prompt_hash=digest,
        messages=messages,
        attempts=attempts,
        timings={"compose_s": round(time.perf_counter() - started, 3)},
    )
