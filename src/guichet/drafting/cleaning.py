"""Cleaning a model's output: keep the body it wrote, judge whether it is usable, add the citations it forgot,
and drop the sentences the checks flagged. Pure functions on text.
"""

import re
from typing import Any

from guichet.drafting.contradictions import find_contradictions
from guichet.drafting.persona import CONTRADICTED, find_claims, read_writer
from guichet.text import content_terms
from guichet.text import sentence_spans as split_sentences

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
    text = drop_repeated_lines(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _line_key(line: str) -> str:
    """A line compared without its list mark, citation marks, case, spacing and end punctuation."""
    line = re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", " ", line.lower())
    line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line)
    return " ".join(re.findall(r"\w+", line))


def drop_repeated_lines(text: str) -> str:
    """Drop a line that says again what an earlier line said: small models loop and write the same list twice
    (drf-d1-013 repeated three bullets word for word), which an agent would have to delete. Lines of fewer
    than three words, blank lines and headings ending with a colon (a condition repeated before each list:
    "Avant 53 ans :") are kept."""
    seen: set[str] = set()
    kept = []
    for line in text.split("\n"):
        key = _line_key(line)
        if len(key.split()) >= 3 and not line.rstrip().endswith(":"):
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return "\n".join(kept)


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


# A sentence that states a right, a refusal, an amount, a delay or a channel (where and how to act): the 1.5B model's
# free sentences of this kind are the main source of false statements on unseen messages ("les étudiants n'ont pas
# droit", "c'est payant", a wrong office). Such a sentence is kept only when one source passage holds most of its
# words; otherwise it is removed (the verbatim extracts say what the fiche says instead).
_CLAIM = re.compile(
    r"\b(?:droit|droits|éligible|bénéfici\w*|cumul\w*|(?:ne|n')\s*(?:pouvez|pourrez|pourriez|avez|êtes|sera|est)\b|"
    r"pas possible|impossible|refus\w*|interdit\w*|obligatoire\w*|gratuit\w*|payant\w*|rembours\w*|montant|"
    r"€|euros?|%|délai|\d|en ligne|site|formulaire|cerfa|guichet|mairie|préfecture|agence|caisse|caf\b|cpam|"
    r"urssaf|pôle emploi|france travail|consulat|tribunal|auprès d[eu']|adress\w*|contact\w*|rendez-vous|courrier|"
    r"téléphon\w*)",
    re.IGNORECASE,
)
CLAIM_SUPPORT = 0.6
# The citizen's own first person: a sentence of the model that says "je", "mon", "ma" restates the message in the
# writer's voice ("Vous avez commencé … et j'ai jamais arrêté"); a reply never does.
_FIRST_PERSON = re.compile(r"(?<![«\w])(?:je\b|j'|j’|m'|m’|me\b|mon\b|ma\b|mes\b|moi\b)", re.IGNORECASE)
# A right or a refusal ("vous avez droit", "vous n'avez pas droit", "c'est impossible"): the passage that supports it
# must say it too, not only name the benefit (a sentence made of the benefit's name is always "supported" by words).
_RIGHT = re.compile(r"\b(?:droits?|éligible|bénéficier|possible|impossible|refus\w*|interdit\w*|obligatoire)\b", re.I)
_NEGATION = re.compile(r"\b(?:ne|n')\s*\w+\s+(?:pas|plus|jamais|aucun\w*)\b|\bimpossible\b|\brefus", re.IGNORECASE)


def drop_unsupported_claims(model_text: str, sources: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """The model's text without its sentences that state a right, a refusal, an amount, a delay or a channel that no
    single source passage supports (at least CLAIM_SUPPORT of the sentence's content words in one passage), nor
    those in the citizen's first person, and the removed sentences."""
    texts = [
        f"{s.get('title', '')} {s.get('heading', '')} {s.get('passage', '')} {s.get('extract', '')}" for s in sources
    ]
    evidence = [content_terms(text) for text in texts]
    dropped = []
    for _, _, sentence in split_sentences(model_text):
        bare = re.sub(r"\[\d+(?:,\s*\d+)*\]", " ", sentence)
        if _FIRST_PERSON.search(bare):
            dropped.append(sentence)
            continue
        terms = content_terms(bare)
        if not terms or not _CLAIM.search(bare):
            continue
        right = {w.lower() for w in _RIGHT.findall(bare)}
        negated = bool(_NEGATION.search(bare))
        supported = False
        for text, ev in zip(texts, evidence, strict=True):
            if len(terms & ev) / len(terms) < CLAIM_SUPPORT:
                continue
            if right and not ({w.lower() for w in _RIGHT.findall(text)} & right):
                continue  # the passage names the benefit but does not say the right or the refusal
            if right and negated and not _NEGATION.search(text):
                continue  # "vous n'avez pas droit" needs a passage that says no
            supported = True
            break
        if not supported:
            dropped.append(sentence)
    if not dropped:
        return model_text, []
    return drop_sentences(model_text, dropped), dropped


def drop_contradicting(model_text: str, sources: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """The model's text without its sentences that contradict the source passage they align with (a negation lost
    or added, an exemption made an obligation, "au moins" made "au plus", a figure of another row), and those
    sentences. An agent's sentence is never removed: `checks.check_draft` flags it."""
    dropped = [item["sentence"] for item in find_contradictions(model_text, sources)]
    if not dropped:
        return model_text, []
    return drop_sentences(model_text, dropped), dropped


def drop_persona_contradicting(model_text: str, message: str, *, private_text: str = "") -> tuple[str, list[str]]:
    """The model's text without its sentences that say of the writer what the message contradicts ("vous êtes
    retraité" to a working nurse, "en tant que demandeur d'emploi" to a student: `guichet.drafting.persona`), and
    those sentences. An agent's sentence is never removed: `checks.check_draft` flags it."""
    dropped = [
        c.sentence for c in find_claims(model_text, message, private_text=private_text) if c.verdict == CONTRADICTED
    ]
    if not dropped:
        return model_text, []
    return drop_sentences(model_text, dropped), dropped


_CASE_LABEL = re.compile(r"^\s*-\s+([^:\n]{3,160}?)\s:\s")


def drop_contradicted_lines(lines: list[str], message: str, *, private_text: str = "") -> tuple[list[str], list[str]]:
    """Quoted lines of the fiches without those whose case label says of the writer what the message contradicts ("-
    Vous êtes Français : …" quoted to a writer with a residence permit: a case that is not theirs), and those lines.
    Only the label is read (the fiche's own sentences speak to every reader); a whole line goes, so that no sentence
    of it is left under another case's label."""
    kept: list[str] = []
    dropped: list[str] = []
    writer = read_writer(f"{message}\n{private_text}")
    for line in lines:
        label = _CASE_LABEL.match(line)
        claims = find_claims(label.group(1), message, writer=writer) if label else []
        (dropped if any(c.verdict == CONTRADICTED for c in claims) else kept).append(line)
    return kept, dropped
