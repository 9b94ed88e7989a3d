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
from guichet.drafting.checks import content_terms, split_sentences
from guichet.drafting.prompts import AdministrationProfile, build_messages, main_question, prompt_hash
from guichet.drafting.triage import Triage
from guichet.inbox.enums import DraftKind, TriageLabel

MAX_ATTEMPTS = 2

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
EXTRACTIVE_INTRO = "Voici les informations des fiches officielles qui correspondent à votre demande :"

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


def online_service(sources: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first online service (téléservice, formulaire) among the sources' resources."""
    for s in sources:
        for r in s.get("resources") or []:
            kind = str(r.get("kind", "")).lower()
            if r.get("url") and any(w in kind for w in ("ligne", "teleservice", "téléservice", "service", "form")):
                return {**r, "n": s["n"]}
    return None


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


# --- extractive fallback -------------------------------------------------------------------------------------------


def _best_sentences(passage: str, query_terms: set[str], limit: int) -> list[str]:
    sentences = [s for _, _, s in split_sentences(passage) if len(s) > 25]
    ranked = sorted(sentences, key=lambda s: -len(content_terms(s) & query_terms))
    keep = set(ranked[:limit])
    return [s for s in sentences if s in keep]  # original order reads better


KEY_POINTS_HEAD = "Les points essentiels des fiches officielles :"


def key_points(
    sources: list[dict[str, Any]], question: str, *, exclude: str = "", limit: int = 3
) -> list[tuple[str, int]]:
    """The source sentences that best match the question, verbatim with their source number.

    Small models write a short, personal answer but leave out conditions, amounts and delays; these sentences
    are copied from the fiches (grounded by construction) and skip what the model already said.
    """
    terms = content_terms(question)
    said = content_terms(exclude)
    scored: list[tuple[float, int, str]] = []
    for rank, s in enumerate(sources):
        for _, _, sentence in split_sentences(s["passage"]):
            words = content_terms(sentence)
            if len(sentence) < 30 or len(sentence) > 320 or len(words) < 4:
                continue
            if len(words & said) / len(words) >= 0.6:
                continue  # the model already says this
            overlap = len(words & terms)
            if not overlap:
                continue
            has_fact = 0.5 if re.search(r"\d", sentence) else 0.0
            scored.append((overlap + has_fact - 0.3 * rank, s["n"], sentence.lstrip("-•* ")))
    scored.sort(key=lambda item: -item[0])
    picked: list[tuple[str, int]] = []
    for _, n, sentence in scored:
        if all(
            len(content_terms(sentence) & content_terms(p)) < 0.6 * len(content_terms(sentence)) for p, _ in picked
        ):
            picked.append((sentence, n))
        if len(picked) == limit:
            break
    return picked


def links_block(sources: list[dict[str, Any]]) -> str:
    """Where to read more and act: the best fiche and its online service (a reply without them is a dead end)."""
    if not sources:
        return ""
    lines = []
    top = sources[0]
    if top.get("url"):
        lines.append(f"Pour en savoir plus : « {top['title']} », {top['url']} [{top['n']}]")
    service = online_service(sources)
    if service:
        lines.append(f"Service en ligne : {service.get('title', '')}, {service['url']} [{service['n']}]")
    return "\n".join(lines)


def extractive_middle(sources: list[dict[str, Any]], query: str, *, max_passages: int = 3) -> str:
    """The most relevant sentences of the best passages, cited, then links to the fiches and online service."""
    if not sources:
        return ""
    query_terms = content_terms(query)
    lines = [EXTRACTIVE_INTRO]
    seen_fiches: list[dict[str, Any]] = []
    for s in sources[:max_passages]:
        sentences = _best_sentences(s["passage"], query_terms, limit=2)
        if not sentences:
            continue
        text = " ".join(sentences).lstrip("-•* ")
        lines.append(f"- {text} [{s['n']}]")
        if s["fiche_id"] not in {f["fiche_id"] for f in seen_fiches}:
            seen_fiches.append(s)
    for s in seen_fiches[:2]:
        if s.get("url"):
            lines.append(f"Pour en savoir plus : « {s['title']} », {s['url']} [{s['n']}]")
    service = online_service(sources)
    if service:
        lines.append(f"Service en ligne : {service.get('title', '')}, {service['url']} [{service['n']}]")
    return "\n".join(lines)


# --- the stage -----------------------------------------------------------------------------------------------------


def _check(
    text: str,
    *,
    sources: list[dict[str, Any]],
    message_text: str,
    trusted: list[str],
    coverage: dict[str, Any],
    known_placeholders: list[str],
    require_citation: bool,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    return checks_module.check_draft(
        text,
        sources=sources,
        message_text=message_text,
        trusted_texts=trusted,
        coverage=coverage,
        known_placeholders=known_placeholders,
        require_citation=require_citation,
    )


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
    result_alerts = triage_alerts(triage)
    attempts: list[ModelAttempt] = []
    fallback_reason = ""

    if backend is not None and covered and sources:
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
                middle = attribute_citations(middle, sources)
                points = key_points(sources, f"{title} {main_question(title, body)} {body}", exclude=middle)
                if points:
                    middle += "\n\n" + "\n".join([KEY_POINTS_HEAD, *(f"- {p} [{n}]" for p, n in points)])
                links = links_block(sources)
                if links:
                    middle = f"{middle}\n\n{links}"
                text, trusted = assemble(profile=profile, triage=triage, middle=middle, covered=True)
                checks, alerts = _check(
                    text,
                    sources=sources,
                    message_text=message_text,
                    trusted=trusted,
                    coverage=coverage,
                    known_placeholders=known,
                    require_citation=True,
                )
                if not checks_module.is_clean(checks):
                    problem = "checks"
            attempt.error = f"unusable output: {problem}" if problem else ""
            if on_attempt:
                on_attempt(attempt)
            if not problem:
                return Composed(
                    text=text,
                    kind=DraftKind.GENERATED,
                    sources=sources,
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

    middle = extractive_middle(sources, f"{title} {body}") if sources else ""
    text, trusted = assemble(profile=profile, triage=triage, middle=middle, covered=covered)
    checks, alerts = _check(
        text,
        sources=sources,
        message_text=message_text,
        trusted=trusted,
        coverage=coverage,
        known_placeholders=known,
        require_citation=bool(middle),
    )
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
