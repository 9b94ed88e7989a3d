"""A child hurt or neglected, told to an office that cannot protect it (thirty-fourth pass of issue 12, engineer-db).

People tell the Caf, a school or the tax office that a child is beaten or left alone: a grandmother because "c'est
vous qui versez les allocations à leur mère" (cx-048), a neighbour because the mother "touche vos allocations", a
girl of sixteen through the only contact form she found (cz-018), a pupil to the school nurse. The message is
distress (the child is in danger: the 119 and the emergency numbers) and what it asks — protect the child, send
someone, take the children away — is the child-protection services' to do (the département's CRIP, the 119, the
police), not the fund's: out of scope too, as engineer-cy's rules read a bank asked of the Caf in distress.

Two readings, both on folded text:

* **the child is the victim** (`child_harmed`): in one sentence, a child (a child's word — enfant, petit, fils,
  fille, bébé, élève, petits-enfants — or a writer who says they are 10 to 17) and a harm done to it: blows on it
  ("son père le tape", "elle les frappe", "mon père me met des claques", "ma mère … me frappe", "mon beau-père me
  fait des choses la nuit"), the marks of them ("des bleus", "des marques au cou", "des brûlures de cigarette"), or
  neglect ("laissée seule des journées entières", "ils ont faim", "dorment par terre", "enfermer dans sa chambre sans
  manger"). Not the writer's own hunger with the children ("rien à manger pour mes enfants"): that is hardship,
  which the rules and the model read already, and not blows on the writer before the children ("il m'a frappée
  devant les enfants"): that is conjugal violence, read by the violence rule.
* **an office that cannot act** (`cannot_protect`): a national fund or service (Caf, MSA, CPAM, the pension funds,
  France Travail, the Urssaf, the tax office, the préfecture, the ANTS, the CROUS) or a school. A town, a CCAS, a
  département, the MDPH, a court, the police or the Défenseur des droits are left alone: local social services
  and the département act on it, and the corpora read a teacher who asks the mairie where to report as in scope
  (tri-ab-088).

`child_harm_elsewhere` is both, and no question about a procedure or a benefit (`asks_procedure`): a mother whose
children came back from their father's with bruises and who asks the Caf to transfer the allocations, a girl of
fifteen beaten by her stepfather who asks for her own carte Vitale, are asking the office's business (in
distress). The caller sets distress (kind "child", with the 119) wherever `child_harmed` holds, and out of
scope (`CHILD_PROTECTION`) where `child_harm_elsewhere` does.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold

# Switch (measured on and off in the thirty-fourth pass).
CHILD_HARM_RULE = True

CHILD_PROTECTION: dict[str, str] = {
    "topic": "protection_de_l_enfance",
    "body": "les services de protection de l'enfance du département (cellule de recueil des informations "
    "préoccupantes), le 119 Allô Enfance en danger, ou la police (17) s'il y a un danger immédiat",
    "service": "appeler le 119 (gratuit, 24 h sur 24) ou, en cas de danger immédiat, le 17 ; l'organisme écrit ne "
    "peut pas protéger l'enfant lui-même",
}

_CHILD = (
    r"(?:enfants?|petits?-enfants|petite?-fils|petite?-fille|fils|filles?|bebes?|gamine?s?|gosses|petite?s?"
    r"|ados?|adolescente?s?|eleves?|neveux?|nieces?|garcon|camarade)"
)
# The writer says they are a minor ("j'ai 15 ans", "jai 16 ans").
_MINOR_WRITER = re.compile(r"\bj'?ai (?:1[0-7]|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept) ans\b")
# A parent or a parent's partner who hurts the writer, said by a child.
_PARENT = r"(?:mon|ma|mes) (?:pere|mere|beau-pere|belle-mere|parents|daron|daronne|papa|maman|grand frere|oncle|tante)"
_STRIKE = (
    r"(?:frapp\w*|bat\b|battait|battent|tap(?:e|ent|ait|aient)\b|cogn\w*|gifl\w*|etrangl\w*|tabass\w*"
    r"|secou(?:e|ent|ait)\b|maltrait\w*)"
)
# Blows on a child said by a pronoun object ("il le tape", "elle les frappe", "son père le bat"), or on the writer
# by a parent ("mon père me met des claques", "elle me frappe").
_BLOWS_ON_HIM = re.compile(rf"\b(?:le|la|les|l') ?{_STRIKE}")
_BLOWS_ON_ME = re.compile(
    rf"\b(?:me|m') ?(?:{_STRIKE}|met(?:tent)? des (?:claques|gifles|coups|baffes)|fai(?:t|sait|ent) des choses"
    r"|touche\w*|enferm\w*)"
)
_CHILD_STRUCK = re.compile(
    rf"\b{_CHILD}\b[^.!?\n]{{0,40}}\b(?:(?:est|sont|a ete|ont ete) (?:souvent |encore )?(?:frappee?s?|battue?s?"
    r"|maltraitee?s?|tapee?s?)|se (?:fait|font|faisait) (?:souvent |encore )?(?:enfermer|frapper|taper|battre))\b"
)
# The marks of blows on a child ("le petit a souvent des bleus sur les bras", "des marques au cou").
_MARKS = re.compile(
    r"\b(?:des|un|une|les) (?:bleus?|marques?(?! de (?:fabrique|vetements?|chaussures?))|traces? de coups|brulures?"
    r"|hematomes?|griffures?|coquards?|oeil au beurre noir)\b"
)
# Marks told with their accident ("il s'est cassé le bras au foot, il a des bleus partout"); "il a dit qu'il était
# tombé" is how a beaten child explains them, and is not read so.
_ACCIDENT = re.compile(
    r"\bs'(?:est|etait) (?:casse|fait mal|blesse|cogne|brule|ouvert)\w*|\b(?:au|en) (?:foot\w*|sport|rugby|judo"
    r"|velo|trottinette|ski|jouant)\b|\ben tombant (?:de|du|dans)\b|\baccident\w*|\bvaccin\w*|\bvaricelle\b"
)
# A child neglected by its carers.
_NEGLECT = re.compile(
    r"\blaissee?s? (?:tout )?seule?s? (?:des journees|toute la (?:nuit|journee)|la nuit|le soir|des heures|des jours"
    r"|a la maison|dans l'appartement)"
    r"|\b(?:ils|elles|il|elle) (?:ont|a) (?:souvent |toujours )?faim\b"
    r"|\b(?:n'a|n'ont) (?:pas|rien) a manger\b|\bsans (?:lui |leur )?(?:donner a )?manger\b"
    r"|\bdorment par terre\b|\bdans sa couche toute la journee\b|\bles memes (?:habits|vetements) depuis\b"
    r"|\bne va plus a l'ecole\b|\bpersonne ne s'en occupe\b"
)
# Neglect is told of someone else's care: a carer other than the writer is named (the mother, the neighbour, the
# writer's daughter or sister); the writer's own hunger with their children is hardship, not neglect by another.
_OTHER_CARER = re.compile(
    r"\b(?:leur|sa|la|ma) (?:mere|maman|voisine|soeur|fille|belle-fille|belle-soeur)\b"
    r"|\b(?:leur|son|le|mon) (?:pere|papa|voisin|frere|fils|gendre|beau-frere)\b|\b(?:les|ses|leurs) parents\b"
)
_OWN_CHILDREN = re.compile(r"\b(?:mes|nos) (?:enfants|petits|gosses|filles|fils|bebes?|gamins)\b")
# A harm done to the writer (not a child) in front of the children: conjugal violence, read by its own rule.
_BEFORE_CHILDREN = re.compile(r"\bdevant (?:les|mes|nos|le|la|ma|mon) (?:enfants|petits?|petite|fils|fille|bebe)\b")
_SENTENCE = re.compile(r"(?<=[.!?\n])\s*")

# Offices that cannot protect a child: national funds and services, and schools (by folded name or profile key).
_AWAY_PROFILES = frozenset({"caf", "retraite", "maladie", "prefecture", "ants", "emploi", "impots", "urssaf"})
_AWAY_NAME = re.compile(
    r"\b(?:msa|crous|lycee|college|ecole|universite|cgss|carsat|cnav|agirc|caisse|france travail|urssaf|caf)\b"
)
_LOCAL_NAME = re.compile(
    r"\b(?:mairie|ccas|commune|ville|departement\w*|conseil departemental|mdph|tribunal|juge|police|gendarmerie"
    r"|defenseur|ase|aide sociale|maison des solidarites|spip)\b"
)


def child_harmed(text: str) -> bool:
    """A sentence of the (raw or folded) text tells a harm done to a child: blows on it, their marks, or neglect by
    its carers; or a writer who says they are a minor tells blows from a parent."""
    folded = fold(text)
    minor = bool(_MINOR_WRITER.search(folded))
    parts = [p for p in _SENTENCE.split(folded) if p]
    for index, part in enumerate(parts):
        near = " ".join(parts[max(0, index - 1) : index + 1])
        child_here = re.search(rf"\b{_CHILD}\b", near) is not None
        if _CHILD_STRUCK.search(part):
            return True
        on_me = _BLOWS_ON_ME.search(part)
        if on_me and (minor or re.search(rf"\b{_PARENT}\b", near)) and not _BEFORE_CHILDREN.search(part):
            return True
        if not child_here:
            continue
        if _BLOWS_ON_HIM.search(part) and not _BEFORE_CHILDREN.search(part):
            return True
        if _MARKS.search(part) and re.search(rf"\b{_CHILD}\b", part) and not _ACCIDENT.search(near):
            return True
        if _NEGLECT.search(part) and _OTHER_CARER.search(folded) and not _OWN_CHILDREN.search(near):
            return True
    return False


def cannot_protect(administration: str, profiles: set[str]) -> bool:
    """The office written to is a national fund or service or a school, not a local or child-protection body."""
    name = fold(administration)
    if _LOCAL_NAME.search(name):
        return False
    return bool(profiles & _AWAY_PROFILES) or bool(_AWAY_NAME.search(name))


# A question about a procedure or a benefit ("est-ce que je peux avoir ma carte vitale", "quels justificatifs pour
# transférer les allocations ?", "est-ce que sa retraite peut être versée ailleurs ?"): the writer asks the office's
# business, in distress; the rule leaves the message to the others.
_PROCEDURE_ASK = re.compile(
    r"\b(?:allocations?|allocs?|apl|rsa|prime|aides?|bourse|pension|retraite|carte vitale|carte d'identite|papiers"
    r"|carte d'?identite|passeport|declarations?|justificatifs?|dossier|verse\w*|toucher|touche|payer|paye\w*"
    r"|rembours\w*|attestation"
    r"|compte|inscri\w*|rattach\w*|courriers?|adresse|imposable|demande\w*|droits?|prestations?)\b"
)


_ASKING = re.compile(
    r"\?|\b(?:(?:veux|voudrais|voulais|aimerais) (?:juste |bien )?savoir|est-ce que|est ce que|comment)\b"
)
# The benefit named as the reason for writing here ("c'est vous qui versez les allocations à leur mère", "elle touche
# vos allocations") is no ask.
_PAID_BY_YOU = re.compile(
    r"\b(?:versez|verse|versent|touche|touchent|percoit|percoivent) (?:les |des |vos |ses |leurs )?(?:allocations?"
    r"|allocs?|aides?|rsa|apl|prestations?)\b(?: (?:de chez vous|chez vous|a (?:leur|sa|la) mere|pour (?:ses|les|eux)"
    r"(?: \w+)?))?"
)


def asks_procedure(text: str) -> bool:
    """A question of the (raw or folded) text names a procedure or a benefit, other than the one given as the reason
    for writing to this office."""
    return any(
        _ASKING.search(part) and _PROCEDURE_ASK.search(_PAID_BY_YOU.sub(" ", part))
        for part in _SENTENCE.split(fold(text))
    )


# Pupils who hit or harass a pupil: bullying, the school's own business (ret-r8-042, "des élèves le traitent, le
# frappent").
_BULLYING = re.compile(
    r"\bharcel\w*|\b(?:des|d'autres|les|deux|trois|plusieurs) (?:eleves|camarades|garcons|filles|grands|jeunes)\b"
    r"[^.!?\n]{0,30}\b(?:le|la|les|l'|lui) ?(?:frapp|tap|cogn|insult|trait|rackett|menac)"
)


def child_harm_elsewhere(administration: str, profiles: set[str], text: str) -> bool:
    """A child's harm told to an office that cannot protect it, and no question of a procedure or a benefit."""
    return (
        CHILD_HARM_RULE
        and cannot_protect(administration, profiles)
        and child_harmed(text)
        and not asks_procedure(text)
        and not _BULLYING.search(fold(text))
    )
