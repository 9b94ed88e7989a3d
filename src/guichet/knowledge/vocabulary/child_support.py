"""Money a parent gives a grown child, asked as a deduction (`CHILD_SUPPORT_TERMS`; forty-seventh pass, engineer-r81,
issue 14).

The deduction entry of `taxes` reads « je verse … pour mon fils … déduire » (F2 « Impôt sur le revenu - Pensions
alimentaires versées aux enfants (déduction) »); a parent also writes « la pension que je verse à mon fils étudiant »,
« je paye le loyer de mon fils de 23 ans », « j'aide ma fille qui fait ses études » — the child as the one paid, or
the child's rent or studies as what is paid. Those read no entry, and the fiche of money given to a parent (F444
« … versée à un ascendant (déduction) ») came first on the words « pension alimentaire versée ». The entry reads
such help to one's own child beside a deduction or the tax asked (either order) and points to F2; not a gift to buy
a home, nor an inheritance (F14203, the donations' own fiches).

Source: F2's title (quoted); its text: « Vous pouvez déduire de vos revenus la pension alimentaire versée à votre
enfant majeur ».
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

_OWN_CHILD = r"(mon|ma|mes|notre|nos) (\w+ )?(fils|fille|filles|enfants?|grand|grande|ainee?)"
# Help to one's own child: paid to the child, or the child's rent, studies or keep paid
_HELP_TO_CHILD = (
    r"(verse|paie|paye|donne|vire|envoie|aide|finance|entretiens?)\w*( [^ .?!]+){0,5} (a|pour) "
    + _OWN_CHILD
    + r"|(j.aide|j.entretiens|nous aidons|on aide) "
    + _OWN_CHILD
    + r"|(loyer|etudes|logement|studio|chambre|scolarite|pension) (de|d.|pour) "
    + _OWN_CHILD
)
_DEDUCTION_ASKED = r"dedui\w*|deduction|deductible|deduire|impots?|declaration (de revenus|d.impots?)"

CHILD_SUPPORT_TERMS: tuple[Term, ...] = (
    Term(
        around(_DEDUCTION_ASKED, _HELP_TO_CHILD, reach=250),
        "pensions alimentaires versées aux enfants déduction impôt sur le revenu",
        ("F2",),
        "F2 « Impôt sur le revenu - Pensions alimentaires versées aux enfants (déduction) »",
        # a gift to buy a home or an inheritance is no keep (r75-027, 13 -> 20 before: « donner de l'argent à mes
        # enfants … aider mon fils à acheter son appartement », a donation)
        unless=r"donation|\bdons? manuels?|heritage|succession|\b(acheter|achat d.) (son|sa|leur|un|une)\b",
    ),
)
