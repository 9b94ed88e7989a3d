"""A French adverb in -ment opening a line is no name (forty-fifth pass, the lead).

On the last lines of a message the signature rules read a capitalised word before a comma as the writer's name
("Dylan, 06 …"). A message whose last paragraph opens with an adverb ("Normalement, vous avez droit…",
"Heureusement, ma sœur m'aide.", "Actuellement, je suis au chômage.") had that adverb masked as a person, which
cuts the sentence a draft and the triage read (an over-mask engineer-d63 found). An adverb in -ment that the French
lexicon knows and the name gazetteer does not ("Clément", "Froment" stay names) is a common word for the name rules.
`ADVERBS_NOT_NAMES` switches the reading off.
"""

from guichet.privacy.gazetteer import is_name
from guichet.privacy.lexicon import is_french

ADVERBS_NOT_NAMES = True


def is_adverb(word: str) -> bool:
    """Whether `word` is a French adverb in -ment that no name list knows (always False while switched off)."""
    if not ADVERBS_NOT_NAMES:
        return False
    lower = word.lower()
    return len(lower) > 6 and lower.endswith("ment") and is_french(word) and not is_name(word)
