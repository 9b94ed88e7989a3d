"""Distress told as exhaustion and isolation (fifty-fourth pass of issue 12, engineer-gh).

A carer, a single parent, a sick or an old person alone rarely writes a word of danger: they write « je ne dors
plus », « je n'y arrive plus », « personne ne m'aide », « mon corps lâche », « il n'y a plus rien dans le frigo pour
les enfants ». Each sign alone is common in an ordinary message (a new parent who sleeps little, a user who « n'y
arrive plus » with a website, a complaint that « personne ne répond »); two of them from different families tell a
person at the end of their strength with no one to take over — the burn-out of carers and single parents that social
workers are asked to see early. The learned model catches most of them by its score alone; the rule below holds them
whatever a retrain scores, with the CCAS contact (`suffering` and `food` kinds of `triage_distress_rules`).

Families read on folded text (`fold`):

- ``worn_out``: can no longer cope (« je n'y arrive plus » not said of a website or a form, « je n'en peux plus »,
  « à bout », « au bout du rouleau », « je craque », « je m'effondre », « plus de forces / d'énergie », « vidée »,
  « je lâche tout », « combien de temps je vais tenir »);
- ``sleepless``: sleep gone (« je ne dors plus », « plus de sommeil », « deux heures par nuit »);
- ``alone``: no one in the writer's life (« personne ne m'aide » not followed by « à comprendre / remplir … »,
  « je n'ai plus personne », « aucun relais », « je ne vois plus personne », « je ne parle à personne », « je ne sors
  plus », « je m'isole », « abandonnée de tous », « seule face à », « je me sens seule »);
- ``body_failing``: a body giving up (« mon corps lâche / ne suit plus », « je ne tiens plus debout », « je ne mange
  plus », « j'ai perdu dix kilos », « je fais des malaises », « je reste au lit des journées entières »).

Switches, read at call time (set one off in a test: `triage_exhaustion.READ_WORN_OUT = False`); measured figures in
the comments above them and in docs/benchmarks.md (fifty-fourth pass, engineer-gh):

- `READ_WORN_OUT`, `READ_SLEEPLESS`, `READ_ALONE`, `READ_BODY_FAILING`: each family counts toward the rule; two
  families in one message are a ``suffering`` distress (contact: the CCAS);
- `READ_UNFED`: no food left, said without the food rules' words (« le frigo est vide », « plus rien dans les
  placards », « plus de lait pour le bébé », « je saute des repas », « je me prive de repas pour qu'ils mangent »): a
  ``food`` distress alone;
- `COPING_GATE`: no family counts where the writer says they cope (« mais ça va », « tout va bien », « je tiens le
  coup », « on s'organise », « on tient ») — the tired but coping writer of `triage_quiet_hardship`;
- `YOUNG_PARENT_GATE`: no family counts where the message is a young parent's overload with a question and no danger
  (`triage_young_parents.parent_overload`: « je dors trois heures par nuit, je craque un peu » about a newborn before
  asking where the birth grant is); no food left still counts there.

What it leaves alone: tiredness with coping (« je suis crevé mais ça va », « fatiguée mais heureuse »), tiredness of
procedures (« c'est épuisant ces démarches »), a website one « n'arrive plus » to use, « personne ne répond » and
« personne ne m'aide à comprendre » in a complaint, a parent alone or an old person alone who says nothing more.

Pure functions on folded text (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_young_parents import parent_overload

# Train + validation A/B (docs/benchmarks.md, fifty-fourth pass, engineer-gh): each family switch, the others on.
READ_WORN_OUT = True
READ_SLEEPLESS = True
READ_ALONE = True
READ_BODY_FAILING = True
READ_UNFED = True
COPING_GATE = True
YOUNG_PARENT_GATE = True

_WORN_OUT = re.compile(
    r"\b(?:je |j')?n'?y arrive (?:vraiment )?plus\b(?! (?:avec|a (?:me|vous|le|la|les|trouver|remplir|comprendre"
    r"|joindre|acceder|valider|ouvrir)|sur|pour|depuis (?:le|votre)))"
    r"|\bj'?(?:en )?(?:peux|peu) (?:vraiment |juste )?plus\b|\bje n'en (?:peux|peu) (?:vraiment )?plus\b"
    r"|\ba bout(?: de (?:forces?|nerfs))?\b(?! de souffle)|\bau bout du rouleau\b|\bje craque\b|\bje m'effondre\b"
    r"|\bplus (?:de |la |une once d'|d'|aucune? )(?:forces?|energie)\b"
    r"|\bje suis (?:completement |totalement )?videe?\b"
    r"|\bje lache tout\b|\bplus rien a donner\b|\bcombien de temps (?:je vais|je peux|on va) tenir\b"
    r"|\bje ne sais (?:pas|plus) (?:si je vais|comment) tenir\b|\bj'ai l'impression de couler\b|\bje coule\b"
)
_SLEEPLESS = re.compile(
    r"\bje (?:ne )?dors plus\b(?! (?:beaucoup|trop|assez|bien|tres))|\bplus de sommeil\b"
    r"|\b(?:deux|trois|\d) heures? (?:de sommeil )?par nuit\b|\bpas dormi depuis\b"
)
_ALONE = re.compile(
    r"\bpersonne ne (?:m'aide|nous aide)\b(?! a (?:comprendre|remplir|trouver|savoir|faire (?:le|la|les|ce)))"
    r"|\bpersonne ne (?:vient|passe|m'appelle|prend le relais)\b"
    r"|\b(?:je n'ai|j'ai|n'ai) (?:plus |absolument )?(?:personne|aucun relais)\b|\baucun relais\b"
    r"|\bpersonne (?:vers qui|a qui (?:demander|parler)|sur qui|pour prendre le relais|pour m'aider)\b"
    r"|\bje ne vois (?:plus )?personne\b|\bje ne parle (?:plus )?a personne\b|\bje ne sors plus\b|\bje m'isole\b"
    r"|\babandonnee?s? de tous\b|\bseule? face a\b|\bje me sens (?:completement |tellement |si )?seule?\b"
)
_BODY_FAILING = re.compile(
    r"\bmon corps (?:me )?(?:lache|ne suit plus|ne tient plus)\b|\bmon dos lache\b"
    r"|\bje (?:ne )?tiens plus debout\b|\bje (?:ne )?mange (?:presque )?plus\b"
    r"|\bperdu (?:\d+|dix|quinze|vingt) kilos\b"
    r"|\bje fais des malaises\b|\b(?:reste|passe mes journees) (?:au lit|allongee?)\b"
    r"|\b(?:je n'arrive|j'arrive|jarrive) plus a (?:me lever|sortir du lit)\b"
)
_UNFED = re.compile(
    r"\b(?:le )?frigo (?:est )?vide\b|\bplus rien dans (?:le frigo|les placards|ses placards|mes placards)\b"
    r"|\bplus de lait pour (?:le|mon|ma) (?:bebe|petit|petite)\b|\bje saute des repas\b"
    r"|\bje me prive de (?:repas|manger)\b|\bplus rien a donner a manger\b"
)
_COPING = re.compile(
    r"\bmais (?:ca|tout) va\b|\btout va bien\b|\bje tiens le coup\b|\bon s'organise\b|\bon tient\b|\bmais je tiens\b"
    r"|\bmais heureuse?\b"
)
_FAMILIES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("READ_WORN_OUT", "worn_out", _WORN_OUT),
    ("READ_SLEEPLESS", "sleepless", _SLEEPLESS),
    ("READ_ALONE", "alone", _ALONE),
    ("READ_BODY_FAILING", "body_failing", _BODY_FAILING),
)


def coping_said(folded: str) -> bool:
    """The writer says they cope (behind `COPING_GATE`)."""
    return COPING_GATE and bool(_COPING.search(folded))


def exhaustion_families(text: str) -> list[str]:
    """The families of exhaustion and isolation the text shows (any case or accents), each behind its switch; none
    where the writer says they cope."""
    folded = fold(text)
    if coping_said(folded) or (YOUNG_PARENT_GATE and parent_overload(folded)):
        return []
    return [kind for switch, kind, pattern in _FAMILIES if globals()[switch] and pattern.search(folded)]


def unfed(text: str) -> bool:
    """No food left at home, said without the food rules' words (behind `READ_UNFED`)."""
    folded = fold(text)
    return READ_UNFED and bool(_UNFED.search(folded)) and not coping_said(folded)


def exhaustion_hits(kind: str, hits: list[str], text: str) -> list[str]:
    """A distress rule's `hits` of one `kind` on the folded `text`, with this module's hit added: two families of
    exhaustion and isolation for ``suffering``, no food left for ``food``."""
    if kind == "suffering" and len(families := exhaustion_families(text)) >= 2:
        return [*hits, "épuisement et isolement : " + ", ".join(families)]
    if kind == "food" and not hits and unfed(text):
        return [*hits, "plus rien à manger au foyer"]
    return hits
