"""A hedged answer is an answer (forty-fifth pass, engineer-d63; read by `guichet.drafting.asked`).

"Quand vais-je recevoir ma nouvelle carte ?" answered "Vous devriez recevoir votre nouvelle carte avant
l'expiration de votre récépissé", with no source; "Je toucherai le chômage à partir de quand ?" answered "Vous
devriez percevoir votre première allocation début août"; "Est-ce que j'ai droit aux APL ?" answered "Normalement,
vous avez droit aux APL". The verdicts (`guichet.drafting.asked_verdicts`) read "vous recevrez", "sera notifiée",
"vous avez droit": the same answer softened by a modal or an adverb of likelihood was no verdict, and passed. To
the writer it reads as a yes all the same; what the agent must check is the same claim.

- `HEDGED`: a sentence that passes as written is read once more as the plain answer it hedges, and reported as
  written (read alone, the plain form lost two answers the hedge's own words had flagged: "A priori, vos 41
  trimestres suffisent"):
  - an adverb or a phrase of likelihood is taken out ("normalement", "a priori", "en principe", "sauf erreur",
    "sauf imprévu", "sans doute", "probablement", "vraisemblablement", "il est probable que", "il y a de fortes
    chances que"…): what it qualifies is said all the same;
  - "devoir" in the conditional before an infinitive is the infinitive's future ("vous devriez recevoir" is "vous
    recevrez", "devrait vous être notifiée" is "vous sera notifiée", "vous devriez pouvoir en bénéficier" is "vous
    pourrez en bénéficier"), except before a step's verb ("vous devriez contacter votre mairie" is advice, kept);
  - other conditionals stay as written: "pourrait" is a possibility the passage may give ("un différé peut
    s'ajouter"), and "serait" often concludes from the passage's own rule ("vous êtes sous le plafond de 9 032 € :
    la complémentaire santé solidaire serait donc gratuite"); read as futures they gained nothing on train and
    validation and flagged that sourced sentence (tried and dropped, forty-fifth pass).

  A real condition is not touched: "si vous reprenez un travail, vous seriez…" is read with its condition, as
  before. Sources: the engineer's batch q28 (les réponses au conditionnel et sous condition) and the usual French
  of administrative letters ("sauf erreur de notre part"); the earlier batches hold few hedges (six sentences of
  their train and validation items: "normalement" four times, "sauf", "très probablement").

Deterministic, on the sentence as written (accents kept: the verdicts read "sera versée" on it).
"""

import re

HEDGED = True  # the switch: a hedged answer is read as the plain one

# Likelihood said apart from the claim: taken out with the comma after it.
_HEDGE = re.compile(
    r"\b(?:normalement|a priori|à priori|en principe|en théorie|théoriquement|logiquement|en toute logique"
    r"|sauf (?:erreur|omission|oubli|imprévu|incident|contretemps|complication|problème|exception|retard)"
    r"(?: de (?:notre|ma) part)?|sans doute|sans aucun doute|très probablement|probablement|vraisemblablement"
    r"|selon toute vraisemblance|à première vue|a première vue|en règle générale|en temps normal"
    r"|il (?:est|semble|paraît) (?:très |fort |donc )?(?:probable|vraisemblable|certain) qu(?:e |')"
    r"|il (?:semble|semblerait|apparaît) qu(?:e |')"
    r"|il y a (?:de (?:très )?fortes|toutes les|de grandes|de bonnes) chances (?:pour )?qu(?:e |'))\s*,?\s*",
    re.I,
)
# Advice in the conditional is a step, not a hedged answer: "vous devriez contacter votre mairie".
_STEP_VERBS = frozenset(
    "contacter consulter faire demander envoyer adresser transmettre deposer déposer prendre verifier vérifier "
    "signaler declarer déclarer joindre appeler ecrire écrire saisir solliciter renseigner rapprocher conserver "
    "garder fournir presenter présenter remplir completer compléter effectuer penser attendre relancer".split()
)
# "devoir" in the conditional, its adverbs and object pronouns, and the infinitive it carries.
_SHOULD = re.compile(
    r"\b(devriez|devrait|devraient)\b((?:\s+(?:pas|plus|bien|donc|rapidement|prochainement|bientôt|très|vite))*)"
    r"((?:\s+(?:vous|lui|leur|en|y|se|la|le|les|l'|s'))*)\s*\b([a-zàâçéèêëîïôûùüÿœ]{2,}(?:er|ir|re|oir))\b",
    re.I,
)
_PERSON = {"devriez": "ez", "devrait": "a", "devraient": "ont"}
# The futures French does not build on the infinitive (the stem, before the person's ending).
_IRREGULAR = {
    "être": "ser",
    "avoir": "aur",
    "pouvoir": "pourr",
    "aller": "ir",
    "faire": "fer",
    "venir": "viendr",
    "obtenir": "obtiendr",
    "tenir": "tiendr",
    "devenir": "deviendr",
    "voir": "verr",
    "savoir": "saur",
    "envoyer": "enverr",
    "valoir": "vaudr",
    "falloir": "faudr",
}


def future_stem(infinitive: str) -> str:
    """The stem of a verb's simple future: "recevoir" → "recevr", "toucher" → "toucher", "prendre" → "prendr"."""
    lowered = infinitive.lower()
    if lowered in _IRREGULAR:
        return _IRREGULAR[lowered]
    if lowered.endswith("oir"):
        return lowered[:-3] + "r"  # recevoir, percevoir
    if lowered.endswith("re"):
        return lowered[:-1]  # prendre, entraîner is "er"
    return lowered


def _should_as_future(found: re.Match[str]) -> str:
    modal, adverbs, pronouns, verb = found.groups()
    if verb.lower() in _STEP_VERBS:
        return found.group(0)  # advice: "vous devriez contacter…"
    future = future_stem(verb) + _PERSON[modal.lower()]
    return f"{pronouns.strip()} {future}{adverbs}".strip()


def plain(sentence: str) -> str:
    """The sentence as the plain answer it hedges (see the module); the sentence itself when the switch is off."""
    if not HEDGED:
        return sentence
    read = _HEDGE.sub("", sentence)
    read = _SHOULD.sub(_should_as_future, read)
    read = re.sub(r"^\W+", "", read)  # "Sauf erreur, …" leaves no comma before the claim
    return read or sentence
