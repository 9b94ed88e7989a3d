"""Signs of acute hardship (eighteenth pass): concrete, checkable facts said in the message that the writer is in
danger now for want of money, food, shelter or care - not the voice of the message but what it states.

* ``care_unaffordable``: care needed (a lump, a biopsy, an operation, insulin, dialysis, a treatment) and no means
  to pay or advance it ("300 € d'avance que j'ai pas", "je n'ai pas les 180 € pour avancer", "je ne peux pas
  avancer les frais", "il ne pouvait plus payer le taxi");
* ``hunger``: an empty fridge (told as a joke too), nothing left to eat, meals skipped, a child who goes hungry;
* ``eviction_broke``: an eviction under way (huissier, expulsion, commandement de quitter) together with no money
  or no payment at all;
* ``no_money``: nothing left to live on ("il me reste 2,40 €", "0 € sur le compte", "plus un centime");
* ``no_heating``: no heating in the cold.

Kept apart from `triage_signs` (warning signs of suicide): those signs can make a rule, these never do. A hardship
sign only lets a whole-message distress score that already passed the label's threshold stand without a sentence at
the corroboration level (`triage.HARDSHIP_CORROBORATES`, in `triage.learned_after_gates`); it never sets distress
alone, so a routine message that names a lump or a bailiff is not flagged by it.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold

_CARE = (
    r"\b(?:biopsie|grosseur|boule (?:dans|au|sous)|tumeur|operation|operer|chimio\w*|dialyses?|insuline"
    r"|traitement|mammographie|echographie|echo|irm|scanner|medicaments?|chirurgi\w+|hospitalis\w+)\b"
)
_CANNOT_PAY = (
    r"\b(?:pas|plus) les moyens\b"
    r"|\b(?:d'avance|a avancer|d'acompte) que (?:je n'ai|j'ai) pas\b"
    r"|\b(?:n'ai|ai) pas (?:les |de quoi |l'argent )?(?:\d[\d ,.]*)?\s?(?:€|euros?)? ?(?:pour|de quoi) "
    r"(?:avancer|payer|regler)\b"
    r"|\b(?:ne|n') ?(?:peux|peut|pouvait|pourrai|pourrais|pouvons) (?:pas|plus) (?:avancer|payer|regler)\b"
    r"|\bpas de quoi (?:avancer|payer)\b"
)
_EVICTION = (
    r"\b(?:huissier|expulsion|expulses?|expulsee?s?|commandement de quitter|dehors demain|mis(?:e|es)? a la rue)\b"
)
_BROKE = (
    r"\bil (?:me|nous) reste (?:\d{1,2}(?:[,.]\d{1,2})?) ?(?:€|euros?)(?!\w)"
    r"|\b0(?:[,.]0{1,2})? ?(?:€|euros?) sur (?:le|mon|notre) compte\b"
    r"|\bplus (?:un|aucun) (?:sou|centime|euro|rond)\b"
    r"|\b(?:aucun|plus aucun|plus de|pas de|sans) (?:versement|revenus?|ressources?)\b"
    r"|\bcompte (?:est )?(?:a|en) (?:zero|0)\b"
)
HARDSHIP_SIGNS: dict[str, str] = {
    "care_unaffordable": rf"(?:{_CARE})[\s\S]{{0,400}}(?:{_CANNOT_PAY})|(?:{_CANNOT_PAY})[\s\S]{{0,400}}(?:{_CARE})",
    "hunger": (
        r"\bfrigo\b[^.?!\n]{0,30}\bvide\b|\bvide\b[^\n]{0,60}\bfrigo\b"
        r"|\b(?:plus|pas|rien) (?:rien )?(?:a|de quoi) manger\b|\bsaute(?:r|s)? (?:des|les) repas\b"
        r"|\b(?:pas|rien) mange depuis\b|\bon a faim\b|\b(?:ont|a) faim\b"
    ),
    "eviction_broke": rf"(?:{_EVICTION})[\s\S]{{0,400}}(?:{_BROKE})|(?:{_BROKE})[\s\S]{{0,400}}(?:{_EVICTION})",
    "no_money": (
        r"\bil (?:me|nous) reste (?:\d(?:[,.]\d{1,2})?) ?(?:€|euros?)(?!\w)"
        r"|\b0(?:[,.]0{1,2})? ?(?:€|euros?) sur (?:le|mon|notre) compte\b"
        r"|\bplus (?:un|aucun) (?:sou|centime)\b"
    ),
    "no_heating": (
        r"\b(?:pas|plus) de chauffage\b[\s\S]{0,200}\b(?:hiver|froid|gele|degres)\b"
        r"|\b(?:hiver|froid|gele|degres)\b[\s\S]{0,200}\b(?:pas|plus) de chauffage\b"
    ),
}
_COMPILED = {kind: re.compile(pattern) for kind, pattern in HARDSHIP_SIGNS.items()}


def hardship_signs(text: str) -> list[str]:
    """The hardship families the text shows (folded here; any case or accents)."""
    folded = fold(text)
    return [kind for kind, pattern in _COMPILED.items() if pattern.search(folded)]
