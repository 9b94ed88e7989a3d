"""Clubs and associations as bodies: their register number, their names in more of the forms clubs take, and an
officer who signs with a first name and a role (forty-ninth pass, engineer-p162e, issue 13).

An association's RNA number ("RNA W332004512", "le numéro RNA est W751234098") is the body's, printed in the Journal
officiel and on every récépissé: it says nothing of a person, yet the acronym was read as a name ("RNA W") and the
number as a reference. A club named after someone is the club's (`club_names`), in forms that module did not read:
"le Cercle des Nageurs Alain-Mimoun", "le Cercle Nautique de la Rance", "l'Élan Tony-Parker", "le VB Marie-José
Pérec", "au stade jean-bouin"; a name followed at once by its RNA number ("l'Association Les Amis de Jean Moulin
(RNA W691087734)") or in guillemets after its kind word ("l'association « Team Cyclo Raymond Poulidor »") is the
body's name, not a person's (an association named after a private person keeps
its mask everywhere else: "je suis salarié de l'association Les Amis de Jeanne Mercier"). The other way, an officer
who signs with a first name alone, then a comma and the role ("Claire, trésorière."), is a person even when the
first name is also a French word.

Each reading has its switch, read at call time; the figures are in docs/benchmarks.md (forty-ninth pass,
engineer-p162e).
"""

import functools
import re

from guichet.privacy.gazetteer import lookup

# "RNA" (with the W of its number) is the register's acronym, never a name.
RNA_ACRONYM_RULE = True
# An RNA number (W + nine characters) in a message about an association or a club is the body's, left visible.
RNA_NUMBER_RULE = True
# A club's name in the forms `club_names` does not read (see the module).
CLUB_FORMS_RULE = True
# A name followed at once by an RNA number is the registered association's name. Shipped off: no gain on validation
# (one over-mask less on train).
REGISTERED_NAME_RULE = False
# A club's or an association's name in guillemets after its kind word is the body's: "l'association « Team Cyclo
# Raymond Poulidor »".
QUOTED_NAME_RULE = True
# "Claire, trésorière." on a line of its own or after a closing: a person. Shipped off: no gain on validation (one
# leak less on train).
OFFICER_FIRST_NAME_RULE = False

_RNA_NUMBER = r"W[0-9][0-9A-Z][0-9]{7}"
_RNA_VALUE = re.compile(r"(?:RNA[ \t]*(?:n°|N°|:)?[ \t]*)?" + _RNA_NUMBER + r"|RNA(?:[ \t]*(?:n°|N°|:)?[ \t]*W)?")
_RNA_CUE = re.compile(
    r"(?i:\bRNA\b|associati|\basso\b|\bassos\b|récépissé|recepisse|amicale|\bclub\b|greffe)", re.UNICODE
)
_RNA_IN_TEXT = re.compile(r"(?<![\w\-])" + _RNA_NUMBER + r"(?![\w\-])")

_NAME = r"[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:(?:de|du|des|d['’]|la|le)[ \t]*)?[A-ZÀ-Ý][\w'’\-]*){0,3}"
_HYPHENED = r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)+"
_CLUB_FORMS = re.compile(
    # "le Cercle des Nageurs Alain-Mimoun", "le Club des Sports Jean-Prat": the kind word, a plural noun, the name
    r"(?<![\w\-])(?i:cercle|club)[ \t]+(?:des|du|de)[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+[sx][ \t]+"
    + _NAME
    # "le Cercle Nautique de la Rance", "le Rugby Club Vallée du Lot", "le Tennis Club des Coteaux": a place after
    # an article, the way clubs are named after their valley, river or hillside
    + r"|(?<![\w\-])(?i:cercle|club)(?:[ \t]+(?i:nautique|sportif|sportive|omnisports|laïque|laique))?"
    r"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du)[ \t]*[A-ZÀ-Ý][\w'’\-]*|des[ \t]+[A-ZÀ-Ý][\w'’\-]*[sx])"
    r"(?:[ \t]+(?:du|de[ \t]+la|des)[ \t]+"
    r"[A-ZÀ-Ý][\w'’\-]*)?"
    + r"|(?<![\w\-])(?i:cercle|club)[ \t]+[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:du|de[ \t]+la|des)[ \t]+[A-ZÀ-Ý][\w'’\-]*)"
    # a club by initials `club_names` does not list, or by an emblem word, before a hyphened name: "le VB
    # Marie-José Pérec", "l'Élan Tony-Parker", "l'Étoile Guy-Drut", "l'Olympique Roger-Couderc"
    + r"|(?<![\w\-])(?:[Ll]['’])?(?:VB|BC|HB|HBC|TC|JC|CN|SA|AL|ASC|JS|EA|USC|RCS|"
    r"Élan|Elan|Étoile|Etoile|Olympique|Sporting|Espérance|Esperance|Avenir|Jeunesse|Team)[ \t]+"
    + _HYPHENED
    + r"(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*)?"
    # a ground in lower case, joined by a hyphen the way grounds are named: "au stade jean-bouin"
    + r"|(?<![\w\-])(?i:stade|gymnase|dojo|piscine|salle|terrain|complexe[ \t]+sportif|boulodrome)[ \t]+"
    r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)+"
)
# "l'Association Les Amis de Jean Moulin (RNA W691087734)", "le club « Les Pas de Jean Giono », W043000871"
_REGISTERED = re.compile(
    r"(?P<name>(?:«[ \t]*[^»\n]{2,80}?[ \t]*»|(?:Les|Le|La|L['’])?[ \t]*" + _NAME + r"))"
    r"[ \t]*(?:\([ \t]*|,[ \t]*)(?:RNA[ \t]*(?:n°|N°|:)?[ \t]*)?" + _RNA_NUMBER + r"(?![\w\-])"
)
_QUOTED = re.compile(
    r"(?<![\w\-])(?i:association|asso|amicale|club|cercle|section|équipe|equipe)(?:[ \t]+(?i:sportive))?[ \t]*"
    r"«(?P<name>[^»\n]{2,80})»"
)
_ROLE = (
    r"(?:vice-)?(?:présidente?|presidente?|trésorière|trésorier|tresoriere?|tresorier|secrétaire|secretaire|"
    r"entraîneuse|entraîneur|entraineuse|entraineur|coach|éducatrice|éducateur|educatrice|educateur|bénévole|"
    r"benevole|capitaine|responsable)"
)
_OFFICER = re.compile(
    r"(?:^|(?<=[\n.!]))[ \t]*(?:(?i:sportivement|cordialement|amicalement|merci|bien[ \t]+à[ \t]+vous|"
    r"bonne[ \t]+journée|belle[ \t]+journée)[ \t]*,[ \t]*)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]*,[ \t]*(?i:" + _ROLE + r")\b",
    re.MULTILINE,
)
# A closing formula before the name on the same line: "Bien sportivement, Claire, trésorière."
_CLOSING = re.compile(
    r"(?i:sportivement|cordialement|amicalement|salutations|merci(?:[ \t]+(?:beaucoup|encore))?|"
    r"à[ \t]+bientôt|bonne[ \t]+journée|belle[ \t]+journée|bien[ \t]+à[ \t]+vous)[ \t]*,[ \t]*"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]*,[ \t]*(?i:" + _ROLE + r")\b"
)


def not_personal(text: str, kind: str, start: int, end: int) -> bool:
    """True when the span `kind` at `start`-`end` is an association's register number or acronym, or a person's
    name inside a club's or a registered association's name (see the module)."""
    value = text[start:end]
    if RNA_ACRONYM_RULE and kind == "PERSONNE" and "RNA" in value and _RNA_VALUE.fullmatch(value.strip()):
        return True
    if RNA_NUMBER_RULE and kind != "PERSONNE" and _RNA_VALUE.fullmatch(value.strip()) and _about_a_body(text):
        return True
    if kind != "PERSONNE":
        return False
    on = {"forms": CLUB_FORMS_RULE, "registered": REGISTERED_NAME_RULE, "quoted": QUOTED_NAME_RULE}
    return any(on[rule] and a <= start and end <= b for rule, a, b in _stretches(text))


@functools.lru_cache(maxsize=8)
def _about_a_body(text: str) -> bool:
    return _RNA_CUE.search(text) is not None


@functools.lru_cache(maxsize=8)
def _stretches(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every reading's stretches, switches aside (they are read at call time, in `not_personal`)."""
    found = [("forms", *m.span()) for m in _CLUB_FORMS.finditer(text)]
    if _RNA_IN_TEXT.search(text):
        found += [("registered", *m.span("name")) for m in _REGISTERED.finditer(text)]
    if "«" in text:
        found += [("quoted", *m.span("name")) for m in _QUOTED.finditer(text)]
    return tuple(found)


def officer_first_names(text: str) -> list[tuple[int, int]]:
    """A first name alone, then a comma and a club's role, on a line of its own or after a closing formula:
    "Claire, trésorière." (see the module)."""
    if not OFFICER_FIRST_NAME_RULE or "," not in text:
        return []
    found = []
    for pattern in (_OFFICER, _CLOSING):
        for match in pattern.finditer(text):
            word = match.group("name")
            if all((kind := lookup(part)) is not None and kind.first for part in word.split("-")):
                found.append(match.span("name"))
    return sorted(set(found))
