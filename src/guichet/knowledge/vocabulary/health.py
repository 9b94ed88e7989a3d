"""Thirty-second pass (engineer-r41): health, sick leave and invalidity in the writer's words (`HEALTH_TERMS`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around
from guichet.knowledge.vocabulary.family import _CHILD

# Thirty-second pass (engineer-r41): health, sick leave and invalidity told in the writer's words. Each entry is a
# situation the message tells or a thing it names by its everyday name, pointing to the fiche whose title says it;
# the source is that title. A sick child, a dying husband or a taxi to the dialysis are the situation; the fiches
# of the employee's own sick leave and of the "don de jours" that share their words are not what is asked.
_DISEASE = (
    r"diabet\w*|cancers?|leucemie|tumeurs?|sclerose\w*|vih|sida|mucoviscidose|parkinson|alzheimer|polyarthrite"
    r"|insuffisan\w+ (renale|cardiaque|respiratoire)|chronique|hepatite|insuline|dialys\w*|avc|infarctus"
    r"|chimio\w*|maladie grave|gravement malade"
)
_MEDICAL_RIDE = (
    r"taxis?( conventionnes?)?|ambulances?|vsl|vehicule sanitaire( leger)?|transports? (medica\w+|sanitaire\w*)"
    r"|bons? de transport"
)
_CARE_TRIP = r"dialys\w*|chimio\w*|radio(therapie)?|seances?|soins|hopital|chu|clinique|consultations?|rendez.vous"
_REFUNDED = r"rembours\w*|pris\w* en charge|prise en charge|paye\w*|payer|prescri\w*|bon de transport"
_CHILD_ILL = (
    r"(leucemie|cancer|tumeur|maladie grave|gravement malade|greffe|hospitalis\w*( \w+){0,2} (plusieurs|des|de longs"
    r"|pendant|pour) (mois|semaines)|soins (lourds|contraignants))"
)
_STOP_FOR = (
    r"arret\w* de travailler|arreter mon travail|cesser (de travailler|mon activite)|rester (pres|aupres|avec|a cote)"
    r"|etre (pres|aupres) d|conge\w*|ne (peut|pourra|pourrait) pas (me|nous) payer|sans (salaire|etre payee?)"
    r"|aide (financiere|pour)|allocation|indemnis\w*|(etre|me faire) payee?"
)
_END_OF_LIFE = (
    r"fin de vie|soins palliatifs|(quelques|peu de|plus que \w+) (semaines|jours|mois) (a vivre|devant (lui|elle))"
    r"|(il|elle) (ne )?(lui )?reste (plus que )?(quelques|peu de) (semaines|jours|mois)"
    r"|mourir (a la maison|chez (lui|elle|nous|soi))|ses derniers (jours|moments)"
)
_INVALID = r"invalidite|invalide|pension d.invalidite"
_CANNOT_PAY_CARE = (
    r"(ne )?(peu[xt]|pouvons|peuvent|pourrai\w*) pas (la |les |tout )?payer|pas les moyens"
    r"|impossible de (la |les )?payer"
    r"|(dois|doit|devons)( \w+){0,2} payer (a sa place|pour (elle|lui))|(payer|regler) d.un coup"
)
_CONTEST = r"contest\w*|recours|faire appel|pas d.accord|refus\w*|conteste"
HEALTH_TERMS: tuple[Term, ...] = (
    # A taxi, an ambulance or a VSL to the care, asked if it is refunded (not a taxi driver's licence).
    Term(
        _around(_MEDICAL_RIDE, _REFUNDED + "|" + _CARE_TRIP, 150),
        "remboursement des frais de transports par l'assurance maladie taxi conventionné ambulance VSL prescription",
        ("F2951",),
        "F2951 « Remboursement des frais de transports par l'assurance maladie »",
        # a taxi driver's trade, or a disabled pupil's rides to school (the département's school transport)
        unless=r"(devenir|licence|carte professionnelle|metier) (de |d.)?(chauffeur de )?taxi|chauffeur de taxi"
        r"|ecole|college|lycee|scolai\w*|scolaris\w*",
    ),
    # The ALD by its name, and a serious or lasting illness said "remboursé à 100 %" (not a pregnancy's 100 %).
    Term(
        r"\bald\b|affections? (de )?longue duree",
        "affection de longue durée ALD prise en charge à 100 % protocole de soins",
        ("F34068",),
        "F34068 « Prise en charge d'une affection de longue durée (ALD) par l'Assurance maladie »",
    ),
    Term(
        r"(?s:("
        + _DISEASE
        + r")\b.{0,200}?\b(100 ?%|cent pour cent)|(100 ?%|cent pour cent).{0,200}?\b("
        + _DISEASE
        + r")\b)",
        "affection de longue durée ALD prise en charge à 100 % protocole de soins",
        ("F34068",),
        "F34068 « Prise en charge d'une affection de longue durée (ALD) par l'Assurance maladie »",
        # a pregnancy's 100 %, a civil servant's long leave, or the deductions asked of someone already at 100 %
        unless=r"enceinte|grossesse|maternite|conge (de )?longue (maladie|duree)|\bclm\b|\bcld\b|fonctionnaire"
        r"|franchises?|participation forfaitaire|(1|un) euro par|(50|cinquante) centimes",
    ),
    # The daily charge of a hospital stay, asked about a bill.
    Term(
        r"forfaits? (journaliers?|hospitaliers?|d.hospitalisation)|forfait\w*( \w+){0,3} par jour"
        r"|(?s:(facture|factur\w+|reclam\w+|payer)\b.{0,120}?\b(hopital|hospitalis\w*|clinique)\b.{0,120}?"
        r"\bforfaits?\b)",
        "forfait journalier hospitalier prise en charge d'une hospitalisation frais d'hospitalisation",
        ("F200", "F165"),
        "F200 « Prise en charge d'une hospitalisation par l'Assurance maladie » ; F165 « Ticket modérateur, forfait "
        "et franchises (Sécurité sociale) »",
        # a bill the patient cannot pay (next entry), or the AAH cut during a long stay, which the AAH's fiche tells
        unless=_CANNOT_PAY_CARE + r"|\baah\b|allocation (aux )?adultes? handicape",
    ),
    # A hospital bill the patient or the family cannot pay.
    Term(
        _around(r"hopital|hospitalis\w*|clinique|frais (d.hospitalisation|de sejour)", _CANNOT_PAY_CARE, 200),
        "que se passe-t-il si on ne peut pas payer les frais d'hospitalisation",
        ("F1020",),
        "F1020 « Que se passe-t-il si on ne peut pas payer les frais d'hospitalisation ? »",
    ),
    # What the Sécurité sociale keeps back on each refund: the participation forfaitaire and the franchises.
    Term(
        r"franchises? (medicales?)?|participation forfaitaire|ticket moderateur"
        r"|(1|un) (euro|€)( \w+){0,2} (par|sur|a chaque) (consultation|visite|acte|rendez.vous)"
        r"|(50|cinquante) (centimes|cts|c)( \w+){0,2} (par|sur|a chaque) (boites?|medicaments?|medocs?)",
        "ticket modérateur forfait et franchises participation forfaitaire franchise médicale",
        ("F165",),
        "F165 « Ticket modérateur, forfait et franchises (Sécurité sociale) »",
        unless=r"franchise (de|d.)(loyer|impot|tva|assurance auto)|franchise en base",
    ),
    # An invalidity pension's supplement for the person who helps (third category, everyday acts).
    Term(
        r"majorations? (pour )?(la |une )?(tierce personne|personne qui (l|m).aide)|\bmtp\b"
        r"|(?s:(" + _INVALID + r")\b.{0,150}?\b((3e|3eme|troisieme) categorie|categorie (3|trois))\b)"
        r"|(?s:(" + _INVALID + r")\b.{0,200}?\b(supplement|majoration|complement)\w*\b.{0,80}?"
        r"\b(aide|aider|quelqu.un|personne|tout le temps)\b)",
        "majoration pour tierce personne pension d'invalidité assistance d'une tierce personne",
        ("F31434",),
        "F31434 « Pension d'invalidité : majoration pour tierce personne (MTP) »",
    ),
    # A doctor sent by the employer, or a check at home while on sick leave (not the Sécurité sociale's own decision).
    Term(
        r"contre.visites?|medecins? (controleurs?|mandates?)"
        r"|(employeur|patron|boite|entreprise|chef|rh)( \w+){0,3} (a |m.a |ont )?(envoye|mandate|fait venir)"
        r"( \w+){0,2} (un )?medecin|medecin envoye|visites? de controle|controle (a domicile|de (mon|l.) arret)",
        "contrôle d'un salarié en arrêt de travail contre-visite médecin mandaté par l'employeur",
        ("F33908",),
        "F33908 « Contrôle d'un salarié en arrêt de travail : quelles sont les règles ? »",
    ),
    # The hours a person on sick leave may go out.
    Term(
        r"(heures?|horaires?) (de |d.)?(sorties?|autorisation de sortie)|sorties? (autorisees?|libres|permises)"
        r"|(?s:(sortir|sors|sort)\b.{0,60}?\b(pendant|en) (mon |son |l.|un )?arret"
        r"|(pendant|en) (mon |son |l.|un )?arret( \w+){0,3} (je peux|peut.on|on peut|puis.je) (sortir|aller))",
        "heures d'autorisation de sortie du salarié en arrêt maladie sorties autorisées",
        ("F12415",),
        "F12415 « Quelles sont les heures d'autorisation de sortie du salarié en arrêt maladie ? »",
    ),
    # A relative at the end of life, and the work left to be with them: the leave and its daily allowance.
    Term(
        _around(_END_OF_LIFE, _STOP_FOR, 300),
        "congé de solidarité familiale assister un proche en fin de vie allocation journalière d'accompagnement",
        ("F1767", "F706"),
        "F1767 « Congé de solidarité familiale » ; F706 « Allocation journalière d'accompagnement d'une personne en "
        "fin de vie »",
        unless=r"fonctionnaire|agent public|titulaire|contractuel",
        told=True,
    ),
    # A child seriously ill for months, and a parent who stops work to be there: the leave and the AJPP, not the
    # colleagues' gift of days off, nor the few days of a child's ordinary illness.
    Term(
        _around(r"\b" + _CHILD + r"\b[^.?!\n]{0,60}?\b" + _CHILD_ILL, _STOP_FOR, 300),
        "congé de présence parentale allocation journalière de présence parentale enfant gravement malade",
        ("F1631", "F15132", "F565"),
        "F1631 « Congé de présence parentale dans le secteur privé » ; F15132 « Allocation journalière de présence "
        "parentale (AJPP) » ; F565 « Congé de présence parentale dans la fonction publique »",
        unless=r"don (de|des) (jours|rtt|conges)|donner (des|mes|nos|ses) (jours|rtt|conges)|jours de repos",
        told=True,
    ),
    # A job seeker who falls ill: who pays, and whether care is still refunded.
    Term(
        _around(
            r"(je suis|suis|je touche|touche|au) (inscrite? (a|au) )?(chomage|pole emploi|france travail|l.are)"
            r"|demandeu(r|se) d.emploi|inscrite? (a|au) (chomage|pole emploi|france travail)",
            r"arrets? (maladie|de travail)|malade|maladie|hospitalis\w*|operee?|pneumonie",
            200,
        ),
        "demandeur d'emploi remboursé frais de santé en cas de maladie indemnités journalières chômage",
        ("F13905",),
        "F13905 « Un demandeur d'emploi est-il remboursé de ses frais de santé en cas de maladie ? »",
        unless=r"mutuelle|licencie\w* pour inaptitude|inaptitude",
    ),
    # A medical decision of the Sécurité sociale contested: on invalidity, incapacity or inaptitude (the technical
    # dispute), or on sick pay stopped after the médecin-conseil said "apte" (the general one).
    Term(
        _around(
            _CONTEST,
            r"(categorie|taux) (d.)?(invalidite|incapacite)|(invalidite|incapacite)( \w+){0,3} "
            r"(categorie|taux)|classee? en (invalidite|1re|2e|premiere|deuxieme)",
            200,
        ),
        "litige sur l'invalidité l'incapacité contentieux technique commission médicale de recours amiable",
        ("F2499",),
        "F2499 « Litige sur l'invalidité, l'incapacité ou l'inaptitude (contentieux technique) »",
    ),
    Term(
        _around(r"medecins? (conseils?|de la (secu|caisse|cpam))", _CONTEST + r"|conteste\w*", 250),
        "litige médical contentieux général commission de recours amiable décision de la sécurité sociale",
        ("F2500",),
        "F2500 « Litige administratif ou médical (contentieux général) »",
        unless=r"invalidite|incapacite|inaptitude",
    ),
    # A sick note on paper and what to do with it: whom to send which part to, and by when.
    Term(
        _around(
            r"arrets?( de travail| maladie)?|avis d.arret",
            r"quels? (volets?|feuillets?)|(volets?|feuillets?)( \w+){0,3} (a qui|ou)\b"
            r"|(2|3|deux|trois) (feuilles|exemplaires|pages)|envoyer quoi"
            r"|(envoyer|envoie|transmettre|adresser|poster)( \w+){0,2} (a qui|ou)|a qui (je |on )?(l.|les )?"
            r"(envoie|envoyer|transmet\w*|adresse\w*)|(envoye|poste|transmis)\w* (en retard|trop tard)",
            80,
        ),
        "arrêt maladie démarches à effectuer envoyer les volets de l'avis d'arrêt de travail sous 48 heures",
        ("F303",),
        "F303 « Arrêt maladie : démarches à effectuer »",
    ),
    # An accident on the way to or from work, by its name or told.
    Term(
        r"accidents? de trajet|(?s:(accident\w*|renverse\w*|tombe\w*|chute|percute\w*|fauche\w*)\b.{0,120}?"
        r"\b(en allant|en me rendant|en rentrant|en revenant|sur le (chemin|trajet)) (au|a mon|a la|du|de mon|de la)"
        r" (travail|boulot|bureau|chantier|usine|job)"
        r"|\b(en allant|en me rendant|en rentrant|en revenant|sur le (chemin|trajet)) (au|a mon|a la|du|de mon|de la)"
        r" (travail|boulot|bureau|chantier|usine|job)\b.{0,120}?\b(accident\w*|renverse\w*|tombe\w*|chute"
        r"|percute\w*|fauche\w*))",
        "accident de trajet accident du travail trajet domicile travail",
        ("F31881",),
        "F31881 « Qu'est-ce qu'un accident de trajet ? »",
    ),
    # What a doctor may charge above the Sécurité sociale's rate.
    Term(
        r"depassements? d.honoraires?|honoraires? (libres|en plus)|secteur (2|deux)|\boptam\b",
        "tarifs d'un médecin conventionné ou non dépassement d'honoraires secteur 2",
        ("F17042",),
        "F17042 « Quels sont les tarifs d'un médecin (conventionné ou non) ? »",
    ),
    # The company's health cover kept after the job ends, said in any tense ("je garderais la mutuelle").
    Term(
        _around(
            r"(garde|conserv|maintien|portabilite)\w*( \w+){0,2} (la |ma |sa |notre )?mutuelle"
            r"|mutuelle( \w+){0,4} (coupee|resiliee|suspendue|arretee|plus couverte?)",
            r"licencie\w*|licenciement|chomage|pole emploi|france travail|fin de (mon |son )?(contrat|cdd)"
            r"|rupture conventionnelle|demission\w*|quitte\w* (mon|l.) (emploi|entreprise|travail|boite)",
            150,
        ),
        "maintien de la mutuelle d'entreprise à la fin du contrat de travail portabilité",
        ("F20744",),
        "F20744 « Peut-on garder la mutuelle de l'entreprise à la fin du contrat de travail ? »",
        unless=r"conge parental|retraite",
    ),
)
