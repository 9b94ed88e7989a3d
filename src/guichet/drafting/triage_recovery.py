"""An addiction or a recovery told beside a question is no danger by itself (forty-second pass of issue 12,
engineer-ej).

People who drink, gamble or use, people in a detox, a post-cure or on methadone, and their families write to the
offices about the procedures of that life: a curatorship for a brother with Korsakoff who no longer drinks, a
surendettement file after a husband's sports betting, a complaint that an envelope showed "sevrage alcoolique" to a
daughter of 13, the daily allowances during a stay in addictology. The learned model reads the vocabulary of
addiction as distress (the unseen batch eh: 0.17 to 0.94 on the whole message, 0.94 to 0.99 on the sentence that
names the drinking or the care), and the sentence windows corroborate it, so the calm-illness gate does not help.
Someone in danger says more: violence or fear, a child alone, a fall or a fit, hunger or no money for food, a farewell
or a warning sign of suicide, a danger of these hours, their own relapse now ("j'ai repris", "je rebois").

`recovery_told_calmly(text)` holds when the text names an addiction, its care or its recovery, and shows none of
those (`_danger_said`). `triage_model_gates.learned_after_gates` then drops the model's distress, whole message and
sentence windows (where `RECOVERY_GATE`); a rule's distress is never touched. Shame, debts, the children named, a
relative's relapse told in the past are how these messages are written, not a danger.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import cue_counts, fold
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_signs import warning_signs

# Switch, read at each call of `learned_after_gates`. Shipped off by the lead (forty-second pass): on the test split,
# read once, the gate dropped the model's distress from three messages whose gold is distress (tri-b-174, eh-011,
# eh-059: measured by turning this switch off on those ids, the messages not read) for the false alarms it spares;
# a missed distress costs more than a glance (issue 12). Its tests switch it on.
RECOVERY_GATE = False

# An addiction, its care or its recovery, as people and their families name them.
_ADDICTION = re.compile(
    r"\b(?:alcool\w*|alcoolo-\w+|addict\w*|addictolog\w*|sevrage|desintox\w*|post-?cure|cure (?:de|d')"
    r"|en cure|methadone|subutex|buprenorphine|csapa|caarud|abstinen\w*|sobre|sobriete|rechut\w*|replong\w*"
    r"|(?:ne|n') ?(?:boit|bois|boivent|buvons) plus|(?:il|elle|il ne|elle ne) boit|probleme de boisson"
    r"|anciens? (?:buveurs?|usagers?|consommateurs?)|alcooliques anonymes|narcotiques anonymes|dependance"
    r"|paris (?:sportifs|en ligne)|jeux? (?:d'argent|en ligne|de grattage)|tickets? a gratter|interdit de casino"
    r"|auto-?exclu\w*|toxicomanie|toxicomane|heroine|cocaine|crack|cannabis|drogues?)\b"
)
# Cue families of `triage_cues` that say a danger here (not despair's shame, debts, the children named, a
# relative's relapse, a home lost by someone else: those are how these messages are told).
_DANGER_CUES = ("violence", "cold_hunger", "death", "farewell")
# A danger of these hours, a fall or a fit, fear, someone alone, care or methadone run out, the writer's own relapse,
# a weapon at hand.
_DANGER_NOW = re.compile(
    r"\b(?:ce soir|cette nuit|ce matin|tout a l'heure|en ce moment|hier soir|depuis (?:hier|ce matin|\d+ ?h))\b"
    r"|\b(?:urgen\w*|samu|pompiers)\b|\b(?:appele|appeler|appelle|faire) le (?:15|112)\b"
    r"|\b(?:tombee?|par terre|au sol|convuls\w*|crise d'epilepsie|fait une crise|inconscient\w*|respire mal"
    r"|trembl\w*|vomi\w*|hallucin\w*|delire\w*|overdose|od)\b"
    r"|\b(?:j'ai|on a|nous avons|a|ai) peur\b|\bterrifi\w*|\bpanique\w*|\bn'ose plus\b"
    r"|\b(?:plus|pas) (?:de |d'|mes |ma |mon )?(?:methadone|subutex|traitement|medicaments?)\b"
    r"|\bj'ai (?:repris|rechute|replonge|recommence)\b|\bje (?:rebois|bois de nouveau|me suis remise? a boire"
    r"|reconsomme)\b|\bla bouteille dans les mains\b"
    r"|\b(?:seule?|seuls|seules) avec (?:elle|lui|le bebe|les enfants|mon fils|ma fille)\b"
    # A weapon or a means at hand, a life one no longer cares for.
    r"|\b(?:fusils?|carabines?|pistolets?|revolvers?|armes?|corde)\b|\b(?:ca|tout) m'est egal\b"
    r"|\bplus rien a perdre\b"
    # Hunger, marks on a child, tears, a scene before the children, a flight, despair (shame aside).
    r"|\bfaim\b|\bfrigo\b|\bmarques?\b|\bbleus\b|\bpleur\w*|\bdevant (?:les|mes|nos|ses) (?:petits|enfants|gosses)\b"
    r"|\bmieux sans (?:lui|elle|moi|nous)\b|\bs'en sortirai(?:t|ent) mieux\b|\bsuis partie?s?\b|\bjuste un sac\b"
    r"|\bje n'en peux plus\b|\ba bout\b|\bdesesper\w*|\bplus la force\b|\bcraque\w*|\beffondre\w*|\bdeprim\w*"
    r"|\bau secours\b|\baidez-moi\b|\bperdu pied\b|\bje ne sais plus quoi faire\b|\bidees noires\b"
)


def _danger_said(folded: str) -> bool:
    counts = cue_counts(folded)
    if any(counts.get(name) for name in _DANGER_CUES):
        return True
    if _DANGER_NOW.search(folded):
        return True
    return bool(warning_signs(folded) or hardship_signs(folded))


def recovery_told_calmly(text: str) -> bool:
    """The text names an addiction, its care or its recovery and says no danger (`_danger_said`)."""
    folded = fold(text)
    return _ADDICTION.search(folded) is not None and not _danger_said(folded)
