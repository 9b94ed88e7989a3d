"""Another country's words for a French procedure (`ELSEWHERE_TERMS`; forty-seventh pass, engineer-r80).

Newcomers, cross-border workers and French people back from abroad name the French procedure with the word of the
system they knew: Belgium's « CPAS » and « revenu d'intégration » (the RSA), « la mutualité » (the sécu that pays
sick pay), « l'impôt des personnes physiques », « le précompte immobilier », « la garantie locative », « les
titres-services », « la GRAPA »; Switzerland's « AVS », « LAMal » and « caisse maladie », « l'ORP »; Québec's
« assurance-emploi », « carte soleil », « NAS », « avis de cotisation », « dépôt de sécurité »; the United Kingdom's
« council tax », « GP », « national insurance number », « Working Tax Credit »; Germany's « Kindergeld »; the
Maghreb's « moqataa » and « adouls »; Lebanon's « sijil adli ». None of these words is in a fiche, so the message
reaches neither the lexical index nor the vocabulary's pointers.

Each entry maps one such name (folded text: lower case, no accents) to the French procedure's words (appended to the
lexical query) and, when one fiche is *the* fiche of that procedure, to it, as `guichet.knowledge.vocabulary` does
for French names. Sources: the French fiche's title (quoted) and what the foreign name is (the foreign body's own
name for its scheme). A name that is also a French word (« mutuelle », « commune », « garderie », « permis B »,
« carte verte ») is read only beside its country or where it cannot be the French thing; a name that stands for a
broad French topic (unemployment benefit, retirement, income tax) points to no fiche: its words find them.
"""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

# The countries whose words are read only beside them (« mutuelle » is the Belgian sécu only in a Belgian story).
_BELGIUM = r"belgique|belges?|bruxelles|wallonie|flandres?|liege|charleroi|namur|mons|anvers|gand"
# A span (`Term.spans`): the names told inside it keep their own entries. Not France's Mutualité sociale agricole
# (the MSA, farmers' sécu) nor the Mutualité française (the mutuelles' federation).
_BELGIAN_MUTUELLE = (
    r"(?s:mutualites?(?! sociale agricole| francaise)( chretienne| socialiste| liberale| neutre)?"
    r"|solidaris|partenamut|inami"
    r"|\b(?:" + _BELGIUM + r")\b.{0,200}?\bmutuelles?\b|\bmutuelles?\b.{0,200}?\b(?:" + _BELGIUM + r")\b)"
)
# The French « mutuelle »'s fiches: the top-up (F20314), a company's (F20739, F20744, F20740).
_FRENCH_MUTUELLE = ("F20314", "F20739", "F20744", "F20740")
_RSA_FICHES = ("F19778", "F20221", "F1971", "F15553", "F286", "F33692")
_RSA_SOURCE = (
    "F19778 « RSA demandeur de 25 ans et plus » et les autres fiches RSA par public (F20221, F1971, F15553, F286, "
    "F33692), comme l'entrée « rsa »"
)

ELSEWHERE_TERMS: tuple[Term, ...] = (
    # Minimum income ------------------------------------------------------------------------------------------------
    # Belgium's revenu d'intégration (paid by the CPAS), Québec's « aide sociale de dernier recours » (« le BS »),
    # Germany's Bürgergeld / Hartz IV, the UK's Universal Credit: a minimum income, the RSA in France.
    Term(
        r"revenus? d.integration( sociale)?|aide (sociale )?de dernier recours|bien.etre social"
        r"|burgergeld|hartz ?(iv|4)|sozialhilfe|universal credit|income support",
        "revenu de solidarité active RSA",
        _RSA_FICHES,
        _RSA_SOURCE + " ; le revenu d'intégration (Belgique, CPAS), l'aide sociale (Québec), le Bürgergeld "
        "(Allemagne), l'Universal Credit (Royaume-Uni)",
    ),
    # The Belgian public social welfare centre: the CCAS and the RSA's counter in France.
    Term(
        r"cpas|centre public d.action sociale",
        "centre communal d'action sociale CCAS aide sociale RSA",
        (),
        "CPAS (Belgique) : centre public d'action sociale, en France le CCAS ; F19778 « RSA demandeur de 25 ans et "
        "plus »",
    ),
    # The UK's Working Tax Credit, Canada's workers benefit: an in-work top-up, the prime d'activité.
    Term(
        r"working tax credits?|in.work (tax )?credits?|allocation canadienne pour (les )?travailleurs",
        "prime d'activité salarié revenus modestes",
        ("F2882", "F34701", "F33375"),
        "F2882 « Prime d'activité : salarié ou fonctionnaire » (et F34701, F33375) ; le Working Tax Credit "
        "(Royaume-Uni)",
    ),
    # Health cover --------------------------------------------------------------------------------------------------
    # Québec's health card (RAMQ, « carte soleil »): the carte Vitale.
    Term(
        r"carte soleil|ramq|regie de l.assurance maladie( du quebec)?"
        r"|carte d.assurance.maladie (du quebec|de la ramq)",
        "carte Vitale assurance maladie",
        ("F265",),
        "F265 « Carte Vitale » ; la carte d'assurance maladie de la RAMQ (Québec), dite carte soleil",
    ),
    # The Belgian mutualité / mutuelle is the compulsory health insurer (the sécu, the CPAM), not a top-up: read only
    # in a Belgian story or by its Belgian names.
    Term(
        _BELGIAN_MUTUELLE,
        "assurance maladie sécurité sociale affiliation carte Vitale",
        (),
        "F16467 « Immatriculation à la Sécurité sociale pour un salarié qui arrive en France » ; la mutualité "
        "(Belgique) : l'organisme d'assurance maladie obligatoire",
        # the French mutuelle's fiches (a top-up, a company's cover) count as context, not as the name's pointer
        outranks=_FRENCH_MUTUELLE,
    ),
    # The same Belgian mutuelle told as what pays sick pay (« la mutuelle paie les indemnités », « en incapacité »):
    # the sécu's daily allowances of a sick employee.
    Term(
        _around(_BELGIAN_MUTUELLE, r"indemnit\w*|incapacite|en arret|arret (de travail|maladie)", 200),
        "arrêt maladie indemnités journalières versées au salarié",
        ("F3053",),
        "F3053 « Arrêt maladie : indemnités journalières versées au salarié » ; la mutualité (Belgique) paie les "
        "indemnités d'incapacité de travail",
        outranks=_FRENCH_MUTUELLE,
    ),
    # Switzerland's compulsory health insurance (LAMal, « caisse maladie ») and its franchise.
    Term(
        r"lamal|caisses? maladie|caisse.maladie|krankenkasse",
        "assurance maladie protection universelle maladie Puma sécurité sociale",
        (),
        "F34308 « Qu'est-ce que la protection universelle maladie (Puma) ? » ; la LAMal (Suisse)",
    ),
    # The family doctor one registers with (UK « GP », « NHS », Germany's Hausarzt): the médecin traitant.
    Term(
        r"gp|general practitioner|family doctor|hausarzt|medico de (familia|cabecera)",
        "médecin traitant parcours de soins coordonnés déclaration",
        ("F163",),
        "F163 « Parcours de soins coordonnés et médecin traitant » ; le GP (Royaume-Uni, Irlande)",
    ),
    # The social insurance number: Québec's NAS, the US social security number, the UK national insurance number.
    Term(
        r"nas|numero d.assurance sociale|social security number|ssn|national insurance( number)?"
        r"|codice fiscale|numero de seguridad social|sozialversicherungsnummer",
        "numéro de sécurité sociale immatriculation à la Sécurité sociale",
        (),
        "F33078 « Que signifie le numéro de sécurité sociale ? » ; F16467 « Immatriculation à la Sécurité sociale "
        "pour un salarié qui arrive en France »",
    ),
    # Work and unemployment -----------------------------------------------------------------------------------------
    # Unemployment benefit named by another country's scheme or body: Québec's assurance-emploi, Belgium's ONEM and
    # its paying bodies, Switzerland's ORP and caisse de chômage, Spain's paro, Germany's Arbeitslosengeld.
    Term(
        r"assurance.emploi|onem|capac|fgtb|actiris|forem|vdab|caisses? de chomage|orp|office regional de placement"
        r"|el paro|\bparo\b|sepe|naspi|disoccupazione|unemployment benefits?"
        r"|arbeitslosengeld|arbeitsamt|agentur fur arbeit|jobseeker.?s allowance|employment insurance",
        "allocation chômage aide au retour à l'emploi ARE inscription Pôle emploi demandeur d'emploi",
        (),
        "F14860 « Allocation chômage d'aide au retour à l'emploi (ARE) d'un salarié du privé » ; F1636 « Chômage : "
        "inscription à Pôle emploi »",
    ),
    # Belgium's monthly « carte de contrôle » of the unemployed: the actualisation mensuelle.
    Term(
        r"cartes? de controle",
        "actualisation mensuelle Pôle emploi",
        ("F1637",),
        "F1637 « Actualisation mensuelle Pôle emploi » ; la carte de contrôle (Belgique, ONEM)",
        unless=r"controle technique|carte grise",
    ),
    # Belgium's titres-services: paying a home help, the Cesu in France.
    Term(
        r"titres?.services?",
        "Cesu chèque emploi service universel emploi à domicile particulier employeur",
        ("F2912",),
        "F2912 « Particulier employeur : à quoi sert le Cesu déclaratif et comment y adhérer ? » ; les "
        "titres-services (Belgique)",
    ),
    # Taxes ---------------------------------------------------------------------------------------------------------
    # Belgium's income tax (IPP, Tax-on-web), Québec's « rapport d'impôt »: the income tax return.
    Term(
        r"impots? des personnes physiques|(declaration|formulaire) ipp|tax.on.web|rapports? d.impots?",
        "impôt sur le revenu déclaration de revenus",
        (),
        "F358 « Impôt sur le revenu : déclaration de revenus annuelle » ; l'IPP (Belgique), le rapport d'impôt "
        "(Québec)",
    ),
    # Québec's « avis de cotisation »: the avis d'imposition.
    Term(
        r"avis de cotisation",
        "avis d'imposition impôt sur le revenu",
        ("F99",),
        "F99 « À quoi sert l'avis d'imposition sur le revenu ? » ; l'avis de cotisation (Québec)",
        # in France an « avis de cotisation » is also the Urssaf's or a business tax's notice
        unless=r"urssaf|cotisations? sociales|independant|micro.entrepr\w*|auto.entrepr\w*|\bcfe\b|\brsi\b",
    ),
    # Belgium's « précompte immobilier »: the taxe foncière.
    Term(
        r"precompte immobilier",
        "taxe foncière propriétés bâties",
        ("F59",),
        "F59 « Taxe foncière sur les propriétés bâties (TFPB) » ; le précompte immobilier (Belgique)",
    ),
    # The UK's council tax: the taxe d'habitation.
    Term(r"council tax", "taxe d'habitation", ("F42",), "F42 « Taxe d'habitation » ; la council tax (Royaume-Uni)"),
    # Switzerland's « impôt à la source » and Belgium's « précompte professionnel »: the prélèvement à la source.
    Term(
        r"impots? (\w+ )?a la source|precompte professionnel",
        "prélèvement à la source impôt sur le revenu taux",
        # no pointer: French writers say it too, of any income the tax is taken from (their entries point)
        (),
        "F34009 « Impôt sur le revenu - Prélèvement à la source (PAS) » ; l'impôt à la source (Suisse)",
    ),
    # Housing --------------------------------------------------------------------------------------------------------
    # Belgium's « garantie locative », Switzerland's « garantie de loyer », Québec's « dépôt de sécurité »: the
    # dépôt de garantie.
    Term(
        r"garanties? locatives?|garanties? de loyer|depots? de securite|security deposit",
        "dépôt de garantie contrat de location",
        ("F31269",),
        "F31269 « Dépôt de garantie dans un contrat de location » ; la garantie locative (Belgique)",
        unless=r"impaye",  # the garantie des loyers impayés is an insurance
    ),
    # Family --------------------------------------------------------------------------------------------------------
    # Child benefit named by another country's scheme: Germany's Kindergeld, Portugal's abono de família, Canada's
    # allocation canadienne pour enfants, the UK's child benefit.
    Term(
        r"kindergeld|abono de familia|allocations? canadiennes? pour (les )?enfants|child benefit|famiwal",
        "allocations familiales prestations familiales enfants",
        ("F13213",),
        "F13213 « Allocations familiales (famille de 2 enfants ou plus) » ; le Kindergeld (Allemagne), "
        "l'allocation canadienne pour enfants",
    ),
    # Old age -------------------------------------------------------------------------------------------------------
    # Belgium's GRAPA, Canada's supplément de revenu garanti: the minimum old-age income, the Aspa.
    Term(
        r"grapa|garantie de revenus? aux personnes agees|supplement de revenu garanti|srg",
        "allocation de solidarité aux personnes âgées Aspa minimum vieillesse",
        ("F16871",),
        "F16871 « Allocation de solidarité aux personnes âgées (Aspa) » ; la GRAPA (Belgique), le supplément de "
        "revenu garanti (Canada)",
    ),
    # Switzerland's AVS, Québec's Régie des rentes: the basic state pension (a broad topic: no pointer).
    Term(
        r"(?<!une )(?<!d.une )avs|rentes? avs|premier pilier|1er pilier|regime des rentes|rrq|retraite quebec"
        r"|state pension",
        "retraite du salarié",
        (),
        "F13941 « Départ en retraite du salarié : quelles sont les démarches à effectuer ? » ; l'AVS (Suisse)",
        # in France an AVS is also a school's auxiliaire de vie scolaire (now AESH)
        unless=r"auxiliaire|aesh|ecole|scolai\w*|eleves?|classe|mdph|handicap\w*",
    ),
    # Papers and civil status ---------------------------------------------------------------------------------------
    # The Maghreb's and Lebanon's local offices that certify a signature (moqataa, baladia, APC, mokhtar): the
    # légalisation de signature.
    Term(
        _around(
            r"moqat?aa|mokataa|mouqataa|moukataa|baladiy?a|mokhtar|moukhtar|mukhtar",
            r"legalis\w*|signature|certifi\w*|procuration",
            200,
        ),
        "légalisation de signature mairie",
        ("F1411",),
        "F1411 « Légalisation de signature » ; la moqataa (Maroc), le mokhtar (Liban)",
    ),
    # A criminal record extract named in Arabic (« sijil adli ») or as Morocco's « fiche anthropométrique ».
    Term(
        r"sijil.{0,3}a?d(l|a)i|fiche anthropometrique",
        "extrait de casier judiciaire bulletin n°3",
        ("F1420",),
        "F1420 « Demande d'extrait de casier judiciaire (bulletin n°3) » ; le sijil adli (Liban), la fiche "
        "anthropométrique (Maroc)",
    ),
    # A marriage before the adouls (Morocco) is a marriage abroad, to be transcribed for a French spouse.
    Term(
        r"adouls?|acte adoulaire",
        "mariage d'un Français à l'étranger transcription acte de mariage",
        ("F21614",),
        "F21614 « Mariage d'un Français à l'étranger » ; les adouls (Maroc)",
    ),
    # Another country's residence permit (Italy's permesso di soggiorno, Germany's Aufenthaltstitel): the titre de
    # séjour.
    Term(
        r"permesso di soggiorno|aufenthalts(titel|erlaubnis)|tarjeta de residencia|residence permit",
        "titre de séjour carte de séjour",
        (),
        'F2209 « Carte de séjour "vie privée et familiale" d\'un étranger en France » ; le permesso di soggiorno '
        "(Italie)",
    ),
    # Citizenship taken by a test or an application (Canada's « citoyenneté »): the naturalisation.
    Term(
        r"(test|examen|demande|obtenir|avoir|prendre|passer) (de |la |ma |sa )?citoyennete",
        "naturalisation nationalité française",
        ("F2213",),
        "F2213 « Naturalisation » ; la citoyenneté (Canada)",
    ),
    # More of other countries' names ------------------------------------------------------------------------------
    # An employment agency abroad where one registers as unemployed (« le bureau de la main-d'œuvre », the ANPE of
    # Morocco, Algeria or France before 2008, Germany's Arbeitsamt): the registration as a jobseeker.
    Term(
        r"bureaux? de (la )?main.d.(oe|œ)uvre|anpe|anapec|anem|agepe|agence (nationale )?pour l.emploi",
        "inscription Pôle emploi demandeur d'emploi",
        ("F1636",),
        "F1636 « Chômage : inscription à Pôle emploi » ; l'ANAPEC (Maroc), l'ANEM (Algérie), l'ANPE",
    ),
    # Lebanon's yearly « mécanique » (the car's inspection and fee), the UK's MOT test: the contrôle
    # technique.
    Term(
        r"(faire|fait|passer|passe|payer|paye) (la |sa |ma )?mecanique"
        r"|la mecanique (obligatoire|annuelle|de la voiture|pour la voiture|chaque annee|tous les ans)|mot test",
        "contrôle technique d'une voiture particulière",
        ("F2878",),
        "F2878 « Contrôle technique d'une voiture particulière » ; la mécanique (Liban), le MOT (Royaume-Uni)",
    ),
    # Switzerland's office des poursuites, Germany's Betreibung / Pfändung: debts seized, the French bailiff's
    # seizures and the overindebtedness procedure.
    Term(
        r"offices? des poursuites|poursuites? pour dettes|betreibung\w*|pfandung\w*",
        "saisie huissier commissaire de justice dettes surendettement",
        (),
        "F922 « Quelles sont les saisies réalisables par un huissier ? » ; F34642 « Recevabilité du dossier de "
        "surendettement » ; l'office des poursuites (Suisse)",
    ),
    # A foreign diploma made valid by another country's procedure (Brazil's revalidação, « équivalence »,
    # « homologation », « nostrification »): the recognition of a foreign diploma.
    Term(
        r"revalida\w*|equivalences? (de |du |d.)?(mon |son |ses |mes |leur )?diplome"
        r"|homologa\w* (de |du )?(mon |son )?diplome|nostrification|anerkennung",
        "faire reconnaître un diplôme obtenu à l'étranger équivalence",
        ("F463",),
        "F463 « Faire reconnaître un diplôme obtenu à l'étranger »",
    ),
    # A foreign spouse's residence named by another country's scheme (the US « spousal green card »): the foreign
    # spouse of a French national.
    Term(
        r"green card|spousal (visa|sponsorship|green card)|parrainage (du |de mon |de ma )?(conjoint|epoux|epouse)",
        "époux étranger d'un Français séjour en France visa conjoint",
        (),
        "F1764 « L'époux étranger d'un Français peut-il séjourner en France ? » ; la green card (États-Unis)",
    ),
    # A birth certificate named by another country's register: Haiti's « extrait des archives », Algeria's « 12S »,
    # Lebanon's « ikhraj qaid », the English « birth certificate ».
    Term(
        r"extraits? des archives|extraits? 12 ?s|12 ?s\b|ikhraj( (qaid|kaid|kayd|qayd))?|birth certificate",
        "acte de naissance copie intégrale extrait état civil",
        ("F1427",),
        "F1427 « Acte de naissance : demande de copie intégrale ou d'extrait » ; l'extrait des archives (Haïti), "
        "le 12S (Algérie), l'ikhraj qaid (Liban)",
    ),
    # A criminal record certificate named in English or German (« police certificate », « Führungszeugnis »).
    Term(
        r"criminal record (check|certificate)|police (check|certificate|clearance)|certificate of good conduct"
        r"|fuhrungszeugnis",
        "extrait de casier judiciaire bulletin n°3",
        ("F1420",),
        "F1420 « Demande d'extrait de casier judiciaire (bulletin n°3) »",
    ),
    # Sick pay named by another country's word (« sick pay », « Krankengeld », Spain's « la baja »): the daily
    # allowances of a sick employee.
    Term(
        r"(statutory )?sick (pay|leave|note)|krankengeld|krankgeschrieben|(de |la |una |mi )baja (medica|laboral)"
        r"|estoy de baja|(de |la )baixa medica",
        "arrêt maladie indemnités journalières versées au salarié",
        ("F3053",),
        "F3053 « Arrêt maladie : indemnités journalières versées au salarié »",
    ),
    # Parental leave named by another country's scheme (Québec's RQAP, Germany's Elterngeld, Belgium's
    # crédit-temps): a broad topic (the leave, the PreParE), no pointer.
    Term(
        r"rqap|regime quebecois d.assurance parentale|elterngeld|elternzeit|credit.temps|interruption de carriere"
        r"|parental leave|conge thematique",
        "congé parental d'éducation prestation partagée d'éducation de l'enfant",
        (),
        "F2280 « Congé parental d'éducation à temps plein dans le secteur privé » ; F32485 « Prestation partagée "
        "d'éducation de l'enfant (PreParE) » ; le RQAP (Québec)",
    ),
    # Paternity and maternity leave said in English.
    Term(
        r"paternity leave",
        "congé de paternité et d'accueil de l'enfant",
        ("F3156", "F583"),
        "F3156 « Congé de paternité et d'accueil de l'enfant d'un salarié du secteur privé » ; F583 (fonction "
        "publique)",
    ),
    Term(
        r"maternity (leave|pay|allowance)|mutterschutz",
        "congé maternité",
        (),
        "F2265 « Congé maternité d'une salariée du secteur privé »",
    ),
    # Social housing named by the UK's words (« council house », « housing association »).
    Term(
        r"council (house|flat|housing)|social housing|housing association",
        "logement social HLM demande",
        (),
        "F869 « Quelles sont les conditions pour obtenir un logement social ? »",
    ),
    # Housing benefit in English or German (« housing benefit », « Wohngeld »): the aides au logement (broad).
    Term(
        r"housing benefit|wohngeld",
        "aide personnalisée au logement allocation logement",
        (),
        "F12006 « Aide personnalisée au logement (APL) »",
    ),
    # A disability benefit in English (« disability allowance », « PIP »): the adults' disability allowance.
    Term(
        r"disability (living )?(allowance|benefits?)|personal independence payment",
        "allocation aux adultes handicapés",
        ("F12242",),
        "F12242 « Allocation aux adultes handicapés (AAH) »",
    ),
    # Switzerland's disability insurance (« rente AI », « assurance-invalidité »): the pension d'invalidité.
    Term(
        r"rentes? ai|assurance.invalidite",
        "pension d'invalidité de la Sécurité sociale",
        ("F672",),
        "F672 « Pension d'invalidité de la Sécurité sociale » ; l'assurance-invalidité (Suisse)",
    ),
    # Switzerland's « prestations complémentaires » to the AVS and the UK's « pension credit »: the Aspa.
    Term(
        r"prestations? complementaires? (a l.|de l.)?(avs|ai)|pension credit",
        "allocation de solidarité aux personnes âgées Aspa minimum vieillesse",
        ("F16871",),
        "F16871 « Allocation de solidarité aux personnes âgées (Aspa) » ; les prestations complémentaires (Suisse)",
    ),
    # Switzerland's occupational pension (« LPP », « 2e pilier »): the retraite complémentaire.
    Term(
        r"lpp|(2e|deuxieme|second) pilier",
        "retraite complémentaire Agirc-Arrco",
        (),  # no pointer: a Swiss pension fund is asked about in many ways (its capital, its tax, the accounts)
        "F15396 « Retraite complémentaire dans le privé : Agirc-Arrco » ; le 2e pilier (Suisse)",
    ),
    # A subsidy toward one's health insurance premium (Switzerland's « subside », the US « Medicaid »): the
    # complémentaire santé solidaire.
    Term(
        r"subsides? (d.assurance.maladie|lamal|pour (la |l.)?(assurance|caisse) maladie)|medicaid|obamacare",
        "complémentaire santé solidaire",
        ("F10027",),
        "F10027 « Complémentaire santé solidaire (ex-CMU-C) » ; le subside LAMal (Suisse)",
    ),
    # Municipal offices named as in Belgium, Switzerland or the Maghreb (« maison communale », « bourgmestre »,
    # « contrôle des habitants », « l'APC », « la baladia »): the mairie (broad).
    Term(
        r"bourgmestre|maison communale|administration communale|echevin\w*|controle des habitants"
        r"|office de la population|baladiy?a",
        "mairie maire",
        (),
        "usage (Belgique, Suisse, Maghreb) : la commune et son bourgmestre, en France la mairie et le maire",
    ),
    # Another country's income tax return (« Steuererklärung », « tax return », the « Finanzamt »): the income tax
    # return (broad).
    Term(
        r"steuererklarung|finanzamt|tax return|(hmrc|irs)\b",
        "impôt sur le revenu déclaration de revenus",
        (),
        "F358 « Impôt sur le revenu : déclaration de revenus annuelle »",
    ),
    # A foreign deposit word (Germany's « Kaution », « Mietkaution »): the dépôt de garantie.
    Term(
        r"(miet)?kaution",
        "dépôt de garantie contrat de location",
        ("F31269",),
        "F31269 « Dépôt de garantie dans un contrat de location » ; la Kaution (Allemagne)",
    ),
    # Child benefit named in Italian (« assegno unico », « assegni familiari »).
    Term(
        r"assegn(o|i) (unico|familiari)",
        "allocations familiales prestations familiales enfants",
        ("F13213",),
        "F13213 « Allocations familiales (famille de 2 enfants ou plus) »",
    ),
)
