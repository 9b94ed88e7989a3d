"""Messages that talk *about* AI without instructing it (fifteenth pass of issue 12).

The learned injection score reads "IA", "ChatGPT", "algorithme", "réponse générée" as signs of a message aimed at
the model. Routine writers now mention them every day ("est-ce qu'une IA rédige vos réponses ?", "ChatGPT m'a dit
que…", "mes données servent-elles à entraîner un modèle ?"): the hidden batch ak had three such messages flagged
injection, batch ao seven of fifteen. A learned injection (no rule matched) whose deciding score is below
`AI_TALK_KEEPS` is dropped when the message mentions AI and shows none of the moves of an injection: no cue of
the injection families (rules set aside, role play, imposed words or form, markup, hidden or masked text, the
prompt asked for, English instructions) and no reader addressed as "tu".
"""

import re

from guichet.drafting.triage_cues import INJECTION_MOVES, cue_counts, fold

# A learned injection this sure stands whatever the message says about AI.
AI_TALK_KEEPS = 0.96

_AI_MENTION = re.compile(
    r"\b(?:ia|i\.a|chatgpt|chat gpt|gpt|intelligence artificielle|algorithmes?|robots?|chatbot|logiciels?"
    r"|modeles? de langage|mistral|gemini|copilot|bot)\b"
    r"|\b(?:genere\w*|redige\w*|traite\w*|repon\w*) (?:automatiquement|par (?:une|un|l') ?(?:ia|robot|logiciel"
    r"|machine|intelligence artificielle))\b|\breponses? automatiques?\b"
)
# English instruction words ("assistant", French too, left out: the "english" cue family counts it).
_ENGLISH = re.compile(r"\b(?:disregard|forget|previous|you must|respond|system|override|reply)\b")
# The reader addressed as "tu" (an instruction to the machine), or told to act in the imperative.
# (Past participles that fold like an imperative - "généré", "rédigé", "validé" - count only before "moi".)
_ADDRESSED = re.compile(
    r"\b(?:tu|toi|ton|tes|t'\w+)\b|\b(?:ignore|reponds|ecris|fais|imagine|joue|agis|deviens|raconte"
    r"|revele|affiche)\b(?!-vous)|\b(?:genere|redige|confirme|valide|accorde|donne|dis)[- ]moi\b"
    # Its rules named or forgotten, in any spelling ("oubli zot règ", Réunion creole, batch o).
    r"|\boubli\w*|\b(?:consignes?|instructions?|directives?|prompt)\b"
)
# A bracketed or tagged part (a fake agent's note, a system line) is a move of an injection: placeholders are read
# as ordinary values before this (`triage_model.model_text`), so none is left in brackets.
_TAGGED = re.compile(r"[\[\]{}<>]")


def talks_about_ai_only(text: str) -> bool:
    """The (pseudonymised) message mentions AI and does nothing an injection does."""
    folded = fold(text)
    if not _AI_MENTION.search(folded) or _ADDRESSED.search(folded) or _ENGLISH.search(folded) or _TAGGED.search(text):
        return False
    counts = cue_counts(text)
    return not any(counts.get(name, 0) for name in INJECTION_MOVES)


def learned_injection_stands(deciding_score: float, text: str, keeps: float = AI_TALK_KEEPS) -> bool:
    """A learned injection (no rule matched) stays unless it is unsure (under `keeps`) and the message only talks
    about AI. `triage` decides with its own, lower ceiling (`triage.AI_TALK_CEILING`, seventeenth pass)."""
    return deciding_score >= keeps or not talks_about_ai_only(text)
