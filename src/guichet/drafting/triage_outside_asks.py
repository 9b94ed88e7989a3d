"""Another body's act asked inside a complaint or a distress, and its look-alikes (fifty-third pass of issue 12,
engineer-ge).

Angry or frightened people ask the office they know for what a court, an insurer, a bank or an employer does, and
say it as a demand, not a question: « je veux que le maire écrive à mon assurance pour qu'ils paient », « je
demande à la CAF de faire appel de ce jugement à ma place ». Beside them, people in the same state who set the other
party's matter aside themselves and ask the office its own business: « je sais que ma banque n'est pas votre
affaire, je réglerai ça avec eux. Ma question est pour vous : … », « mon avocat s'en occupe. Mais vous, est-ce que
vous pouvez m'inscrire ? ».

Switches, read at call time (set one off in a test: `triage_outside_asks.DEMAND_ASK_RULE = False`):

- `DEMAND_ASK_RULE`: an insurer's refusal told (`triage_insurer_refusal`) and asked as a demand, not a question: « je
  veux que / j'exige que » the office act, an imperative of command (« appelez-les », « forcez-les », « obligez-les
  à payer »), « c'est votre rôle » (`demanded`);
- `APPEAL_RULE`: a judge's decision to be appealed or contested, or a hearing to be moved, asked of an office that is
  no court (`appeal_asked`, read beside `triage_reserved_acts`);
- `SET_ASIDE_GATE`: the model's out of scope (none a rule set) dropped where the writer sets the other party's
  matter aside (« ce n'est pas votre affaire », « je réglerai ça avec eux », « mon avocat s'en occupe ») and then
  asks the office something (`set_aside_asked`, `without_set_aside`).

Pure functions on folded text (no model, no Django), and one in-place gate over the labels.
"""

import re

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_reserved_acts import _JUDGE, _SPLIT, ReservedAct, _asking

DEMAND_ASK_RULE = True
APPEAL_RULE = True
SET_ASIDE_GATE = True

# An office or the agents written to, as the subject of a demand.
_OFFICE = (
    r"(?:vous|(?:la|le|l'|les) ?(?:maire|mairie|prefet|prefecture|caf|cpam|securite sociale|secu|departement"
    r"|france travail|urssaf|commune|ville|administration|etat|services?|impots))"
)
# A demand said, not asked: « je veux que vous … », « j'exige que le maire … », an imperative of command aimed at a
# third party (« appelez-les », « forcez-les à payer »), « c'est votre rôle / travail ».
_DEMAND = re.compile(
    rf"\bje (?:veux|voudrais|exige|demande) (?:que|qu') ?{_OFFICE}\b"
    rf"|\bj'exige (?:que|qu') ?{_OFFICE}\b"
    r"|\b(?:appelez|contactez|ecrivez|forcez|obligez|relancez|faites)[- ](?:les|le|la|leur|lui)\b"
    r"|\bc'est (?:votre|ton|son) (?:role|travail|boulot|devoir)\b"
)

# A judge's decision appealed or contested, or a hearing moved, by the office itself.
_APPEAL_ACT = re.compile(
    r"\b(?:faire|fasse|fassiez|faites|interjeter|interjet\w*) (?:un )?appel (?:de|du|contre|d') ?"
    r"(?:ce |le |mon |cette |la |l')?(?:jugement|decision|ordonnance|condamnation|verdict)"
    r"|\bcontest\w* (?:ce |le |mon |cette |la )?(?:jugement|condamnation|verdict)"
    r"|\b(?:avanc|rapproch|acceler|deplac|report)\w* (?:\w+ ){0,3}(?:audience|proces)\b"
)
# What leaves the act to the writer: how to do it, or help to do it oneself.
_OWN_WAY = re.compile(r"\bcomment\b|\bm'aider\b|\bm'expliquer\b|\bm'orienter\b|\bme conseiller\b|\bles delais?\b")
APPEAL: ReservedAct = ReservedAct(
    "appel_d_une_decision_de_justice",
    "le greffe de la juridiction qui a jugé (l'appel se fait par avocat ou au greffe, dans le délai indiqué sur "
    "la décision) ; le tribunal lui-même fixe ses audiences",
    _APPEAL_ACT,
    _JUDGE,
)

# The other party's matter set aside by the writer themself.
_SET_ASIDE = re.compile(
    r"\b(?:n'est|c'est|ce n'est|ca n'est|c est) (?:pas|plus) (?:votre (?:affaire|probleme|role|domaine)"
    r"|de votre (?:ressort|competence|domaine)|a vous (?:de|d'))"
    r"|\bje (?:reglerai|vais regler|regle|m'arrangerai|vais m'arranger|m'en occupe|m'en occuperai)\b"
    r"[^.?!\n]{0,20}\bavec (?:eux|lui|elle|la banque|mon|ma|le|la|l')"
    r"|\b(?:mon|un|notre) avocat (?:s'en occupe|s'occupe|gere)\b|\bc'est mon avocat qui\b"
)
# The office's refusal foreseen or reported, not the writer's aside (« vous allez encore me dire que c'est pas votre
# problème ? »).
_SAID_BY_OFFICE = re.compile(r"\b(?:dire|dites|dit|direz|repon\w*|reponse|pretend\w*)\b[^.?!\n]{0,20}$")
# After the aside, the office's own question: « ma question est pour vous », « mais vous, … », any question.
_OWN_ASK_AFTER = re.compile(r"\?|\bma question\b|\bmais vous\b|\bje voudrais (?:savoir|que vous)\b")


def demanded(folded: str) -> bool:
    """The message says a demand of the office or a command about a third party (`DEMAND_ASK_RULE`)."""
    return DEMAND_ASK_RULE and bool(_DEMAND.search(folded))


def appeal_asked(office: str, folded: str) -> ReservedAct | None:
    """`APPEAL` when a sentence asks the office (no court) to appeal or contest a judgment or to move a hearing."""
    if not APPEAL_RULE or _JUDGE.search(office):
        return None
    for part in (p for p in _SPLIT.split(folded) if p):
        asked = _asking(part) or _DEMAND.search(part)
        if asked is None:
            continue
        found = _APPEAL_ACT.search(part, asked.start())
        if found is not None and not _OWN_WAY.search(part, asked.start(), found.start()):
            return APPEAL
    return None


def set_aside_asked(folded: str) -> bool:
    """The writer sets another party's matter aside and asks the office something after it (`SET_ASIDE_GATE`)."""
    if not SET_ASIDE_GATE:
        return False
    for aside in _SET_ASIDE.finditer(folded):
        if _SAID_BY_OFFICE.search(folded, max(0, aside.start() - 40), aside.start()):
            continue
        if _OWN_ASK_AFTER.search(folded, aside.end()):
            return True
    return False


def without_set_aside(
    labels: list[str],
    learned: list[str],
    evidence: dict[str, list[str]],
    competent: dict[str, str] | None,
    folded: str,
) -> None:
    """Drop, in place, the model's out of scope (none a rule set: `competent` is None) where the writer set the other
    party's matter aside (`set_aside_asked`). Reads no score."""
    if TriageLabel.OUT_OF_SCOPE in learned and competent is None and set_aside_asked(folded):
        labels.remove(TriageLabel.OUT_OF_SCOPE)
        learned.remove(TriageLabel.OUT_OF_SCOPE)
        evidence.pop(TriageLabel.OUT_OF_SCOPE, None)
