"""Thirty-first pass (engineer-r40): old age and dependency told as a family lives it (`OLD_AGE_TERMS`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

# Thirty-first pass (engineer-r40): old age and dependency told as a family lives it. The writers of v52 and r40 name
# the care home where the story happens ("l'Ehpad de maman") and ask what the home's general fiche does not answer:
# who pays when the pension falls short, whether the children must, a housing aid, a short stay, the tax side, a
# guardianship asked for or urgent. Each entry is that situation with its fiche's title as source, never one
# message's words; the home's own name gives way to them (`Term.setting`, `rerank._setting_gives_way`).
_CARE_HOME = r"ehpad|maisons? de retraite|etablissements? (d.hebergement )?pour personnes agees(?: dependantes)?"
_TAX_SIDE = (
    r"dedui\w*|deduction|deductible|impots?|imposable|declaration (de revenus|d.impots?|fiscale)|fiscal\w*"
    r"|reduction d.impot|credit d.impot|avantage fiscal"
)
_PROTECTION = (
    r"tutelle|curatelle|sauvegarde de justice|mesure de protection|sous protection|le proteger|la proteger"
    r"|proteger (mon|ma|notre|son|sa) \w+"
)
# a child's protection is the juge des enfants' (F17777), not a protected adult's
_MINOR_PROTECTED = r"\b(petit.?fils|petite.?fille|mineure?s?|juge des enfants|aide sociale a l.enfance|bebe)\b"
OLD_AGE_TERMS: tuple[Term, ...] = (
    # F2444 « Aide sociale à l'hébergement (ASH) d'une personne âgée » (« prendre en charge tout ou partie des frais
    # liés à l'hébergement d'une personne âgée en établissement »): the home's bills the family no longer meets, in
    # other words than RELATION_TERMS' entry (unpaid bills, savings gone, the difference the département would pay).
    Term(
        _around(
            _CARE_HOME,
            r"n.arriv\w* plus a (la |le |les )?(payer|regler)|factures? (\S+ ){0,3}impayee?s?|impayes?"
            r"|(ne|n.) (couvre|suffit|paie) (pas|plus) (tout|la facture|les frais)|payer la difference"
            r"|(il|ne) (\S+ ){0,2}reste plus rien|n.(a|avons|ont) plus (rien|un sou|un centime)"
            r"|(vide|epuise)\w* (son|ses|sa|leurs?|le|les) (livret|economies|epargne)"
            r"|le departement (\S+ ){0,2}(payer|paie|prend\w* en charge|aide\w*)|aide sociale",
            250,
        ),
        "aide sociale à l'hébergement personne âgée frais d'hébergement département",
        ("F2444",),
        "F2444 « Aide sociale à l'hébergement (ASH) d'une personne âgée » : frais d'hébergement en établissement",
    ),
    # ... and what the département recovers after the death (F2444: « Les sommes versées par le département sont
    # récupérables du vivant et au décès de la personne âgée… sur la succession »).
    Term(
        _around(
            _CARE_HOME + r"|aide sociale",
            r"(departement|conseil departemental|ils|vous) (\S+ ){0,3}(recuper\w*|reclam\w*|reprend\w*"
            r"|se rembours\w*) (\S+ ){0,8}(l.|d.)?(succession|heritage|heritiers)"
            r"|rembourser (\S+ ){0,2}apres (son|sa|leur) (deces|mort)",
            300,
        ),
        "aide sociale à l'hébergement récupération des sommes versées sur la succession",
        ("F2444",),
        "F2444 « Aide sociale à l'hébergement (ASH) d'une personne âgée » : récupération sur la succession",
    ),
    # F2009 « Est-on obligé d'aider ses parents ou beaux-parents dans le besoin ? » (« Cette obligation, dite
    # obligation alimentaire »): its name, and children or grandchildren asked to pay for a parent's care home.
    Term(
        r"obligations? alimentaires?|obliges? alimentaires?",
        "obligation alimentaire aider ses parents dans le besoin",
        ("F2009",),
        "F2009 « Est-on obligé d'aider ses parents ou beaux-parents dans le besoin ? » (obligation alimentaire)",
    ),
    Term(
        _around(
            _CARE_HOME + r"|aide sociale",
            r"(suis.je|sommes.nous|on est|je suis|nous sommes|serons.nous|sont.ils|est.il|est.elle) "
            r"(vraiment |encore |donc )?(oblige|tenu|contraint)e?s? (de |d.)(payer|participer|contribuer|l.aider"
            r"|les aider|aider|verser)"
            r"|(je|nous|on|ils|mes enfants|les petits.enfants|mon conjoint|mon mari|ma femme) "
            r"(\S+ ){0,2}(vais|va|vont|allons|devr\w+|doi\w+) (\S+ ){0,2}(payer|participer|contribuer)"
            r"|(dois.je|doit.on|devons.nous|doivent.ils) (\S+ ){0,2}(payer|participer|contribuer)"
            r"|(participer|contribuer) (a|aux) (ses|les|sa|leurs?) (frais|factures?)"
            r"|(demande|demandent|reclame\w*) (\S+ ){0,4}"
            r"(avis d.imposition|nos ressources|mes ressources|mes revenus)",
            300,
        ),
        "obligation alimentaire enfants petits-enfants obligés alimentaires aide sociale à l'hébergement",
        ("F2009",),
        "F2009 « Est-on obligé d'aider ses parents ou beaux-parents dans le besoin ? » : enfants, petits-enfants",
    ),
    # F1280 « Allocation de logement sociale (ALS) », F12006 « Aide personnalisée au logement (APL) » (« si vous êtes
    # résident en foyer (Ehpad, résidence autonomie…) »): a housing aid asked for a room in a care home.
    Term(
        _around(
            _CARE_HOME + r"|residence autonomie|foyer.logement",
            r"apl|als|aides? (au|pour le) logement|allocations? (de )?logement|alloc logement|aides? de la caf",
            150,
        ),
        "allocation de logement sociale aide personnalisée au logement résident en Ehpad",
        ("F1280", "F12006"),
        "F1280 « Allocation de logement sociale (ALS) » ; F12006 « Aide personnalisée au logement (APL) » : résident "
        "en foyer (Ehpad)",
    ),
    # F33912 « Hébergement temporaire pour personne âgée (Ehpad, accueillant familial) » (« pour une courte durée…
    # permettre aux proches aidants de pouvoir s'absenter »): a home for a few weeks, a respite.
    Term(
        _around(
            _CARE_HOME + r"|accueillant\w* familia\w*",
            r"(prend\w*|accueill\w*|plac\w*|mettre|garder|recevoir) (\S+ ){0,3}(juste |seulement )?(pour|pendant) "
            r"(quelques|un|une|deux|trois|\d+) (semaines?|jours)|temporaire\w*|court sejour|de repit|souffler"
            r"|pendant (mon|ma|mes|l.|les|son|sa|notre) (operation|hospitalisation|vacances|absence|conge)",
            200,
        ),
        "hébergement temporaire personne âgée courte durée proches aidants",
        ("F33912",),
        "F33912 « Hébergement temporaire pour personne âgée (Ehpad, accueillant familial) »",
    ),
    # The tax side of a care home: what a child pays for a parent's (F444 « Impôt sur le revenu - Pension alimentaire
    # versée à un ascendant (déduction) » : « en payant à la place de votre parent… frais de maison de retraite »),
    # or what a resident pays (F17 « Impôt sur le revenu - Frais liés à la dépendance (réduction d'impôt) »).
    Term(
        _around(
            r"(je|nous|on) (\S+ ){0,3}(vers|pai|pay|regl|complet|donn)\w* (\S+ ){0,8}(l.|d.)?(" + _CARE_HOME + ")",
            _TAX_SIDE,
            300,
        ),
        "pension alimentaire versée à un ascendant déduction frais de maison de retraite",
        ("F444", "F17"),
        "F444 « Impôt sur le revenu - Pension alimentaire versée à un ascendant (déduction) » ; F17 (réduction)",
    ),
    Term(
        _around(_CARE_HOME, _TAX_SIDE, 150),
        "réduction d'impôt frais liés à la dépendance hébergement en Ehpad",
        ("F17",),
        "F17 « Impôt sur le revenu - Frais liés à la dépendance (réduction d'impôt) »",
        # the tax of a rented flat, the resident's or a child's (F34115 and its neighbours)
        unless=r"\b(mettre|mis|mise) en location|\blouer (son|sa|leur|mon|ma|notre) (appartement|maison|logement)",
    ),
    # F16871 « Allocation de solidarité aux personnes âgées (Aspa) » (« retraités… aux faibles ressources »): the
    # minimum or complement "for old people", as the writers call it.
    Term(
        r"(minimum|complements?|complement de (retraite|revenus?|ressources)) (pour|des|aux) (les )?(vieux|vieilles"
        r"|personnes agees|anciens|seniors|retraites)"
        r"|(aides?|allocations?) (\S+ ){0,2}(pour|des|aux) (les )?(vieux|vieilles|personnes agees|anciens|seniors"
        r"|retraites) (qui (n.)?ont (pas|plus) (assez|de quoi)|aux? (faibles|petites?|petits) (revenus|ressources"
        r"|retraites?)|sans (ressources|revenus))",
        "allocation de solidarité aux personnes âgées minimum vieillesse faibles ressources",
        ("F16871",),
        "F16871 « Allocation de solidarité aux personnes âgées (Aspa) » : pour les retraités aux faibles ressources",
    ),
    # F23595 « Qui peut demander la mise sous tutelle, curatelle ou sauvegarde de justice ? »: a relative who asks
    # whether they may ask for the protection themselves.
    Term(
        _around(
            _PROTECTION,
            r"qui (peut|doit|a le droit de|pourrait) (la |le |en )?(demander|faire (la|cette) demande|saisir)"
            r"|(ai|avons|a)(.je|.t.on| je| on| nous)? le droit de (la |le |en )?demander"
            r"|(je|nous|on) (peux|peut|pouvons|puis) (\S+ ){0,2}(demander|faire la demande|saisir)"
            r"|(puis.je|peut.on|pouvons.nous) (\S+ ){0,2}(demander|saisir|faire la demande)"
            r"|(demander|faire la demande) moi.meme",
            200,
        ),
        "qui peut demander la mise sous tutelle curatelle sauvegarde de justice",
        ("F23595",),
        "F23595 « Qui peut demander la mise sous tutelle, curatelle ou sauvegarde de justice ? »",
        # the habilitation familiale's own fiche says who may ask for it (F33367)
        unless=_MINOR_PROTECTED + r"|habilitation familiale",
    ),
    # F2075 « Sauvegarde de justice » (« une mesure de protection juridique de courte durée… En cas d'urgence »):
    # a protection asked for in a hurry.
    Term(
        _around(
            _PROTECTION + r"|juge des (tutelles|contentieux)", r"en urgence|urgente?s?|rapidement|au plus vite", 200
        ),
        "sauvegarde de justice mesure de protection de courte durée urgence",
        ("F2075",),
        "F2075 « Sauvegarde de justice » : mesure de protection juridique de courte durée",
        unless=_MINOR_PROTECTED,
    ),
    # F23603 « Qui peut être nommé curateur, tuteur ou mandataire spécial ? » (« le curateur est choisi en priorité
    # parmi les proches »): a relative passed over for a stranger.
    Term(
        _around(
            r"tuteur|curateur|tutrice|curatrice|tutelle|curatelle",
            r"(la famille|les enfants|le fils|la fille|les proches) (\S+ ){0,3}(prioritaire|en priorite)"
            r"|nomm\w* (un|une) (inconnu|etranger|mandataire|professionnel)\w*|(devenir|etre nommee?) (son|sa|le|la) "
            r"(tuteur|curateur|tutrice|curatrice)",
            200,
        ),
        "qui peut être nommé curateur tuteur choisi en priorité parmi les proches",
        ("F23603",),
        "F23603 « Qui peut être nommé curateur, tuteur ou mandataire spécial ? »",
    ),
    # F2094 « Curatelle » (« protéger un majeur qui, sans être hors d'état d'agir lui-même, a besoin d'être conseillé
    # ou contrôlé »), F10424 « Tutelle, curatelle, sauvegarde de justice : quelles différences ? »: a relative to be
    # assisted, not replaced.
    Term(
        _around(
            r"mesures?|protection|juges?|curatelle|tutelle",
            r"(assister|conseiller|controler|surveiller|accompagner) (\S+ ){0,4}sans (le |la |les )?(remplacer"
            r"|representer|priver)|(sans|pas) (lui |leur )?(retirer|enlever|supprimer) (tous )?(ses|leurs) droits",
            250,
        ),
        "curatelle besoin d'être conseillé ou contrôlé différences tutelle curatelle",
        ("F2094", "F10424"),
        "F2094 « Curatelle » ; F10424 « Tutelle, curatelle, sauvegarde de justice : quelles différences ? »",
    ),
    # F13104 « Pension de réversion - Défunt ayant travaillé dans le privé », F21819 (a civil servant's): both say
    # that a Pacs or a concubinage gives no réversion.
    Term(
        _around(r"pacse\w*|pacs|concubin\w*|union libre|pas maries|jamais maries", r"reversion", 250),
        "pension de réversion mariage Pacs concubinage",
        ("F13104", "F21819"),
        "F13104 « Pension de réversion - Défunt ayant travaillé dans le privé » ; F21819 (fonctionnaire)",
    ),
    # F1802 « Apa : quel est le montant de votre reste à charge ? » (« participation financière à la charge du
    # bénéficiaire »): what is left to pay on the APA's plan.
    Term(
        _around(
            r"apa|allocations? (personnalisee )?(d.)?autonomie|plan d.aide",
            r"participation|reste a (sa |ma |notre |leur )?charge|a (sa|ma|notre|leur) charge"
            r"|(ce qu.|combien )(elle|il|on|je) (doit|dois|paie|paye|payera|aura a) (payer|regler)?",
            200,
        ),
        "Apa montant du reste à charge participation financière du bénéficiaire",
        ("F1802",),
        "F1802 « Apa : quel est le montant de votre reste à charge ? »",
    ),
    # F31231 « Que devient le contrat du salarié au décès du particulier employeur ? »: an old person who employed
    # someone at home has died.
    Term(
        _around(
            r"(employ\w*|embauch\w*) (\S+ ){0,3}(une?|son|sa|notre|leur) (auxiliaire de vie|aide a domicile"
            r"|aide.menagere|femme de menage|dame de compagnie|salariee?|garde.malade)"
            r"|(son|sa|notre) (auxiliaire de vie|aide a domicile|aide.menagere|femme de menage|garde.malade)",
            r"decede\w*|deces|est morte?|est mort",
            300,
        ),
        "décès du particulier employeur contrat du salarié licenciement héritiers",
        ("F31231",),
        "F31231 « Que devient le contrat du salarié au décès du particulier employeur ? »",
    ),
    # F12384 « Emploi à domicile : peut-on être exonéré des cotisations sociales ? » (« Vous avez 70 ans ou plus »).
    Term(
        _around(
            r"\b[7-9]\d ans|plus de 70 ans|apres 70 ans|septuagenaire",
            r"(charges|cotisations) (patronales|sociales)|pas (les|de) (charges|cotisations)"
            r"|exonere\w* (de|des) (charges|cotisations)",
            200,
        ),
        "exonération des cotisations patronales emploi à domicile 70 ans",
        ("F12384",),
        "F12384 « Emploi à domicile : peut-on être exonéré des cotisations sociales ? » (70 ans ou plus)",
    ),
    # F15240 « Accueil familial d'une personne âgée et/ou handicapée (accueillant familial) »: an old person taken
    # in by a family (not a child's foster family: an old relative or a care home beside it).
    Term(
        _around(
            _CARE_HOME + r"|personnes? agees?|(ma|mon|sa|son) (mere|pere|maman|papa|grand.?mere|grand.?pere)",
            r"familles? d.accueil|familles? agreee?s?|accueillant\w* familia\w*|accueil familial"
            r"|particuliers? agree?s?",
            300,
        ),
        "accueil familial personne âgée accueillant familial",
        ("F15240",),
        "F15240 « Accueil familial d'une personne âgée et/ou handicapée (accueillant familial) »",
    ),
    # F255 « Quels établissements ou résidences hébergent des personnes âgées (Ehpad...) ? »: the kinds of home.
    Term(
        r"residences? (autonomie|seniors?|services seniors?)|foyers?.logements?"
        r"|(formules?|solutions?|types?|sortes?) (de |d.)(logements?|hebergements?|residences?|etablissements?) "
        r"(\S+ ){0,3}(personnes? agees?|seniors?|retraites?|vieux)",
        "établissements résidences hébergent des personnes âgées résidence autonomie",
        ("F255",),
        "F255 « Quels établissements ou résidences hébergent des personnes âgées (Ehpad...) ? »",
    ),
    # F1057 « Impôt sur le revenu : peut-on déduire les frais d'obsèques d'un parent ? »: a funeral's tax side.
    Term(
        _around(r"obseques|enterrement|funerailles|pompes funebres|inhumation|cremation", _TAX_SIDE, 200),
        "déduire les frais d'obsèques d'un parent impôt sur le revenu",
        ("F1057",),
        "F1057 « Impôt sur le revenu : peut-on déduire les frais d'obsèques d'un parent ? »",
    ),
    # F16920 « Congé de proche aidant »: the older entry reads "m'occuper de lui", not the elided "m'occuper d'elle".
    Term(
        r"(m|nous|s).occuper d.elle|prendre soin d.elle",
        "congé de proche aidant",
        ("F16920", "F35001"),
        "F16920 « Congé de proche aidant » ; F35001 « Congé de proche aidant dans la fonction publique »",
    ),
)
