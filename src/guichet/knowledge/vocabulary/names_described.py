"""Familiar words, things described by what they are for, the long tail told as a story, English words and a
relative's child raised at home (`DESCRIBED_NAMES`).
"""

from __future__ import annotations

from guichet.knowledge.situations import RELATIVE_CHILD
from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

# Twenty-seventh pass: a grandparent, an aunt or an uncle who raises a relative's child says who the child is and
# that it lives with them ("mon petit-fils que j'élève", "les enfants de ma sœur vivent chez moi"); the fiches call
# that child "recueilli" (F16947: "il peut aussi s'agir d'un enfant adopté ou recueilli (frère, nièce ou neveu,
# etc.)"; F33647, F23468, F31919, F3134, F16620 say it for a benefit, the income tax, nationality, parental authority
# and health cover). The relative and the home within 200 characters, either order; no fiche: the asks decide.
# "j'élève ma petite-fille": the verb's object is the relative's child ("j'élève des chèvres" is a farm)
_RAISING_RELATIVE = (
    rf"j.(?:ai )?elev\w* (?:seule? )?(?:mon|ma|mes|sa|son|ses|les|leurs?) (?:\w+ )?(?:{RELATIVE_CHILD})\b"
)
_RAISED_AT_HOME = (
    r"je (?:l.|les )eleve\w*|nous (?:l.|les )?elev\w*|on (?:l.|les )eleve\w*"
    r"|(?:que|qui) j.ai eleve\w*|j.ai recueilli\w*|(?:vit|vivent|habite\w*) (?:chez|avec) (?:moi|nous)"
    r"|(?:heberge|recueilli|accueilli)\w* (?:chez )?(?:moi|nous)|(?:me|nous) (?:l.|les )?a confiee?s?"
    r"|(?:a|ont) ete confiee?s?|a (?:ma|notre) charge|sous (?:ma|notre) garde"
)
DESCRIBED_NAMES: tuple[Term, ...] = (
    # Everyday words the fiches never use (eighth pass). A familiar word ("mon boulot", "le proprio", "les gosses")
    # matches nothing in the index: it reads as its standard word. Source: the standard sense of the familiar word
    # (Wiktionnaire, « familier »); no fiche is named, the words only join the query.
    Term(r"boulots?|taff?s?|jobs?|bosser|bosse", "travail emploi", (), "familier : boulot, taf = emploi"),
    Term(r"proprios?", "propriétaire", (), "familier : proprio = propriétaire"),
    Term(r"apparts?", "appartement", (), "familier : appart = appartement"),
    Term(r"gosses?|gamins?|gamines?|momes?|marmots?", "enfants", (), "familier : gosse, gamin, môme = enfant"),
    Term(r"darons?|daronnes?", "parents", (), "familier : daron = père, parent"),
    Term(r"allocs?", "allocations", (), "familier : les allocs = les allocations"),
    Term(r"thunes?|tunes?|fric|pognon|oseille", "argent ressources", (), "familier : thune, fric, pognon = argent"),
    Term(r"flics?|keufs?", "police", (), "familier : flic = policier"),
    Term(r"toubibs?", "médecin", (), "familier : toubib = médecin"),
    Term(r"bagnoles?", "voiture véhicule", (), "familier : bagnole = voiture"),
    Term(r"chomdu", "chômage", (), "familier : chômedu = chômage"),
    Term(r"fac", "université études supérieures étudiant", (), "familier : la fac = l'université"),
    Term(
        r"(les|des|aux|pour) (vieux|petits vieux|vieilles|personnes agees)",
        "personnes âgées",
        (),
        "familier : les vieux = les personnes âgées",
    ),
    Term(
        r"(fait|fais|me|m.ont|m.a|se faire|suis) virer|(viree?|vire) (de mon|du|de ma) (travail|boulot|job|boite)",
        "licenciement licencié",
        (),
        "familier : se faire virer = être licencié",
    ),
    Term(r"paperasses?", "démarches administratives", (), "familier : paperasse = papiers administratifs"),
    # Tenth pass, round 2 (batch v11, measured once, then read): a benefit or procedure called by what it is for,
    # in the words of someone who never read its title ("l'aide pour le loyer", "la prime pour ceux qui travaillent",
    # "l'argent de la rentrée", "un avocat gratuit"). Each entry is the everyday description of one named thing;
    # source: the fiche whose title or description says what the thing is for.
    Term(
        r"(aides?|allocs?|allocations?|sous|argent) (de la caf |de la msa )?(pour|au|a|du|sur) (le |mon |ton |son )?"
        r"loyers?",
        "aide au logement APL allocation de logement",
        (),
        "F12006 « Aide personnalisée au logement (APL) », F1280 (ALS), F13132 (ALF) : une aide pour payer le loyer",
    ),
    Term(
        r"primes? (pour|des|aux) (ceux|celles|les gens|les personnes|les salaries|les travailleurs) qui "
        r"(travaillent|bossent)|primes? (quand|si|pour) on (travaille|bosse)"
        r"|primes? (pour|des|aux) (les )?(petits|bas|faibles) (salaires|revenus)",
        "prime d'activité",
        ("F2882", "F34701", "F33375"),
        "F2882 « Prime d'activité : salarié ou fonctionnaire » : complément de revenus des travailleurs aux "
        "ressources modestes ; F34701 (travailleur non salarié) ; F33375 (étudiant, stagiaire, apprenti)",
    ),
    Term(
        r"(argent|sous|thunes?|versement|cheque) de (la )?rentree",
        "allocation de rentrée scolaire",
        ("F1878",),
        "F1878 « Allocation de rentrée scolaire (ARS) » : aide versée en août pour la rentrée des enfants",
    ),
    Term(
        r"avocats? (gratuits?|paye par l.etat|pris en charge par l.etat)"
        r"|(pas|plus) (d.argent|de sous|de quoi|les sous) (pour|de) (payer |me payer |prendre )?(un |l.)?avocat",
        "aide juridictionnelle",
        ("F18074",),
        "F18074 « Aide juridictionnelle » : prise en charge par l'État des honoraires d'avocat",
    ),
    Term(
        r"(?s:(contrat|papier|truc|union)s? .{0,40}?(couples?|concubins?|deux) (qui )?(ne )?(veulent |voulons |sont )?"
        r"(pas|non|sans) (se |nous |etre )?maries?)",
        "pacte civil de solidarité Pacs",
        ("F1618",),
        "F1618 « Se pacser » : contrat conclu entre deux personnes pour organiser leur vie commune, sans mariage",
    ),
    Term(
        r"(retraite|pension|allocation|aide|minimum)s? (minimum |minimale )?(pour|des|aux) (les )?(vieux|vieilles|"
        r"personnes agees|retraites|anciens) (qui (n.)?ont|sans) (rien|pas (de|d.|grand)|aucune?)",
        "allocation de solidarité aux personnes âgées minimum vieillesse",
        ("F16871",),
        "F16871 « Allocation de solidarité aux personnes âgées (Aspa) » : pour les retraités aux faibles ressources",
    ),
    Term(
        r"(?s:(secu|securite sociale|assurance maladie|cpam|caisse)\b.{0,60}?(quand|si|lorsqu.|apres qu.) "
        r"(\S+ ){0,2}(meurt|decede|est decede|est mort))"
        r"|(argent|somme|capital|sous) (\w+ ){0,2}(a la famille|aux proches|aux enfants) (quand|si|lorsqu.)",
        "capital décès",
        ("F3005", "F1544"),
        "F3005 « Capital décès versé pour le décès d'un salarié du secteur privé » (versé par la sécurité sociale "
        "aux proches) ; F1544 (fonctionnaire)",
    ),
    Term(
        r"(mettre|mis|met|mets) (mon|son|le|ma|sa) (poste|travail|boulot|carriere|emploi|contrat) en "
        r"(pause|stand.?by|suspens|veille|parenthese)|(pause|parenthese) (dans|de) (ma|sa) carriere",
        "disponibilité congé sans solde congé sabbatique",
        ("F544", "F2381", "F10431"),
        "F544 « Disponibilité d'un fonctionnaire » : cesser temporairement de travailler ; F2381 « Congé sabbatique "
        "dans le secteur privé » ; F10431 « Comment bénéficier d'un congé sans solde ? »",
    ),
    Term(
        r"(?s:(micro|auto).?entrepr\w*.{0,300}?(declarer|dire|declare|indiquer) ce que (j.ai|je|on a|on) "
        r"(gagne|encaisse|facture))",
        "déclarer son chiffre d'affaires micro-entrepreneur",
        ("F23257",),
        "F23257 « Micro-entrepreneur : quand déclarer son chiffre d'affaires ? »",
    ),
    Term(
        r"(conduire|conduite|volant|apprendre a conduire) .{0,40}avec (mon|ma|son|sa|ses|mes|nos) (pere|mere|"
        r"parents?|papa|maman|oncle|tante)|conduite accompagnee",
        "apprentissage anticipé de la conduite conduite accompagnée",
        ("F2826",),
        "F2826 « Permis de conduire : apprentissage anticipé (AAC) à partir de 15 ans » (la conduite accompagnée)",
    ),
    Term(
        r"(aides?|allocations?) (\w+ ){0,3}(pour )?(payer|financer|regler) (la |l.|sa |son )?"
        r"(maison de retraite|ehpad)",
        "aide sociale à l'hébergement personne âgée Ehpad",
        ("F2444",),
        "F2444 « Aide sociale à l'hébergement (ASH) d'une personne âgée » : frais d'hébergement en établissement",
    ),
    # Retirement asked as "when can I leave" without the word: "à quel âge je peux partir / m'arrêter ?" is the age
    # of departure (F14043 « À partir de quel âge peut-on partir en retraite dans le secteur privé ? », F2786 « Âge
    # minimum de départ à la retraite dans la fonction publique »).
    Term(
        # the writer or a relative, with or without a modal; not "à quel âge un enfant peut-il partir seul"
        r"(a|a partir de) quel age ((je |j.|on |il |elle )?(peux|pourrai\w*|peut|pourra\w*|puis|dois|doit)"
        r"(.(je|il|elle|on))? (enfin |bien |vraiment )?)?(partir|arreter|me barrer|m.arreter|me retirer|decrocher)",
        "âge de départ à la retraite",
        ("F14043", "F2786"),
        "F14043 « À partir de quel âge peut-on partir en retraite dans le secteur privé ? » ; F2786 (fonction "
        "publique)",
    ),
    # An old person's help at home asked as "someone who comes to him every day": F10009 « Allocation personnalisée
    # d'autonomie (Apa) » pays for the help at home.
    Term(
        r"(payer|paye|embaucher|financer) (\w+ ){0,2}quelqu.un (qui|pour) (\w+ ){0,2}(vien\w*|passe\w*|aide\w*"
        r"|s.occupe\w*|l.aide\w*)",
        "allocation personnalisée d'autonomie aide à domicile",
        ("F10009",),
        "F10009 « Allocation personnalisée d'autonomie (Apa) » : aide à domicile des personnes âgées",
    ),
    # A foreigner who wants to live in France without working: the "visiteur" card is written for them (F302: « pour
    # un étranger qui souhaite séjourner en France sans y travailler »).
    Term(
        r"(vivre|rester|m.installer|s.installer|nous installer|habiter|sejourner|passer) (\w+ ){0,5}sans "
        r"(travailler|emploi|activite professionnelle)",
        "carte de séjour visiteur sans activité professionnelle",
        ("F302",),
        'F302 « Carte de séjour temporaire "visiteur" d\'un étranger en France »',
    ),
    # The carte Vitale is "la carte verte" to many (its colour), when the message is about care or refunds (the car
    # insurance's green card is the other one).
    Term(
        r"(?s:carte verte.{0,200}?(pharmac\w*|rembours\w*|secu|medecin|ameli|cpam|soins)"
        r"|(pharmac\w*|rembours\w*|secu|medecin|ameli|cpam|soins).{0,200}?carte verte)",
        "carte Vitale",
        ("F265",),
        "F265 « Carte Vitale » (la carte verte de l'assurance maladie)",
    ),
    # A student who gets no grant and has nothing left: the aids for students in difficulty are open to them (F1024
    # « Allocation spécifique annuelle pour étudiant en difficulté », F34073 « Aide spécifique ponctuelle … »).
    Term(
        r"(pas|non|ni) boursiere?s?",
        "étudiant en difficulté aide spécifique non boursier",
        ("F1024", "F34073"),
        "F1024 « Allocation spécifique annuelle pour étudiant en difficulté » ; F34073 « Aide spécifique ponctuelle "
        "pour étudiant en difficulté »",
    ),
    # A jobseeker who turned down a job and fears losing the allowance: the "offre raisonnable d'emploi" of the
    # jobseeker's obligations (F14926 « Chômage : obligation de recherche d'emploi (PPAE) »).
    Term(
        r"offres? raisonnables?( d.emploi)?"
        r"|(?s:(chomage|pole emploi|france travail|conseill\w*|radie\w*|radiation)\b.{0,200}?refuse\w* (\w+ ){0,2}"
        r"(postes?|offres?|emplois?|propositions?)\b|refuse\w* (\w+ ){0,2}(postes?|offres?|emplois?|propositions?)\b"
        r".{0,200}?(chomage|pole emploi|france travail|radie\w*|radiation)\b)",
        "offre raisonnable d'emploi obligation de recherche d'emploi PPAE",
        ("F14926",),
        "F14926 « Chômage : obligation de recherche d'emploi (PPAE) » (l'offre raisonnable d'emploi)",
    ),
    # A private person who employs someone at home and asks how to declare them: the Cesu déclaratif (F2912
    # « Particulier employeur : à quoi sert le Cesu déclaratif et comment y adhérer ? »). Not a "nounou", who may be
    # an assistante maternelle declared through Pajemploi.
    Term(
        # the person employed, not the writer's own work ("déclarer mes revenus de jardinier")
        r"(declarer|declare|declaration d.une?) (un |une |mon |ma |mes |la |le |les |notre |nos |l.)?(nouvelle? )?"
        r"(femmes? de menage|aides?.menageres?|menageres?"
        r"|jardiniers?|baby.?sitters?|aides? a domicile|auxiliaires? de vie|employee?s? (a|de) domicile"
        r"|dame qui fait (mon|le) menage)",
        "particulier employeur Cesu déclaratif déclarer un salarié à domicile",
        ("F2912",),
        "F2912 « Particulier employeur : à quoi sert le Cesu déclaratif et comment y adhérer ? »",
    ),
    # Round 2 of the eleventh pass: situations of the catalogue's long tail, each told in a story without the
    # fiche's name (an unseen author's messages found none of them). Each pattern is the situation, never one
    # message's words.
    # A filed tax return that missed a deduction or holds a mistake: the online correction (F33885 « Impôt sur le
    # revenu : comment corriger ma déclaration ? », "en cas d'erreur ou d'oubli"). The return is named as a tax
    # return ("déclaration de revenus / d'impôts / en ligne"), not a Caf quarterly statement.
    Term(
        # "oublié de faire / d'envoyer ma déclaration" is a return not filed (the late return's fiches), not this
        r"(?s:\b(oubli\w*(?! (de|d.) ?(faire|remplir|envoyer|deposer|rendre|signer|valider))|erreurs?|trompee?s?|omis"
        r"|corriger|rectifier)\b.{0,80}?"
        r"\bdeclaration (de revenus|d.impots?|fiscale|en ligne|faite en ligne)"
        r"|\bdeclaration (de revenus|d.impots?|fiscale)\b.{0,120}?"
        r"\b(erreurs?|trompee?s?|corriger|rectifier)\b"
        r"|\b(oublie|omis) de (declarer|mettre|indiquer|deduire|cocher|reporter)\b.{0,120}?"
        r"\b(ma|la|notre|sur la|dans la|dans ma) declaration\b(?! trimestrielle))",
        "corriger sa déclaration de revenus erreur oubli correction en ligne",
        ("F33885",),
        "F33885 « Impôt sur le revenu : comment corriger ma déclaration ? » (en cas d'erreur ou d'oubli)",
    ),
    # Someone who pays a helper at home (cleaning, garden, a carer) and asks what it gives back on income tax: the
    # tax credit (F12 « Impôt sur le revenu - Crédit d'impôt pour l'emploi d'un salarié à domicile »), also paid to
    # people who owe no tax. A childminder at her own home is the childcare deduction's, not this.
    Term(
        r"(?s:\b(femmes? de menage|aides?.menageres?|(fait|faire|fasse) (le|son|mon|notre) menage|jardiniers?"
        r"|aides? a domicile|auxiliaires? de vie|employee?s? (a|de) domicile|salariee?s? a domicile|cesu)\b"
        r".{0,250}?\b(credit d.impots?|reduction d.impots?|impots?|declaration de revenus|rembourse\w*|recuperer)\b"
        r"|\b(credit d.impots?|reduction d.impots?)\b.{0,120}?\b(femmes? de menage|menage|jardin\w*|aides? a domicile"
        r"|auxiliaires? de vie|(employee?s?|salariee?s?) a domicile|cesu)\b)",
        "crédit d'impôt emploi d'un salarié à domicile services à la personne",
        ("F12",),
        "F12 « Impôt sur le revenu - Crédit d'impôt pour l'emploi d'un salarié à domicile »",
    ),
    # Care paid during a stay abroad (a holiday, a trip) and its refund: F213 « Remboursement des soins à l'étranger
    # (vacances ou court séjour) ». Both the stay and the care are told, then the refund asked.
    Term(
        r"(?s:\b(soins?|soigne\w*|hospitalis\w*|operee?s?|operation|medecins?|urgences?|malades?|pharmacie"
        r"|consultation|dentiste|frais medicaux|clinique|hopital)\b.{0,150}?"
        r"\b(a l.etranger|en vacances|pendant (mes|nos|les|ses|leurs|des) vacances|en voyage|a l.exterieur de la "
        r"france|hors (de l.)?(europe|union europeenne|ue))\b.{0,300}?\brembours\w*"
        r"|\b(a l.etranger|en vacances|pendant (mes|nos|les|ses|leurs|des) vacances|en voyage)\b.{0,150}?"
        r"\b(soins?|soigne\w*|hospitalis\w*|operee?s?|operation|medecins?|urgences?|malades?|pharmacie"
        r"|consultation|dentiste|frais medicaux|clinique|hopital)\b.{0,300}?\brembours\w*)",
        "remboursement des soins à l'étranger vacances court séjour",
        ("F213",),
        "F213 « Remboursement des soins à l'étranger (vacances ou court séjour) »",
    ),
    # A bank account emptied or blocked by a seizure, and what must be left to live on: the "solde bancaire
    # insaisissable" (F1437 « Solde bancaire insaisissable (SBI) »: "la banque laisse un montant minimum").
    Term(
        # the seizure and the ask for what is left may be a few sentences apart in a long story
        r"(?s:\b(saisie?s?|saisir?|bloquee?s?|tout pris|tout preleve|vide\w*)\b.{0,80}?"
        r"\b(mon |le |notre |son )?compte\b"
        r".{0,500}?\b(minimum|de quoi vivre|rien pour|pour vivre|laisser|laisse|reste (plus )?rien)\b"
        r"|\bcompte\b.{0,150}?\b(saisie?s?|saisir?|bloquee?s?)\b.{0,500}?\b(minimum|de quoi vivre|rien pour|pour vivre"
        r"|laisser|laisse|reste (plus )?rien)\b)",
        "solde bancaire insaisissable saisie sur compte montant minimum",
        ("F1437",),
        "F1437 « Solde bancaire insaisissable (SBI) » (la banque laisse un montant minimum)",
    ),
    # School meals one cannot pay: the help for the canteen (F19294 « Peut-on obtenir une aide financière pour la
    # cantine scolaire ? »).
    Term(
        # the canteen's own price or help, close to its word: not a canteen among the costs of a longer story
        r"(?s:\b(cantine|restauration scolaire|demi.pension)\b.{0,100}?\b(aides?|aider|trop chere?|tarifs? "
        r"(reduits?|social|sociaux)|plus les moyens|(arrive|arrivons) (plus|pas) a (la )?payer|bourses?)\b"
        r"|\b(aides?|aider)\b.{0,40}?\b(la |pour la |de la )?(cantine|demi.pension)\b)",
        "aide financière cantine scolaire",
        ("F19294",),
        "F19294 « Peut-on obtenir une aide financière pour la cantine scolaire ? »",
    ),
    # A funeral to pay after a death (the heirs, a child who renounces): F17059 « Qui doit payer les frais
    # d'obsèques ? » ("même en cas de renonciation").
    Term(
        r"(?s:\b(obseques|enterrement|funerailles|pompes funebres|inhumation|cremation)\b.{0,150}?"
        r"\b(payer|paie|paye|frais|couts?|facture|reclam\w*|combien|regler)\b"
        r"|\b(payer|regler|frais)\b.{0,40}?\b(les |l.|des )?(obseques|enterrement|funerailles|pompes funebres)\b)",
        "qui doit payer les frais d'obsèques succession héritiers",
        ("F17059",),
        "F17059 « Qui doit payer les frais d'obsèques ? »",
    ),
    # A writer whose first language is English writes its words for the thing (second-language French): the
    # French words of the fiches. Source: the usual translation (the fiches' own English names where they exist).
    Term(r"nationality|citizenship|become french", "nationalité française", (), "anglais : nationality = nationalité"),
    Term(r"married|marriage|wife|husband|spouse", "mariage marié conjoint", (), "anglais : married = marié"),
    Term(r"kids|children|child", "enfants", (), "anglais : children = enfants"),
    Term(r"residence (permit|card)|resident card", "titre de séjour carte de séjour", (), "anglais"),
    Term(r"driving licen[cs]e|driver.?s licen[cs]e", "permis de conduire", (), "anglais : driving licence = permis"),
    Term(r"tax|taxes|income tax", "impôt sur le revenu", (), "anglais : tax = impôt"),
    Term(r"rent|landlord", "loyer propriétaire bailleur", (), "anglais : rent = loyer"),
    Term(r"housing (benefit|aid|allowance)", "aide au logement APL", (), "anglais : housing benefit"),
    Term(r"unemployment|jobless", "chômage allocation chômage", (), "anglais : unemployment = chômage"),
    Term(r"retirement", "retraite", (), "anglais : retirement = retraite"),
    Term(r"health insurance", "assurance maladie", (), "anglais : health insurance = assurance maladie"),
    Term(r"birth certificate", "acte de naissance", (), "anglais : birth certificate = acte de naissance"),
    Term(r"passports?", "passeport", (), "anglais : passport = passeport"),
    Term(r"sick leave", "arrêt maladie", (), "anglais : sick leave = arrêt maladie"),
    Term(r"pregnant|pregnancy", "enceinte grossesse", (), "anglais : pregnant = enceinte"),
    Term(r"scholarship|student grant", "bourse étudiant", (), "anglais : scholarship = bourse"),
    Term(
        "(?s:" + _RAISING_RELATIVE + "|" + _around(_RAISED_AT_HOME, RELATIVE_CHILD, 200)[4:],
        "enfant recueilli",
        (),
        "F16947 « Qu'est-ce qu'un enfant à charge pour les prestations familiales ? » : enfant adopté ou recueilli",
    ),
)
