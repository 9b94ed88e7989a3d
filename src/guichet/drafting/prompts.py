"""Prompt building for small models (why each rule is there: docs/benchmarks.md, "How a draft is made").

A short role in the system turn, then one user turn: numbered sources, at most one past reply as a style example,
the citizen's text fenced as data, and short explicit rules. The default template lives in `prompts/default.txt`;
an administration can replace it (`Administration.prompt_template`) with the same `{fields}`.

The citizen's text never goes to the model raw: it is the pseudonymised text, fence markers and chat-template
tokens are neutralised, and sentences that triage identified as instructions aimed at the AI are replaced by a
marker (a 0.5B model obeys what it reads; the agent still sees the original message).
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from guichet.text import sentences

PROMPTS_DIR = Path(__file__).resolve().parent / "prompts"
FIELDS = ("administration", "sources", "examples", "title", "message", "question", "agent_context", "rules", "tone")
INJECTION_MARKER = "[passage retiré : consignes adressées à l'IA]"

# What the agent's regenerate instruction becomes in the rules list (known ones are rephrased for small models).
INSTRUCTIONS: dict[str, str] = {
    "plus court": "- Fais une réponse très courte : 3 phrases au plus.",
    "plus simple": "- Utilise des mots très simples et des phrases de moins de 15 mots.",
    "plus formel": "- Adopte un ton très formel et administratif.",
    "plus chaleureux": "- Adopte un ton chaleureux et empathique.",
    "plus détaillé": "- Donne un peu plus de détails utiles, toujours tirés des sources.",
}

_FENCE = re.compile(r"<<<|>>>|<\|[^|>]{0,20}\|>|\[/?INST\]|```", re.IGNORECASE)
_SOURCE_TAG = re.compile(r"\[\s*source", re.IGNORECASE)


@dataclass
class AdministrationProfile:
    """What drafting needs to know about an administration (plain data: pure stages do not touch the ORM)."""

    name: str
    greeting: str = "Bonjour,"
    politeness_formula: str = (
        "Nous restons à votre disposition pour tout renseignement complémentaire.\nBien cordialement,"
    )
    signature: str = ""
    tone: str = ""
    prompt_template: str = ""
    aliases: list[str] = field(default_factory=list)
    competences: list[str] = field(default_factory=list)

    @property
    def short_name(self) -> str:
        """The name the administration is known by ("CAF"): its first alias, else its name."""
        return self.aliases[0] if self.aliases else self.name

    @classmethod
    def from_model(cls, administration: Any) -> "AdministrationProfile":
        return cls(
            name=administration.name,
            greeting=administration.greeting or "Bonjour,",
            politeness_formula=administration.politeness_formula or "",
            signature=administration.signature or "",
            tone=administration.tone or "",
            prompt_template=administration.prompt_template or "",
            aliases=[a for a in [administration.short_name, *(administration.aliases or [])] if a],
            competences=list(administration.competences or []),
        )


@cache
def load_template(name: str) -> str:
    return (PROMPTS_DIR / f"{name}.txt").read_text(encoding="utf-8")


def fence(text: str, *, drop_sentences: list[str] | None = None) -> str:
    """Make citizen text safe to embed as data: no fence markers, no chat tokens, no fake source tags."""
    for sentence in drop_sentences or []:
        if sentence.strip():
            text = text.replace(sentence, INJECTION_MARKER)
    text = _FENCE.sub(" ", text)
    text = _SOURCE_TAG.sub("(source", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def format_sources(sources: list[dict[str, Any]]) -> str:
    """The model's sources, numbered (reference passages, `in_prompt` false, are not sent)."""
    blocks = []
    for s in sources:
        if not s.get("in_prompt", True):
            continue
        head = s["title"] if not s.get("heading") else f"{s['title']} — {s['heading']}"
        blocks.append(f"[Source {s['n']}] {head}\n{s['passage']}")
    return "\n\n".join(blocks)


def format_examples(examples: list[str]) -> str:
    if not examples:
        return ""
    parts = [
        "\nRéponse déjà validée par un agent pour une demande proche (pour le ton seulement, pas pour les faits) :"
    ]
    parts += [f"<<<\n{fence(e)}\n>>>" for e in examples]
    return "\n".join(parts) + "\n"


def format_rules(*, tone: str = "", instruction: str = "") -> str:
    rules = []
    if tone.strip():
        rules.append(f"- Ton : {tone.strip()}")
    key = instruction.strip().lower().rstrip(".! ")
    if key in INSTRUCTIONS:
        rules.append(INSTRUCTIONS[key])
    elif instruction.strip():
        rules.append(f"- Consigne de l'agent : {fence(instruction.strip())}")
    return "\n".join(rules)


def format_agent_context(agent_context: str) -> str:
    if not agent_context.strip():
        return ""
    return f"\nInformations ajoutées par l'agent (fiables, à utiliser) :\n{fence(agent_context.strip())}\n"


# A question this short says what it asks only with the sentence before it ("On me dit que je dois attendre 20 ans
# pour l'AAH. Est-ce vrai ?"): fewer content words than this, and it is read with that sentence.
BARE_QUESTION_WORDS = 3
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_NOT_CONTENT = frozenset(
    "vrai normal possible faire comment quoi cela elle elles vous nous mais alors donc aussi merci bien avance "
    "quand pourquoi combien quel quelle quels quelles dois peux peut pouvez savoir voudrais aimerais suis sont "
    "était avez avoir être".split()
)


def _bare(question: str) -> bool:
    words = [w for w in _CONTENT_WORD.findall(question.lower()) if w not in _NOT_CONTENT]
    return len(words) < BARE_QUESTION_WORDS


def question_sentences(message: str, *, limit: int = 3) -> list[str]:
    """The sentences that ask something: question marks, or "comment/quels/est-ce que..." openings; a bare question
    ("Est-ce vrai ?", "Comment faire ?") comes with the sentence before it, which says what it is about."""
    found = sentences(message)
    asks = []
    for i, s in enumerate(found):
        if "?" in s or re.match(
            r"(?i)(?:comment|quel|quelle|quels|quelles|est-ce|pouvez-vous|puis-je|dois-je|combien|"
            r"où|que dois|je voudrais savoir|j'aimerais savoir)\b",
            s,
        ):
            asks.append(f"{found[i - 1]} {s}" if i and _bare(s) and "?" not in found[i - 1] else s)
    return asks[:limit]


def main_question(title: str, message: str, *, limit: int = 3) -> str:
    """The question sentences of the message, else the subject.

    Small models answer a question they are handed far better than one buried in a story, and they recopy long
    inputs less when the thing to answer is restated right before the rules.
    """
    return fence(" ".join(question_sentences(message, limit=limit)) or title)


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return ""


def build_messages(
    *,
    profile: AdministrationProfile,
    title: str,
    message: str,
    sources: list[dict[str, Any]],
    examples: list[str] | None = None,
    instruction: str = "",
    agent_context: str = "",
    injection_sentences: list[str] | None = None,
) -> list[dict[str, str]]:
    """The chat messages sent to the model (pseudonymised inputs only)."""
    values = _SafeDict(
        administration=profile.name,
        sources=format_sources(sources),
        examples=format_examples(examples or []),
        title=fence(title),
        message=fence(message, drop_sentences=injection_sentences),
        question=main_question(title, fence(message, drop_sentences=injection_sentences)),
        agent_context=format_agent_context(agent_context),
        rules=format_rules(tone=profile.tone, instruction=instruction),
        tone=profile.tone,
    )
    template = profile.prompt_template.strip() or load_template("default")
    user = template.format_map(values)
    system = load_template("system").format_map(values).strip()
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": re.sub(r"\n{3,}", "\n\n", user).strip()},
    ]


def prompt_hash(messages: list[dict[str, str]], parameters: dict[str, Any] | None = None) -> str:
    payload = json.dumps({"messages": messages, "parameters": parameters or {}}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()
