"""A hardship the writer says is over, told before a routine question (twenty-sixth pass of issue 12).

Families of prisoners and people out of prison write about a hard year to explain a routine step: "L'an dernier,
pendant l'incarcération de mon mari, on a failli être expulsés … Tout ça est réglé maintenant : il est rentré, il
travaille, la dette de loyer est soldée. … je dois faire une nouvelle demande d'APL ?" (bw-025), "l'an dernier
j'étais au fond du trou, licencié, plus un sou, mais c'est derrière moi : j'ai signé un CDI" (by-003). The rules
read the eviction and the empty purse, the model reads the story, and the message is put first as distress.

`over_at(text)` finds where the writer says the hardship is over ("c'est derrière moi / nous", "tout ça est
réglé", "c'est du passé", "c'est de l'histoire ancienne", "je m'en suis sorti", "tout va bien maintenant", "la dette
est soldée") after a story told in the past ("l'an dernier", "à l'époque", "j'étais", "on a failli"), and nothing
after it speaks of a hardship, despair, a farewell or a danger of these days. `triage()` then drops the rule hits
of the material kinds (food, housing, heating) said before that point, never those of suicide,
violence or a child, and `learned_after_gates` drops the model's distress. "C'est fini" alone is not read: "c'est
fini pour moi" is how despair is said.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import cue_counts, fold
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_signs import warning_signs

# Kinds of the distress rules a settled story may name: hunger, housing, heating; never a danger to a person or to
# health.
SETTLED_KINDS = frozenset({"food", "homeless", "energy"})

# Not a hope or a hearsay ("comme ça c'est réglé", "on m'avait assuré que c'était réglé").
_OVER = re.compile(
    r"(?<!comme ca )(?<!que )(?<!si )\b(?:c'est|tout (?:ca|cela) c'est|tout (?:ca|cela) est|c'etait)"
    r" (?:(?:bien|enfin|maintenant|desormais|heureusement) )?"
    r"(?:derriere (?:moi|nous)|regle|reglee|du passe|de l'histoire ancienne)\b"
    r"|\b(?:je m'en suis|on s'en est|nous nous en sommes) (?:bien )?sortie?s?\b"
    r"|\btout va (?:bien|mieux) (?:maintenant|aujourd'hui|desormais)\b"
    r"|\b(?:la|ma|notre) dette (?:de loyer )?est (?:soldee|remboursee|reglee|effacee)\b"
)
# The story before the marker is told in the past.
_PAST = re.compile(
    r"\b(?:l'an dernier|l'annee derniere|l'an passe|l'annee passee|a l'epoque|il y a (?:\d+|un|une|deux|trois"
    r"|quatre|cinq|six|plusieurs|quelques) (?:ans?|annees|mois))\b"
    r"|\b(?:j'|on |nous |il |elle )(?:etais|etait|etions|avais|avait|avions)\b"
    r"|\b(?:j'ai|on a|nous avons|ils ont|il a|elle a) (?:failli|connu|vecu|traverse|galere)\b"
)
# These days: a danger may be now, whatever is said to be over.
_NOW = re.compile(
    r"\b(?:de nouveau|a nouveau|recommence\w*|encore une fois|depuis (?:\d+|deux|trois|quelques) (?:jours|semaines)"
    r"|cette semaine|ce mois-ci|ce matin|hier|ce soir|cette nuit|demain)\b"
)


def over_at(text: str) -> int | None:
    """Where the (raw or folded) text says the writer's past hardship is over (the marker's start), or None when
    it does not, when the story before is not told in the past, or when anything after the marker (or these days'
    words anywhere) speaks of a hardship, despair, a farewell or a warning sign."""
    folded = fold(text)
    markers = list(_OVER.finditer(folded))
    if not markers:
        return None
    start, end = markers[0].start(), markers[-1].end()
    before, after = folded[:start], folded[end:]
    if not _PAST.search(before) or _NOW.search(folded):
        return None
    counts = cue_counts(after)
    if counts["despair"] or counts["death"] or counts["farewell"]:
        return None
    if warning_signs(folded) or hardship_signs(after):
        return None
    return start
