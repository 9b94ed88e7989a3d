"""A grandchild in danger, told by the grandparent: whose danger the message is about (forty-eighth pass, engineer-r83,
issue 14).

The distress map's "enfant en danger" entry (`situations.DISTRESS`) sets aside every message that names a
grandparent or a grandson ("grand-mère", "petit-fils", an age of 60 or more): those words were taken as the signs of
an old person abused by a grandson or a son, whose fiche is F861 « Maltraitance d'une personne âgée ». But two
generations in one message do not say which of them is hurt. A grandmother of 74 who finds bruises on her grandson of
5 ("le copain de sa mère le tape"), a grandfather whose granddaughter of 15 fled a father "qui boit et la frappe", a
grandmother who took back a girl of 3 left alone for hours: the danger is the child's, and the fiche that serves it
is F781 « Enfant en danger : comment le signaler ? » (the 119, the département's unit), not the elder abuse one.

`grandchild_hurt` reads the writer's grandchild ("mon petit-fils", "ma petite-fille", "nos petits-enfants", or "je
suis la grand-mère de…") and a harm said of a child — the child as the object of the blows ("le tape", "la frappe",
"les bat"), marks of blows ("des bleus sur les bras"), a child beaten or shaken, a child left alone for hours or
without food — and no sign that the old person is the one hurt: the writer hit, bruised or robbed ("il me frappe",
"j'ai des bleus", "il prend ma retraite", "j'ai peur de lui"), or the grandchild the subject of the blows ("mon
petit-fils la frappe", "son petit-fils lui prend sa pension"). A grandchild said to be an adult (18 or more) is not a
child in danger; other pupils who hurt the child ("des garçons du lycée … le frappent") are school harassment or
racket, not a danger at home. Then the "enfant en danger" entry is read (its fiche F781, the protecting one, first)
and the elder abuse entry is not.

`grandchild_fiches`: a grandparent who asks the judge for the child, or to keep it ("est-ce que le juge peut me le
confier ?", "ai-je le droit de la garder ?"), gets F17777 « Que peut faire un juge des enfants pour protéger un
mineur en danger ? » first, F781 second (`READ_JUDGE_ASKED`).

Measured (`benchmarks/retrieval_distress_switch.py`, train + validation, shipped weights): 4 messages read
differently; validation ret-v34-078 2 -> 1, train r81-040 and r83-038 not in the first 30 -> 1, none down (with
`READ_JUDGE_ASKED` off, ret-v28-061 1 -> 2; the judge's order alone moves it 2 -> 1 and nothing else): both on.
"""

from __future__ import annotations

import re

# On: a grandparent's grandchild hurt by another reads "enfant en danger" (F781), the elder abuse entry left aside.
READ_GRANDCHILD_DANGER = True
# On: a grandparent who asks the judge for the child, or to keep the child, gets F17777 « Que peut faire un juge des
# enfants pour protéger un mineur en danger ? » first and F781 second (off: F781 alone, the map's entry).
READ_JUDGE_ASKED = True
JUDGE_FICHE = "F17777"

_GRANDCHILD = r"\b(mon|ma|mes|notre|nos) (petite?s?.(fils|filles?|enfants?))\b"
# The writer's grandchild, or the writer said a grandparent ("je suis la grand-mère d'une petite fille de 7 ans").
_GRANDCHILD_SAID = re.compile(
    _GRANDCHILD + r"|\bje suis (la |le )?grand.?(mere|pere)\b|\bnous sommes (les )?grands.?parents\b"
)
_GRANDCHILD_ADULT = re.compile(_GRANDCHILD + r",? (de|qui a|a) (1[89]|[2-9]\d) ans\b")
_BLOWS = r"(tape|tapent|frappe|frappent|bat|battent|cogne|cognent|gifle|giflent|secoue|secouent|brutalise|brutalisent)"
# The child hurt: the object of the blows, bruises or marks on them, beaten, left alone or unfed.
_CHILD_HURT = re.compile(
    r"\b(le|la|les|l.) " + _BLOWS + r"\b"
    r"|\b(des|plein de) (bleus|marques de coups|traces de coups)\b"
    r"|\b(est|sont|a ete|ont ete) (battue?s?|frappee?s?|maltraitee?s?|secouee?s?|brutalisee?s?)\b"
    r"|\blaisse\w* ([\w-]+ ){0,5}seule?s? (des heures|la nuit|toute la (nuit|journee)|plusieurs jours)\b"
    r"|\bsans (avoir )?(manger|mange|nourriture|rien a manger)\b"
)
# Other pupils hurt the child ("des garçons du lycée … ils le frappent"): school harassment or racket, whose fiches
# the message's words find, not a child endangered at home.
_AT_SCHOOL = re.compile(
    r"\b(garcons|filles|jeunes|eleves|camarades|copains|copines|grands)( \w+){0,3} (du|de|au|a) "
    r"(lycee|college|l.ecole|sa classe|son ecole)\b"
)
# The old person hurt: the writer as the object, their money taken (not "ma petite retraite" said of the writer's
# means), their fear of someone; or the grandchild as the
# subject of the blows or of the theft.
_ELDER_HURT = re.compile(
    r"\b(me|m.) (frappe|tape|bat|bouscule|pousse|insulte|menace|vole|racket)\w*|\bj.ai (des|plein de) bleus\b"
    r"|\b(prend|pris|vole|garde|empoche|vide)\w* (ma|sa|mes|ses|mon|son) (retraite|pension|carte (bleue|bancaire)"
    r"|economies|compte)\b"
    r"|\bpeur de (lui|elle|eux)\b"
    r"|\bpetite?s?.(fils|filles?|enfants?) (\w+ ){0,4}(la|le|les|l.|me|m.|lui|leur) "
    r"(tape|frappe|bat|bouscule|pousse|insulte|menace|vole|prend|crie)\w*"
)


# The grandparent asks the judge, or to take or keep the child: "puis-je saisir un juge", "est-ce que le juge peut me
# le confier", "ai-je le droit de la garder", "la prendre chez moi".
_JUDGE_ASKED = re.compile(
    r"\bjuges?\b|\b(me|nous) (le|la|les) confier\b|\bconfiee?s? a (moi|nous)\b"
    r"|\b(le|la|les) (prendre|garder|accueillir|recueillir) (chez (moi|nous)|a la maison)\b"
    r"|\bdroit de (le|la|les) (garder|prendre|recueillir)\b"
    r"|\b(la|sa) garde (de|du) (mon|ma|mes|notre|nos|l.enfant|la petite|le petit)\b"
)


def grandchild_fiches(folded: str, fiches: tuple[str, ...]) -> tuple[str, ...]:
    """The fiches of a grandchild in danger: the judge's first where the grandparent asks the judge or to keep the
    child (`READ_JUDGE_ASKED`), the map's entry otherwise."""
    if READ_JUDGE_ASKED and _JUDGE_ASKED.search(folded):
        return (JUDGE_FICHE, *(fiche for fiche in fiches if fiche != JUDGE_FICHE))
    return fiches


def grandchild_hurt(folded: str) -> bool:
    """Whether a folded message tells the writer's grandchild hurt by another (the child's danger, not the elder's)."""
    if not READ_GRANDCHILD_DANGER:
        return False
    if not _GRANDCHILD_SAID.search(folded) or _GRANDCHILD_ADULT.search(folded):
        return False
    if _AT_SCHOOL.search(folded) or _ELDER_HURT.search(folded):
        return False
    return bool(_CHILD_HURT.search(folded))
