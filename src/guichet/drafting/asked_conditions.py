"""A figure or a day given under a condition (forty-fifth pass, engineer-d63; read by `guichet.drafting.asked`).

"Quand est-ce que la prime d'activité sera versée ?" answered "Si votre déclaration est complète, le versement aura
lieu le 5 du mois prochain", beside a passage that gives no day; "je la recevrai quand ?" answered "Si votre dossier
ne présente pas d'anomalie, vous la recevrez sous huit jours", with no source. A sentence that opens with a
condition ("si …", "sauf …", "sous réserve de …", "à condition que …", "en l'absence de …", "une fois …", "dès
que …", "tant que …") was read as no statement at all, whatever its main clause said: the day, the sum or the delay
the writer asked for, given after the comma, passed. The condition does not make the figure anyone's: the writer
reads "le 5", and nobody gave it.

- `CONDITIONED_FIGURE`: after a condition that opens the sentence, the main clause is read as a statement; when it
  is a plain one (no step, no question reported), gives a figure — a number, a month, a weekday, a day of the
  month, a time without a date ("sous huit jours", "le mois prochain"), or a masked date the message does not
  hold — that neither a source nor the message gives, and either speaks of what the message asks or answers a
  message that asks a figure ("quand", "combien", "quel délai"…, `asked_figures.asks_figure`), in a sentence about
  the writer's case, it is flagged. A true condition keeps its sentence: "Si vos ressources dépassent 26 400 €,
  l'allocation n'est pas versée" gives no new figure in its main clause, and the condition's own figure, the
  passage's, is not read; a step after a condition ("si vous n'avez pas de réponse sous deux mois, vous pouvez
  saisir le médiateur") is no statement.

Tried and dropped: a verdict after a condition that neither the message nor a source sets ("Si votre dossier est
complet, vous serez payé") read as the verdict alone. On train and validation it flagged no asserted sentence the
check missed and one step ("Si votre dossier est incomplet, la Caf vous demandera des pièces complémentaires"): a
procedure's next step under the draft's own condition is the common case, the promise the rare one.

Flagged for the agent, never removed, as the rest of the check. Folded text, deterministic.
"""

import re

CONDITIONED_FIGURE = True  # the switch: a new figure in the main clause after an opening condition is an answer

# A condition or a clause of time that opens the sentence, up to its comma (folded text).
_OPENING = re.compile(
    r"^\W*(?:meme |uniquement |seulement |sauf )?(?:si|sauf|sous reserve|a condition|a moins|en l'absence|pourvu"
    r"|des lors|dans la mesure ou|tant qu|une fois|des que|des qu'|lorsque|lorsqu'|quand|en cas)\b[^,;:]*,\s*"
)


def main_after_condition(folded: str) -> str:
    """The main clause of a folded sentence that opens with a condition (see the module), or ""."""
    if not CONDITIONED_FIGURE:
        return ""
    found = _OPENING.match(folded)
    if not found:
        return ""
    return folded[found.end() :].strip()
