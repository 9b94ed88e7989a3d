"""The first names of the vocabulary: business creation (`BUSINESS_NAMES`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

# "CFE" beside an expatriate's or a health cover's words, either side within 200 characters (see the Caisse's entry)
_CFE_ABROAD = _around(
    r"expatri\w*|a l.etranger|hors de france|assurance maladie|securite sociale|\bsecu\b|carte vitale|cpam",
    r"cfe",
    200,
)
# A business its owner closes, said by what it is ("fermer mon restaurant", "j'ai fermé ma boutique")
_OWN_CLOSED = (
    r"ferm\w* (mon|ma|notre) (commerce|boutique|restaurant|magasin|bar|salon|entreprise|boite|societe|cabinet"
    r"|atelier|garage|snack|food.?truck)"
)
BUSINESS_NAMES: tuple[Term, ...] = (
    # Business creation --------------------------------------------------------------------------------------------
    Term(
        r"acre|accre",
        "aide à la création ou à la reprise d'une entreprise exonération cotisations",
        ("F11677",),
        "F11677 « Aide à la création ou à la reprise d'une entreprise (Acre) »",
    ),
    Term(
        r"arce",
        "aide à la reprise ou à la création d'entreprise capital",
        ("F15252",),
        "F15252 « Aide à la reprise ou à la création d'entreprise (Arce) »",
    ),
    Term(
        r"auto.?entrepr\w*|micro.?entrepr\w*|(me|se) mettre a (mon|son) compte",
        "micro-entrepreneur micro-entreprise",
        (),
        "F23264 « Déclaration de micro-entrepreneur (auto-entrepreneur) »",
    ),
    Term(
        r"(creer|devenir|lancer|monter|ouvrir|commencer|m.inscrire|me declarer|demarrer)\w* (\w+ ){0,3}"
        r"(micro.?entreprise|auto.?entrepr\w*|micro.?entrepreneur)|(me|se) mettre a (mon|son) compte",
        "devenir micro-entrepreneur déclaration de début d'activité",
        ("F23961", "F23264"),
        "F23961 « Devenir micro-entrepreneur (auto-entrepreneur) » ; F23264 « Déclaration de micro-entrepreneur »",
    ),
    # Twenty-seventh pass, second shift: a business's address is its domiciliation (F2160: « La domiciliation de
    # l'entreprise correspond à son adresse administrative (siège social) »; « L'entrepreneur individuel (commerçant,
    # artisan, auto-entrepreneur...) peut domicilier son activité à l'adresse de son domicile personnel »), not the
    # person's (F17317, a homeless person's address for mail): "il faut une adresse pour l'entreprise, je mets
    # laquelle ?", "domicilier ma micro-entreprise", "une société de domiciliation", "transférer le siège social".
    # Not "l'adresse de l'entreprise" (an employee's employer) nor a firm's "siège social" named in passing.
    Term(
        r"adresse (\w+ )?pour (mon |ma |l.|la |le |son |sa |une |un |notre )?"
        r"(entreprises?|societes?|sas|sarl|eurl|micro.?entreprises?|auto.?entreprises?|activite)\b"
        r"|domicili\w* (mon |ma |l.|la |le |son |sa |une |un |notre )?"
        r"(entreprises?|societes?|sas|sarl|eurl|micro.?entreprises?|auto.?entreprises?|activite|siege)\b"
        r"|(mettre|declarer|fixer|transferer|installer) (\w+ ){0,2}siege social"
        r"|societes? (de domiciliation|qui (donne|fourni|propose|loue)\w* (une |des )?adresses?)",
        "domiciliation de l'entreprise siège social",
        ("F2160",),
        "F2160 « Domiciliation d'une entreprise »",
    ),
    # The unemployment insurance of a self-employed person who stops (ATI): not the employee's ARE. Thirty-eighth pass
    # (r59): the owner who closes says what they close ("j'ai dû fermer mon restaurant", "fermer ma boutique").
    Term(
        r"(?s:(chomage|assurance.chomage|pole emploi).{0,120}?(independant|commercante?|artisan|a (mon|son) compte"
        r"|non salarie|liquidation|" + _OWN_CLOSED + r")|(independant|commercante?|artisan|a (mon|son) compte"
        r"|liquidation|" + _OWN_CLOSED + r").{0,200}?(chomage|assurance.chomage))",
        "travailleur indépendant assurance chômage allocation des travailleurs indépendants",
        ("F23994",),
        "F23994 « Un travailleur indépendant a-t-il droit à une assurance-chômage ? »",
    ),
    Term(
        r"k.?bis",
        "extrait Kbis registre du commerce",
        ("F21000",),
        "F21000 « Comment obtenir un extrait K ou Kbis ? »",
    ),
    Term(r"siret|siren", "numéro Siret entreprise", (), "usage courant"),
    Term(r"urssaf", "cotisations sociales Urssaf", (), "usage courant"),
    # Employers, shopkeepers and associations (twenty-fourth pass): the names a business owner or an association's
    # officer gives to their own obligations, from the professionnels and associations fiches.
    Term(
        r"dpae|declaration (prealable|unique) (a l.|d.)embauche|declaration d.embauche|formalites d.embauche"
        r"|(declar\w*|formalites?) (\w+ ){0,4}(avant|pour) (l.embauche|l.arrivee (du|de|d.))"
        r"|(embauch\w*|recrut\w*|prendre|engager) (\w+ ){0,3}(mon|ma|notre) (premier|premiere|1er|1ere) "
        r"(salariee?|employee?|vendeu\w*|ouvriere?)",
        "formalités d'embauche d'un salarié déclaration préalable à l'embauche DPAE",
        ("F23107",),
        "F23107 « Procédure et formalités d'embauche d'un salarié » : « l'employeur doit respecter différentes "
        "formalités obligatoires dont la déclaration préalable à l'embauche (DPAE) »",
    ),
    Term(
        r"dsn|declaration sociale nominative",
        "déclaration sociale nominative DSN",
        ("F34059",),
        "F34059 « Déclaration sociale nominative (DSN) »",
        capitals=True,
    ),
    Term(
        r"registres? (unique )?du personnel|registres? (des|d.) (entrees et sorties|embauches)",
        "registre unique du personnel registres obligatoires",
        ("F1784",),
        "F1784 « Registres du personnel obligatoires »",
    ),
    Term(
        r"affichages? obligatoires?|(?s:(afficher|accrocher|affiche\w*|panneau d.affichage)\b.{0,60}"
        r"(salaries|employes|personnel|arriere.boutique|atelier|entreprise|au mur)\b)",
        "obligations d'affichage dans l'entreprise information des salariés",
        ("F23106",),
        "F23106 « Quelles sont les obligations d'affichage dans une entreprise ? »",
    ),
    Term(
        r"pre.?enseignes?",
        "pré-enseigne commerciale",
        ("F24358",),
        "F24358 « Pré-enseignes commerciales » : « toute inscription … indiquant la proximité d'un local »",
    ),
    Term(
        # "une enseigne" is also a chain of shops ("le site d'une enseigne"): the sign only when it is put up,
        # lit or refused, or on a front
        r"enseignes? (lumineuses?|commerciales?|en drapeau|drapeau)"
        r"|(poser|installer|mettre|changer|refus\w*|autoris\w*|demande\w*) (\w+ ){0,3}(une |mon |l.|notre |d.)enseigne"
        r"|enseignes? (\w+ ){0,3}(facade|vitrine|devanture)"
        r"|(panneau|nom|inscription|lettrage)\w* (\w+ ){0,3}(au.dessus de|sur) (la|ma|notre) "
        r"(vitrine|devanture|facade|boutique)",
        "enseigne commerciale",
        ("F24357",),
        "F24357 « Enseignes commerciales » : « une inscription … apposée sur un immeuble … permet aux clients "
        "d'identifier le local (une boutique) »",
    ),
    Term(
        r"tlpe|taxe (locale )?sur (les )?(enseignes|publicites?)|(?s:taxe\w*.{0,80}(enseigne|devanture|facade"
        r"|dispositif publicitaire))|(?s:(enseigne|devanture|dispositif publicitaire).{0,120}taxe)",
        "taxe locale sur les enseignes et publicités extérieures",
        ("F22591",),
        "F22591 « Taxe locale sur les enseignes et publicités extérieures (TLPE) »",
    ),
    Term(
        r"franchise (en base )?(de )?tva|tva non applicable|293 ?b",
        "franchise en base de TVA",
        ("F21746",),
        "F21746 « Franchise en base de TVA »",
    ),
    Term(
        r"(numero|n°|no) (de )?tva( intra\w*| europeen| intracommunautaire)?|tva intra\w*",
        "numéro de TVA intracommunautaire",
        ("F23570",),
        "F23570 « Numéro de TVA intracommunautaire »",
    ),
    Term(
        r"depo(t|ser|se|sent) (de |le |mon |son )?bilan|cessation (des|de) paiements?",
        "déclaration de cessation des paiements dépôt de bilan",
        ("F22352",),
        "F22352 « Déclaration de cessation des paiements (dépôt de bilan) »",
    ),
    Term(
        # the employer who has to cut jobs, not the employee who was laid off (whose fiches the words find)
        r"(dois|doit|devoir|devons|vais|va|allons|faut|envisage\w*|oblige\w* de|contraint\w* de) (\w+ ){0,2}"
        r"licencier\b.{0,60}econom\w*|supprimer (\w+ ){0,2}postes?|suppressions? de postes?",
        "licenciement économique obligations de l'employeur",
        ("F24648",),
        "F24648 « Licenciement économique : obligations de l'employeur »",
    ),
    Term(
        r"soldes|liquidation (totale|du stock|des stocks|avant (fermeture|demenagement))|tout doit disparaitre"
        r"|destockage",
        "soldes promotion réduction liquidation",
        ("F24037",),
        "F24037 « Soldes, promotion ou réduction, liquidation »",
    ),
    # Twenty-fifth pass: a micro-entrepreneur asking about the CFE asks when it starts ("je pensais être exonéré",
    # "je n'ai rien payé la première année"): the fiche written for them.
    Term(
        _around(r"micro.?entrepr\w*|auto.?entrepr\w*|\ben micro\b", r"cfe|cotisation fonciere", 150),
        "micro-entrepreneur soumis à la cotisation foncière des entreprises",
        ("F23999",),
        "F23999 « À partir de quand un micro-entrepreneur est-il soumis à la CFE ? »",
    ),
    Term(
        r"cvae|cotisation sur la valeur ajoutee( des entreprises)?",
        "cotisation sur la valeur ajoutée des entreprises",
        ("F23546",),
        "F23546 « Cotisation sur la valeur ajoutée des entreprises (CVAE) »",
    ),
    Term(
        r"cfe|cotisation fonciere( des entreprises)?",
        "cotisation foncière des entreprises",
        ("F23547",),
        "F23547 « Cotisation foncière des entreprises (CFE) »",
        unless=_CFE_ABROAD,
    ),
    # Twenty-sixth pass, second shift: the Caisse des Français de l'étranger, named or said "CFE" beside an
    # expatriate's or a health cover's words ("je pars vivre au Canada, je dois prendre la CFE ?"), the voluntary
    # health insurance of F407 (« Si vous êtes expatrié… vous pouvez adhérer à la Caisse des Français de l'étranger
    # (CFE) »); not the business tax of the same acronym.
    Term(
        _CFE_ABROAD + r"|caisse des francais de l.etranger",  # a span: the names inside keep their entries
        "Caisse des Français de l'étranger assurance maladie d'un Français vivant à l'étranger expatrié",
        ("F407",),
        "F407 « Assurance maladie d'un Français vivant à l'étranger » : adhérer à la Caisse des Français de "
        "l'étranger",
    ),
    # Twenty-sixth pass, second shift: a reservist's service (v43: "réserviste opérationnel… mon employeur refuse de
    # me laisser partir 10 jours", "m'engager comme réserviste").
    Term(
        r"reservistes?|reserve operationnelle|(periodes?|jours?|missions?|activites?) (de|dans la) reserve"
        r"(?! (naturelle|de chasse|parlementaire|heritaire|d.eau))",
        "réserve opérationnelle dans les armées réserviste",
        ("F1188",),
        "F1188 « Volontariat : réserve opérationnelle dans les armées »",
    ),
    Term(
        r"mutuelles? (d.entreprise|obligatoires?|collectives?)"
        r"|(oblige\w*|obligation|dois|doit|devoir|devons) (\w+ ){0,4}(payer|proposer|financer|offrir"
        r"|prendre en charge|mettre en place) (\w+ ){0,2}(une |la |leur |sa )?mutuelle",
        "mutuelle d'entreprise complémentaire santé obligations de l'employeur",
        ("F33754",),
        "F33754 « Mutuelle d'entreprise (complémentaire santé) : obligations de l'employeur » : « Tout employeur du "
        "secteur privé … a l'obligation de proposer une couverture complémentaire santé collective »",
    ),
    Term(
        r"(declar\w*|pa(y|i)\w*|reverse\w*|acomptes?|regler|regle) (\w+ ){0,3}(de |la |ma |notre |sa )?tva\b"
        r"|declarations? (\w+ ){0,2}(de )?tva|(acompte|regime) (\w+ ){0,3}tva",
        "déclaration et paiement de la TVA",
        ("F23566",),
        "F23566 « Déclaration et paiement de la TVA »",
    ),
    Term(
        # not "gratification" alone: a student's "gratification de stage" told beside a tax question is no ask
        r"gratification minimale|(?s:(payer|remunerer|indemniser|rembourser|combien)\w* (\w+ ){0,3}"
        r"(un |une |le |la |mon |ma |notre |nos |mes |les )?stagiaires?\b)"
        r"|(?s:\bstagiaires?\b.{0,80}(payee?s?|remuneree?s?|gratification|combien))",
        "gratification minimale d'un stagiaire",
        ("F32131",),
        "F32131 « Gratification minimale d'un stagiaire étudiant ou élève dans une entreprise »",
    ),
    Term(r"code (ape|naf)", "code APE activité", ("F33050",), "F33050 « À quoi correspond le code APE ? »"),
    Term(
        r"teletravail|(travailler|bosser|travail) (\w+ ){0,2}(de chez (eux|elle|lui|soi)|a la maison|depuis (chez|la "
        r"maison))",
        "télétravail",
        (),
        "F13851 « Télétravail dans le secteur privé » ; F13974 « Télétravail dans le secteur public »",
    ),
    Term(
        r"marches? publics?|appels? d.offres?",
        "marché public",
        (),
        "F33466 « Qu'est-ce-qu'un marché public ? »",
    ),
    Term(
        r"guso|guichet unique du spectacle",
        "guichet unique du spectacle occasionnel",
        ("F1928",),
        "F1928 « Guichet unique du spectacle occasionnel (Guso) » : « permet aux associations d'employer "
        "ponctuellement un artiste »",
    ),
    Term(
        r"cea",
        "chèque emploi associatif",
        ("F766",),
        "F766 « Chèque-emploi associatif (CEA) »",
        capitals=True,
    ),
    Term(
        r"cheque.emploi associatif",
        "chèque emploi associatif",
        ("F766",),
        "F766 « Chèque-emploi associatif (CEA) »",
    ),
    Term(
        r"lotos?|tombolas?|loteries?",
        "loto loterie tombola",
        (),
        "F21565 « Lotos, loteries et tombolas organisés par une association »",
    ),
    Term(
        r"(organis\w*|faire|fait|lancer|monter|prevoir|prevoyons) (\w+ ){0,3}(un |une |le |la |notre |des )"
        r"(loto|tombola|loterie)",
        "loto loterie tombola organisés par une association",
        ("F21565",),
        "F21565 « Lotos, loteries et tombolas organisés par une association »",
    ),
    Term(
        r"rescrit( fiscal)?|(?s:recus? (fiscaux|fiscal|pour (les |leurs? |la )?impots?).{0,200}(association|dons?))"
        r"|(?s:(association|dons?).{0,200}recus? (fiscaux|fiscal|pour (les |leurs? |la )?impots?))",
        "rescrit fiscal association d'intérêt général reçu fiscal dons",
        ("F34246",),
        "F34246 « Association d'intérêt général : comment et pourquoi demander un rescrit fiscal ? »",
    ),
    Term(
        r"mecenat|(?s:(mon|ma|notre) (entreprise|societe|sarl|eurl|sas|garage|boite|commerce)\b.{0,160}"
        r"(donner|don\b|dons\b|verser)\b.{0,80}(club|association|asso\b|fondation))",
        "mécénat d'entreprise dons aux associations",
        ("F22263",),
        "F22263 « Mécénat d'entreprise et dons aux associations »",
    ),
    Term(
        r"(?s:\b(association|asso|club|amicale|comite des fetes|chorale)\b.{0,200}?(subventions?\b|(demander|obtenir"
        r"|avoir|recevoir) (\w+ ){0,2}(de l.argent|des fonds|une aide financiere|un financement) (a|de|aupres de) "
        r"(la |le |notre )?(commune|mairie|departement|region|ville|collectivite)))"
        r"|(?s:subventions?\b.{0,200}?\b(association|asso|club|amicale|comite des fetes|chorale)\b)",
        "subventions versées aux associations",
        ("F3180",),
        "F3180 « Subventions versées aux associations » : « les aides de toute nature attribuées par les "
        "administrations »",
    ),
)
