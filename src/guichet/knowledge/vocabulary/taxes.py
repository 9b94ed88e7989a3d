"""Thirty-third pass (engineer-r45): taxes and the household budget in the writer's words (`TAX_TERMS`).

Switch: `vocabulary.READ_TAX_TERMS`.
"""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

# Thirty-third pass (engineer-r45): taxes and the household budget told in the writer's words (the outside batch v56
# and r45). People rarely write "impôt sur le revenu": they write "mes vrais frais au lieu des 10 %", "le pourcentage
# sur ma fiche de paie", "on s'est séparés … l'avis est à nos deux noms", "payer la taxe foncière en 3 fois", "annuler
# cette dette". Each entry is a situation or a way of saying a tax procedure, pointing to the fiche whose title names
# it; the source is that title (and the words of the fiche that say it).
_LOCAL_TAX = r"taxes? foncieres?|taxes? d.habitation|impots? locaux|taxes? (des |d.)?ordures|taxe poubelles?"
_A_TAX = _LOCAL_TAX + r"|impots?|(avis|solde|reste) d.(impots?|imposition)|tresor public|finances publiques|dgfip"
_TAX_RETURN = (
    r"declarations? (de revenus|d.impots?|fiscales?|commune|separee?s?|des revenus)|(ma|la|notre|sa|leur|une|deux"
    r"|chacun sa|chacun (une|la sienne)) declarations?|avis d.(impots?|imposition)|foyer fiscal|(aux|les|des) impots"
    r"|prevenir les impots|parts? fiscales?|demi.parts?|nombre de parts|combien de parts|quotient familial"
)
# the household's shares ("combien de parts", "la demi-part"; not "nulle part")
_SHARES = (
    r"(demi.)?parts? (fiscales?|d.impots?|en plus|supplementaires?)|demi.parts?|combien de parts|nombre de parts"
    r"|(\d|une|deux|trois) parts|quotient"
)
# "unless the message names no tax": an entry whose words are any office's (a delay to contest, a rate) reads them only
# beside a tax
_NO_TAX = (
    r"^(?![\s\S]*\b(impots?|impos\w*|fisc\w*|declarations? (de revenus|d.impots?)|avis d.(impots?|imposition)"
    r"|taxes? (fonciere|d.habitation|des ordures)|tresor public|finances publiques|dgfip)\b)"
)
# the return itself (one or two, to whom, told to the office), not the shares it counts
_RETURN_ITSELF = (
    r"declarations? (de revenus|d.impots?|fiscales?|commune|separee?s?|des revenus)|(ma|la|notre|sa|leur|une|deux"
    r"|chacun sa|chacun (une|la sienne)) declarations?|avis d.(impots?|imposition)|foyer fiscal|prevenir les impots"
)
_RELIEF_ASKED = (
    r"dedui\w*|deduction|deductible|enlever|retirer|defalquer|reduction|reduire|baisser|diminuer|economis\w*"
    r"|rembours\w*|rapporte\w*|recuperer|credit d.impots?|avantage fiscal|(sur|dans) (ma|la|notre) declaration"
)
_OWN_PARENT = (
    r"(ma|mon|mes|nos|notre) (vieille |vieux )?(mere|pere|maman|papa|parents|belle.mere|beau.pere|beaux.parents)"
)
_DEAD_SPOUSE = (
    r"\bveu(f|ve)s?\b|\bveuvage\b|(mon|ma) (mari|epoux|femme|epouse|conjointe?|compagnon|compagne) (est )?"
    r"(decede\w*|mort\w*|parti\w*( \w+){0,3} (d.une?|du|des suites d.une?) (crise|cancer|accident|maladie|avc"
    r"|infarctus))"
)
TAX_TERMS: tuple[Term, ...] = (
    # The real costs of getting to work deducted instead of the flat 10 %: F1989 « Frais professionnels : forfait ou
    # frais réels (déduction) » (« déduction forfaitaire de 10 % … ou frais réels »). Not a business's costs.
    Term(
        r"frais reels|vrais frais|(mes|les|nos) frais (de (route|transport|trajet|deplacement|voiture|essence)|"
        r"kilometriques)( \w+){0,4} (dedui\w*|declar\w*)|(dedui\w*|declar\w*)( \w+){0,3} (mes |les )?(kilometres"
        r"|frais kilometriques|frais (de (route|transport|trajet|deplacement|voiture|essence)))"
        r"|(au lieu|a la place) (des|du forfait de|de l.abattement de) 10 ?%|(abattement|deduction) (forfaitaire )?"
        r"(de|des) 10 ?%",
        "frais professionnels forfait ou frais réels déduction forfaitaire de 10 % frais de transport domicile "
        "travail",
        ("F1989",),
        "F1989 « Impôt sur le revenu - Frais professionnels : forfait ou frais réels (déduction) »",
        unless=r"micro.entrepr\w*|auto.entrepr\w*|\bbnc\b|\bbic\b|resultat fiscal|mon entreprise|ma societe",
    ),
    # A gift to a charity and what it gives back ("ça me fait économiser combien ?", "j'ai reçu le reçu fiscal"):
    # F426 « Dons aux associations et organismes d'intérêt général » (« reçu fiscal », réduction d'impôt).
    Term(
        r"(?s:\b(dons?|donne\w*|verse\w*)\b.{0,80}?\b(restos? du c\w+|croix.rouge|secours (populaire|catholique)"
        r"|emmaus|unicef|telethon|fondations?|associations? (caritatives?|humanitaires?)|a une association"
        r"|aux? associations?)\b.{0,250}?\b(recus?|economis\w*|reduction|dedui\w*|rapporte\w*|impots?|declar\w*)\b"
        r"|\brecus? fiscal\w*\b)",
        "réduction d'impôt dons aux associations reçu fiscal organismes d'intérêt général",
        ("F426",),
        "F426 « Impôt sur le revenu - Dons aux associations et organismes d'intérêt général »",
        # an association's own tax receipts, a donation within the family
        unless=r"notre association|(ma|mon|mes|nos) (fils|fille|enfants?|petits?.enfants?|neveu|niece)\b.{0,40}don",
    ),
    # A child who lives with each parent in turn, and the tax return: F2633 « Impôt sur le revenu - Enfant mineur à
    # charge » (« résidence alternée » : the child's share split between the parents).
    Term(
        _around(r"(garde|residence) (alternee|partagee)|une semaine (chez|sur) (deux|moi|lui|elle)", _TAX_RETURN, 200),
        "impôt sur le revenu enfant mineur à charge résidence alternée quotient familial partagé",
        ("F2633", "F476"),
        "F2633 « Impôt sur le revenu - Enfant mineur à charge » (résidence alternée)",
        told=True,
    ),
    # The withholding rate said by its place ("le pourcentage sur ma fiche de paie", "mon employeur voit mon taux")
    # or asked to follow a change of income ("faire baisser ce taux"): F34009 « Prélèvement à la source (PAS) »
    # (« taux non personnalisé », « modulation du taux »).
    Term(
        _around(
            r"taux|pourcentage",
            r"fiche de paie|bulletin de (paie|salaire)|(mon|ma|le|la|sur mon|sur ma|sur le|sur la) (salaire|paie"
            r"|paye|chomage|retraite|pension)|(mon|le|a mon|au) (patron|employeur)|prelev\w*|retenu\w*|retient"
            r"|retire\w*|a la source|neutre|personnalise|individualise",
            60,
        ),
        "prélèvement à la source taux de prélèvement taux non personnalisé modulation du taux",
        ("F34009",),
        "F34009 « Impôt sur le revenu - Prélèvement à la source (PAS) » (taux non personnalisé, modulation)",
        unless=r"taux horaire|taux d.(interet|usure|invalidite|incapacite|endettement|activite|emploi|effort)"
        r"|taux de (cotisation|change|tva|remplacement|chomage|participation|prise en charge|remboursement)"
        r"|taux plein|\bsmic\b|heures? sup\w*|cotisations? (sociales|salariales|retraite)|\bcsg\b|mutuelle",
    ),
    # A return filed late or not at all (a hospital stay, a death, a formal notice): F34175 « quelles sanctions si
    # vous déclarez vos revenus en retard ? » (« mise en demeure », majoration de 10 %).
    Term(
        r"(?s:\b(pas pu|oublie de|n.ai pas( pu)?|jamais) (faire|remplir|envoyer|deposer|rendre|signer|valider) (ma|la"
        r"|sa|notre|leur|sa derniere|leur derniere) (derniere )?declaration\b"
        r"|\bdeclar\w*( \w+){0,6} (en|avec (\w+ ){1,2}(jours?|semaines?|mois) de) retard\b"
        r"|\bretard\w*( \w+){0,3} (de|pour|dans) (ma|la|sa|notre|leur) declaration\b"
        r"|\bmise en demeure\b.{0,150}?\b(declar\w*|impots?)\b|\b(declar\w*|impots?)\b.{0,150}?\bmise en demeure\b)",
        "sanctions déclaration de revenus en retard majoration mise en demeure",
        ("F34175",),
        "F34175 « Impôt sur le revenu : quelles sanctions si vous déclarez vos revenus en retard ? »",
        unless=r"\btva\b|chiffre d.affaires|urssaf|micro.entrepr\w*|declaration (de|d.) (naissance|deces|sinistre"
        r"|perte|vol|travaux|grossesse|accident|main courante)|trimestrielle",
        told=True,
    ),
    # Income left off the return, declared of one's own accord ("je n'ai pas mis ces 1 300 € sur ma déclaration, je
    # veux régulariser"): F33885 « comment corriger ma déclaration ? », and with the fear of a fine, F34176 « Quelles
    # sanctions en cas d'inexactitude dans sa déclaration de revenus ? ».
    Term(
        r"(?s:\b(pas|jamais) (mis|indique|declare|reporte|inscrit|note)e?s?\b( \S+){0,6} (sur|dans) (ma|la|notre"
        r"|mes|nos) declarations?\b|\brevenus? (oublies?|non declares?)\b|\b(oublie|omis) de (les |la |le )?declarer\b"
        r"|\bregularis\w*( [\w'-]+){0,3} (de moi.meme|spontanement|ma situation fiscale|aupres des impots)\b)",
        "corriger sa déclaration de revenus oubli revenus non déclarés régulariser",
        ("F33885",),
        "F33885 « Impôt sur le revenu : comment corriger ma déclaration ? » (en cas d'erreur ou d'oubli)",
        unless=r"a la caf|declarations? trimestrielles?|pole emploi|france travail|actualisation|\btva\b|urssaf",
    ),
    Term(
        _around(
            r"(pas|jamais) (mis|indique|declare|reporte)e?s?|revenus? (oublies?|non declares?)"
            r"|oublie de (les |la |le )?declarer|regularis\w*",
            r"amendes?|sanctions?|penalites?|majorations?|redressement|risque\w*",
            300,
        ),
        "sanctions inexactitude omission déclaration de revenus majoration bonne foi",
        ("F34176",),
        "F34176 « Quelles sanctions en cas d'inexactitude dans sa déclaration de revenus ? »",
        unless=r"a la caf|declarations? trimestrielles?|pole emploi|france travail|\btva\b|urssaf|\bpv\b|radar",
        told=True,
    ),
    # A local tax paid a little every month: F34711 « Impôts locaux : comment payer par mensualisation ? ».
    Term(
        _around(_LOCAL_TAX, r"chaque mois|tous les mois|mensuel\w*|mensualis\w*|un peu (chaque|tous les) mois", 200),
        "impôts locaux paiement par mensualisation prélèvement mensuel taxe foncière",
        ("F34711",),
        "F34711 « Impôts locaux : comment payer par mensualisation ? »",
        told=True,
    ),
    # How a local tax bill is paid (a cheque, cash, at the bank or the tobacconist's, without internet): F31686
    # « Comment payer ses impôts locaux ? », and F34712 « … par prélèvement automatique ».
    Term(
        _around(
            _LOCAL_TAX,
            r"(par|en|avec un|avec) (cheque|especes|liquide|carte bancaire|virement|prelevement automatique)"
            r"|(a|dans) (la|ma) banque|bureau de (poste|tabac)|buraliste|(pas|sans) (d.)?internet"
            r"|comment (je )?(la |le )?(paye|paie|payer|regler)",
            200,
        ),
        "comment payer ses impôts locaux moyens de paiement chèque espèces buraliste prélèvement automatique",
        ("F31686", "F34712"),
        "F31686 « Comment payer ses impôts locaux ? » ; F34712 « Impôts locaux : comment payer par prélèvement "
        "automatique ? »",
        told=True,
    ),
    # A tax bill paid in several goes: F3124 « Demander un délai de paiement pour payer ses impôts » (the earlier
    # entry reads the words within 40 to 60 characters of each other; this one reads them across the message).
    Term(
        _around(
            _A_TAX,
            r"(payer|regler|paye\w*|regle\w*) en (\d+|deux|trois|quatre|cinq|six|dix|plusieurs) (ou (\d+|\w+) )?fois"
            r"|etal\w*|echelonn\w*|delai (de paiement|pour (la |le |les )?payer)",
            250,
        ),
        "délai de paiement impôts payer en plusieurs fois étalement",
        ("F3124",),
        "F3124 « Demander un délai de paiement pour payer ses impôts »",
        told=True,
    ),
    # A tax debt the writer asks to wipe out, or says they will never pay: F34392 « Impossibilité de payer son
    # impôt : demande de remise gracieuse » (« réduction totale ou partielle de l'impôt »).
    Term(
        _around(
            _A_TAX,
            # the debt itself, not a penalty the writer asks cancelled and can pay (F34200's, the recourse's)
            r"annuler (cette|la|ma|cet|ce|mon|les|mes) (dette|somme|impots?|taxe|montant)s?"
            r"|effacer (cette|la|ma|mes) dettes?|(ne|n.)( \w+){0,2} (pourrai|peux|pourrais|pourrons|pourra) jamais"
            r"( \w+){0,2} (payer|regler)|(remise|annulation|effacement) (de )?(ma |la |cette |mes )?(dette|impots?"
            r"|taxe)s?",
            250,
        ),
        "impossibilité de payer son impôt demande de remise gracieuse",
        ("F34392",),
        "F34392 « Impossibilité de payer son impôt : demande de remise gracieuse »",
        told=True,
    ),
    # A couple who live together unmarried, and the return: F362 « comment un couple en concubinage doit-il
    # déclarer ? », F34088 « Quotient familial d'une personne en concubinage ».
    Term(
        _around(
            r"(ni|pas|sans etre|non) (maries?|pacses?)( ni| et pas| ou| mais pas)?( (pacses?|maries?))?|concubin\w*"
            r"|union libre",
            _TAX_RETURN + r"|declar\w*|impots?",
            250,
        ),
        "impôt sur le revenu couple en concubinage union libre déclaration séparée quotient familial",
        ("F362", "F34088"),
        "F362 « Impôt sur le revenu : comment un couple en concubinage doit-il déclarer ? » ; F34088 « … Quotient "
        "familial d'une personne en concubinage »",
        unless=r"reversion|succession|heritage|heriter|testament",
        told=True,
    ),
    # A widow or a widower and the household's shares: F35127 « Quotient familial d'une personne veuve ».
    Term(
        _around(_DEAD_SPOUSE, _SHARES + "|" + _RETURN_ITSELF + r"|declarer (nos|mes|les|ses) revenus", 300),
        "impôt sur le revenu quotient familial d'une personne veuve parts décès du conjoint déclaration",
        ("F35127", "F388"),
        "F35127 « Impôt sur le revenu - Quotient familial d'une personne veuve »",
        unless=r"reversion|capital deces|succession (de|du)|notaire",
        told=True,
    ),
    # A marriage, a Pacs, a separation or a death told beside the return or the rate: F388 « Déclarer un changement
    # de situation familiale » (mariage, Pacs, divorce, rupture, décès).
    Term(
        _around(
            r"(nous|on|je|il|elle) (nous |me |s.)?(sommes|suis|est|s.est|se sont|me suis) separee?s?"
            r"|(notre|ma|la) separation"
            r"|(nous avons|on a|j.ai) divorce|divorce (prononce|en cours|cette annee|l.an dernier)"
            r"|(rupture|dissou\w*|dissolution|fin|casse|rompu) (de |du |d.|notre |mon )*pacs"
            r"|pacse\w*|\bpacs\b|(nous|on) (nous )?(sommes|est|s.est) maries|(notre|mon) mariage"
            r"|(parti|quitte\w*) (de )?(la maison|le domicile)",
            _RETURN_ITSELF + r"|taux (de prelevement|commun|individualise|personnalise)|prelevement a la source",
            250,
        ),
        "impôt sur le revenu déclarer un changement de situation familiale mariage Pacs séparation divorce",
        ("F388",),
        "F388 « Impôt sur le revenu - Déclarer un changement de situation familiale »",
        # the shares after a separation (F476's entry), a child in alternating residence (F2633's)
        unless=r"reversion|succession|prestations familiales|\bcaf\b|(garde|residence) (alternee|partagee)",
        told=True,
    ),
    # Money an ex-partner pays the writer for the children or themself, asked about the return: F3170 « Pensions
    # alimentaires reçues » (the earlier entry needs the words « pension alimentaire »).
    Term(
        _around(
            r"(mon|son|l.) ?ex|ex.(mari|femme|epoux|epouse|conjointe?|compagnon|compagne)|le pere|la mere|leur pere"
            r"|leur mere",
            r"(me|nous) (verse|donne|paie|paye|vire)\w*( \S+){0,6} (pour (moi|les|nos|mes)|chaque mois|par mois)"
            r"|(que|qu.il|qu.elle) (me|nous) (verse|donne|paie|paye)",
            150,
        ),
        "impôt sur le revenu pensions alimentaires reçues déclarer",
        ("F3170",),
        "F3170 « Impôt sur le revenu - Pensions alimentaires reçues »",
        unless=r"ne (me |nous )?(verse|donne|paie|paye)( plus| rien| pas| jamais)|impaye\w*|\bcaf\b|\baripa\b|\basf\b",
        told=True,
    ),
    # What the writer pays for their children who live with the other parent, asked as a deduction: F2 « Pensions
    # alimentaires versées aux enfants (déduction) ».
    Term(
        r"(?s:\bje (lui |leur )?(verse|paie|paye|donne|vire)\w*\b.{0,80}?\bpour (ma|mon|mes|nos|notre|chacun de mes"
        r"|chacun de nos) (\w+ )?(fille|fils|enfants?|petits?|gamins?)\b.{0,250}?\b(" + _RELIEF_ASKED + r")\b)",
        "pensions alimentaires versées aux enfants déduction impôt sur le revenu",
        ("F2",),
        "F2 « Impôt sur le revenu - Pensions alimentaires versées aux enfants (déduction) »",
        told=True,
    ),
    # Money sent to a parent in need (at home or abroad), asked as a deduction: F444 « Pension alimentaire versée à
    # un ascendant (déduction) » (the earlier entry reads "aide … ma mère … déduire").
    Term(
        _around(
            r"(j.envoie|j.envoi|envoye\w*|je (lui |leur )?(verse|donne|paie|paye|vire)|on (lui |leur )?(verse|donne"
            r"|complete|paie|paye)|(nous|on) completons|je complete|on complete)( \w+){0,6} (a |pour )?" + _OWN_PARENT,
            _RELIEF_ASKED + r"|impots?",
            300,
        ),
        "pension alimentaire versée à un ascendant déduction impôt sur le revenu",
        ("F444",),
        "F444 « Impôt sur le revenu - Pension alimentaire versée à un ascendant (déduction) »",
        told=True,
    ),
    # An old parent who lives in the writer's home, asked as a deduction: F5 « Frais d'accueil d'une personne âgée
    # (déduction) » (« sans justificatif », an amount per year).
    Term(
        _around(
            _OWN_PARENT
            + r"( \w+){0,8} (vit|vivent|habite\w*|loge\w*|heberge\w*|est installee?) (chez|avec) (nous|moi)"
            r"|(accueilli\w*|heberge\w*|loge\w*|pris\w*) (chez )?(nous|moi) (ma|mon|notre) (mere|pere|belle.mere"
            r"|beau.pere)",
            _RELIEF_ASKED + r"|impots?",
            400,
        ),
        "frais d'accueil d'une personne âgée déduction impôt sur le revenu hébergement sous son toit",
        ("F5",),
        "F5 « Impôt sur le revenu - Frais d'accueil d'une personne âgée (déduction) »",
        unless=r"accueillante? familiale?|famille d.accueil|agree\w*|travaux|monte.escalier|amenag\w*|equipement"
        r"|ehpad|maison de retraite",
        told=True,
    ),
    # Income of several years paid at once (arrears of a wage or a pension after a court ruling): F34064 « Comment
    # sont imposés les revenus différés ? », F3178 « Impôt sur les revenus exceptionnels ».
    Term(
        _around(
            r"rappels? (de |d.)?(salaire|pension|retraite|primes?)|arrier\w* (de |d.)?(salaire|pension|retraite"
            r"|allocations?)|revenus? (differes?|exceptionnels?)"
            r"|(plusieurs|trois|deux|\d) ans (de salaires?|d.arrieres?)",
            _A_TAX + r"|impos\w*|etaler|quotient",
            300,
        ),
        "revenus différés revenus exceptionnels système du quotient rappels de salaire impôt sur le revenu",
        ("F34064", "F3178"),
        "F34064 « Impôt sur le revenu - Comment sont imposés les revenus différés ? » ; F3178 « Impôt sur les "
        "revenus exceptionnels : quelles sont les règles ? »",
        told=True,
    ),
    # The first return, or no tax number yet: F369 « Impôt sur le revenu - Première déclaration de revenus ».
    Term(
        r"premieres? (fois|declarations?)( \w+){0,3} (declar\w*|impots?|de revenus|aux impots)|(pas|jamais|ni|aucun)"
        r" (de )?numero fiscal|(number|numero) fiscal|fiscal number|jamais (fait|rempli|faite|remplie) (de |une |la "
        r"|ma )?declaration|first (tax )?declaration",
        "première déclaration de revenus numéro fiscal impôt sur le revenu",
        ("F369",),
        "F369 « Impôt sur le revenu - Première déclaration de revenus »",
        unless=r"premiere declaration (de |d.)?(naissance|grossesse|sinistre|tva|chiffre)|micro.entrepr\w*|urssaf",
    ),
    # Instalments the tax office takes from a self-employed person's account on the 15th ("la banque prend de
    # l'argent avec écrit DGFIP"): F3120 « Impôt sur le revenu : peut-on payer par acomptes ? », F34009.
    Term(
        r"(?s:\bdgfip\b.{0,100}?\b(preleve\w*|prelevement\w*|prend\w*|debit\w*|retire\w*)\b|\b(preleve\w*"
        r"|prelevement\w*|prend\w*|debit\w*)\b.{0,100}?\bdgfip\b|\bacomptes? (mensuels?|trimestriels?|contemporains?"
        r"|de prelevement a la source|d.impots?)\b|\b(chaque|le) 15 (du|de chaque) mois\b)",
        "acomptes prélèvement à la source travailleurs indépendants revenus fonciers prélevés le 15 du mois",
        ("F3120", "F34009"),
        "F3120 « Impôt sur le revenu : peut-on payer par acomptes ? » ; F34009 (acompte des indépendants)",
        unless=r"\btva\b|\bcfe\b|taxe fonciere|taxe d.habitation",
    ),
    # Childcare costs left off or asked about on the return: F8 « Frais de garde d'enfant hors du domicile (crédit
    # d'impôt) ». Not a childminder's own return.
    Term(
        _around(
            r"creche|garderie|halte.garderie|micro.creche|frais de garde",
            r"credit d.impots?|declarations? (de revenus|d.impots?)|(sur|dans) (ma|la|notre) declaration"
            r"|(aux|les|des|mes) impots|oublie\w* (d.indiquer|de declarer|de mettre)",
            250,
        ),
        "frais de garde d'enfant hors du domicile crédit d'impôt crèche",
        ("F8",),
        "F8 « Impôt sur le revenu - Frais de garde d'enfant hors du domicile (crédit d'impôt) »",
        unless=r"je suis (assistante? maternelle|nounou)|pajemploi|\bcmg\b|complement de libre choix",
    ),
    # Whether a past year's return can still be contested or corrected: F1064 « Quel est le délai de réclamation en
    # matière d'impôts ? » and F110 « Réclamations en matière d'impôt ».
    Term(
        _around(
            r"(encore temps|trop tard|jusqu.a quand|encore possible|toujours possible|combien de temps|quel delai)",
            r"contest\w*|reclam\w*|corrig\w*|rectifi\w*|recuperer (la difference|le trop|mon|l.argent|ce)|"
            r"rattrap\w*",
            120,
        ),
        "délai de réclamation en matière d'impôts réclamation",
        ("F1064",),
        "F1064 « Quel est le délai de réclamation en matière d'impôts ? » ; F110 « Réclamations en matière d'impôt »",
        unless=_NO_TAX
        + r"|\bcaf\b|pole emploi|france travail|\bpv\b|amende|radar|contravention|licenci\w*|prud.?hom\w*"
        r"|loyer|bailleur|proprietaire|assurance|banque|\bsecu\b|\bcpam\b|retraite"
        # thirty-sixth pass (r52, v61-032): a plan of the over-indebtedness commission contested
        r"|surendett\w*|mesures? imposees?|plan de (surendettement|remboursement)"
        # thirty-ninth pass (r62): the commission "va imposer des mesures" (the verb, which `_NO_TAX`'s "impos…"
        # reads as a tax) to creditors
        r"|\bimpos\w* (des |les |de nouvelles )?mesures|\bcreanciers?\b",
        told=True,
    ),
    # The tax office's seizure of a bank account for a tax debt: F31716 « Saisie administrative à tiers détenteur
    # (SATD) ».
    Term(
        _around(
            r"impots?|tresor public|finances publiques|dgfip|\bsip\b|taxes? (fonciere|d.habitation)",
            r"saisi\w*( [\w']+){0,6} (sur )?(mon|le|notre|ma) compte"
            r"|(bloque|vide|preleve)\w* (tout )?(mon|le|notre) compte",
            200,
        ),
        "saisie administrative à tiers détenteur SATD compte bancaire dette fiscale",
        ("F31716",),
        "F31716 « Saisie administrative à tiers détenteur (SATD) »",
        told=True,
    ),
    Term(
        r"saisies? administratives?( a tiers detenteur)?|\bsatd\b|avis a tiers detenteur",
        "saisie administrative à tiers détenteur SATD",
        ("F31716",),
        "F31716 « Saisie administrative à tiers détenteur (SATD) »",
    ),
    # The household waste charge on the property tax bill: F22730 « Taxe ou redevance d'enlèvement des ordures
    # ménagères (TEOM ou REOM) ».
    Term(
        r"taxes? (des |d.)?(ordures|poubelles?)|ordures menageres|\bteom\b|\breom\b|redevance (des |d.)?(ordures"
        r"|poubelles?)|(camion|ramassage|collecte) (des |de )?(poubelles?|ordures|dechets)",
        "taxe ou redevance d'enlèvement des ordures ménagères TEOM REOM",
        ("F22730",),
        "F22730 « Taxe ou redevance d'enlèvement des ordures ménagères (TEOM ou REOM) »",
    ),
)
