"""Names with two meanings, read by what the message tells around them (`TWO_SENSES`; thirty-ninth pass, engineer-r62).

An acronym or a benefit's name can stand for two things, and a message tells which by its context:

- "ATD" is, in the fiches, the allocation temporaire dégressive of an economic dismissal (F2808, « Allocation
  temporaire dégressive (ATD) »), the avis à tiers détenteur by which the Trésor takes what a bank holds for a tax or
  a fine (F31716 « Saisie administrative à tiers détenteur (SATD) », which cites « l'avis à tiers détenteur », its
  former name), and ATD Quart Monde (a charity). Lexically "atd" finds only F2808's title; beside a tax, a fine, the
  Trésor or an account, it is the seizure.
- "PAS" is the prélèvement à la source (F34009) and the prêt d'accession sociale (F22158, « Prêt d'accession sociale
  (PAS) »); in a message it is far more often a "pas" written in capitals for emphasis ("je ne peux PAS payer",
  "c'est PAS une cigarette": the six train + validation messages where the old entry fired). The tax entry
  (`names_papers`) now needs a determiner before it and no loan around it; the loan's entry is here.
- "mon RSA", "ma prime d'activité", "mon chômage" are the benefit itself in most messages, but the thing seized in
  "peut-on saisir mon RSA ?": then the ask is which incomes can be seized (F31185 « Quels sont les types de revenus
  saisissables ? »), not the benefit's conditions. The entry's match holds the benefit's name, so the longest name
  wins (`vocabulary.longest`) and the RSA's own pointers are not read.
- "commissaire de justice" is the profession's name since 1 July 2022 (huissiers de justice and commissaires-priseurs
  judiciaires merged, ordonnance n° 2016-728); the snapshot's fiches (2020) say "huissier de justice" only.
- "aucune banque ne veut me prêter": the public of the microcrédit personnel (F21375, « un crédit destiné aux
  personnes exclues du système bancaire classique »), told without its name.

Sources: the fiches quoted in each entry. Measured on train + validation of corpora/retrieval (docs/benchmarks.md,
"Thirty-ninth pass — engineer-r62").
"""

from __future__ import annotations

from guichet.knowledge.terms import Term

# A loan, a purchase or its instalments told anywhere in the message: "PAS" is then the prêt d'accession sociale.
LOAN_CONTEXT = (
    r"\b(prets?|emprunts?|emprunte\w*|credits? immobiliers?|mensualites?|echeances? (du|de mon|de notre) pret"
    r"|accession|acheter|achete\w*|achat)\b"
)
# An economic dismissal, a new job paid less, a charity: the other two ATDs.
_OTHER_ATD = r"\b(licenci\w*|degressive|allocation temporaire|quart monde|nouvel? (emploi|travail|job|poste))\b"
# The seizure of an income: to seize, seized, seizable.
_SEIZE = r"(saisir|saisie?s?|saisissables?|insaisissables?|prelever|bloquer|ponctionner)"
_OWNED = r"(mon|ma|mes|le|la|les|l.|notre|nos)"
_INCOME = (
    r"(rsa|prime d.activite|aah|chomage|are|allocations? chomage|retraite|pension d.invalidite|apl|allocs?"
    r"|allocations?|prestations?( sociales| familiales)?|aides? sociales?)"
)

TWO_SENSES: tuple[Term, ...] = (
    # "un ATD sur mon compte pour ma taxe d'habitation": the avis à tiers détenteur, now the saisie administrative à
    # tiers détenteur (F31716: « Instruction fiscale relative à l'avis à tiers détenteur »; « Je veux contester un
    # avis à tiers détenteur, comment procéder ? »); not beside a dismissal (F2808) or a charity.
    Term(
        r"atd|otd",
        "saisie administrative à tiers détenteur avis à tiers détenteur",
        ("F31716",),
        "F31716 « Saisie administrative à tiers détenteur (SATD) » (« l'avis à tiers détenteur », son ancien nom)",
        capitals=True,
        unless=_OTHER_ATD,
    ),
    # "on a acheté la maison avec un PAS", "mon PAS ne passe plus": the prêt d'accession sociale (F22158 « Prêt
    # d'accession sociale (PAS) »), after a determiner (so no emphatic "pas") and beside a loan or a purchase.
    Term(
        r"pas",
        "prêt d'accession sociale prêt immobilier",
        ("F22158",),
        "F22158 « Prêt d'accession sociale (PAS) »",
        capitals=True,
        lead=r"un|mon|notre|leur|son|votre|d'un|avec un|par un|pret|credit",
        unless=r"\b(impots?|fiche de paie|bulletin de (paie|salaire)|(a|de) la source|taux d.imposition|dgfip)\b",
    ),
    # "peut-on saisir mon RSA ?", "le RSA est-il saisissable ?": the incomes a creditor may seize (F31185 « Quels
    # sont les types de revenus saisissables ? »: the RSA and some benefits cannot be). Not a bank account seized
    # with the RSA on it: that is the solde bancaire insaisissable's (`names_described`, F1437).
    Term(
        # the incomes named in a row ("saisir mon RSA ou ma prime d'activité") are all the thing seized
        r""
        + _SEIZE
        + r" (sur |aussi )?"
        + _OWNED
        + r" ?"
        + _INCOME
        + r"\b((,| ou| et) "
        + _OWNED
        + r"? ?"
        + _INCOME
        + r"\b)*|\b"
        + _INCOME
        + r"\b.{0,20}?\b(saisissables?|insaisissables?)",
        "types de revenus saisissables prestations insaisissables",
        ("F31185",),
        "F31185 « Quels sont les types de revenus saisissables ? »",
        # an account seized: F1437; the family allowances: F863; an overpayment taken back: the indu's fiches
        unless=r"\bcompte\b|familiales|allocs\b|trop.percu\w*|\bindus?\b",
    ),
    # "le commissaire de justice a bloqué mon compte": the huissier de justice of the 2020 fiches (the profession's
    # name since 1 July 2022, ordonnance n° 2016-728); a broad topic (seizures, fees, evictions), no fiche.
    Term(
        r"commissaires?.de.justice",
        "huissier de justice",
        (),
        "F2158 « Huissier de justice » (commissaire de justice depuis le 1er juillet 2022)",
    ),
    # "aucune banque ne veut me prêter 2 000 €": the microcrédit personnel's public (F21375 « Microcrédit
    # personnel »: « les personnes exclues du système bancaire classique »); not a mortgage refused (F1673).
    Term(
        r"(aucune|plus aucune|pas une|personne|aucun organisme|les banques?) (\w+ )?(ne )?(veu\w+|accept\w+|voudr\w+)"
        r" (plus |pas )?(me |nous )?(preter|faire (un|de) (pret|credit)|accorder (un|de) (pret|credit))",
        "microcrédit personnel exclues du système bancaire",
        ("F21375",),
        "F21375 « Microcrédit personnel » (« personnes exclues du système bancaire classique »)",
        unless=r"\b(immobiliers?|maison|appartement|compromis|promesse de vente|notaire)\b",
    ),
)
