"""Typed alerts and check results: what drafting says about a draft, as the inbox reads it.

Stored as JSON on the draft (`Draft.alerts`, `Draft.checks`; the contract is in `guichet.drafting.checks`).
`Alert.from_dict` / `CheckResult.from_dict` read them back; each alert says which passage mark of the agent's
review it calls for (`Alert.mark`), so the screens never guess from the wording of a code.
"""

from dataclasses import dataclass, field
from typing import Any

ALERT_CODES: dict[str, str] = {
    "citation_invalid": "Une citation [n] ne renvoie à aucune source retenue.",
    "citation_missing": "Le brouillon ne cite aucune source.",
    "number_unsupported": "Nombre, montant, date, numéro ou lien absent des sources et du message.",
    "promise": "Le brouillon semble promettre une décision ou une date.",
    "placeholder": "Il reste un texte à compléter ou un morceau de consigne.",
    "sentence_unsupported": "Phrase non appuyée par les sources.",
    "contradiction": "Phrase qui contredit le passage de la fiche qu'elle cite : à corriger avant envoi.",
    "persona_contradiction": "Phrase qui dit de l'usager le contraire de son message (statut, âge, famille…).",
    "persona_unsupported": "Phrase qui dit de l'usager ce que son message ne dit pas (statut, âge, famille…) : "
    "à vérifier.",
    "asked_not_told": "Phrase qui affirme sur le dossier de l'usager ce que son message demande seulement, sans "
    "source : à vérifier.",
    "readability": "Texte difficile à lire pour le public.",
    "distress": "Situation de détresse : traitement humain prioritaire.",
    "out_of_scope": "La demande relève d'un autre organisme.",
    "injection": "Le message contient des consignes adressées à l'IA ou une demande illégitime.",
    "abusive": "Message injurieux : répondre avec calme, sur les faits.",
    "not_covered": "Les fiches trouvées ne couvrent pas bien la question.",
    "extractive_fallback": "Brouillon de repli composé d'extraits des fiches.",
    "model_refusal": "Le modèle a refusé de répondre.",
    "model_error": "Le modèle n'a pas pu produire de brouillon.",
    "sentences_dropped": "Phrases du modèle retirées : non vérifiables dans les sources.",
    "privacy_guard": "Des données personnelles encore visibles ont été retirées du prompt avant le modèle.",
    "close_fiches": "La première fiche n'est devancée que de peu par une autre : vérifiez que c'est la bonne.",
    "memory": "Brouillon repris d'une réponse validée à un message semblable, revérifié sur les fiches actuelles.",
    "nothing_to_answer": "Le message ne contient aucune demande à traiter : brouillon court, sans fiche ni modèle.",
    "memory_fiche_changed": "Une fiche citée par la réponse validée reprise a changé depuis : à relire.",
}

LEVELS = ("error", "warning", "info")

# The kinds of passage marks in the agent's review of a draft.
MARKS = ("unsupported", "number", "promise", "placeholder")
# Which mark the passage of an alert gets (the other alerts are about the whole draft or the message).
MARK_OF_CODE: dict[str, str] = {
    "citation_invalid": "unsupported",
    "citation_missing": "unsupported",
    "sentence_unsupported": "unsupported",
    "contradiction": "unsupported",
    "persona_contradiction": "unsupported",
    "persona_unsupported": "unsupported",
    "asked_not_told": "unsupported",
    "number_unsupported": "number",
    "promise": "promise",
    "placeholder": "placeholder",
}


@dataclass(frozen=True)
class Alert:
    level: str
    code: str
    message: str = ""
    span: tuple[int, int] | None = None
    sentence: str = ""
    sentences: tuple[str, ...] = ()  # several passages (the model sentences dropped from a draft)

    def __post_init__(self) -> None:
        if not self.message:
            object.__setattr__(self, "message", ALERT_CODES.get(self.code, ""))

    @property
    def mark(self) -> str | None:
        """The passage mark this alert calls for in the review ("number", "promise"…), or None."""
        return MARK_OF_CODE.get(self.code)

    @property
    def rank(self) -> int:
        return LEVELS.index(self.level) if self.level in LEVELS else len(LEVELS)

    def as_dict(self) -> dict[str, Any]:
        """The stored JSON form (optional keys left out when empty)."""
        out: dict[str, Any] = {"level": self.level, "code": self.code, "message": self.message}
        if self.span is not None:
            out["span"] = list(self.span)
        if self.sentence:
            out["sentence"] = self.sentence
        if self.sentences:
            out["sentences"] = list(self.sentences)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Alert":
        span = data.get("span")
        valid_span = isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(i, int) for i in span)
        sentence = data.get("sentence")
        return cls(
            level=str(data.get("level") or "info"),
            code=str(data.get("code") or ""),
            message=str(data.get("message") or ""),
            span=(span[0], span[1]) if valid_span else None,
            sentence=sentence if isinstance(sentence, str) else "",
            sentences=tuple(s for s in data.get("sentences") or [] if isinstance(s, str)),
        )


def _texts(items: Any, key: str) -> list[str]:
    return [str(item[key]) for item in items or [] if isinstance(item, dict) and str(item.get(key) or "").strip()]


@dataclass(frozen=True)
class CheckResult:
    """The passages the checks found doubtful in a draft (`Draft.checks`), by mark."""

    unsupported_sentences: list[str] = field(default_factory=list)
    contradictions: list[str] = field(default_factory=list)
    persona: list[str] = field(default_factory=list)  # what the draft says of the writer that the message does not
    asked: list[str] = field(default_factory=list)  # what the draft states of the case that the message only asks
    unsupported_numbers: list[str] = field(default_factory=list)
    promises: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)
    readability: dict[str, Any] = field(default_factory=dict)
    coverage: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, checks: dict[str, Any] | None) -> "CheckResult":
        checks = checks or {}
        numbers = checks.get("numbers") or {}
        return cls(
            unsupported_sentences=_texts(checks.get("unsupported_sentences"), "sentence"),
            contradictions=_texts(checks.get("contradictions"), "sentence"),
            persona=_texts(checks.get("persona"), "sentence"),
            asked=_texts(checks.get("asked"), "sentence"),
            unsupported_numbers=_texts(numbers.get("unsupported") if isinstance(numbers, dict) else [], "text"),
            promises=_texts(checks.get("promises"), "text"),
            placeholders=_texts(checks.get("placeholders"), "text"),
            readability=checks.get("readability") if isinstance(checks.get("readability"), dict) else {},
            coverage=checks.get("coverage") if isinstance(checks.get("coverage"), dict) else {},
        )

    def passages(self) -> dict[str, list[str]]:
        """Doubtful passages by mark (see MARKS)."""
        return {
            "unsupported": [*self.unsupported_sentences, *self.contradictions, *self.persona, *self.asked],
            "number": list(self.unsupported_numbers),
            "promise": list(self.promises),
            "placeholder": list(self.placeholders),
        }


def sort_alerts(alerts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored alerts, most serious first."""
    return sorted(alerts, key=lambda a: Alert.from_dict(a).rank)
