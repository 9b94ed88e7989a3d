"""Everyday and slang names of benefits and procedures the other entries miss (`SLANG_NAMES`; thirty-fifth pass,
engineer-r51).

People write the name they hear at the counter, in a text message or in a second language: "pointer" for the monthly
actualisation, "les Assedic" for the unemployment benefit, "la taxe d'hab", "l'allocation handicapé", "la carte 10
ans", "le chèque EDF", "la carte de la sécu européenne", "le congé du papa". Each entry is one such name, its source
the fiche that names the thing; a name that stands for a broad topic points to no fiche (its words find them).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

SLANG_NAMES: tuple[Term, ...] = (
    # "Pointer" (to clock in) is what jobseekers call the monthly actualisation ("j'ai oublié de pointer", "pointer
    # tous les mois"); read beside the jobseeker's office or the month, not a time clock at work ("la pointeuse").
    Term(
        _around(
            r"\bpointer\b|\bpointage\b|\bpointe (\w+ )?(chaque|tous les|ce|le) mois\b|\bpas pointe\b",
            r"pole emploi|france travail|chomage|assedic|demandeurs? d.emploi|chaque mois|tous les mois|ce mois"
            r"|le mois (dernier|prochain)|radie\w*|conseill\w+",
            120,
        ),
        "actualisation mensuelle Pôle emploi",
        ("F1637",),
        "F1637 « Actualisation mensuelle Pôle emploi » : « vous devez actualiser votre situation chaque mois »",
        unless=r"pointeuse|badge\w*|heures? de pointe",
    ),
    # The Assedic paid the unemployment benefit before Pôle emploi (2008): the name outlived them.
    Term(
        r"assedics?",
        "allocation chômage aide au retour à l'emploi Pôle emploi",
        (),
        "F14860 « Allocation chômage d'aide au retour à l'emploi (ARE) d'un salarié du privé » (ex-Assedic)",
    ),
    # The housing tax cut short ("la taxe d'hab", "taxe d'hab").
    Term(r"taxe d.hab", "taxe d'habitation", ("F42",), "F42 « Taxe d'habitation »"),
    # The adults' disability allowance named by whom it is for ("l'allocation handicapé", "l'alloc adulte
    # handicapé", "l'allocation pour les handicapés"), not a child's (AEEH, its own entry).
    Term(
        r"alloc\w* (pour (les |des )?|des |aux |d.)?(adultes? )?handicap\w*",
        "allocation aux adultes handicapés",
        ("F12242",),
        "F12242 « Allocation aux adultes handicapés (AAH) »",
        unless=r"enfants? (\w+ )?handicap\w*|aeeh|education de l.enfant",
    ),
    # The ten-year resident card said without its "de" ("la carte 10 ans", "le titre dix ans"), not an identity
    # card's validity. No pointer: the resident card has several fiches (the card, its French test, the long-term
    # EU card), and pointing at the card's put it before the French test's (ret-v3-067, rank 1 -> 2).
    Term(
        r"(carte|titre|papiers?) (10|dix) ans",
        "carte de résident de 10 ans titre de séjour",
        (),
        "F2208 « Carte de résident de 10 ans d'un étranger en France »",
        unless=r"identite|passeport|permis de conduire",
    ),
    # The energy cheque named by the bill it pays or the supplier it is sent to ("le chèque EDF", "un chèque pour
    # l'électricité", "le chèque gaz").
    Term(
        r"cheques? (pour (payer )?|de |d.)?(l.|le )?(edf|engie|electricite|gaz)",
        "chèque énergie",
        ("F33667",),
        "F33667 « Chèque énergie (gaz, chaleur, électricité) »",
    ),
    # The European health insurance card named after the sécu or the carte Vitale ("la carte de la sécu
    # européenne", "la carte Vitale européenne").
    Term(
        r"cartes? (de (la )?)?(secu|securite sociale|vitale) europeenne",
        "carte européenne d'assurance maladie",
        ("F34441",),
        "F34441 « À quoi sert la carte européenne d'assurance maladie (CEAM) ? »",
    ),
    # The paternity leave named after the father ("le congé du papa", "congé bébé pour le papa", "congé des pères").
    Term(
        r"conge (\w+ ){0,2}(du|pour le|des|pour les) (papas?|peres?)\b",
        "congé de paternité et d'accueil de l'enfant",
        ("F3156", "F583"),
        "F3156 « Congé de paternité et d'accueil de l'enfant d'un salarié du secteur privé » ; F583 (fonction "
        "publique)",
    ),
)
