"""The step of a debt procedure the writer asks about, in their own words (forty-ninth pass, engineer-r85, issue 14).

The words "surendettement" and "Banque de France" point to F134 « Déposer un dossier de surendettement »
(`vocabulary.names_papers`), and debts told as the writer's own to the same fiche (`situations.DISTRESS`, "dettes").
A writer who names a later step of the procedure, or the Banque de France's other file, asks for that step's fiche;
F134 is then the procedure's door, a step behind or beside the question. Each reading below is a vocabulary entry
(`guichet.knowledge.terms.Term`) pointing to the step's fiche, whose `outranks` makes the broader pointer (F134) count
as context (`guichet.knowledge.rerank`); each is behind its own switch, read at every search.

- `READ_WIPED_OUT`: debts to be wiped out (« effacer mes dettes », « que les dettes soient effacées », « effacement »,
  « rétablissement personnel »): F16978 and F34463 « Surendettement : rétablissement personnel sans / avec liquidation
  judiciaire » (« La procédure de rétablissement personnel permet l'effacement des dettes »).
- `READ_IMPOSED`: the commission's imposed measures contested or found too heavy (« vos mesures imposées »,
  « contester les mesures »): F1947 « Surendettement : mesures imposées par la commission ».
- `READ_SEIZURE_PAUSED`: a seizure told beside a lodged over-indebtedness file (« je viens de déposer un dossier de
  surendettement. Est-ce que ça arrête la saisie ? »): F10434 « Peut-on être saisi pendant la procédure de
  surendettement ? » (« Il est possible de demander la suspension des saisies »).
- `READ_SELF_EMPLOYED`: a self-employed writer (auto-, micro-entrepreneur, artisan, indépendant) who asks which
  procedure their debts fall under: F21680 « Situation d'endettement durable : surendettement ou cessation de
  paiement ? » (« Cette procédure varie selon votre statut : particulier ou professionnel »).
- `READ_FICP`: the writer "fiché" for a credit, or asking how long they stay in the « fichier des mauvais payeurs »:
  F17608 « Fichier des incidents de remboursement des crédits aux particuliers (FICP) ». Not a cheque's ban (the FCC,
  F2411, and its own fiches) nor a police file.

- `READ_DOOR_BEHIND`: when one of these entries is read, the distress map's debts entry (F134) is dropped
  (`past_the_door`, called by `guichet.knowledge.query.understand`), as a lodged file drops it.

Measured (train + validation of `corpora/retrieval/`, shipped weights, k = 30; only a message an entry reads can move):
validation r62-008, r62-048, r85-023, r85-029 2 -> 1, r85-024 3 -> 1, v81-024 4 -> 1, none down; train r59-038 8 -> 3,
r62-011 4 -> 2, v61-032 2 -> 1 up, v76-041 1 -> 2 down. `READ_FICP` ships off (train 5 up, 0 down; no validation
message into the top 10). Figures in `docs/benchmarks.md` (forty-ninth pass, r85).

Sources: the fiches' titles and descriptions quoted above (service-public.fr, snapshot of 2020).
"""

from __future__ import annotations

from guichet.knowledge.situations import DEBTS, DistressHit
from guichet.knowledge.terms import Term, around

# On / off: each reading's entry is read by `guichet.knowledge.vocabulary.find_every` only while its switch is on.
READ_WIPED_OUT = True
READ_IMPOSED = True
READ_SEIZURE_PAUSED = True
READ_SELF_EMPLOYED = True
# Off: on train 5 up (r62-025, r84-005, r85-003, ret-v12-076, ret-v50-052), 0 down; on validation one message 29 -> 26
# (r85-040), nothing at hit@10 or better: no validation gain, so it ships off (the brief's rule).
READ_FICP = False
# On: when one of the entries above is read, the distress map's debts entry (F134, `situations.DEBTS`) is dropped, as
# a lodged file drops it (`situations.distress`): the door is behind or beside the step asked.
READ_DOOR_BEHIND = True

_WIPED = around(
    r"(?<!ou )\beffac\w*|retablissement personnel",
    r"dettes?|surendett\w*|commission|banque de france|credits?",
    120,
)
# a list of what the commission may do ("étaler ou effacer", "étaler, baisser, effacer") is the imposed measures' or
# the file's own question; a business's debts are the entrepreneur's procedures
_NOT_WIPED = r"etal\w*|mesures? imposee?s?|imposer|auto.?entrepreneu\w*|micro.?entrepr\w*|entreprise individuelle"
# what the writer owns and may lose: the procedure with the sale of the goods first
_OWNED = r"liquidation|vente (des|de mes|de nos) biens|proprietaires?|ma maison|notre maison|appartement|patrimoine"
WIPED_OUT = Term(
    _WIPED,
    "rétablissement personnel effacement des dettes surendettement",
    ("F16978", "F34463"),
    "F16978 « Surendettement : rétablissement personnel sans liquidation judiciaire » : « permet l'effacement des "
    "dettes d'une personne surendettée »",
    outranks=("F134",),
    unless=_NOT_WIPED + "|" + _OWNED,
)
WIPED_OUT_SOLD = Term(
    around(
        _OWNED,
        r"effac\w* (\w+ ){0,3}(dettes?|credits?)|dettes? (\w+ ){0,3}effac\w*|retablissement personnel",
        400,
    ),
    "rétablissement personnel avec liquidation judiciaire vente des biens effacement des dettes",
    ("F34463", "F16978"),
    "F34463 « Surendettement : rétablissement personnel avec liquidation judiciaire » : « lorsque le surendetté "
    "possède un patrimoine susceptible d'être vendu »",
    outranks=("F134",),
    unless=_NOT_WIPED,
)

IMPOSED = Term(
    r"(?s:\bmesures? imposees?\b|\b(contester|contestation|conteste)\b.{0,60}?\bmesures?\b"
    r"|\bcommission\b.{0,80}?\b(impose|imposent|imposer|m.impose|nous impose|a impose)\b)",
    "mesures imposées par la commission de surendettement contester",
    ("F1947",),
    "F1947 « Surendettement : mesures imposées par la commission »",
    outranks=("F134",),
)

_LODGED = (
    r"(depose|deposer|fait|faire|monte|envoye|lance)r? (un|mon|le|notre) dossier( de surendettement| a la banque de "
    r"france)?|dossier de surendettement|procedure de surendettement|commission de surendettement"
)
SEIZURE_PAUSED = Term(
    around(
        _LODGED,
        r"(arret\w*|suspend\w*|stopp\w*|continu\w*|empech\w*|bloqu\w*) (\w+ ){0,3}(la |les |une |des |ces )?saisies?"
        r"|saisies? (\w+ ){0,3}(arret\w*|suspend\w*|stopp\w*|continu\w*)",
        250,
    ),
    "suspension des saisies pendant la procédure de surendettement",
    ("F10434",),
    "F10434 « Peut-on être saisi pendant la procédure de surendettement ? » : « demander la suspension des saisies »",
    outranks=("F134",),
    unless=r"expuls\w*|mettre dehors|mis dehors",  # an eviction is F31604's (the lodged file's distress entry)
)

_SELF = (
    r"auto.?entrepreneu\w*|micro.?entrepr\w*|entreprise individuelle|travailleu\w+ independante?s?|independante?"
    r"|artisan|commercante?|profession liberale|liberale?|\bei\b"
)
SELF_EMPLOYED = Term(
    # the procedure asked beside the status, and debts told: not a house to protect from a business's creditors
    r"(?s:(?=.*\b(dettes?|endett\w*)\b))" + around(_SELF, r"surendett\w*|banque de france|comme un particulier", 300),
    "endettement durable particulier ou professionnel surendettement ou cessation de paiement",
    ("F21680",),
    "F21680 « Situation d'endettement durable : surendettement ou cessation de paiement ? » : « Cette procédure "
    "varie selon votre statut : particulier ou professionnel »",
    outranks=("F134",),
)

# listed as a person: "je suis fiché", "suis-je fichée", "j'étais fichée" (not "fiches de paie", not "peur d'être
# fiché": the worry beside another question)
_LISTED = (
    r"\b(je suis|suis.je|je serais|serais|j.etais|on est|nous sommes|toujours|encore|deja|reste|rester|restons)"
    r" (\w+ )?fichee?s?\b|\bdefich\w*|\bfichage|\bfichiers? (des |de )?mauvais payeurs|\bficp\b"
    r"|\b(inscrite?s?|declaree?s?|signalee?s?) (\w+ ){0,2}(au fichier|a la banque de france|au ficp)"
    r"|\bdeclarer a la banque de france"
)
FICP = Term(
    around(_LISTED, r"credits?|prets?|banque de france|mensualites?|echeances?|emprunts?|rembourse\w*", 200),
    "fichier des incidents de remboursement des crédits aux particuliers FICP inscription durée",
    ("F17608",),
    "F17608 « Fichier des incidents de remboursement des crédits aux particuliers (FICP) »",
    outranks=("F134",),
    # a cheque's ban is the FCC's (F2411, F31388); a police or a judicial file is another thing
    unless=r"cheques?|chequier|\bfcc\b|interdit bancaire|interdiction bancaire|police|gendarmerie|fiche s\b|casier"
    r"|personnes recherchees|fpr\b|fijais|empreintes"
    # an account refused is the droit au compte's (F2417), whatever listed the writer
    r"|ouvrir (un |de |mon )?compte|droit au compte",
)

DEBT_TERMS: tuple[Term, ...] = (WIPED_OUT, WIPED_OUT_SOLD, IMPOSED, SEIZURE_PAUSED, SELF_EMPLOYED, FICP)


def silenced(term: Term) -> bool:
    """Whether `term` is one of this module's entries and its switch is off (read at call time)."""
    switches = {
        WIPED_OUT: READ_WIPED_OUT,
        WIPED_OUT_SOLD: READ_WIPED_OUT,
        IMPOSED: READ_IMPOSED,
        SEIZURE_PAUSED: READ_SEIZURE_PAUSED,
        SELF_EMPLOYED: READ_SELF_EMPLOYED,
        FICP: READ_FICP,
    }
    return not switches.get(term, True)


def past_the_door(hits: list[DistressHit], found: list) -> list[DistressHit]:
    """`hits` without the debts entry (F134) when the message names a step of this module (`found`: the vocabulary
    read, `guichet.knowledge.vocabulary.Found`) and `READ_DOOR_BEHIND` is on."""
    if not READ_DOOR_BEHIND or not any(item.term in DEBT_TERMS for item in found):
        return hits
    return [hit for hit in hits if hit.name != DEBTS]
