"""Thirty-third pass (engineer-r46): families and childcare told in the parents' words (`FAMILY_TERMS`).

Also `_CHILD`, a child named by any of its everyday words, which other groups read. Switch:
`vocabulary.READ_FAMILY_TERMS`.
"""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

_CHILD = r"(fils|fille|enfants?|garcons?|bebes?|petite?s?|nouveau.nee?s?|gosses?|gamine?s?)"


# Thirty-third pass, r46: families and childcare (unseen v57). Parents rarely name the procedure: they tell that the
# other parent "ne paie plus ce qui est prévu pour notre fille", that the school wants both signatures, that the
# livret de famille burnt, that they will stop work to keep the baby. Each entry is one such telling of one fiche's
# subject; its source is that fiche's title.
_CHILD_OF = r"(mon|ma|mes|notre|nos|son|sa|ses|leur|le|la|les) " + _CHILD
_SEPARATED = (
    r"separe\w*|divorc\w*|\b(mon|ma) ex\b|ex.(femme|mari|conjointe?|compagne?|compagnon|epouse?)|l.autre parent"
    r"|(son|le) pere (ne|n.)|(sa|la) mere (ne|n.)"
)
_CHILD_SUPPORT = (
    r"pension( alimentaire)?|contribution (a l.entretien|alimentaire)|ce qui est prevu pour"
    r"|(verse\w*|payer|paie|paye) \d+ ?(€|euros?)"
)
FAMILY_TERMS: tuple[Term, ...] = (
    # A place in a crèche, its waiting list and its price "selon les revenus": F607 « Accueil en crèche ».
    Term(
        r"multi.accueils?|halte.garderies?|places? (en|a la|dans une) creche|creches? (municipale|collective"
        r"|familiale|parentale)s?|(inscri\w*|demande) (en|a la|pour la|dans une) creche"
        r"|(?s:liste d.attente.{0,60}?\bcreche|creche.{0,60}?liste d.attente)",
        "accueil en crèche établissement d'accueil du jeune enfant attribution des places tarif selon les revenus",
        ("F607",),
        "F607 « Accueil en crèche »",
        # the crèche's cost on the tax return: the tax credit for childcare (F8)
        unless=r"impots?|credit d.impots?|declar\w*|dedui\w*|deduction",
    ),
    # The school allowance named by its season in other words than "allocation de rentrée scolaire": F1878.
    Term(
        r"(prime|aide|allocation|argent|sous) de la rentree( scolaire)?",
        "allocation de rentrée scolaire",
        ("F1878",),
        "F1878 « Allocation de rentrée scolaire (ARS) »",
    ),
    # The other parent stops paying for the child: F1249 « Que faire si la pension alimentaire n'est pas payée ? »;
    # taken from the wages by the employer: F998 « Pension alimentaire impayée : procédure de "paiement direct" ».
    Term(
        _around(
            _CHILD_SUPPORT,
            r"ne (paie|paye|verse) (plus|pas|rien|jamais)|impayee?s?|(plus|pas|rien) (paye|verse|recu)"
            r"|(mois|pensions?) (en retard|de retard|impayes?)",
            150,
        ),
        "pension alimentaire impayée que faire paiement direct recouvrement Caf",
        ("F1249", "F1002"),
        "F1249 « Que faire si la pension alimentaire n'est pas payée ? »",
    ),
    Term(
        "(?s:paiement direct|"
        + _around(
            _CHILD_SUPPORT,
            r"(retenue?s?|prelevee?s?|preleve|pris|prise|verse\w*) (directement )?(sur|de) (son|sa) (salaire|paie"
            r"|paye|fiche de paie)|par (son|l.) employeur",
            250,
        )[4:],
        "paiement direct pension alimentaire employeur salaire",
        ("F998",),
        'F998 « Pension alimentaire impayée : procédure de "paiement direct" »',
    ),
    # Paying for a child who has come of age: F10435 « Doit-on encore verser une pension alimentaire à un enfant
    # devenu majeur ? ».
    Term(
        _around(
            r"majeure?s?|majorite|(a eu|a|aura|de) (1[89]|2[0-5]) ans",
            r"pension( alimentaire)?|contribution a l.entretien|(continue\w*|encore|obligee?) (de )?(verser|payer)"
            r"|jusqu.a quand .{0,40}(payer|verser)",
            250,
        ),
        "pension alimentaire enfant devenu majeur fin de l'obligation",
        ("F10435",),
        "F10435 « Doit-on encore verser une pension alimentaire à un enfant devenu majeur ? »",
        # a retirement pension; an adult child's support deducted from the parents' income tax (F3085, F1228)
        unless=r"pension (de retraite|d.invalidite|de reversion)|retraite|rattach\w*|dedui\w*|deduction|impots?",
    ),
    # Who decides for a child: both parents' signature, one parent alone, "je n'ai plus aucun droit de décider":
    # F3132 « Exercice de l'autorité parentale »; told after a separation, F3133 « Autorité parentale en cas de
    # séparation des parents ».
    Term(
        r"(un|le) seul parent|deux signatures|signature des deux parents|(les|des) deux parents"
        r" (doivent|doit) signer|signature (de mon (mari|epoux|conjoint|ex)|de ma (femme|epouse|conjointe)|du pere"
        r"|de la mere|de l.autre parent)|(droit|pouvoir) de decider pour (lui|elle|eux|mon fils|ma fille|mes enfants)",
        "exercice de l'autorité parentale accord des deux parents actes usuels",
        ("F3132",),
        "F3132 « Exercice de l'autorité parentale »",
    ),
    Term(
        _around(
            _SEPARATED,
            r"changer (\w+ )?d.ecole|changer de ville|demenag\w*( \w+){0,3} avec (mon|ma|mes|notre|nos|le|la|les) "
            + _CHILD
            + r"|(droit|droits) (de )?decider|decider pour",
            300,
        ),
        "autorité parentale en cas de séparation des parents déménagement changement d'école",
        ("F3133",),
        "F3133 « Autorité parentale en cas de séparation des parents »",
    ),
    # A relative who raises the child in the parents' absence and cannot sign for it: F3134 « Délégation de
    # l'autorité parentale ».
    Term(
        _around(
            r"(m.|nous )a confie\w* (son|sa|ses|leur) \w+|delegation"
            r"|(ne suis|suis) (que |juste )?(la |le )?(grand.mere|grand.pere|tante|oncle|mamie|papi)",
            r"signer|decisions?|officiellement|autorite",
            300,
        ),
        "délégation de l'autorité parentale à un proche tiers digne de confiance",
        ("F3134",),
        "F3134 « Délégation de l'autorité parentale »",
    ),
    # The livret de famille lost, stolen or burnt, named or described: F11994 « Nouveau livret de famille (en cas
    # de perte, vol ou destruction) ».
    Term(
        _around(
            r"(livret|carnet|livre|document|papier)( \w+){0,2} de (la )?famille",
            r"perdu\w*|perte|vole\w*|brule\w*|detruit\w*|incendie|feu|inondation|refaire|nouveau|duplicata"
            r"|(ne l.ai|je n.ai) plus|plus rien",
            200,
        ),
        "nouveau livret de famille en cas de perte vol ou destruction",
        ("F11994",),
        "F11994 « Nouveau livret de famille (en cas de perte, vol ou destruction) »",
        # thirty-seventh pass (r56): a livret to update after a birth, or kept by the other parent, is not lost
        # ("je vous l'ai laissé… depuis plus rien", "il garde le livret… pour refaire la carte d'identité")
        unless=r"mise? a jour|mettre a jour|(pas (encore )?ete |ete )complete|(garde|conserve|retient)\w* (le|notre)"
        r" livret|refuse de (me )?(le )?(rendre|donner)",
    ),
    # The CAF file in the other parent's name: F14722 « Qui perçoit les prestations et allocations familiales dans un
    # couple ? » (the allocataire, "titulaire du dossier").
    Term(
        r"(titulaire|au nom) du dossier( caf| chez vous)?|(changer|changement) (de|du) titulaire",
        "qui perçoit les prestations allocataire couple changer d'allocataire",
        ("F14722",),
        "F14722 « Qui perçoit les prestations et allocations familiales dans un couple ? »",
        unless=r"bail|logement social|carte grise|banque|compte",
    ),
    # Ending the childminder's contract (notice, indemnity, end-of-contract papers): F16842 « Mettre fin au contrat
    # d'une assistante maternelle ».
    Term(
        _around(
            r"nounou|assistante? maternelle|ass.?mat",
            r"retire\w*|(arreter|arrete|fin|rompre|mettre fin|terminer)( \w+){0,2} (le |son |au |du )?contrat"
            r"|preavis|indemnite de rupture|licenci\w*|fin de contrat",
            200,
        ),
        "mettre fin au contrat d'une assistante maternelle préavis indemnité de rupture",
        ("F16842",),
        "F16842 « Mettre fin au contrat d'une assistante maternelle »",
        # the childminder's own side: her resignation (F33164)
        unless=r"je suis (une |moi.meme )?(assistante? maternelle|nounou|ass.?mat)",
    ),
    # Recognising a child one did not father: F10428 « Peut-on reconnaître un enfant dont on n'est pas le père ? ».
    Term(
        _around(
            r"(veux|viens|voudrais|souhaite\w*|peux|pourrais|vais|aller) (le |la |l.)?reconnaitre",
            r"(n.est|est) pas de moi|(ne suis|je suis) pas (son|le) (vrai )?(pere|geniteur)",
            200,
        ),
        "reconnaître un enfant dont on n'est pas le père reconnaissance contestation",
        ("F10428",),
        "F10428 « Peut-on reconnaître un enfant dont on n'est pas le père ? »",
    ),
    # Stopping work or working less to keep the child: F32485 « Prestation partagée d'éducation de l'enfant
    # (PreParE) » (the CAF's part of the congé parental).
    Term(
        r"(arret\w*|cesse\w*|stopp\w*|quitt\w*|reduire|reduis|passer a temps partiel)( de)? (travailler|mon travail"
        r"|mon emploi|mon activite)( \w+){0,2} pour ((le|la|les) (garder|elever)|(garder|elever) (mon|ma|mes|notre"
        r"|nos|le|la|les) (bebe|enfants?|fils|fille|petite?)|m.occuper (de|du) (mon|ma|mes|notre|nos) (bebe"
        r"|bebes|enfants?|fils|fille|petite?))",
        "prestation partagée d'éducation de l'enfant PreParE congé parental cesser de travailler",
        ("F32485",),
        "F32485 « Prestation partagée d'éducation de l'enfant (PreParE) »",
        told=True,
        # a parent stopping work for an ill, disabled or dying relative: AJPP, congé de proche aidant (F15132, F16920)
        # and a civil servant's congé parental, disponibilité or part time (F517, F31603, F18029)
        unless=r"malad\w*|handicap\w*|hospitalis\w*|cancer|leucemie|soins|aidant|fin de vie|accident"
        r"|fonctionnaire|fonction publique|agent (contractuel|titulaire|public)|disponibilite",
    ),
)
