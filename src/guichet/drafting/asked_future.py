"""What will happen next, told as a fact in any verb (forty-second pass, engineer-d57; read by
`guichet.drafting.asked_verdicts` and `guichet.drafting.asked`).

"Mon récépissé expire mardi prochain. Que se passe-t-il si rien n'arrive d'ici là ?" answered "La préfecture vous
délivrera automatiquement un nouveau récépissé avant l'expiration du premier", with no source; "Est-ce que le délai
repart de zéro ?" answered "Le délai d'instruction repartira à compter de la date à laquelle la mairie recevra votre
plan de coupe"; "il doit me dire quand ?" answered "Le médecin mandaté par votre employeur ne pourra se présenter chez
vous qu'entre 9 h et 11 h". The verdicts read the case's future on "vous serez", "vous toucherez", "sera versée" and
a few more: a future in another verb, said of a body or a thing of the writer's case, was no verdict, and a sentence
that shares few words with the question passed.

- `SIMPLE_FUTURE`: a verb in the simple future in the third person ("délivrera", "repartira", "pourra", "versera",
  "ne s'arrêtera pas", "seront remboursés" is read as before), in a sentence about the writer's case, is the case's
  future, read as the verdicts read "vous toucherez" (flagged unless one source gives most of its words). Not a
  procedure's next step ("la caisse vous informera", "votre demande sera étudiée"), not a duty or a step ("il
  faudra", "votre dossier devra"), not "sera" or "aura" alone (an adjective after them is a courtesy: "ces
  informations vous seront utiles"); "sera très probablement annulée" is read as "sera annulée".
- `WHEN_CLAUSE`: a future before its clause of time ("Vous percevrez l'intégralité des mois de retard dès que votre
  dossier sera validé", "…, une fois votre dossier complet") promises the future all the same: the clause says when,
  not whether; the main clause is read as the statement. A clause of time that opens the sentence ("Dès que votre
  dossier sera complet, …") is read as before: a condition.

Flagged for the agent, never removed, as the rest of the check.
"""

import re

from guichet.text import fold

SIMPLE_FUTURE = True  # the rule's switch: a third-person future in any verb is the case's future
WHEN_CLAUSE = True  # the rule's switch: a future before "dès que", "lorsque", "une fois que" is still a promise
# The verdict kind this rule gives (`asked_verdicts.verdict_kind`): read as "future" is, except that what the
# message tells counts as one more source ("Mon fils entre en 6e" / "Votre fils fera sa rentrée en sixième").
KIND = "coming"

# Words that end as a future does and are none (folded).
_NOT_FUTURES = frozenset(
    "extra ultra contra opera camera cobra tiara sahara mantra zebra hydra algebra front affront sera seront aura "
    "auront".split()
)
# A duty or a step said in the future ("il faudra fournir", "votre dossier devra être complet"): no promise.
_STEP_FUTURES = frozenset("faudra devra devront".split())
# A procedure's next step, told in the future ("la caisse vous informera", "votre demande sera étudiée"), as
# `asked_verdicts` reads it in the passive: a step, not an answer.
_NEXT_STEP = re.compile(r"^(?:inform|previend|avert|contact|recontact|convoqu|invit|etudi|examin|instrui|trait)")
# "Votre conseiller pourra étudier avec vous les aides…", "la mairie pourra vous renseigner": who may help next.
_MAY_HELP = re.compile(
    r"\b(?:pourra|pourront) (?:vous |avec vous )?(?:informer|prevenir|contacter|recontacter|convoquer|etudier"
    r"|examiner|instruire|traiter|aider|orienter|conseiller|accompagner|renseigner|indiquer|preciser|expliquer"
    r"|repondre|recevoir)\b"
)
# A third-person simple future: "delivrera", "repartira", "pourra", "recevront" (folded text).
_THIRD_FUTURE = re.compile(r"\b([a-z]{2,}(?:ra|ront))\b")
_FUTURE_ENDINGS = ("era", "ira", "rra", "dra", "tra", "vra", "ura", "eront", "iront", "rront", "dront", "tront")
_FUTURE_ENDINGS += ("vront", "uront")
# "sera très probablement annulée": "sera" and a past participle with two adverbs between (the sentence as written,
# accents kept, as `asked_verdicts` reads "sera versée"; one word between is read there already).
_BE_PARTICIPLE = re.compile(
    r"\b(?:sera|seront) (?:pas |plus )?\w+ \w+ "
    r"\w{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ise|ises|ert|erte|erts|ertes)\b"
)
# A clause of time after the main clause: "… dès que votre dossier sera validé", "…, une fois votre dossier
# complet", "… lorsque la commission aura statué" (folded text; the main clause has some length of its own).
_WHEN_AFTER_MAIN = re.compile(
    r"^(?!\W*(?:si|des que|des qu|lorsque|lorsqu|une fois|quand|aussitot)\b)(.{12,}?)\s*,?\s*"
    r"(?:des que|des qu'|lorsque|lorsqu'|une fois que|une fois qu'|une fois (?:votre|vos|le|la|les)\b|aussitot que"
    r"|quand (?:votre|vos|le|la|les|il|elle|vous)\b)"
)


def simple_future(lowered: str, folded: str = "") -> bool:
    """Whether a sentence (lower-cased, accents kept; `folded`: the same folded, when the caller has it) tells
    something in a third-person simple future that is no step (see the module)."""
    if not SIMPLE_FUTURE or not ("ra" in lowered or "ront" in lowered):
        return False
    folded = folded or fold(lowered)
    words = {m.group(1) for m in _THIRD_FUTURE.finditer(folded)}
    if words & _STEP_FUTURES:
        return False  # "Votre logeuse devra remplir l'attestation que la Caf vous demandera": a step
    for found in _THIRD_FUTURE.finditer(_MAY_HELP.sub(" ", folded)):
        word = found.group(1)
        if word in _NOT_FUTURES or _NEXT_STEP.match(word):
            continue
        if word.endswith(_FUTURE_ENDINGS):
            return True
    return bool(_BE_PARTICIPLE.search(lowered))


def main_before_when(folded: str) -> str:
    """The main clause of a folded sentence that states first and says when after ("vous percevrez … dès que votre
    dossier sera validé"), or "" (see the module)."""
    if not WHEN_CLAUSE:
        return ""
    found = _WHEN_AFTER_MAIN.match(folded)
    return found.group(1) if found else ""
