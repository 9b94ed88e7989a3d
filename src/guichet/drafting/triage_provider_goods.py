"""A private provider's own card or a transport line asked of an office that neither issues nor runs it (thirty-ninth
pass of issue 12, engineer-dt).

Last pass's outside batches missed two forms of out of scope that the competence map turned into the office's own
business. A mutuelle's card asked of the CPAM (dn-017: "comment je fais pour que ma mutuelle m'envoie ma nouvelle
carte de tiers payant ?"; dt-005: "je veux juste que vous m'envoyiez ma nouvelle carte de mutuelle Harmonie"): the
word "mutuelle" is one of the CPAM's topic words, so the map vetoed the model's out of scope, yet only the mutuelle
(a private insurer) issues its card; the CPAM issues the carte Vitale and the complémentaire santé solidaire. And a
bus or coach line asked of France Travail (dn-056: "la ligne de car 412 … a été supprimée. pouvez vous la remettre,
ou me donner les horaires du transport à la demande ?"): no topic of the map names a transport line, and the model
scored 0.37.

`provider_goods_asked(office, text)` holds when a sentence asks the office something (a question, "je veux que vous",
"merci de m'envoyer", an imperative "envoyez-moi") and names one of:

- a mutuelle's card ("carte de mutuelle", "carte de tiers payant" with a mutuelle named, "carte de la
  complémentaire"), not beside the office's own card or scheme in the same sentence (the carte Vitale, the CSS, the
  C2S, the CMU, the AME): "pour la carte de mutuelle je sais que c'est la mutuelle, mais pour la carte Vitale c'est
  bien vous ?" stays in scope; never where the office written to is a mutuelle;
- a transport line restored, kept or its timetable ("remettre / rétablir / rouvrir la ligne", "les horaires du car",
  "le transport à la demande"), also by a pronoun ("pouvez-vous la remettre ?") after a line named in the sentence
  before; never where the office organises or funds local transport or its social fares (a town, its CCAS, an
  intercommunal body, the département, the région). A line told as the reason of an ask that is the office's own
  ("la ligne de bus ne passe plus : l'entretien peut-il se faire par téléphone ?", a medical taxi, an attestation for
  the reduced fare) asks nothing of the line and is not read.

`office`: the folded name of the office written to. Pure functions on folded text (no model, no Django).
"""

import re

PROVIDER_GOODS_RULE = True

PROVIDER_GOODS: dict[str, str] = {
    "topic": "prestataire_prive_ou_transporteur",
    "body": "l'organisme qui fournit ce qui est demandé : la mutuelle (ou la complémentaire) pour sa carte de tiers "
    "payant, le réseau de transport (la région, l'intercommunalité ou la compagnie) pour une ligne et ses horaires",
    "service": "l'espace adhérent ou le service client de la mutuelle ; le site ou l'accueil du réseau de transport",
}

_SPLIT = re.compile(r"(?<=[.!?\n;])\s*")
# The sentence asks the office written to for something.
_ASK = re.compile(
    r"\?|\bje (?:veux|voudrais|souhaite|souhaiterais|demande)(?: \w+){0,2}? que vous\b|\bmerci de (?:m'|nous )?"
    r"(?:envoyer|renvoyer|faire|remettre|retablir)\b|\b(?:envoyez|renvoyez|faites|refaites|remettez|retablissez)"
    r"[- ](?:moi|nous|la|le|les)\b"
)
# A mutuelle's card; "carte de tiers payant" alone is a mutuelle's too unless the CSS or the carte Vitale is named.
_MUTUELLE_CARD = re.compile(
    r"\bcartes? (?:de |d')?(?:la |ma |sa |notre )?(?:mutuelle|complementaire(?! sante solidaire))\b"
    r"|\bcartes? (?:de )?tiers[- ]payant\b"
    r"|\bmutuelle\b[^.?!]{0,80}\bcartes?\b(?! vitale)"
)
# The office's own card or scheme named in the same sentence: the ask is (also) its own.
_OWN_CARD = re.compile(
    r"\bcartes? vitales?\b|\bcss\b|\bc2s\b|\bcmu\b|\bame\b|\bcomplementaire sante solidaire\b"
    r"|\baide medicale de l'etat\b"
)
# The card asked by a pronoun ("j'ai perdu la carte de tiers payant. vous pouvez m'en renvoyer une ?") after a
# sentence that names it.
_CARD_PRONOUN = re.compile(
    r"\b(?:m'en|nous en|en) (?:renvoyer|envoyer|refaire|faire|redonner) une?\b|\bla (?:renvoyer|refaire)\b"
)
# The office is itself a mutuelle or an insurer ("Assurance maladie" is not: the CPAM's profile name).
_MUTUELLE_OFFICE = re.compile(r"\bmutuelles?\b|\bassureurs?\b|\bcomplementaires? sante\b(?! solidaire)|\bprevoyance\b")

_LINE = (
    r"(?:lignes? (?:de |du |d')?(?:bus|cars?|autocars?|tram\w*|metro|navettes?)|lignes? \d+"
    r"|(?:bus|cars?|navettes?) \d+)"
)
_LINE_NAMED = re.compile(rf"\b{_LINE}\b|\btransport a la demande\b")
_LINE_ACT = re.compile(
    rf"\b(?:remet\w*|retabli\w*|rouvr\w*|mainten\w*|maintien\w*|relanc\w*|faire (?:repasser|revenir|passer)|gard\w*)"
    rf"(?: \w+){{0,2}}? (?:la |le |les |cette |ce |notre |nos )?{_LINE}\b"
    rf"|\b{_LINE}\b[^.?!]{{0,60}}\b(?:remise?|retablie?|rouverte?|maintenue?|repasse|revienne)\b"
    r"|\bhoraires? (?:du |des |de la |de l')?(?:bus|cars?|autocars?|tram\w*|navettes?|transport a la demande)\b"
)
# A pronoun act ("pouvez-vous la remettre ?") reads a line only when the sentence before names one.
_PRONOUN_ACT = re.compile(r"\b(?:la |les )(?:remettre|retablir|rouvrir|maintenir|faire repasser|faire revenir)\b")
# Offices that organise or fund local transport or its social fares: the line is theirs to answer.
_TRANSPORT_OFFICE = re.compile(
    r"\bmairie\b|\bcommunes?\b|\bcommunal\b|\bville\b|\bhotel de ville\b|\bccas\b|\bcommunaute (?:de communes"
    r"|d'agglomeration|urbaine)\b|\bagglomeration\b|\bmetropole\b|\bconseil (?:departemental|general|regional)\b"
    r"|^departement\b|\bregion\b|\bfrance services\b"
)


def _sentences(folded: str) -> list[str]:
    return [s for s in _SPLIT.split(folded) if s.strip()]


def mutuelle_card_asked(office: str, folded: str) -> bool:
    """A sentence asks the office, which is no mutuelle, for a mutuelle's card (sent, renewed, made, updated)."""
    if _MUTUELLE_OFFICE.search(office):
        return False
    parts = _sentences(folded)
    for number, part in enumerate(parts):
        if not _ASK.search(part) or _OWN_CARD.search(part):
            continue
        if _MUTUELLE_CARD.search(part):
            return True
        if _CARD_PRONOUN.search(part) and number and _MUTUELLE_CARD.search(parts[number - 1]):
            return True
    return False


def transport_line_asked(office: str, folded: str) -> bool:
    """A sentence asks an office that runs no local transport to restore or keep a line, or for its timetable."""
    if _TRANSPORT_OFFICE.search(office):
        return False
    parts = _sentences(folded)
    for number, part in enumerate(parts):
        if not _ASK.search(part):
            continue
        if _PRONOUN_ACT.search(part):
            if number and _LINE_NAMED.search(parts[number - 1]):
                return True
            continue
        if _LINE_ACT.search(part):
            return True
    return False


def provider_goods_asked(office: str, folded: str) -> bool:
    """A mutuelle's card or a transport line asked of an office that neither issues nor runs it."""
    return mutuelle_card_asked(office, folded) or transport_line_asked(office, folded)
