"""What a relative of the writer's may or may get, said as the answer (forty-eighth pass, engineer-d72; read by
`guichet.drafting.asked_verdicts` and `guichet.drafting.asked`).

Writers ask for a mother, a son, a partner, a neighbour: « Ma mère a 84 ans, a-t-elle droit à l'APA ? ». The draft
answers « Votre mère peut bénéficier de l'APA. », and the check let it pass: its permission reading looked only for
« vous pouvez », and the sentence is all in the writer's words but one (« bénéficier »), so it read as the question's
topic told back (corpora/asked q30, d72). And the step said for the relative, « votre fils peut contacter le greffe »,
was read as a statement of the case where « vous pouvez contacter le greffe » is guidance.

Two readings, each behind its switch:

- `THIRD_PERSON_CAN`: a person of the writer's circle — a relative, a partner, a neighbour, a landlord or an
  employer named with « votre » / « vos » (« votre mère », « vos parents », « votre belle-sœur ») — who « peut »,
  « pourra », « ne peut pas »… do what the message asks about (the verb, or after « être » / « avoir » the word
  that follows, is one of the question's words), or get what it asks for (a verb of getting — « bénéficier »,
  « percevoir », « toucher », « obtenir », « recevoir » — to a question that asks a right or a getting:
  `asked_get`), is a permission: a verdict, flagged unless one source gives it (`asked_verdicts.unsourced_verdict`).
- `THIRD_PERSON_STEP`: the same person who « peut » or « doit » contact, write to, go to, fill in, send… is told a
  step, as « vous pouvez contacter … » is (`asked._GUIDANCE`), unless that step is what the message asks about
  (then the permission reading above has already read it).

Folded text throughout. Deterministic.
"""

import re

from guichet.drafting import asked_get
from guichet.drafting.support import STEM

THIRD_PERSON_CAN = True  # a relative's « peut » on what the message asks: a permission, read as the writer's is
THIRD_PERSON_STEP = True  # a relative's « peut / doit contacter … »: a step, read as « vous pouvez contacter » is

# The people of the writer's circle a reply names with « votre » / « vos » (folded; the family, the household, the
# neighbours and the two the writer most often asks about: a landlord and an employer).
_PERSON = (
    r"(?:mere|pere|parents?|fils|fille|filles|enfants?|bebe|mari|epouse|epoux|femme|conjointe?|compagnon|compagne"
    r"|concubine?|partenaire|frere|freres|soeur|soeurs|grand-mere|grand-pere|grands-parents|petit-fils|petite-fille"
    r"|petits-enfants|oncle|tante|neveu|niece|cousine?|beau-pere|belle-mere|beau-frere|belle-soeur|beaux-parents"
    r"|gendre|belle-fille|voisine?s?|amie?s?|proches?|aine|ainee|cadette?|proprietaire|bailleur|employeur|patron)"
)
PERSON = _PERSON  # read by `asked_checks` too
# The person is the subject: « votre mère » opens the sentence or a clause, not « le médecin mandaté par votre
# employeur ne pourra se présenter … », where the employer is a complement.
_SUBJECT = r"(?:^\W*|[,;:(]\s*|\b(?:et|mais|donc|alors|puis|oui|non|ainsi|toutefois|cependant|neanmoins) )"
_MODAL = r"(?:peut|peuvent|pourra|pourront|pourrait|pourraient)"
_ADVERBS = r"(?:(?:pas|plus|donc|bien|tout a fait|deja|egalement|aussi|encore|alors|des maintenant|en effet) )*"
# « votre mère (âgée) peut bénéficier », « vos parents ne pourront pas toucher », « votre fils pourra être
# accompagnateur »: the person, the modal, its adverbs, the verb and the word after it.
_THIRD_CAN = re.compile(
    rf"{_SUBJECT}(?:votre|vos) {_PERSON}(?: [a-z]+)? (?:ne )?{_MODAL} {_ADVERBS}(?:se |s')?([a-z]+)"
    r"(?: (?:(?:un|une|le|la|les|des|du|de|sa|son|ses) |l'|d')?([a-z]+))?"
)
_BE_HAVE = frozenset(("etre", "avoir"))
# The steps a reply tells: contact, write, go, fill in, send, log in, make an appointment (folded infinitives).
_STEP_VERBS = (
    r"(?:contacter|joindre|appeler|telephoner|ecrire|consulter|rapprocher|adresser|rendre|presenter|connecter"
    r"|remplir|completer|deposer|envoyer|transmettre|fournir|renvoyer|retourner|telecharger|imprimer|signer"
    r"|prendre rendez-vous|prendre contact|faire appel)"
)
_THIRD_STEP = re.compile(
    rf"{_SUBJECT}(?:votre|vos) {_PERSON}(?: [a-z]+)? (?:{_MODAL}|doit|doivent|devra|devront) {_ADVERBS}(?:se |s')?"
    rf"({_STEP_VERBS})\b"
)


def permission(folded: str, asked: set[str]) -> bool:
    """Whether a folded sentence says that a person of the writer's circle may (or may not) do or get what the
    message asks about (`THIRD_PERSON_CAN`); `asked`: the stems of what the message asks about."""
    if not THIRD_PERSON_CAN:
        return False
    for found in _THIRD_CAN.finditer(folded):
        verb, after = found.group(1), found.group(2) or ""
        said = after if verb in _BE_HAVE and after else verb
        if said[:STEM] in asked or asked_get.answers(said, asked):
            return True
    return False


def step(folded: str) -> bool:
    """Whether a folded sentence tells a step for a person of the writer's circle (`THIRD_PERSON_STEP`)."""
    return THIRD_PERSON_STEP and bool(_THIRD_STEP.search(folded))
