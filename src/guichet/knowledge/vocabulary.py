"""What citizens call things, and what the fiches call them: acronyms and everyday names of benefits and procedures.

People write "ma mutuelle", "le chômage", "mes papiers", "la carte grise", "l'ACRE", "la CSS"; fiches say
"complémentaire santé solidaire", "allocation d'aide au retour à l'emploi", "titre de séjour", "certificat
d'immatriculation". Each entry maps a way of writing (regular expressions over the folded text: lower case, no
accents) to the fiches' words (appended to the lexical query, never substituted, so the citizen's word still
matches the fiches that use it) and, when one fiche is *the* fiche of that name, to that fiche (a candidate the
re-ranking weighs with its other evidence, see `guichet.knowledge.rerank`). A broad topic with many fiches (APL,
AAH, réversion, micro-entreprise…) points to none: its words find them, the asks decide; one whose main fiche comes
in one version per public (RSA, prime d'activité: salaried, self-employed, student; capital décès, heures sup,
congé maternité: private sector, civil service) points to those versions, and the re-ranking puts first the one
written for the writer's situation (`guichet.knowledge.situations`).

Sources: the fiche that names the thing (its title or its description, quoted in `source`), or, for colloquial
names, the usage the fiche itself acknowledges ("ex-CMU-C", "dite carte grise", "communément appelée…"). An entry
is added for a name, never for one message: the corpus of `corpora/retrieval/` only measures whether the
vocabulary helps.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from guichet.knowledge.bereavement_terms import BEREAVEMENT_TERMS
from guichet.knowledge.office_terms import OFFICE_TERMS, YOUNG_TERMS
from guichet.knowledge.situations import ABROAD, LIVING_ABROAD, RELATIVE_CHILD, RETURNING
from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around
from guichet.text.gate import gated

_CHILD = r"(fils|fille|enfants?|garcons?|bebes?|petite?s?|nouveau.nee?s?|gosses?|gamine?s?)"


# Twenty-fourth pass, second shift: a French person coming back from abroad (`situations.RETURNING`) or living there
# (`situations.LIVING_ABROAD`) asks what anyone asks (health cover, the RSA, unemployment benefit, a car, taxes), and
# the fiche written for their situation shares few words with the ask. Each entry is the situation and one topic;
# its source is the fiche's title.
# settling abroad, not a stay: living, moving or settling there, said by the country or the town
_SETTLING = (
    r"\b(vivre|vis|vit|habite\w*|install\w*|resid\w*|demenag\w*)( \w+){0,3} (au|aux|en|a) (" + ABROAD + r")"
    r"|partir (vivre|travailler|m.installer|s.installer|m.expatrier)|\bexpatri\w*"
)
_HEALTH = r"secu|securite sociale|assurance maladie|couverte?s?|couverture|carte vitale|cpam|ameli|puma|mutuelle"
_TAX = r"impots?|impose\w*|declar\w*|tax\w*|fiscal\w*|non.residents?"
_DEATH = r"decede\w*|mort|morte|deces|mourir|meurt"
# "CFE" beside an expatriate's or a health cover's words, either side within 200 characters (see the Caisse's entry)
_CFE_ABROAD = _around(
    r"expatri\w*|a l.etranger|hors de france|assurance maladie|securite sociale|\bsecu\b|carte vitale|cpam",
    r"cfe",
    200,
)
# Twenty-seventh pass: a grandparent, an aunt or an uncle who raises a relative's child says who the child is and
# that it lives with them ("mon petit-fils que j'élève", "les enfants de ma sœur vivent chez moi"); the fiches call
# that child "recueilli" (F16947: "il peut aussi s'agir d'un enfant adopté ou recueilli (frère, nièce ou neveu,
# etc.)"; F33647, F23468, F31919, F3134, F16620 say it for a benefit, the income tax, nationality, parental authority
# and health cover). The relative and the home within 200 characters, either order; no fiche: the asks decide.
# "j'élève ma petite-fille": the verb's object is the relative's child ("j'élève des chèvres" is a farm)
# Twenty-eighth pass, second shift: a road offence ("amende" alone may be a court's fine for anything)
_ROAD_OFFENCE = (
    r"pv|contraventions?|radars?|flashee?s?|exces de vitesse|vitesse|feu rouge|infractions? routieres?"
    r"|code de la route"
)
_PARKING_TICKET = r"ticket (de |du )?(stationnement|parking|horodateur)"  # not the tram's
_RAISING_RELATIVE = (
    rf"j.(?:ai )?elev\w* (?:seule? )?(?:mon|ma|mes|sa|son|ses|les|leurs?) (?:\w+ )?(?:{RELATIVE_CHILD})\b"
)
_RAISED_AT_HOME = (
    r"je (?:l.|les )eleve\w*|nous (?:l.|les )?elev\w*|on (?:l.|les )eleve\w*"
    r"|(?:que|qui) j.ai eleve\w*|j.ai recueilli\w*|(?:vit|vivent|habite\w*) (?:chez|avec) (?:moi|nous)"
    r"|(?:heberge|recueilli|accueilli)\w* (?:chez )?(?:moi|nous)|(?:me|nous) (?:l.|les )?a confiee?s?"
    r"|(?:a|ont) ete confiee?s?|a (?:ma|notre) charge|sous (?:ma|notre) garde"
)
_ABROAD_NOW = r"a l.etranger|pendant (nos|les|ses|mes|leurs) vacances|en vacances|(a|au|aux|en) (" + ABROAD + r")"
ABROAD_TERMS: tuple[Term, ...] = (
    Term(
        _around(
            RETURNING,
            r"secu|securite sociale|assurance maladie|couverte?s?|couverture|carte vitale|cpam|ameli|puma|mutuelle"
            r"|soins|medecins?|enceinte|grossesse|rembourse\w*"
            r"|(ouvr\w*|rouvr\w*|reouv\w*) (de |des |mes |les |nos )?droits",
        ),
        "assurance maladie retour expatrié couverture santé",
        ("F32824",),
        "F32824 « Quelle assurance maladie à votre retour après avoir travaillé comme expatrié ? »",
    ),
    Term(
        _around(
            RETURNING,
            r"rsa|aides?|aides? sociales?|prime d.activite|apl|allocations? (familiales|logement)"
            r"|(aucun|sans|pas de) (revenus?|ressources?)",
        ),
        "aides sociales retour d'expatriation RSA",
        ("F31833",),
        "F31833 « Peut-on percevoir des aides sociales à son retour d'expatriation ? »",
    ),
    Term(
        _around(
            RETURNING,
            r"chomage|france travail|pole emploi|are|arbeitslosengeld|indemnis\w*|allocations? chomage"
            r"|inscrite?s? (a|chez|comme)",
        ),
        "retour en France allocations chômage droits",
        ("F33775",),
        "F33775 « Retour en France : quel droit aux allocations chômage ? »",
    ),
    Term(
        _around(RETURNING, r"voitures?|vehicules?|carte grise|plaques?|immatricul\w*|moto|camping.car"),
        "expatrié revient en France véhicule immatriculation",
        ("F12097",),
        "F12097 « Quelle formalité doit faire l'expatrié qui revient en France avec un véhicule ? »",
    ),
    Term(
        _around(RETURNING, _TAX),
        "impôt sur le revenu retour d'expatriation",
        ("F31443",),
        "F31443 « Impôt sur le revenu - Retour d'expatriation »",
    ),
    Term(
        _around(LIVING_ABROAD, _TAX),
        "impôt sur le revenu Français vivant à l'étranger non-résident",
        ("F31442",),
        "F31442 « Impôt sur le revenu d'un Français vivant à l'étranger »",
    ),
    Term(
        _around(_SETTLING, _HEALTH),
        "assurance maladie Français vivant à l'étranger",
        ("F407",),
        "F407 « Assurance maladie d'un Français vivant à l'étranger »",
    ),
    Term(
        _around(_SETTLING, r"voitures?|vehicules?|carte grise|plaques?|immatricul\w*|moto|camping.car"),
        "véhicule part s'installer à l'étranger",
        ("F32277",),
        "F32277 « Que faire de son véhicule quand on part s'installer à l'étranger ? »",
    ),
    Term(
        rf"(?s:\b(?:{_DEATH})\b.{{0,100}}?\b(?:{_ABROAD_NOW})\b)",
        "décès d'un proche à l'étranger",
        ("F911",),
        "F911 « Que faire en cas de décès d'un proche à l'étranger ? »",
    ),
)

# Twenty-ninth pass (r36, v48): hunters, anglers and country people name their permit, their septic tank and the
# animals they meet; people with disabilities name their exam arrangements by the "tiers temps"; asylum seekers'
# "CADA" is a reception centre, not the commission on administrative documents (a triage message seen by the lead:
# "une place en CADA" found F2467). Each entry names a thing many messages name, its source the fiche's own words.
_HUNTING_PERMIT = r"permis (de |pour )?chass\w*"
_OWN_ANIMAL = r"(mon|ma|notre|nos|mes) (\w+ )?(chien|chienne|chat|chatte|chiot|chaton)s?"
_DISABLED_CHILD = (
    r"\b(fils|fille|enfants?|garcon)\b[^.?!\n]{0,80}?\b(handicape\w*|polyhandicap\w*|trisomi\w*|autiste|invalide)\b"
)
RURAL_TERMS: tuple[Term, ...] = (
    Term(
        _HUNTING_PERMIT,
        "permis de chasser",
        (),
        "F2088 « Examen du permis de chasse » ; F2091 « Validation annuelle du permis de chasse » : une famille de "
        "fiches, les demandes choisissent",
    ),
    Term(
        rf"(?s:valid\w* (\w+ ){{0,4}}{_HUNTING_PERMIT}|{_HUNTING_PERMIT}.{{0,60}}?\bvalid\w*)",
        "validation annuelle du permis de chasser",
        ("F2091",),
        "F2091 « Validation annuelle du permis de chasse »",
    ),
    Term(
        rf"(?s:{_HUNTING_PERMIT}.{{0,120}}?\b(perdu|perte|vole|vol|brule|abime|detruit|dechire|refaire|duplicata)\b"
        rf"|\b(perdu|vole|brule|abime|detruit|refaire|duplicata)\b.{{0,60}}?{_HUNTING_PERMIT})",
        "permis de chasser perdu ou abîmé duplicata",
        ("F2166",),
        "F2166 « Permis de chasse perdu ou abîmé : quelles démarches pour le refaire ? »",
    ),
    Term(
        r"chasse accompagnee|chasser sans (le |un |de )?permis"
        r"|(?s:(pas (encore )?(le|de) permis|sans (le |un )?permis).{0,200}?\b(chasse|battues?)\b"
        r"|\b(chasse|battues?)\b.{0,200}?(pas (encore )?(le|de) permis|sans (le |un )?permis))",
        "chasse accompagnée chasser sans permis sous la responsabilité d'un chasseur",
        ("F15819",),
        "F15819 « Chasse accompagnée : comment chasser sans permis ? »",
        unless=r"permis de (conduire|construire)",
    ),
    Term(
        r"fosses? (septiques?|toutes eaux)|spanc|assainissement (individuel|autonome|non collectif)"
        r"|micro.?station d.epuration|pas (de |le |raccorde\w* au )?tout.a.l.egout",
        "assainissement non collectif des eaux usées domestiques",
        ("F447",),
        "F447 « Assainissement des eaux usées domestiques » : installation d'assainissement non collectif, contrôle "
        "par le service public d'assainissement non collectif (Spanc)",
        unless=r"\b(vend\w*|vente|diagnostics?)\b",
    ),
    Term(
        r"(?s:\b(vend\w*|vente|diagnostics?)\b.{0,150}?(fosses? (septiques?|toutes eaux)|spanc|assainissement)"
        r"|(fosses? (septiques?|toutes eaux)|spanc|assainissement).{0,150}?\b(vend\w*|vente|diagnostics?)\b)",
        "diagnostic de l'installation d'assainissement non collectif vente",
        ("F31685",),
        "F31685 « Diagnostic immobilier : état de l'installation d'assainissement non collectif »",
    ),
    # twenty-ninth pass: a disabled child on the parents' tax return ("notre fils trisomique de 23 ans : sur notre
    # déclaration ?"; a disabled child of any age can stay on it, with a half share)
    Term(
        _around(
            _DISABLED_CHILD,
            r"declarations? (de revenus|d.impots?|fiscales?)|(notre|ma|nos) declaration|impots?( sur le revenu)?"
            r"|foyer fiscal|demi.parts?|parts? fiscales?|a charge fiscalement|detacher|rattach\w*",
            300,
        ),
        "impôt sur le revenu enfant handicapé à charge demi-part",
        ("F2661",),
        "F2661 « Impôt sur le revenu - Enfant handicapé à charge » (its near twin F35227 « … : déclarer un enfant "
        "handicapé à charge » listed beside it ranked r22-009's gold 6th instead of 4th: left to the words)",
    ),
    Term(
        r"(chien|chat|chiot|chaton)s? errants?|animaux errants?|(?<!mon )(?<!ma )(?<!notre )"
        r"(chien|chat|chiot|chaton)s? (\w+ ){0,3}sans (collier|maitre|proprietaire)"
        r"|(trouve|recueilli|ramasse)\w* (un|une) (\w+ ){0,2}(chien|chienne|chat|chatte|chiot|chaton)s?",
        "chien ou chat errant trouvé identification fourrière",
        ("F32338",),
        "F32338 « Que faire si vous trouvez un chien ou un chat errant ? »",
    ),
    Term(
        rf"(?s:(perdu|egare)\w* {_OWN_ANIMAL}|{_OWN_ANIMAL}.{{0,80}}?\b(perdu|egare|disparu|fugue|pas revenue?"
        r"|(ne )?revient pas)\b)",
        "perdu son animal de compagnie déclarer la perte identification",
        ("F24029",),
        "F24029 « Que faire si vous avez perdu votre animal de compagnie ? »",
    ),
    Term(
        r"tiers.temps|amenagements? (des |d.|de mes |de l.|pour (l.|les |le ))?(examens?|epreuves?|bac|brevet)",
        "aménagement des examens candidat en situation de handicap",
        ("F15112",),
        "F15112 « Comment sont aménagés les examens pour un candidat en situation de handicap ? » (le « tiers "
        "temps » : la majoration du temps de composition)",
    ),
    Term(
        r"(?s:\bcada\b.{0,150}?(asile|ofii|ofpra|refugie)|(asile|ofii|ofpra|refugie).{0,150}?\bcada\b"
        r"|(places?|logee?s?|hebergee?s?|logement|chambre|centre|foyer) (en|au|du|dans un|d.un|dans le) cada\b)",
        "centre d'accueil pour demandeurs d'asile hébergement",
        ("F32454",),
        "F32454 « Droits du demandeur d'asile : soins, logement, aide financière... » : « un centre d'accueil pour "
        "demandeurs d'asile (Cada) »",
    ),
    Term(
        r"(saisi\w*|avis|saisine) (de )?la cada|commission d.acces aux documents administratifs",
        "commission d'accès aux documents administratifs accès aux documents administratifs",
        ("F2467",),
        "F2467 « Accès aux documents administratifs » : saisir la Commission d'accès aux documents administratifs "
        "(Cada)",
    ),
)

# Thirtieth pass, engineer-r37: the other side of a relation. A landlord, an employer, a relative acting for someone
# tells the situation from their side, without the fiche's name: people who moved into their house, an employee who
# no longer comes, the employee at home of a parent now in hospital, a parent who can no longer manage, an Ehpad the
# family cannot pay. Each entry is that situation (never one message's words); its source is the fiche's title or
# description.
_HOME = r"(ma|notre|sa|la) maison|(mon |notre |son |l.)appartement|(mon|notre|son|le) logement|residence secondaire"
_INTRUDERS = (
    r"(des|les) (gens|inconnus|individus|personnes|occupants) (\w+ ){0,2}(sont |se sont )?"
    r"(install\w*|entre\w*|rentre\w*|dedans|occup\w*)|qu.ils sont chez eux|sans droit ni titre"
)
_AT_HOME_EMPLOYEE = (
    r"aides? a domicile|auxiliaires? de vie|femmes? de menage|aides?.menageres?|salariee?s? a domicile"
    r"|employee?s? a domicile|garde d.enfants? a domicile"
)
_EMPLOYEE = r"(salarie|employe|apprenti|ouvrier|vendeu|serveu|commis|interimaire|stagiaire)\w*"
_CANNOT_MANAGE = (
    r"alzheimer|demence|dement\w*|senile|n.a plus toute sa tete|ne (peut|sait) plus (\w+ )?gerer"
    r"|ne peut plus s.occuper de ses (affaires|comptes|papiers)"
)
_TENANT = r"(mon|ma|notre|nos|mes|le|la|les|ce|cette|ces) (\w+ ){0,2}locataires?"
_KIN = r"(pere|mere|parents?|grands?.(pere|mere|parents)|oncle|tante|frere|soeur|fils|fille|beau.\w+|belle.\w+)"
RELATION_TERMS: tuple[Term, ...] = (
    # F35254 « Que faire quand des squatteurs occupent un logement ? » (« Si votre logement est squatté… »): the owner
    # says strangers are inside and changed the lock, or names the squat.
    Term(
        r"(?s:squatt?(e|es|ee|ees|er|eurs?|euses?|ent|ait)?|occupation illicite|"
        + _around(_INTRUDERS, r"change\w* (la |les )?serrures?|" + _HOME, 150)[4:],
        "squatteurs occupent un logement expulsion évacuation forcée",
        ("F35254",),
        "F35254 « Que faire quand des squatteurs occupent un logement ? »",
    ),
    # F31209 « Qu'est-ce qu'un abandon de poste par un salarié dans le secteur privé ? » (« absences injustifiées du
    # salarié »): an employer whose employee no longer comes, without a sick note.
    Term(
        r"abandon de poste|absences? injustifiees?|(?s:\b" + _EMPLOYEE + r"\b.{0,100}?\bne (vient|revient|se presente)"
        r" plus\b)",
        "abandon de poste absences injustifiées du salarié",
        ("F31209",),
        "F31209 « Qu'est-ce qu'un abandon de poste par un salarié dans le secteur privé ? »",
    ),
    # F1843 « L'absence du particulier employeur met-elle fin au contrat de son salarié ? »: the employee at home
    # of someone who is in hospital or away (often told by the family who handles the papers).
    Term(
        _around(_AT_HOME_EMPLOYEE, r"hospitalise\w*|a l.hopital|absente?|absence|en vacances", 200),
        "absence du particulier employeur contrat de son salarié à domicile rémunérer",
        ("F1843",),
        "F1843 « L'absence du particulier employeur met-elle fin au contrat de son salarié ? »",
    ),
    # F33367 « Habilitation familiale » (« permet à un proche… de représenter une personne qui ne peut pas
    # manifester sa volonté »): a relative who can no longer manage and the family's wish to act for them.
    Term(
        _around(
            _CANNOT_MANAGE,
            r"gerer (ses|les|leurs) (affaires|comptes|papiers|biens)|la banque|ses comptes|s.en occuper|m.en occupe",
            200,
        ),
        "habilitation familiale représenter un proche qui ne peut pas manifester sa volonté",
        (),
        "F33367 « Habilitation familiale »",
    ),
    # F2444 « Aide sociale à l'hébergement (ASH) d'une personne âgée »: an Ehpad whose cost the family cannot meet.
    Term(
        _around(
            r"ehpad|maison de retraite",
            r"trop ch\w+|ne (peux|peut|pouvons|pourra|pourrons) plus (la |le )?payer|pas les moyens|comment payer"
            r"|(pension|retraite) ne (suffit|couvre) (pas|plus)"
            r"|economies (sont )?(epuisees|finies)|(coute|coutent) \d+",
            150,
        ),
        "aide sociale à l'hébergement personne âgée Ehpad frais d'hébergement",
        ("F2444",),
        "F2444 « Aide sociale à l'hébergement (ASH) d'une personne âgée » : frais d'hébergement en établissement",
    ),
    # F31272 « Loyers impayés et expulsion du locataire »: the landlord says the tenant no longer pays (the tenant's
    # own side has the eviction situations of `guichet.knowledge.situations`).
    Term(
        r"(?s:\b" + _TENANT + r"\b ([\w.-]+ ){0,4}(ne (me |nous |lui )?(paye?|paie|paient|payent|verse|regle)\w* "
        r"(plus|rien|pas)|me doit \d+)|\bloyers? impayes? (de|par) (mon|ma|notre|nos|mes) locataires?)",
        "loyers impayés du locataire procédure d'expulsion commandement de payer",
        ("F31272",),
        "F31272 « Loyers impayés et expulsion du locataire »",
    ),
    # F2693 « Un contrat de location peut-il interdire les animaux dans le logement ? » (« un locataire a le droit de
    # détenir un animal domestique… le propriétaire peut le lui interdire »): the landlord speaks of the tenant's pet.
    Term(
        _around(_TENANT, r"chiens?|chiots?|chats?|chatons?|animaux|animal", 150),
        "animal domestique dans le logement loué contrat de location interdire les animaux",
        ("F2693",),
        "F2693 « Un contrat de location peut-il interdire les animaux dans le logement ? »",
    ),
    # F32384 « Peut-on toucher une allocation logement si le bien appartient à sa famille ? » (« tout dépend du lien
    # de parenté qui vous lie au propriétaire »): the housing aid and a home owned by, or rented from, a relative.
    Term(
        _around(
            r"\bapl\b|aides? au logement|allocations? (de )?logement|\bals\b|\balf\b",
            r"(appartient|appartenant|est) a (mon|ma|mes|notre|nos) "
            + _KIN
            + r"|(loue|louons|louent|paye un loyer|payons un loyer) (a|chez) (mon|ma|mes|notre|nos) ("
            + _KIN[1:-1]
            + r"|famille)|(mon|ma|mes|notre|nos) "
            + _KIN
            + r" (est|sont) (mon|ma|mes|notre|nos) (proprietaire|bailleur)s?",
            200,
        ),
        "allocation logement bien appartenant à sa famille lien de parenté avec le propriétaire",
        ("F32384",),
        "F32384 « Peut-on toucher une allocation logement si le bien appartient à sa famille ? »",
    ),
)


# Money trouble (thirtieth pass, engineer-r38): the writer tells the situation a procedure answers without its name.
_TAX_DUE = r"impots?|taxe (fonciere|d.habitation)|taxe|tresor public|finances publiques"
_CANNOT_PAY = (
    r"pas de quoi (la |le |les )?payer|(ne )?(peux|peut|pouvons|pourrai) pas (la |le |les )?payer"
    r"|impossib\w+ de (la |le |les )?payer|(pas|plus) les moyens|incapables? de (la |le |les )?payer"
)
_NOT_ALL = (
    r"ne pas (la |le |les )?payer( du tout)?|(n.en |en )?payer (qu.)?une partie|annul\w*|remise|reduction"
    r"|reduire|diminuer|baisser|effac\w*"
)
_CREDITOR = r"huissiers?|commissaires? de justice|saisies?|creanciers?"
_PAY_SLIP = r"(sur|de) (ma|mon|la|le) (paye|paie|salaire|remuneration|fiche de paie)"
_LENT = (
    r"(j.ai|je lui ai|je leur ai|nous (lui |leur )?avons|on (lui |leur )?a|j.avais|je lui avais) (\w+ ){0,2}"
    r"(prete|avance)e?s?"
)
_NOT_REPAID = (
    r"ne (me |nous )?(l.|les )?(a |ont )?(\w+ )?(rembours\w*|rend\w*|pai\w*|pay\w*)( \w+)? (pas|plus|jamais|rien"
    r"|toujours pas)|refuse\w* de (me |nous )?(le |la |les )?(rembourser|rendre|payer)|(me|nous) doi(t|vent)"
    r"|toujours pas (rembourse|rendu|paye)"
)
MONEY_TERMS: tuple[Term, ...] = (
    # F34392 « Impossibilité de payer son impôt : demande de remise gracieuse » (« vous pouvez demander une réduction
    # de la somme que vous devez aux impôts »): a tax the writer cannot pay, and the wish to pay none or part of it
    # (not a delay: "étaler" is F3124's).
    Term(
        r"(?s:(\b("
        + _TAX_DUE
        + r")\b.{0,200}?\b("
        + _CANNOT_PAY
        + r")\b|\b("
        + _CANNOT_PAY
        + r")\b.{0,100}?\b("
        + _TAX_DUE
        + r")\b).{0,300}?\b("
        + _NOT_ALL
        + r")\b)",
        "remise gracieuse impossibilité de payer son impôt réduction de la somme due",
        ("F34392",),
        "F34392 « Impossibilité de payer son impôt : demande de remise gracieuse »",
        unless=r"\b(etaler|echelonn\w*|en plusieurs fois|delai de paiement)\b",  # a delay asked: F3124
    ),
    # F115 « Saisie sur salaire (ou "saisie des rémunérations") » (« obtenir… une partie des rémunérations d'un
    # débiteur salarié »): a bailiff or a creditor taking part of the pay, told without the procedure's name.
    Term(
        r"(?s:\b("
        + _CREDITOR
        + r")\b.{0,300}?\b"
        + _PAY_SLIP
        + r"\b|\b"
        + _PAY_SLIP
        + r"\b.{0,300}?\b("
        + _CREDITOR
        + r")\b)",
        "saisie sur salaire saisie des rémunérations part saisissable",
        ("F115",),
        'F115 « Saisie sur salaire (ou "saisie des rémunérations") »',
    ),
    # F21375 « Microcrédit personnel » (« un crédit destiné aux personnes exclues du système bancaire classique »):
    # its name, and the everyday "crédit social" / "prêt social".
    Term(
        r"micro.?credits?|micro.?prets?|(petits? )?(credits?|prets?) sociale?s?",
        "microcrédit personnel exclues du système bancaire",
        ("F21375",),
        "F21375 « Microcrédit personnel »",
    ),
    # F1746 « Injonction de payer - Recouvrement de créances » (« pour récupérer une dette impayée… »): money the
    # writer lent and that is not paid back.
    Term(
        r"(?s:\b" + _LENT + r"\b.{0,250}?\b(" + _NOT_REPAID + r")\b)",
        "injonction de payer recouvrement de créances récupérer une dette impayée",
        ("F1746",),
        "F1746 « Injonction de payer - Recouvrement de créances »",
    ),
)

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

# Thirty-first pass (engineer-r39): the tax status of an income or a benefit, asked beside the situation that brought
# it ("je touche l'AAH et je reprends un travail : dois-je déclarer l'AAH ?", "j'ai signé une rupture conventionnelle,
# l'indemnité est-elle imposable ?"). The names in such a message (AAH, rupture conventionnelle, chômage) point to the
# thing's own fiche, which says what it is and who gets it; the question asked is answered by the income tax's fiche
# for that income. Each entry is one income and the tax question within `TAX_REACH` characters, either order; its
# source is the tax fiche's title. `asked_status`: asked in the subject or an ask, the other names become context.
# A tax question: taxable, taxed, declared to the tax office or on the return, the return itself, the income tax.
TAX_ASK = (
    # not the writer's own status told ("je suis pas imposable", "nous ne sommes pas imposables")
    r"(?<!suis pas )(?<!suis non )(?<!sommes pas )(?<!sommes non )imposab\w*|\bimposition\b"
    r"|(est|sont)(.ce| il| elle| ils| elles)? (impose|imposee|imposes|imposees)\b"
    r"|impose\w* (sur le revenu|a l.impot)|(soumise?s?|assujettie?s?) a l.impot"
    r"|declar\w*( [\w'-]+){0,4} (aux|au|aupres des) (impots?|fisc)\b"
    r"|(declar\w*|mettre|mets|met|inscrire|indiquer|ajouter|figurer|apparai\w*|reporter)( [\w'-]+){0,4} (sur|dans) "
    r"(ma|la|notre|sa|mes|nos|leur|votre) (declaration|feuille d.impots?)"
    r"|(?<!propre )(?<!premiere )declarations? (de revenus|d.impots?|fiscales?|des revenus|de mes revenus"
    r"|sur le revenu)"
    r"|impots? sur le revenu|feuille d.impots?|payer (des |l.)?impots? (dessus|sur (ca|cette|cet|ces|cela))"
    r"|\bfiscalement\b|\bau fisc\b"
)
TAX_REACH = 150
_SEVERANCE = (
    r"indemnit\w* (de |d.|du )?(licenciement|rupture|depart|fin de contrat|fin de cdd|precarite|preavis"
    r"|conges? payes|non.concurrence|transaction\w*|mise a la retraite)|rupture conventionnelle|prime (de |d.)?"
    r"(precarite|depart|fin de contrat)|indemnite de rupture|cheque de depart|indemnit\w* (de |d.)?(licenc|rupture)"
)
_UNEMPLOYMENT = (
    r"chomage|allocations? (d.aide au retour a l.emploi|de retour a l.emploi)|allocations? chomage|preretraite"
    r"|indemnites? (de |du )?(chomage|pole emploi|france travail)|\bass\b|allocation de solidarite specifique"
)
_STARTUP_AID = r"arce|aide a la (creation|reprise) d.(une )?entreprise|nacre"
_INVALIDITY = (
    r"(pension|rente|allocation)s? (\w+ )?(d.|de mon |de l.)?invalidite|en invalidite|invalidite (categorie|cat)"
    r"|rente (d.)?(accident du travail|incapacite|at\b)|rente (de la |de |d.)?(secu|securite sociale|cpam)"
)
_SICK_PAY = (
    r"indemnites? journalieres?|\bij\b|arrets? (de travail|maladie)|conges? (de )?(maternite|paternite)"
    r"|(mon|en|d.) arret (de |apres )"
)
_MAINTENANCE_RECEIVED = (
    r"(je (recois|touche|percois)|(me|nous) (verse|donne|paie|paye)|recue?s?|percue?s?|(il|elle) (me )?verse)"
    r"( \w+){0,6} pension\w* alimentaire\w*|pension\w* alimentaire\w*( \w+){0,6} (que je (recois|touche|percois)"
    r"|(qu.il|qu.elle|qu.ils) (me|nous) (verse|donne|paie|paye)\w*|(recue?s?|percue?s?|versee?s? par))"
)
_PENSION = (
    r"(ma|sa|leur|notre|mes) (\w+ )?(pension|retraite)s?( de retraite| de base| complementaire)?\b"
    r"(?! (\w+ )?(alimentaire|d.invalidite|de reversion))|pensions? de retraite|retraite complementaire|agirc|arrco"
)
_APPRENTICE = r"apprenti\w*|alternan\w*|contrat d.apprentissage"
_EMPLOYEE_SAVINGS = (
    r"epargne salariale|\bpee\b|\bperco\b|\bpei\b|plan d.epargne (d.)?(entreprise|salariale|groupe)"
    r"|participation|interessement|debloqu\w* (mon|ma|mes|le|la) (pee|epargne|participation|interessement)"
)
_CARPOOL = r"covoitur\w*|blablacar|blabla car"
_EMPLOYER_GIFT = (
    r"(cadeaux?|cheques?.cadeaux?|bons? d.achat|carte.cadeau)( \w+){0,5} (de |par |du |d.)?(mon |l.|notre )?"
    r"(employeur|patron|entreprise|\bce\b|\bcse\b|comite d.entreprise|boite|societe)"
    r"|(employeur|patron|\bce\b|\bcse\b|comite d.entreprise)( \w+){0,5} (cadeaux?|cheques?.cadeaux?|bons? d.achat"
    r"|cartes?.cadeaux?)"
)
_CARER = r"aidante? familiale?|aidante?s? (de|pour) (mon|ma|mes)|dedommag\w*|proche aidante?"
_CHILD_EARNS = (
    r"(mon|notre) (fils|fille|enfant|ado|grand) (\w+ ){0,8}(a travaille|travaille|a fait (la|une) saison|job"
    r"|salaire|gagne|saisonnier|stage|gratification|petit boulot|interim)|(job|salaire|boulot|saison|paie|stage)"
    r"( d.ete)? (de |d.)(mon|notre) (fils|fille|enfant|ado)"
)
_BENEFIT_IN_KIND = r"avantages? en nature|voiture de (fonction|service)|logement de fonction|repas (fournis|offerts)"


def _tax_status(income: str, expansion: str, fiche: str, title: str, unless: str = "") -> Term:
    return Term(
        _around(rf"\b(?:{income})\b", TAX_ASK, TAX_REACH),
        expansion,
        (fiche,),
        f"{fiche} « {title} »",
        unless=unless,
        asked_status=True,
    )


# Thirty-first pass (engineer-r39): the other side of a procedure the message names. The employer who received a
# salary seizure for an employee asks what the employer must do (F32951), not what a seizure is (F115, the debtor's
# side, which the names "saisie sur salaire" and "huissier … sur ma paie" point to).
_EMPLOYER_WRITER = (
    r"(en tant qu.|je suis (l.|son |sa |leur )?)employeur|(je suis|en tant que) (la |le )?(gerante?|patronne?"
    r"|chef d.entreprise|artisan|commer\w+)|(un|une|l.un|l.une) de (mes|nos) (salariee?s?|employee?s?|vendeu\w+"
    r"|ouvri\w+|apprenti\w*|agents?|serveu\w+)|(mon|ma|notre) (salariee?|employee?|vendeu\w+|ouvri\w+|apprentie?"
    r"|secretaire|serveu\w+)\b"
    r"|(mon|ma|notre|son|sa|le|l.) (patron|patronne|employeur|entreprise|boite|rh|service (du )?personnel"
    r"|comptab\w*|societe) (a|ont) (recu|eu)"
)
_SEIZURE_NOTICE = (
    r"saisies?( sur (le |son |mon |les )?(salaire|paie|paye|remuneration)s?)?|avis de saisie|acte de saisie"
    r"|paiement direct|prelev\w* (une partie de |une partie du |sur )?(mon|son|le|du) (salaire|paie|paye)"
    r"|retenir (sur|une partie de|une partie du) (mon|son|le) (salaire|paie|paye)"
    r"|retenues? sur (mon|son) (salaire|paie)"
)
# Registering as a job seeker, asked (not "je suis inscrit", a situation): the fiche of the first registration and the
# re-registration. (Reading "chez vous" as the name of the office the message was sent to was tried and left out: on
# train + validation it named France Travail in 9 more messages, 1 of them about registering.)
_REGISTER = r"(m.|s.|nous )(re)?inscrire|(re)?inscription|je (me )?(re)?inscris|(on|il|elle) s.(re)?inscrit"
_JOB_CENTRE = r"pole emploi|france travail"
REGISTRATION_TERMS: tuple[Term, ...] = (
    Term(
        rf"(?s:\b({_REGISTER})\b( [\w'-]+){{0,4}} (a|au|chez|aupres de|sur le site de) ({_JOB_CENTRE})\b"
        rf"|\b({_JOB_CENTRE})\b( [\w'-]+){{0,3}} ({_REGISTER})\b)",
        "chômage inscription à Pôle emploi première inscription réinscription",
        ("F1636",),
        "F1636 « Chômage : inscription à Pôle emploi »",
    ),
)
# Thirty-second pass (engineer-r42): a job lost and the registration asked without naming the office ("je viens
# d'être licencié … je dois m'inscrire chez vous", written to France Travail): the lost job says where. Not a training,
# a school, the electoral roll or a website's account.
_JOB_LOST = (
    r"licencie\w*|licenciement|vire\b|virees?\b|fin de (mon |ma )?(contrat|cdd|mission)"
    r"|perdu (mon|ma) (emploi|travail|boulot|poste)|rupture conventionnelle|au chomage"
)
_REGISTER_ASKED = (
    r"(dois|doit|faut|faudrait|veux|voudrais|peux|puis|comment|ou)( \w+){0,3} (m.|me |s.|se )(re)?inscrire"
    r"(?! (a|en|dans|sur|pour) (une |la |l.|les )?(formation|ecole|fac|universite|listes?|cours|stage|site|compte))"
)
# ... and an injury at work told without the words "accident du travail" ("je me suis coupé deux doigts avec la scie
# circulaire", an apprentice, a boss): the fiches' name for it (F171 « Accident du travail : démarches à effectuer »,
# F175 « Accident du travail : indemnités journalières pendant l'arrêt de travail »); the asks choose the fiche.
_HURT = (
    r"(me suis|s.est|se sont|m.suis|je me|il s.est|elle s.est) (\w+ ){0,2}(blesse\w*|coupe\w*|brule\w*|casse\w*"
    r"|tordu\w*|ecrase\w*|fait mal|entaille\w*|fracture\w*)"
    r"|tombee? (d.(un |une )?|de l.|du haut d.(un |une )?)(echafaudage|echelle|toit|quai)"
)
_AT_WORK = (
    r"au travail|au boulot|sur (le|un|mon) chantier|a l.atelier|a l.usine|en cuisine|mon patron|ma patronne"
    r"|mon employeur|mon chef|apprenti\w*|en alternance|en stage|sur mon lieu de travail"
)
JOB_ACCIDENT_TERMS: tuple[Term, ...] = (
    Term(
        _around(_JOB_LOST, _REGISTER_ASKED, 300),
        "chômage inscription à Pôle emploi première inscription",
        ("F1636",),
        "F1636 « Chômage : inscription à Pôle emploi »",
    ),
    Term(
        _around(_HURT, _AT_WORK, 200),
        "accident du travail",
        (),
        "F171 « Accident du travail : démarches à effectuer » ; F175 « Accident du travail : indemnités journalières "
        "pendant l'arrêt de travail »",
    ),
)
# The heir of a debtor: a relative who died and left debts ("il avait trois crédits", "ses dettes"), asked by the one
# who inherits: F21571 « Un enfant est-il responsable des dettes de ses parents ? » (« Parent décédé (succession) »)
# and F1199 « Accepter ou renoncer à la succession » (« L'obligation de payer les éventuelles dettes du défunt… »),
# not the over-indebtedness file the word "dettes" points to (F134).
_KIN_DEAD = (
    r"(mon|ma|notre|mes) (pere|mere|papa|maman|parents?|mari|epoux|femme|epouse|frere|soeur|oncle|tante|grand.pere"
    r"|grand.mere|grands.parents|fils|fille|conjointe?|compagnon|compagne)( \w+){0,3} (est |sont )?"
    r"(decede|mort|partie?|disparue?)e?s?|(deces|mort) de (mon|ma|notre|mes) \w+"
)
_HIS_DEBTS = (
    r"(ses|leurs) (dettes|credits?|impayes|factures impayees|arrieres)"
    r"|(il|elle|ils) (avait|avaient|a laisse|ont laisse)( \w+){0,3} "
    r"(dettes|credits?|impayes|arrieres|impots en retard)"
    r"|dettes (de|du|d.) ?(mon|ma|notre|defunt|la defunte)|payer (ses|leurs) dettes|rembourser (a sa place|ses|leurs)"
)
OTHER_SIDE_TERMS: tuple[Term, ...] = (
    Term(
        _around(_EMPLOYER_WRITER, _SEIZURE_NOTICE, 250),
        "obligations de l'employeur saisie sur salaire verser au greffe la somme saisissable",
        ("F32951",),
        "F32951 « Saisie sur salaire : quelles sont les obligations de l'employeur ? »",
        outranks=("F115",),
    ),
    Term(
        _around(_KIN_DEAD, _HIS_DEBTS, 300),
        "enfant responsable des dettes de ses parents décédés succession accepter ou renoncer dettes du défunt",
        ("F21571", "F1199"),
        "F21571 « Un enfant est-il responsable des dettes de ses parents ? » ; F1199 « Accepter ou renoncer à la "
        "succession (option successorale) »",
        outranks=("F134",),
        # the funeral's cost is its own fiche's (F17059); an Ehpad's aide sociale recovered on the estate is the ASH's
        unless=r"obseques|funerailles|pompes funebres|enterrement|inhumation|cremation|ehpad|maison de retraite"
        r"|aide sociale",
    ),
)


TAX_STATUS_TERMS: tuple[Term, ...] = (
    _tax_status(
        _SEVERANCE,
        "impôt sur le revenu indemnités de fin de contrat imposables exonérées",
        "F408",
        "Impôt sur le revenu - Indemnités de fin de contrat",
    ),
    _tax_status(
        _UNEMPLOYMENT,
        "impôt sur le revenu allocation chômage imposée imposable",
        "F410",
        "Impôt sur le revenu : l'allocation chômage ou de préretraite est-elle imposée ?",
        # the Arce's own entry (F1253); a starting business's profits
        unless=r"\barce\b|aide a la (creation|reprise) d.(une )?entreprise",
    ),
    _tax_status(
        _STARTUP_AID,
        "impôt sur le revenu chômeur créateur d'entreprise Arce imposable",
        "F1253",
        "Impôt sur le revenu : un chômeur créateur d'entreprise est-il imposable ?",
    ),
    _tax_status(
        _INVALIDITY,
        "impôt sur le revenu déclarer les sommes liées à l'invalidité pension d'invalidité imposable",
        "F3169",
        "Impôt sur le revenu - Déclarer les sommes liées à l'invalidité",
    ),
    _tax_status(
        _SICK_PAY,
        "impôt sur le revenu indemnités d'arrêt de travail imposées indemnités journalières",
        "F3152",
        "Impôt sur le revenu : comment sont imposées les indemnités d'arrêt de travail ?",
    ),
    _tax_status(
        _MAINTENANCE_RECEIVED,
        "impôt sur le revenu pensions alimentaires reçues déclarer",
        "F3170",
        "Impôt sur le revenu - Pensions alimentaires reçues",
    ),
    _tax_status(
        _PENSION,
        "impôt sur le revenu déclarer les pensions de retraite",
        "F415",
        "Impôt sur le revenu - Déclarer les pensions de retraite",
    ),
    _tax_status(
        _APPRENTICE,
        "salaire d'un apprenti imposé exonéré impôt sur le revenu",
        "F11249",
        "Comment est imposé le salaire d'un apprenti ?",
    ),
    _tax_status(
        _EMPLOYEE_SAVINGS,
        "impôt sur le revenu déclarer l'épargne salariale",
        "F487",
        "Impôt sur le revenu : faut-il déclarer l'épargne salariale ?",
    ),
    _tax_status(
        _CARPOOL,
        "impôt sur le revenu déclarer les revenus du covoiturage",
        "F33879",
        "Impôt sur le revenu : faut-il déclarer les revenus du covoiturage ?",
    ),
    _tax_status(
        _EMPLOYER_GIFT,
        "impôt sur le revenu déclarer les cadeaux de l'employeur",
        "F23382",
        "Impôt sur le revenu : faut-il déclarer les cadeaux de l'employeur ?",
    ),
    _tax_status(
        _CARER,
        "aidant familial déclarer ses revenus dédommagement impôt",
        "F32829",
        "Comment un aidant familial doit-il déclarer ses revenus ?",
    ),
    _tax_status(
        _CHILD_EARNS,
        "impôt sur le revenu déclarer les sommes perçues par son enfant salaire d'un étudiant rattaché",
        "F1228",
        "Impôt sur le revenu - Déclarer les sommes perçues par son enfant",
    ),
    _tax_status(
        _BENEFIT_IN_KIND,
        "impôt sur le revenu avantages en nature",
        "F1226",
        "Impôt sur le revenu - Avantages en nature",
    ),
)

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

# Thirty-second pass, second shift (engineer-r43): people lost in online procedures. A message that lured them (a
# text or a mail with a link, asking for a card number or a payment "sous peine de…"), money gone from the account
# after a card number was given, someone else filing the carte grise for them, a carte grise the post sent back, and
# the address change written without its "d'". Each entry is a situation told in everyday words; its source is the
# fiche's title (and, for the post, the fiche's own words).
_RECEIVED_LURE = (
    r"(recu|recois|recoit|envoye) (un |une |des |plusieurs )?(sms|textos?|mails?|e.mails?|courriels?|messages?)"
)
_LURE_ASKS = (
    r"lien|cliqu\w*|carte bancaire|coordonnees bancaires|frais d.envoi|sous peine|soi.disant|faux|fausse"
    r"|arnaque\w*|escroquerie"
)
_CARD_GIVEN = r"carte bancaire|coordonnees bancaires|numero de (ma |la )?carte|code de (ma |la )?carte"
_MONEY_GONE = (
    r"(il manque|manquent?|preleve\w*|debite\w*|retire\w*|vole\w*|disparu\w*)( \w+){0,3} \d+[ ,.]?\d* ?(euros?|e)\b"
    r"|\d+[ ,.]?\d* ?(euros?|e) (ont ete |a ete |m.ont ete )?(preleve\w*|debite\w*|retire\w*|vole\w*|disparu\w*)"
    r"|(prelevements?|achats?|paiements?|virements?) (que je n.ai (pas|jamais) fait|inconnu\w*|frauduleu\w*)"
)
_CARTE_GRISE = r"carte grise|certificat d.immatriculation"
_KIN_HELPER = (
    r"(fils|fille|petite?.(fils|fille)|voisine?|neveu|niece|gendre|belle.fille|ami|amie|quelqu.un)\b( \w+){0,3} "
    r"(faire|fasse|fait|remplir|s.occuper de) (la |ma |sa |une )?(demande de )?(" + _CARTE_GRISE + r")"
)
ONLINE_TERMS: tuple[Term, ...] = (
    Term(
        _around(_RECEIVED_LURE, _LURE_ASKS, 250),
        "hameçonnage phishing faux message",
        ("F34800",),
        "F34800 « Phishing (hameçonnage) »",
    ),
    Term(
        _around(_CARD_GIVEN, _MONEY_GONE, 300),
        "fraude à la carte bancaire opération non autorisée remboursement",
        ("F31324",),
        "F31324 « Fraude à la carte bancaire »",
    ),
    Term(
        r"(?s:" + _KIN_HELPER + r"|(" + _CARTE_GRISE + r").{0,20}(a ma place|pour moi)"
        r"|procuration.{0,80}(" + _CARTE_GRISE + r")|(" + _CARTE_GRISE + r").{0,80}procuration)",
        "procuration à un tiers demande de carte grise",
        ("F21103",),
        "F21103 « Peut-on faire une procuration à un tiers pour une demande de carte grise ? »",
    ),
    Term(
        _around(
            _CARTE_GRISE,
            r"reparti\w*|retourne\w* a l.expediteur|renvoye\w* a l.expediteur|avis de passage|le facteur",
            250,
        ),
        "délai de réception carte grise avis de passage retourné à l'expéditeur",
        ("F11475",),
        "F11475 « Dans quel délai reçoit-on sa carte grise ? » (« Passé ce délai, le titre est retourné à "
        "l'expéditeur »)",
    ),
    Term(
        r"(roule\w*|circule\w*|utilise\w*) avec (mes|ma|nos|notre|les memes) (plaques?|immatriculation|numero)"
        r"|(mes|ma|nos) plaques? (d.immatriculation )?(ont ete |a ete |sont |est )?"
        r"(copiee?s?|clonee?s?|usurpee?s?|dupliquee?s?)"
        r"|fausses? plaques|doublette",
        "usurpation de plaques d'immatriculation doublette",
        ("F34375",),
        "F34375 « Usurpation de plaques d'immatriculation »",
    ),
    Term(
        r"changement adresse.{0,80}carte grise",
        "changement d'adresse carte grise",
        ("F12118",),
        "F12118 « Changer l'adresse sur sa carte grise »",
    ),
)

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
        r"|loyer|bailleur|proprietaire|assurance|banque|\bsecu\b|\bcpam\b|retraite",
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


VOCABULARY: tuple[Term, ...] = (
    # Health insurance --------------------------------------------------------------------------------------------
    Term(
        r"css|c2s|cmu ?c?|complementaire sante solidaire",
        "complémentaire santé solidaire",
        ("F10027",),
        "F10027 « Complémentaire santé solidaire (ex-CMU-C) »",
    ),
    Term(
        r"mutuelles?( pas chere?| gratuite| moins chere?)",
        "complémentaire santé solidaire ressources",
        ("F10027",),
        "F10027 : la CSS est la complémentaire santé des personnes aux ressources modestes",
    ),
    Term(
        r"(payer|paye|cotisation de|plus les moyens|trop chere?s?).{0,30}mutuelle"
        r"|mutuelle.{0,40}(trop chere?s?|payer)"
        # eighth pass: a rise one can no longer pay, said further on; the "mutuelle of the poor"
        r"|mutuelle.{0,80}((ne|n.) (\w+ ){0,2}plus (pouvoir )?(la |les )?payer|pas les moyens)"
        r"|mutuelles? (des|pour les) (pauvres|petits revenus|gens qui n.ont pas)"
        # twenty-fifth pass: no money for one at all ("pas de sous pour la mutuelle", "pas les moyens d'avoir une
        # mutuelle"), not one that does not cover a care
        r"|(pas|plus) (assez )?(de sous|d.argent|les moyens|de quoi|les sous|de thunes?)( pour| d.| de)? ?"
        r"(payer |prendre |avoir |me payer |m.offrir |cotiser a )?(la |une |ma |de |d.une )?mutuelle",
        "complémentaire santé solidaire",
        ("F10027",),
        "F10027 (CSS gratuite ou à moins de 1 € par jour)",
    ),
    Term(
        r"mutuelles?", "complémentaire santé", ("F20314",), "F20314 « Couverture maladie complémentaire (mutuelle) »"
    ),
    Term(
        r"ame",
        "aide médicale de l'État",
        ("F3079",),
        "F3079 « Qu'est-ce que l'aide médicale de l'État (AME) ? »",
        capitals=True,
    ),
    Term(r"aide medicale (d.)?etat", "aide médicale de l'État", ("F3079",), "F3079"),
    Term(r"carte vitale", "carte Vitale", ("F265",), "F265 « Carte Vitale »"),
    Term(
        r"ceam|carte europeenne d.assurance maladie|carte (speciale|europeenne) de la secu",
        "carte européenne d'assurance maladie",
        ("F34441",),
        "F34441 « … la carte européenne d'assurance maladie (CEAM) »",
    ),
    Term(r"secu|securite sociale", "assurance maladie", (), "usage courant (la « sécu »)"),
    Term(r"ij|ijss", "indemnités journalières", (), "F3053", capitals=True),
    Term(
        r"indemnites journalieres|indemnites (d.|de l.|pendant (l.|mon |un ))?arret",
        "indemnités journalières arrêt maladie",
        (),
        "F3053 « Arrêt maladie : indemnités journalières versées au salarié »",
    ),
    Term(r"(arret|arrete) (maladie|de travail)|arrete (par|pour)", "arrêt maladie", (), "F303, F3053"),
    Term(
        r"medecin traitant|hors parcours",
        "parcours de soins coordonnés médecin traitant",
        ("F163",),
        "F163 « Parcours de soins coordonnés et médecin traitant »",
    ),
    # Employment ---------------------------------------------------------------------------------------------------
    Term(
        r"chomage|chomeur|chomeuse",
        "allocation chômage aide au retour à l'emploi demandeur d'emploi",
        (),
        "F14860 « Allocation chômage d'aide au retour à l'emploi (ARE) »",
    ),
    Term(
        r"are",
        "allocation d'aide au retour à l'emploi chômage",
        ("F14860",),
        "F14860 « Allocation chômage d'aide au retour à l'emploi (ARE) »",
        capitals=True,
    ),
    Term(
        r"ass",
        "allocation de solidarité spécifique",
        ("F12484",),
        "F12484 « Allocation de solidarité spécifique (ASS) »",
        capitals=True,
    ),
    Term(r"pole emploi|france travail", "Pôle emploi", (), "France Travail est le nouveau nom de Pôle emploi (2024)"),
    Term(
        r"actualis\w*",
        "actualisation mensuelle Pôle emploi",
        ("F1637",),
        "F1637 « Actualisation mensuelle Pôle emploi »",
    ),
    Term(
        r"radie|radiee|radiation|desinscrit\w*",
        "radiation Pôle emploi",
        (),
        "F1638 « Chômage : radiation par Pôle emploi »",
    ),
    Term(
        r"cpf|compte (personnel de )?formation",
        "compte personnel de formation",
        (),
        "F10705 « Compte personnel de formation (CPF) - Secteur privé »",
        capitals=False,
    ),
    Term(
        r"rupture conv\w*|(partir|se separer|quitter|depart) d.un commun accord",
        "rupture conventionnelle",
        ("F19030", "F31094"),
        "F19030 « Rupture conventionnelle » ; F31094 « Rupture conventionnelle dans la fonction publique »",
    ),
    Term(
        r"attestation (pole emploi|employeur)",
        "attestation destinée à Pôle emploi",
        ("F2867",),
        "F2867 « Attestation destinée à Pôle emploi »",
    ),
    Term(
        r"rqth|travailleur handicape"
        # eighth pass: "faire reconnaître (officiellement) mon handicap" for the job, said either way round
        r"|(?s:reconna\w* (\w+ ){0,2}(mon |son |le |leur )?handicap.{0,80}\b(travail|employeur|poste|emploi|boulot)\b)"
        r"|(?s:\b(travail|employeur|poste|emploi|boulot)\b.{0,80}reconna\w* (\w+ ){0,2}(mon |son |le |leur )?"
        r"handicap)",
        "reconnaissance de la qualité de travailleur handicapé",
        ("F1650",),
        "F1650 « Comment être reconnu travailleur handicapé (RQTH) ? »",
    ),
    Term(
        r"alternance|alternant|apprenti(e|s)?|apprentissage", "apprenti contrat d'apprentissage", (), "usage courant"
    ),
    Term(
        r"demarchage|(appels|coups de fil) .{0,30}par jour|spam",
        "démarchage téléphonique",
        ("F33267",),
        "F33267 « Démarchage téléphonique abusif, Spam vocal ou par SMS : que faire ? »",
    ),
    Term(
        r"ou en est (ma|mon) (demande|dossier)|toujours (rien|pas) (recu|eu)|(pas|rien) recu",
        "délai suivre l'état d'avancement",
        (),
        "usage courant (suivi d'une demande)",
    ),
    Term(
        r"reclamation|contester|conteste|recours|au.dessus de (vous|vos services)",
        "réclamation recours contestation médiateur",
        (),
        "usage courant",
    ),
    Term(r"trains?|ter|tgv|sncf", "transport ferroviaire SNCF voyageur", (), "usage courant"),
    Term(
        r"conge (de )?pat(ernite)?|conge papa|conge (de|pour la) naissance",
        "congé de paternité et d'accueil de l'enfant",
        ("F3156", "F583"),
        "F3156 « Congé de paternité et d'accueil de l'enfant d'un salarié du secteur privé » ; F583 « Fonction "
        "publique : congé de paternité et d'accueil de l'enfant »",
    ),
    Term(
        r"conge (de )?mat(ernite)?",
        "congé de maternité",
        ("F2265", "F519"),
        "F2265 « Congé maternité d'une salariée du secteur privé » ; F519 « Congé maternité dans la fonction "
        "publique »",
    ),
    Term(
        r"prud.?hom\w*", "conseil de prud'hommes", ("F1052",), "F1052 « Conseil de prud'hommes (CPH) : déroulement »"
    ),
    Term(
        r"heures sup\w*|heures (en plus|au.dela|de plus|en trop)",
        "heures supplémentaires",
        ("F2391", "F32390", "F595", "F593"),
        "F2391 « Heures supplémentaires d'un salarié du secteur privé » ; F32390, F595, F593 « Heures supplémentaires "
        "dans la fonction publique territoriale (FPT) / hospitalière (FPH) / d'État (FPE) »",
    ),
    Term(
        r"conges? payes",
        "congés payés",
        ("F2258", "F488"),
        "F2258 « Congés payés » ; F488 « Fonction publique : congés annuels »",
    ),
    # twenty-fourth pass: "la période de test" said of a contract
    Term(r"periode d.essai|periode de test", "période d'essai", ("F1643",), "F1643 « Période d'essai »"),
    Term(
        r"accident (du|de) travail|accident au travail",
        "accident du travail",
        (),
        "F171 « Accident du travail : démarches »",
    ),
    # twenty-ninth pass (r34's note): a civil servant's accident is the "accident de service", its leave the Citis
    Term(
        r"accidents? (de|du|en) service|citis|(accident|maladie)s? ([\w-]+ ){0,2}imputables? au service"
        r"|conges? (pour )?invalidite temporaire",
        "congé pour invalidité temporaire imputable au service accident de service fonctionnaire",
        ("F33252",),
        "F33252 « Congé pour invalidité temporaire imputable au service (Citis) du fonctionnaire »",
    ),
    Term(
        r"garant|visale",
        "garantie Visale caution",
        ("F33453", "F32320"),
        "F33453 « Garantie Visale : caution gratuite couvrant les impayés (loyers et charges) » ; F32320 « Étudiant : "
        "obtenir une caution par la garantie Visale »",
    ),
    # "Caution" is two things: the deposit a tenant pays (below) and the person who guarantees the rent. Someone
    # asked to stand guarantor writes "me porter caution", "être garant": the fiche of the guarantor's commitment.
    Term(
        r"(me|se|te|nous|vous|etre|suis|soit|sois|serai|devenir) (porter |porte |portee )?(caution|garante?)\b"
        r"|(porter|porte|portee) caution|caution (solidaire|simple)|acte de cautionnement|cautionnement"
        r"|(etre|suis|sois|soit|serai|devenir) (son|sa|leur|le|la) (caution|garante?)",
        "caution du locataire personne qui se porte caution acte de cautionnement",
        ("F31267",),
        "F31267 « Caution du locataire (ou colocataire) dans un logement privé »",
    ),
    # ... and "la caution" a tenant wants back is the deposit (eighth pass): given back, kept, deducted from.
    Term(
        r"(rend\w*|rembours\w*|recuper\w*|garde\w*|garder|retenu\w*|retien\w*|restitu\w*|toujours pas (eu|recu)"
        r"|attends?|attendons) (\w+ ){0,3}(ma |la |notre |mon |de la |de |sur la |sur ma )?caution\b"
        r"|caution\b.{0,40}(pas|jamais|toujours pas) (\w+ )?(rendue?|remboursee?|restituee?|recue?)"
        r"|retenues? sur (la|ma|notre) caution|depot de garantie",
        "dépôt de garantie restitution",
        ("F31269",),
        "F31269 « Dépôt de garantie dans un contrat de location » (« la caution » en usage courant)",
    ),
    # A tenant without anyone to stand guarantor: the free guarantee (Visale), the student's one second.
    Term(
        r"(n.ai|pas de|sans|aucun|personne)\b.{0,40}\bgarante?s?\b",
        "garantie Visale caution gratuite",
        ("F33453", "F32320"),
        "F33453 « Garantie Visale : caution gratuite… » ; F32320 « Étudiant : obtenir une caution par la garantie "
        "Visale »",
    ),
    Term(
        r"bourses?( d.etudes?| etudiante?| sur criteres sociaux| pour (la fac|l.universite))|crous|dse",
        "bourse sur critères sociaux étudiant dossier social",
        ("F12214",),
        "F12214 « Étudiant : bourse sur critères sociaux » ; F12216 « DSE (dossier social étudiant) »",
    ),
    Term(r"bourses?", "bourse", (), "usage courant"),
    Term(
        r"permis (\w+ )?(etranger|algerien|marocain|tunisien|bresilien|americain|anglais|de mon pays)",
        "échange d'un permis de conduire étranger",
        ("F1460",),
        "F1460 « Échange d'un permis de conduire passé à l'étranger (installation durable) »",
    ),
    Term(r"livret de famille", "livret de famille", (), "F11991, F1345"),
    Term(r"taxe d.habitation", "taxe d'habitation", ("F42",), "F42 « Taxe d'habitation »"),
    Term(r"carte (d.)?electeur|carte electorale", "carte électorale", ("F1962",), "F1962 « Carte électorale »"),
    Term(
        r"demission\w*.{0,80}chomage|chomage.{0,80}demission\w*|demissionn\w*.{0,80}(droit|toucher|are)",
        "démission allocation chômage",
        ("F89", "F34991"),
        "F89 « Un salarié peut-il percevoir l'allocation chômage en cas de démission ? »",
    ),
    Term(
        # round 2: the order of "trop versés" ("1 800 € d'APL soi-disant trop versés") as well as "versés en trop"
        r"trop.?per[cç]us?|verse\w* (a tort|en trop)|trop verse\w*|(touche|percu|recu)\w* trop (d.|de )",
        "trop-perçu sommes versées à tort remboursement",
        (),
        "F2269, F31592",
    ),
    # An overpayment is reclaimed by the body that paid it: the Caf's benefits, Pôle emploi's allowance, a salary.
    Term(
        r"(?s:(trop.?per[cç]us?|verse\w* (a tort|en trop)|trop verse\w*|(touche|percu|recu)\w* trop (d.|de ))\b"
        r".{0,80}?(prestations?|allocations?|\bcaf\b|\bapl\b|\brsa\b"
        r"|prime d.activite|allocs?)\b|(prestations?|allocations?|\bcaf\b|\bapl\b|allocs?)\b.{0,80}?"
        r"(trop.?per[cç]us?|verse\w* (a tort|en trop)|trop verse\w*))",
        "prestations familiales versées à tort remboursement trop-perçu",
        ("F2269",),
        "F2269 « Doit-on rembourser des prestations familiales versées à tort ? »",
    ),
    Term(
        r"(?s:(trop.?per[cç]us?|verse\w* (a tort|en trop)|\ben trop)\b.{0,80}?"
        r"(\bare\b|chomage|pole emploi|france travail)|(\bare\b|chomage|pole emploi|france travail).{0,80}?"
        r"(trop.?per[cç]us?|verse\w* (a tort|en trop)|en trop\b))",
        "sommes versées à tort par Pôle emploi remboursement trop-perçu",
        ("F31592",),
        "F31592 « Comment sont remboursées les sommes versées à tort par Pôle emploi ? »",
    ),
    Term(
        r"trop.?per[cç]us? (de|sur) (mon |ma |le |la )?(salaire|paie|remuneration|traitement)",
        "trop-perçu de rémunération remboursement employeur",
        ("F31441",),
        "F31441 « Comment rembourser un trop-perçu de rémunération ? »",
    ),
    Term(
        r"(demenag\w*|changement d.adresse|nouvelle adresse).{0,80}carte grise|carte grise.{0,80}(demenag\w*|adresse)",
        "changement d'adresse carte grise",
        ("F12118",),
        "F12118 « Changer l'adresse sur sa carte grise »",
    ),
    Term(r"smic", "salaire minimum", (), "F2300 « Smic »", capitals=False),
    Term(r"fiche de paie|bulletin de (paie|salaire)", "bulletin de paie salaire", (), "usage courant"),
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
        r"auto.?entrepreneurs?|auto.?entreprise|micro.?entrepr\w*|(me|se) mettre a (mon|son) compte",
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
    # The unemployment insurance of a self-employed person who stops (ATI): not the employee's ARE.
    Term(
        r"(?s:(chomage|assurance.chomage|pole emploi).{0,120}?(independant|commercante?|artisan|a (mon|son) compte"
        r"|non salarie|liquidation)|(independant|commercante?|artisan|a (mon|son) compte|liquidation)"
        r".{0,200}?(chomage|assurance.chomage))",
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
    # Family and housing benefits ----------------------------------------------------------------------------------
    Term(r"caf", "caisse d'allocations familiales", (), "usage courant", capitals=False),
    Term(
        r"apl|aide au logement|aides? (au|pour le) logement|alloc(ation)? logement",
        "aide personnalisée au logement allocation logement",
        (),
        "F12006 « Aide personnalisée au logement (APL) »",
    ),
    Term(
        r"als",
        "allocation de logement sociale",
        ("F1280",),
        "F1280 « Allocation de logement sociale (ALS) »",
        capitals=True,
    ),
    Term(
        r"alf",
        "allocation de logement familiale",
        ("F13132",),
        "F13132 « Allocation de logement familiale (ALF) »",
        capitals=True,
    ),
    # A broad topic (20 RSA fiches), but three are one per public: the writer's comes first among them.
    Term(
        r"rsa",
        "revenu de solidarité active",
        # tenth pass: the two fiches for writers under 25 (a young worker, a young parent) are per-public fiches of
        # the RSA too; the writer's age or situation orders them (`rerank._situation_fit`)
        ("F19778", "F20221", "F1971", "F15553", "F286", "F33692"),
        "F19778 « RSA demandeur de 25 ans et plus » ; F20221 « Un travailleur indépendant peut-il bénéficier du "
        "RSA ? » ; F1971 « Un étudiant a-t-il droit au RSA ? » ; F15553 « RSA parent isolé » ; F286 « RSA jeune "
        "actif » ; F33692 « RSA jeunes parents » (et 20 fiches RSA)",
    ),
    Term(
        r"prime d.activite|prime activite|complement .{0,30}(caf|salaire|paie)|en plus de (ma paie|mon salaire)",
        "prime d'activité",
        ("F2882", "F34701", "F33375"),
        "F2882 « Prime d'activité : salarié ou fonctionnaire » ; F34701 « … : travailleur non salarié » ; F33375 "
        "« … : étudiant, stagiaire, apprenti »",
    ),
    Term(
        r"ppa",
        "prime d'activité",
        ("F2882", "F34701"),
        "F2882 « Prime d'activité : salarié ou fonctionnaire » ; F34701 « Prime d'activité : travailleur non "
        "salarié » (PPA : l'abréviation des Caf)",
        capitals=True,
    ),
    Term(
        r"aah|allocations? (aux? |d.)?adultes? handicapee?s?",
        "allocation aux adultes handicapés",
        ("F12242",),
        "F12242 « Allocation aux adultes handicapés (AAH) »",
    ),
    Term(
        r"aeeh|allocation (pour|d.education de) (mon|l.)enfant handicape"
        r"|(fils|fille|enfant) (\w+ )?(handicape|autiste)e?|autisme",
        "allocation d'éducation de l'enfant handicapé",
        ("F14809",),
        "F14809 « Allocation d'éducation de l'enfant handicapé (AEEH) »",
    ),
    Term(
        r"pch",
        "prestation de compensation du handicap",
        ("F14202",),
        "F14202 « Prestation de compensation du handicap (PCH) »",
    ),
    Term(
        r"cmi|carte (d.)?invalidite|carte handicap(e)?|macaron",
        "carte mobilité inclusion",
        ("F34049",),
        "F34049 « Carte mobilité inclusion (CMI) » ; F2446 : elle remplace la carte d'invalidité",
    ),
    # The parking card for a disabled person is the CMI "stationnement" since 2017 (the European card stays only for
    # war invalids).
    Term(
        r"carte (europeenne )?(de |du )?stationnement( pour)?( personnes?)? handicapee?s?|carte (pour|de) (se )?garer"
        r"|(carte|macaron|badge|vignette)s? .{0,40}places? (handicapees?|reservees?|pour (les )?handicapes)",
        "carte mobilité inclusion",
        ("F34049",),
        "F2891 « Carte européenne de stationnement » : « remplacée depuis le 1er janvier 2017 par la carte mobilité "
        "inclusion (CMI), excepté pour les invalides de guerre » ; F34049",
    ),
    Term(
        r"(aide|auxiliaire) (a|de) domicile|perte d.autonomie|dependan(te|ce)"
        r"|n.arrive plus a (se laver|faire sa toilette)|ne peut plus (se laver|faire sa toilette|rester seule?)",
        "allocation personnalisée d'autonomie perte d'autonomie",
        ("F10009",),
        "F10009 « Allocation personnalisée d'autonomie (Apa) » : aide à domicile des personnes âgées dépendantes",
    ),
    Term(
        r"proche aidant|m.occuper de (lui|elle|mon (mari|pere|fils)|ma (mere|femme|fille))",
        "congé de proche aidant",
        ("F16920", "F35001"),
        "F16920 « Congé de proche aidant » ; F35001 « Congé de proche aidant dans la fonction publique »",
    ),
    Term(
        r"apa",
        "allocation personnalisée d'autonomie",
        ("F10009",),
        "F10009 « Allocation personnalisée d'autonomie (Apa) »",
        capitals=True,
    ),
    Term(
        r"aspa|minimum vieillesse",
        "allocation de solidarité aux personnes âgées minimum vieillesse",
        ("F16871",),
        "F16871 « Allocation de solidarité aux personnes âgées (Aspa) » (ex-minimum vieillesse)",
    ),
    Term(
        r"ars|(aide|allocation|prime) (de|pour la) rentree",
        "allocation de rentrée scolaire",
        ("F1878",),
        "F1878 « Allocation de rentrée scolaire (ARS) »",
    ),
    Term(
        r"asf",
        "allocation de soutien familial",
        ("F815",),
        "F815 « Allocation de soutien familial (ASF) : parents séparés »",
        capitals=True,
    ),
    Term(
        r"paje",
        "prestation d'accueil du jeune enfant",
        ("F13218",),
        "F13218 « Que comprend la prestation d'accueil du jeune enfant (Paje) ? »",
    ),
    Term(
        r"prime (de|a la) naissance|prime (\w+ ){0,8}(du|pour le|pour un|de) bebe",
        "prime à la naissance Paje",
        ("F2550",),
        "F2550 « Prestation d'accueil du jeune enfant (Paje) : prime à la naissance »",
    ),
    Term(r"alloc(ation)?s?( familiales)?|allocs", "allocations familiales", (), "F13213 « Allocations familiales »"),
    Term(
        r"cmg|nounou|assistante? maternelle",
        "complément de libre choix du mode de garde assistant maternel",
        (),
        "F31101, F16841",
    ),
    # Twenty-fifth pass: social housing named is the fiche on asking for one only when the writer asks for one ("faire
    # une demande de logement social", "obtenir un HLM", "demande HLM"); a tenant who lives in one ("mon appart HLM",
    # "l'office HLM", "nous habitons un logement HLM") asks about their lease, rent or home, and the words find it.
    Term(
        r"(demande\w*|obtenir|avoir|trouver|attribu\w*|inscri\w*|postuler|voudrais|veux|besoin d.un|droit a un"
        r"|acceder a un|dossier)( (?!mon |ma |notre |nos |mes |son |sa |leur |cet? |cette |l.)\w+){0,3} "
        r"(de |d.un |a un |pour un |un |une |en )?(logement social|hlm)\b"
        r"|\b(hlm|logement social) plus grand\b(?! (que|qu.))|\blogement (\w+ ){0,2}a loyer modere",
        "demande de logement social HLM",
        ("F10007",),
        "F10007 « Faire une demande de logement social (HLM) »",
    ),
    Term(r"hlm|logements? sociaux|logement social", "logement social HLM", (), "F10007 « … logement social (HLM) »"),
    # Twenty-fifth pass: a tenant who lets their rented home to another (sous-louer, or on Airbnb while away): the
    # sublet's fiche, written for the tenant; not a commercial local's sublet (F22229, professionals).
    Term(
        r"sous.?lou\w*(?!.{0,40}(local|locaux|bail) commercia)|sous.?location(?!.{0,40}(local|locaux|bail) commercia)"
        r"|"
        + _around(
            r"\b(hlm|locataires?|mon bail|(mon|ma) (proprio|proprietaire|bailleur)\w*)\b",
            r"airbnb|abritel|location saisonniere",
            150,
        ),
        "sous-location du logement par le locataire",
        ("F2449",),
        "F2449 « Sous-location du logement par le locataire »",
    ),
    Term(
        r"(bail|baux) (de )?mobilite",
        "bail mobilité",
        ("F34759",),
        'F34759 « Quelles sont les règles d\'un "bail mobilité" ? »',
    ),
    Term(r"dalo", "droit au logement opposable", ("F18005",), "F18005 « Droit au logement opposable (Dalo) »"),
    # Twenty-fifth pass: a request for social housing that has waited years with no offer ("demande faite depuis 4
    # ans, renouvelée chaque année, jamais de proposition") is what the Dalo is for: F18005 « … si vous avez fait une
    # demande de logement social et n'avez pas reçu de proposition adaptée dans un délai anormalement long ». Not the
    # years a tenant has lived in one ("nous habitons un HLM depuis 11 ans").
    Term(
        _around(
            r"\b(demande|dossier|inscription)( \w+){0,2} (de |d.un |pour un |en )?(logement social|logement|hlm)\b"
            r"|\battente (d.un|pour un) (logement|hlm)\b",
            r"depuis (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans|depuis (19|20)\d\d"
            r"|(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans (d.attente|que (j|on|nous))"
            r"|(aucune|jamais (eu )?(de |d.|aucune )?)(proposition|reponse)s?"
            r"|renouvel\w* (\w+ )?(chaque annee|tous les ans)",
            150,
        ),
        "droit au logement opposable délai anormalement long demande de logement social",
        ("F18005",),
        "F18005 « Droit au logement opposable (Dalo) : faire valoir son droit à un logement »",
    ),
    Term(
        r"aides? (pour |a )?(payer|regler|rembourser) (le |mon |les |mes |nos )?(loyers?|dettes? de (logement|loyer)"
        r"|impayes? de loyer|retards? de loyer)",
        "fonds de solidarité pour le logement aide impayés de loyer",
        ("F1334",),
        "F1334 « Quelle aide apporte le fonds de solidarité pour le logement (FSL) ? » : aide au paiement des loyers "
        "et des factures",
    ),
    Term(
        r"(plus|pas|sans|aucune) d.adresse|courrier (me )?revient|(recevoir|recois|reçois) (plus|pas) (mon|de|mes) "
        r"courriers?|domiciliation",
        "domiciliation sans domicile stable adresse pour recevoir son courrier",
        ("F17317",),
        "F17317 « Sans domicile stable ou fixe (SDF) : comment obtenir une domiciliation ? »",
    ),
    Term(
        r"fsl|fonds de solidarite (pour le )?logement",
        "fonds de solidarité pour le logement",
        ("F1334",),
        "F1334 « Quelle aide apporte le fonds de solidarité pour le logement (FSL) ? »",
    ),
    Term(
        r"caution",
        "dépôt de garantie",
        ("F31269",),
        "F31269 « Dépôt de garantie » (la « caution » du langage courant)",
    ),
    Term(
        r"moisissures?|insalubre|humidite|indecent|(chauffage|fenetres?) (en panne|ne ferment)",
        "logement décent insalubre",
        ("F2042",),
        "F2042 « Logement décent »",
    ),
    Term(r"cheque energie", "chèque énergie", ("F33667",), "F33667 « Chèque énergie »"),
    Term(
        r"(bon|cheque|aide) (\w+ ){0,3}pour (payer |regler )?(le |son |mon |ma |les )?(chauffage"
        r"|fioul|facture d.energie"
        r"|factures? d.electricite|factures? de gaz)",
        "chèque énergie",
        ("F33667",),
        "F33667 « Chèque énergie (gaz, chaleur, électricité) » : une aide pour payer les factures d'énergie",
    ),
    Term(
        r"taxe fonciere",
        "taxe foncière propriétés bâties",
        ("F59",),
        "F59 « Taxe foncière sur les propriétés bâties »",
    ),
    # Retirement -------------------------------------------------------------------------------------------------
    Term(r"retraite|retraitee?s?", "retraite pension", (), "usage courant"),
    Term(
        r"reversion|(retraite|pension) (a lui|a elle|de (mon|ma|feu mon) (mari|femme|epoux|epouse|conjoint))"
        r"|partie de sa (retraite|pension)",
        "pension de réversion",
        (),
        "F13104 « Pension de réversion - Défunt ayant travaillé dans le privé »",
    ),
    Term(
        r"carriere longue|commence (a|a travailler|a bosser) (a|des) 1[4-9] ans",
        "retraite anticipée carrière longue",
        ("F13845", "F13946"),
        "F13845 « Retraite du salarié : retraite anticipée pour carrière longue » ; F13946 « Fonction publique : "
        "retraite anticipée pour carrière longue »",
    ),
    Term(r"carsat|cnav", "assurance retraite", (), "usage courant"),
    # Twenty-second pass: the social contributions a pension or a wage slip lists by their acronyms. "Casa" is analysed
    # as "cas" (a word of every fiche): its fiche was out of the top 10 for a retiree who read it on a statement.
    Term(
        r"casa|contribution additionnelle de solidarite( pour l.autonomie)?",
        "contribution additionnelle de solidarité pour l'autonomie avantages de vieillesse retraites",
        ("F31408",),
        "F31408 « Comment s'applique la contribution de solidarité pour l'autonomie (Casa) ? »",
    ),
    Term(
        r"csg|crds|contribution sociale generalisee",
        "CSG CRDS contribution sociale généralisée revenus d'activité et de remplacement",
        ("F2971",),
        "F2971 « CSG et CRDS sur les revenus d'activité et de remplacement » (N17580 « Contributions sociales (CSG, "
        "CRDS) »)",
    ),
    # Identity and documents ---------------------------------------------------------------------------------------
    Term(
        r"cni|carte d.identite|carte d.id",
        "carte nationale d'identité",
        (),
        "F1341 « Carte d'identité d'un majeur : première demande »",
    ),
    # "Faire les papiers" is paperwork: only someone's papers ("mes papiers", "sans papiers") are identity papers.
    Term(
        r"(mes|ses|nos|tes|leurs|vos|sans|de) papiers|papiers d.identite|papiers (francais|en regle)",
        "titre de séjour carte d'identité documents",
        (),
        "usage courant (« les papiers »)",
    ),
    Term(
        r"titre de sejour|carte de sejour|carte de (10|dix) ans|carte de resident",
        "titre de séjour carte de séjour",
        (),
        "F2209, F11201",
    ),
    Term(
        r"(titre|carte) de sejour (qui )?(expire|arrive a (expiration|echeance)|n.est plus valable)"
        r"|(papier|document) pour prouver que je suis en regle",
        "récépissé de demande de titre de séjour renouvellement",
        ("F15763",),
        "F15763 : pendant le renouvellement d'un titre de séjour, le récépissé prouve la régularité du séjour",
    ),
    Term(
        r"(sans|pas de|n.ai pas de|n.ai plus de) (papiers|titre de sejour)(?=[\s\S]{0,200}"
        r"(soins?\b|soigner|medecin|couverture|sante|hopital|dentiste|dents|malade|maladie))"
        # twenty-seventh pass, second shift: the care said first, in the same clause ("soins pour personne sans
        # papiers", "se soigner quand on n'a pas de papiers"): read where it is said, a subject or an ask
        r"|(soins?|soigner|medecin|sante|hopital|malade|maladie)\b[^.?!\n]{0,60}?"
        r"(sans|pas de|n.a pas de|n.ont pas de|n.ai pas de) (papiers|titre de sejour)",
        "aide médicale de l'État étranger en situation irrégulière soins",
        ("F3079",),
        "F3079 : l'AME prend en charge les soins de l'étranger en situation irrégulière",
    ),
    Term(
        r"recepisse|(papier|document|attestation) provisoire"
        # eighth pass: a paper to show "en attendant la nouvelle carte" of a stay being renewed
        r"|(?s:(carte|titre) de sejour.{0,200}(en attendant|le temps (que|d.avoir|de recevoir)) "
        r"(d.avoir |de recevoir )?(la |ma |le |mon )?(nouvelle |nouveau )?(carte|titre))",
        "récépissé de demande de titre de séjour",
        ("F15763",),
        "F15763 « Qu'est-ce qu'un récépissé de demande de titre de séjour ? »",
    ),
    Term(
        r"oqtf|quitter (le territoire|la france)",
        "obligation de quitter le territoire français",
        ("F18362",),
        "F18362 « Obligation de quitter la France (OQTF) »",
    ),
    Term(
        r"naturalis\w*|nationalite francaise|devenir francais(e)?",
        "naturalisation nationalité française",
        ("F2213",),
        "F2213 « Naturalisation »",
    ),
    # A card issued before 2014 to an adult said to be out of date: the fiche of its validity (10 or 15 years), not of
    # its renewal: "Carte délivrée avant 2014 … prolongée automatiquement et reste valable 5 ans supplémentaires".
    Term(
        r"(?s:(carte (nationale )?d.identite|\bcni\b).{0,120}?\b(faite|delivree|obtenue|refaite|datee?|etablie)s? "
        r"(en|de|le|du|depuis) (\w+ ){0,2}(200\d|201[0-3])\b.{0,200}?"
        r"\b(valables?|valides?|validite|perimee?s?|expiree?s?)\b)",
        "durée de validité de la carte d'identité 10 ans ou 15 ans prolongée",
        ("F35005",),
        "F35005 « Quelle est la durée de validité d'une carte d'identité ? » (« Carte délivrée avant 2014 »)",
    ),
    Term(
        r"regroupement familial|faire venir (ma|mon|mes) (femme|mari|epouse|enfants|famille)"
        # "Ma femme et mes 3 enfants sont restés en Algérie… comment je peux les faire venir ?"
        r"|(?s:(ma femme|mon mari|mon epouse|mes enfants|ma famille)\b.{0,160}\b(les|la|le) faire venir)"
        r"|(ma femme|mon mari|mon epouse|mes enfants|ma famille|qu.ils|qu.elle) (\w+ ){0,3}(viennent"
        r"|venir) (vivre|habiter"
        r"|me rejoindre|s.installer)",
        "regroupement familial",
        ("F11166",),
        "F11166 « Regroupement familial »",
    ),
    Term(
        r"carte grise|certificat d.immatriculation|immatricul\w*",
        "certificat d'immatriculation carte grise",
        (),
        "F1050 « Carte grise : immatriculer un véhicule d'occasion » (certificat d'immatriculation, ex-carte grise)",
    ),
    Term(
        r"(achete|acheter|rachete).{0,60}(occasion|occaz|leboncoin|particulier)"
        r"|(occasion|occaz).{0,60}carte grise|carte grise.{0,40}(occasion|occaz)",
        "carte grise véhicule d'occasion",
        ("F1050",),
        "F1050 « Carte grise : immatriculer un véhicule d'occasion »",
    ),
    Term(r"cpi", "certificat provisoire d'immatriculation carte grise", (), "F34742", capitals=True),
    # A document applied for and not received: the fiches that say how long it takes and how to follow it.
    Term(
        r"(?s:(carte grise|certificat d.immatriculation|immatriculation).{0,200}?(toujours (rien|pas)"
        r"|(pas|rien|jamais) (\w+ )?recu|ou en est|suivre|attends? depuis|pas arrive)|(toujours (rien|pas)"
        r"|ou en est|attends? depuis|depuis \d+ (semaines|mois)).{0,120}?carte grise)",
        "délai de réception suivre l'état d'avancement carte grise",
        ("F11475", "F34742"),
        "F11475 « Dans quel délai reçoit-on sa carte grise ? » ; F34742 « Comment suivre l'état d'avancement de la "
        "fabrication d'une carte grise ? »",
    ),
    Term(
        r"(?s:passeport.{0,200}?(toujours (rien|pas)|(pas|rien|jamais) (\w+ )?(recu|pret)|ou en est|suivre|"
        r"attends? depuis|pas arrive|sans nouvelles?|aucune? (sms|nouvelles?|message)|l.avancement)"
        r"|(toujours (rien|pas)|ou en est|attends? depuis).{0,120}?passeport)",
        "savoir où en est sa demande de passeport",
        ("F34757",),
        "F34757 « Comment savoir où en est ma demande de passeport ? »",
    ),
    Term(
        r"(?s:carte d.identite.{0,200}?(toujours (rien|pas)|(pas|rien|jamais) (\w+ )?(recu|prete)|ou en est|suivre|"
        r"attends? depuis|pas arrivee?)|(toujours (rien|pas)|ou en est|attends? depuis).{0,120}?carte d.identite)",
        "savoir où en est sa demande de carte d'identité",
        ("F34756",),
        "F34756 « Comment savoir où en est ma demande de carte d'identité ? »",
    ),
    Term(
        r"certificat provisoire",
        "certificat provisoire d'immatriculation carte grise",
        (),
        "F34742 « Comment suivre l'état d'avancement de la fabrication d'une carte grise ? »",
    ),
    Term(r"ants", "agence nationale des titres sécurisés", (), "usage courant"),
    # The fiches say "bagage" where a traveller says "ma valise" (eleventh pass).
    Term(r"valises?", "bagage", (), "F11370 « Voyage en avion : bagage perdu, retardé ou endommagé »"),
    # A residence permit whose renewal cannot even be filed: no appointment to be had at the préfecture.
    Term(
        r"(?s:(pas|jamais|aucun|impossible|plus|sans)( \w+){0,3} (de |d.)?(rendez.vous|rdv|creneaux?)\b.{0,160}?"
        r"(prefecture|titre de sejour|carte de sejour)|(prefecture|titre de sejour|carte de sejour).{0,200}?"
        r"(pas|jamais|aucun|impossible|plus|sans)( \w+){0,3} (de |d.)?(rendez.vous|rdv|creneaux?)\b)",
        "difficulté demande de titre de séjour préfecture rendez-vous recours récépissé",
        ("F31969", "F15763"),
        "F31969 « Que faire en cas de difficulté lors d'une demande de titre de séjour ? » (difficulté au guichet de "
        "la préfecture : recours gracieux, Défenseur des droits) ; F15763 « Qu'est-ce qu'un récépissé de demande de "
        "titre de séjour ? »",
    ),
    # The Aspa while staying abroad: the condition of residence in France (more than 6 months a year).
    Term(
        r"(?s:\b(aspa|asi|minimum vieillesse)\b.{0,250}?(a l.etranger|hors de france|quitter la france"
        r"|retourner (au|dans mon) pays|l.hiver (chez|au|en|a|dans)|(aller|partir|rester|sejourner|vivre|passer)\b"
        r".{0,60}\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|plusieurs) mois\b)"
        r"|(a l.etranger|hors de france|quitter la france|retourner (au|dans mon) pays|l.hiver (chez|au|en|a|dans)"
        r"|(aller|partir|rester|sejourner|vivre|passer)\b.{0,60}\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf"
        r"|plusieurs) mois\b).{0,250}?\b(aspa|asi|minimum vieillesse)\b)",
        "Aspa résider en France séjour à l'étranger",
        ("F1663",),
        "F1663 « Aspa, Asi : faut-il résider en France ? » (séjourner en France plus de 6 mois par an)",
    ),
    Term(
        r"recens\w*(?! de la population)",
        "recensement citoyen militaire attestation de recensement",
        ("F870",),
        'F870 « Recensement militaire (ou "recensement citoyen") »',
    ),
    Term(
        r"non.?gage",
        "certificat de situation administrative non gage",
        ("F1360",),
        "F1360 « Certificat de situation administrative (non gage et non opposition) »",
    ),
    Term(
        r"(combien|nombre) de points (il )?(me |lui |m.|vous )?(reste|restent|ai|a)\b|solde (de|des|du) (mes )?points"
        r"|reste combien de points|combien (il )?(me |m.)?reste\w* sur (mon|le|son) permis"
        r"|combien (il )?(me |m.)?reste\w* (de )?points( sur (mon|le|son) permis)?"
        r"|(savoir|connaitre|verifier) (mon|le) (solde|nombre) de points",
        "solde du permis de conduire nombre de points",
        ("F17970",),
        "F17970 « Solde du permis de conduire : comment connaître son nombre de points ? »",
    ),
    Term(
        r"points?( sur| de)? (mon |son )?permis",
        "points du permis de conduire",
        ("F1685", "F17970"),
        "F1685 « Points du permis de conduire : retrait et récupération », F17970 « Solde du permis de conduire »",
    ),
    Term(
        # round 2: "ma voiture a été flashée", agreed with its noun
        r"flashee?s?|radar|exces de vitesse",
        "excès de vitesse radar amende",
        ("F19460",),
        "F19460 « Limitations de vitesse »",
    ),
    Term(r"pv|prune|contravention|amende", "amende contravention", (), "usage courant (« un PV », « une prune »)"),
    Term(
        r"(amende|avis de contravention|pv).{0,60}(radar|flashee?s?|exces de vitesse)"
        r"|(radar|flashee?s?|exces de vitesse).{0,60}(amende|avis de contravention|payer|pv)|antai"
        # round 2: the owner who was not driving asks how the driver takes the fine (the designation, in F18509)
        r"|(radar|flashee?s?|exces de vitesse|amende|pv|contravention).{0,200}?pas moi\b.{0,40}(conduis\w*|volant)",
        "amende contrôle automatisé radar avis de contravention désignation du conducteur",
        ("F18509",),
        "F18509 « Amende à payer après un contrôle automatisé (radar) »",
    ),
    # Twenty-eighth pass, second shift: road matters named by the thing and not by the fiche's words. A parking fine
    # is one of two fiches: parking left unpaid or overstayed is the commune's forfait post-stationnement, parking
    # where one may not (a delivery bay, a pavement, a double line) the amende for stationnement gênant.
    Term(
        r"forfait post.?stationnement|\bfps\b|depass\w* (du |de mon |de son |le |mon )?(ticket|temps de stationnement)"
        # paying for parking is no fine: the meter or the ticket beside a fine's word
        r"|(?s:\b(horodateur|parcmetre|" + _PARKING_TICKET + r"|stationnement payant)\b.{0,100}?\b(amendes?|pv"
        r"|contraventions?)\b|\b(amendes?|pv|contraventions?)\b.{0,100}?\b(horodateur|parcmetre|"
        + _PARKING_TICKET
        + r"|stationnement payant)\b)",
        "forfait post-stationnement stationnement non payé",
        ("F34440",),
        "F34440 « Forfait post-stationnement en cas de stationnement non payé » (« remplace l'amende de 17 € en cas "
        "de stationnement non payé ou insuffisamment réglé »)",
    ),
    Term(
        r"stationnement (tres )?(genant|dangereux|abusif)"
        r"|(?s:\b(gare|garee|garer|stationn\w*)\b.{0,80}?(place (de |pour )?(livraisons?|handicapes?|pmr)"
        r"|aires? de livraison|sur le trottoir|en double file|sur (le |un )?passage (pour )?pietons?"
        r"|sur (la |une )?piste cyclable|arret de bus))",
        "amende stationnement gênant dangereux abusif",
        ("F34212",),
        "F34212 « Amende pour stationnement gênant, dangereux, abusif »",
        unless=r"fourriere",  # the car taken away: the pound's fiches answer
    ),
    Term(
        r"(amendes?|pv|contraventions?|prunes?) (de |pour )?(mon |un |du )?stationnement",
        "amende stationnement",
        ("F34212", "F34440"),
        "F34212 « Amende pour stationnement gênant, dangereux, abusif » ; F34440 « Forfait post-stationnement »",
    ),
    # A road offence across a border: a French driver fined abroad (a letter in another language, a radar in Spain)
    # or a foreign driver fined in France. The two fiches answer each other ("Un Européen peut être poursuivi de
    # retour chez lui").
    Term(
        r"(?s:\b(" + _ROAD_OFFENCE + r")\b.{0,160}?\b(en|au|aux) (" + ABROAD + r")\b"
        r"|\b(en|au|aux) (" + ABROAD + r")\b.{0,160}?\b(" + _ROAD_OFFENCE + r")\b"
        r"|courrier en (espagnol|italien|allemand|anglais|neerlandais|portugais|polonais)"
        r"|je suis (suisse|belge|allemande?|espagnole?|italiene?|italienne|anglaise?|britannique|neerlandaise?"
        r"|luxembourgeoise?|portugaise?|polonaise?)\b.{0,300}?\b(" + _ROAD_OFFENCE + r")\b)",
        "infraction routière en Europe amende étranger",
        ("F15097", "F414"),
        "F15097 « Infraction routière en Europe » ; F414 « Quelle amende risque un étranger en cas d'infraction "
        "routière en France ? »",
    ),
    # A vehicle at the end of its life goes to a centre VHU, and its registration with it.
    Term(
        r"a la casse|casse auto|epaves?|centre vhu|\bvhu\b|(faire )?detruire (ma|sa|la|notre) (voiture|vehicule|moto)"
        r"|(voiture|vehicule|moto) (\w+ ){0,2}a detruire",
        "véhicule à détruire carte grise centre VHU",
        ("F1468",),
        "F1468 « Véhicule à détruire et carte grise » (« vous devez le remettre à un centre VHU agréé »)",
        unless=r"\bprimes?\b|conversion|bonus",  # the old car scrapped for a new one's grant
    ),
    # A driving licence passed and not received, as the carte grise, the passport and the identity card above.
    Term(
        r"(?s:\bpermis(?! (de construire|d.amenager|de demolir|de chasse|bateau|de sejour|de travail))\b.{0,200}?"
        # "jamais reçu de lettre" after the points of a licence is a notice, not the card
        r"(toujours (rien|pas)|(pas|rien|jamais) (\w+ )?recu(?! (de |d.|la |le |une |un |les |mes )?"
        r"(lettres?|courriers?|avis|amendes?|pv))|ou en est|pas arrive|attends? depuis)"
        r"|(toujours (rien|pas) (\w+ ){0,2}(recu|arrive)|ou en est|attends? depuis) (\w+ ){0,2}permis"
        r"(?! (de construire|d.amenager|de demolir|de chasse|bateau|de sejour|de travail))\b)",
        "suivre la fabrication du permis de conduire",
        ("F33352",),
        "F33352 « Comment suivre la fabrication de son permis de conduire ? »",
    ),
    Term(
        r"casier( judiciaire)?",
        "extrait de casier judiciaire bulletin",
        ("F1420",),
        "F1420 « Demande d'extrait de casier judiciaire (bulletin n°3) »",
    ),
    Term(r"pacs|pacser|pacse(e|s)?", "pacte civil de solidarité Pacs", ("F1618",), "F1618 « Se pacser »"),
    Term(
        r"procuration.{0,40}(vote|voter|election)|(vote|voter|election).{0,60}procuration|voter a ma place",
        "vote par procuration",
        ("F1604",),
        "F1604 « Vote par procuration »",
    ),
    Term(
        r"listes? electorales?|m.inscrire (pour|a) voter|inscri\w* pour voter",
        "inscription sur la liste électorale",
        (),
        "F1372 « Inscription sur la liste électorale : en cas de déménagement »",
    ),
    # Taxes ----------------------------------------------------------------------------------------------------------
    Term(r"impots?|fisc", "impôt sur le revenu", (), "usage courant"),
    Term(r"pas", "prélèvement à la source", ("F34009",), "F34009", capitals=True),
    Term(
        r"preleve\w* a la source|taux (de prelevement|d.imposition|sur ma fiche de paie)",
        "prélèvement à la source taux",
        ("F34009",),
        "F34009 « Impôt sur le revenu - Prélèvement à la source (PAS) »",
    ),
    Term(r"dgfip|tresor public", "service des impôts finances publiques", (), "usage courant"),
    Term(r"sip", "service des impôts des particuliers", (), "usage courant", capitals=True),
    # Justice --------------------------------------------------------------------------------------------------------
    Term(
        r"aide juridictionnelle|(payer|paye|pas les moyens).{0,40}avocat",
        "aide juridictionnelle",
        ("F18074",),
        "F18074 « Aide juridictionnelle »",
    ),
    Term(r"huissiers?", "huissier de justice commissaire de justice", (), "usage courant"),
    Term(
        r"banque de france|surendett\w*|dossier de surendettement",
        "surendettement dossier",
        ("F134",),
        "F134 « Déposer un dossier de surendettement »",
    ),
    Term(
        r"pension alimentaire|aripa",
        "pension alimentaire",
        (),
        "F1002 « Pension alimentaire impayée : faire intervenir la Caf ou la MSA »",
    ),
    # Institutions -------------------------------------------------------------------------------------------------
    Term(r"cpam|ameli", "caisse primaire d'assurance maladie", (), "usage courant"),
    Term(r"msa", "mutualité sociale agricole", (), "usage courant"),
    Term(r"mdph", "maison départementale des personnes handicapées", (), "usage courant"),
    Term(r"ofii", "office français de l'immigration et de l'intégration", (), "usage courant"),
    Term(
        r"ehpad|maison de retraite",
        "établissement d'hébergement pour personnes âgées dépendantes Ehpad",
        ("F763",),
        "F763 « Ehpad : établissement d'hébergement pour personnes âgées dépendantes »",
        setting=True,
    ),
    # Names added for the everyday vocabulary of families, work, taxes and civic life -----------------------------
    Term(
        r"ajpp|allocation (journaliere )?de presence parentale",
        "allocation journalière de présence parentale",
        ("F15132",),
        "F15132 « Allocation journalière de présence parentale (AJPP) »",
    ),
    Term(
        r"conge de presence parentale",
        "congé de présence parentale",
        ("F1631", "F565"),
        "F1631 « Congé de présence parentale dans le secteur privé », F565 (fonction publique)",
    ),
    Term(
        r"agepi|aide (a|pour) la garde d.enfants? (pour )?parents? isole",
        "aide à la garde d'enfants pour parent isolé Agepi",
        ("F1814",),
        "F1814 « Aide à la garde d'enfants pour parent isolé (Agepi) au chômage »",
    ),
    Term(
        r"(?s:(la|sa|de la|ma) prepare|prepare (de la )?caf|prestation partagee"
        r"|conge parental (paye|indemnise|de la caf)|(caf|indemnite).{0,30}?conge parental"
        r"|conge parental.{0,80}?(caf|verse|indemnis\w*|argent|allocation))",
        "prestation partagée d'éducation de l'enfant PreParE congé parental",
        ("F32485",),
        "F32485 « Prestation partagée d'éducation de l'enfant (PreParE) »",
    ),
    Term(r"cesu", "chèque emploi service universel particulier employeur", (), "F2912, F13607 (Cesu)", capitals=True),
    Term(
        r"capital deces",
        "capital décès",
        ("F3005", "F1544"),
        "F3005 « Capital décès versé pour le décès d'un salarié du secteur privé », F1544 (fonctionnaire)",
    ),
    Term(r"allocation (de )?veuvage", "allocation veuvage", ("F744",), "F744 « Allocation veuvage »"),
    # Round 2 (after the unseen measurement): names said by what they do rather than by their title.
    # A widow(er)'s benefit asked for without its name ("une aide pour les veuves", "une allocation de veuf").
    Term(
        r"(aides?|allocations?|prestations?) (pour |aux |des |de )(les )?"
        r"(veuve?s?|veufs?|conjoints? survivants?)",
        "allocation veuvage conjoint survivant",
        ("F744",),
        "F744 « Allocation veuvage » : « attribuée à l'époux(se) survivant(e), sous condition de ressources »",
    ),
    # A retired person abroad proving each year that they are alive: the certificate of life (certificat d'existence).
    Term(
        r"certificats? (de vie|d.existence)|(prouv\w*|montr\w*|justifi\w*|attest\w*|preuve) (que )?"
        r"(je suis|il est|elle est|on est|qu.(il|elle) est|d.etre) (toujours )?(en )?(vie|vivante?s?)",
        "certificat de vie retraité résidant à l'étranger",
        ("F2543",),
        "F2543 « Salarié retraité : quand faut-il présenter un certificat de vie ? » : « le retraité doit justifier "
        "qu'il est toujours en vie » (« attestation d'existence »)",
    ),
    # A parent who keeps the child past the visit, or takes it away: non-représentation d'enfant, enlèvement parental.
    Term(
        r"(?s:(pas|jamais|toujours pas) (\w+ ){0,2}(rendu|ramene|ramenee|rendue|raccompagne\w*|rendre|ramener) (\w+ )?"
        r"(mon|ma|mes|notre|nos|les|l.) ?(fils|fille|enfants?|bebe|petite?s?)|(garde|retient|emmen\w*|part\w* avec)"
        r" (mon|ma|mes|notre|nos) (fils|fille|enfants?).{0,80}(sans (mon|notre) (accord|autorisation)|a l.etranger"
        r"|en (algerie|tunisie|maroc|turquie)|dans son pays)|enlevement (parental|d.enfant))",
        "non-représentation d'enfant enlèvement parental",
        ("F1191",),
        "F1191 « Enlèvement parental - Non-représentation d'enfant »",
    ),
    # Twenty-fifth pass, second shift: the child not brought back said as the other parent's failure to bring it
    # ("il ne me ramène pas mon fils", "il devait ramener notre fils dimanche", "refuse de me rendre ma fille"), or a
    # parent leaving with the child for good ("il part refaire sa vie avec le petit"): the same fiche, whose words are
    # "le parent qui ne remet pas l'enfant". Not a child who does not want to come back, nor a lift to school.
    Term(
        r"\bn(e |.)(me |m.|nous |la |le |les )?(ramene|rend|rends|ramenera|rendra|raccompagne)\w* (toujours |plus "
        r"|jamais )?pas (mon|ma|mes|notre|nos|les|l.) ?" + _CHILD + r"\b"
        r"|\b(devait|devaient|aurait du|etait cense|etait censee) (me |nous )?(ramener|rendre|raccompagner) "
        r"(mon|ma|mes|notre|nos|les|l.) ?" + _CHILD + r"\b"
        r"|\brefuse\w* de (me |nous )?(rendre|ramener) (mon|ma|mes|notre|nos|les|l.) ?" + _CHILD + r"\b"
        r"|\bpart(ir|ait|ira|irait|i|ie)? (\w+ ){0,4}avec (le petit|la petite|les petits|mon fils"
        r"|ma fille|notre fils|notre fille|nos enfants|mes enfants|les enfants|le bebe|notre bebe)\b"
        r"(?=.{0,200}\b(etranger|pays|algerie|tunisie|maroc|turquie|jugement|garde|residence)\b)",
        "non-représentation d'enfant enlèvement parental",
        ("F1191",),
        "F1191 « Enlèvement parental - Non-représentation d'enfant » (« le parent qui ne remet pas l'enfant »)",
    ),
    # Twenty-fifth pass, second shift: a minor who travels abroad without its parents (a school trip, a club, a
    # holiday camp) needs the AST: F1359 « Autorisation de sortie du territoire (AST) »; said by its name, or by a
    # child leaving without the parents, with a class or a club, for a foreign country. Not the parental conflict
    # over a departure (F1774: "interdiction / opposition de sortie du territoire", kept by their own words).
    Term(
        r"(?<!interdiction d.)(?<!opposition a la )autorisations? (de |d.)?sortie (du|de|de la|hors du) territoire"
        r"|"
        + _around(
            r"\b(sans (nous|moi|ses parents|parents|papa ni maman)|avec (sa|son|ses) (classe|club|equipe|ecole|college"
            r"|lycee|prof\w*|maitresse|colo\w*|association|grands.parents|copains|copines)|voyage scolaire"
            r"|sejour linguistique|colonie de vacances)\b",
            r"a l.etranger|(en|au|aux|a) (" + ABROAD + r")",
            150,
        ),
        "autorisation de sortie du territoire AST mineur voyageant sans ses parents",
        ("F1359",),
        "F1359 « Autorisation de sortie du territoire (AST) »",
    ),
    Term(
        r"ast",
        "autorisation de sortie du territoire",
        ("F1359",),
        "F1359 « Autorisation de sortie du territoire (AST) »",
        capitals=True,
    ),
    # Twenty-fifth pass, second shift: a child's health cover through a parent (a baby "rattaché à personne", put on
    # the father's or the mother's card, an "ayant droit"): F16620 « Rattachement d'un enfant en qualité d'ayant
    # droit d'un assuré social ». The child and the attachment, near health cover words; not a tax household's
    # "rattachement" (F3085), nor an adult who is an ayant droit (F16622), nor a mutuelle's contract.
    Term(
        _around(
            r"\b" + _CHILD + r"\b.{0,60}?\b(rattach\w*|ayants? droits?)"
            r"|\b(rattach\w*|ayants? droits?|r?ajout\w*|inscri\w*|mettre|mis|mise|declarer) (\w+ ){0,2}"
            r"(mon|ma|notre|nos|le|la|les|l.|son|sa|ses) ?" + _CHILD,
            r"secu|securite sociale|assurance maladie|cpam|ameli|carte vitale|(ma|sa|ta|la|votre) carte"
            r"|couverte?|couverture|pharmacie|rembourse\w*|prise en charge",
            200,
        ),
        "rattachement d'un enfant ayant droit assuré social assurance maladie",
        ("F16620",),
        "F16620 « Rattachement d'un enfant en qualité d'ayant droit d'un assuré social »",
    ),
    # Twenty-fifth pass, second shift: a pregnant woman (or a baby on the way) who asks what she is entitled to: the
    # birth grant is the pregnancy's own benefit (F2550 « Prestation d'accueil du jeune enfant (Paje) : prime à la
    # naissance », paid from the seventh month), whatever else her story tells (a lease, a partner gone).
    Term(
        _around(
            r"\benceinte\b|\bgrossesse\b|\bbebe (qui )?(arrive|va naitre|est prevu|doit naitre)\b",
            r"(ai|a|avoir|aurai|aurais|aurait|avons|aurions)( \w+)? droit a "
            r"(quelque chose|quoi|des aides?|une aide|rien)"
            r"|quelles? aides?|aides? (financieres?|possibles?|pour (le|mon|notre) bebe)",
            250,
        ),
        "prime à la naissance Paje aides de la Caf pendant la grossesse",
        ("F2550",),
        "F2550 « Prestation d'accueil du jeune enfant (Paje) : prime à la naissance »",
    ),
    # Twenty-fifth pass, second shift: the birth grant said by what it does, or misspelt: the Caf "donne une somme /
    # des sous avant la naissance pour acheter la poussette", "la prim de naissence" (F2550: paid in the month after
    # the seventh month of pregnancy, for the baby's first costs).
    Term(
        r"\bprim\w* (de|a la) nai?ss?[ae]n[cs]e"
        r"|"
        + _around(
            r"\b(caf|on|elle|ils|l.etat)\b (\w+ ){0,2}(donne|verse|touche|paie|paye|envoie)\w* (\w+ ){0,3}(l.)?"
            r"(sommes?|sous|argent|primes?|thunes?|allocations?)",
            r"avant (la naissance|l.accouchement|que (le|mon|notre) bebe)|acheter (\w+ ){0,2}(affaires|lit|poussette"
            r"|materiel)|affaires (du|pour le) bebe|(7|7e|7eme|septieme) mois",
            120,
        ),
        "prime à la naissance Paje",
        ("F2550",),
        "F2550 « Prestation d'accueil du jeune enfant (Paje) : prime à la naissance »",
    ),
    # Twenty-fifth pass, second shift: a baby stillborn or lost late in pregnancy ("née sans vie", "mort-né", "perdu
    # notre fille à 24 semaines"): F19224 « Enfant décédé à la naissance : quelles sont les règles d'état civil ? »
    # and F32519 « Enfant décédé à la naissance : peut-on percevoir des prestations familiales ? ».
    Term(
        r"(nee?s?|enfants?|bebes?) sans vie|mort.nee?s?"
        r"|(perdu|perte de|perdre) (notre|mon|ma|le|la|un|une|leur) (bebe|fille|fils|enfant) (a|de|vers) \d+ "
        r"(semaines|sa|mois)|deces (de notre|de mon|du) bebe (in utero|a la naissance)",
        "enfant décédé à la naissance né sans vie état civil prestations familiales",
        ("F19224", "F32519"),
        "F19224 « Enfant décédé à la naissance : quelles sont les règles d'état civil ? » ; F32519 « Enfant décédé "
        "à la naissance : peut-on percevoir des prestations familiales ? »",
    ),
    # Twenty-fifth pass, second shift: a birth during the year and the household's income tax (the child counted for
    # the whole year, the half-share): F2633 « Impôt sur le revenu - Enfant mineur à charge » (a child born during
    # the year is counted on the return of that year). Not the birth grant's tax ("prime de naissance imposable").
    Term(
        _around(
            # one child born, not "mes enfants sont nés ici" (a naturalisation's story)
            r"\b(bebe|enfant|fils|fille|petite?) (est )?nee?\b|(?<!prime a la )(?<!prime de )\bnaissance\b"
            r"|vient de naitre|accouch\w*",
            r"declarations? (de revenus|d.impots?|fiscales?)|demi.parts?|parts? fiscales?|quotient familial"
            r"|impots? sur le revenu|foyer fiscal",
            200,
        ),
        "impôt sur le revenu enfant mineur à charge naissance dans l'année demi-part quotient familial",
        ("F2633",),
        "F2633 « Impôt sur le revenu - Enfant mineur à charge »",
    ),
    # Twenty-ninth pass (the lead): whether a social benefit is taxed or goes on the income-tax return ("est-ce que
    # l'aah doit être déclarée sur la déclaration de revenus ? et la pch ?", tri-cj-020, whose 1.5B draft answered
    # "vous devez la déclarer" from the AAH's forms list): F3153 answers for all of them (RSA, prime d'activité,
    # family benefits, disability benefits, housing aid: exempt). Not the benefits that are taxed (a disability
    # pension, unemployment benefit: their own fiches), nor resources declared to the Caf.
    Term(
        _around(
            r"\b(aah|pch|apl|als|alf|rsa|prime d.activite|allocations? (familiales|logement|de rentree scolaire)"
            r"|aides? (au|aux) logements?|paje|complement familial|aeeh|asf|prestation de compensation"
            r"|allocation (aux adultes handicapes|d.education de l.enfant handicape|de soutien familial))\b",
            r"imposables?|(aux|au) (impots?|fisc)|declar\w* (sur|dans) (ma|la|notre|mes|nos) declaration"
            r"|declarations? (de revenus|d.impots?)|impots? sur le revenu",
            120,
        ),
        "impôt sur le revenu aides sociales et familiales exonérées déclarer",
        ("F3153",),
        "F3153 « Impôt sur le revenu : doit-on déclarer les aides sociales et familiales ? »",
        # resources declared to the Caf; a student whose parents still declare them ("mes parents me déclarent encore
        # aux impôts": the APL's conditions, not its tax)
        unless=r"a la caf|declarations? trimestrielles?|ressources (trimestrielles|non declarees)"
        r"|declarer (mes|ses|vos|nos) ressources|(me|nous) declarent|rattach\w*",
        asked_status=True,  # thirty-first pass: the benefit named is the situation, its tax status the question
    ),
    # Local taxes claimed again for past years: the period over which a supplement can be reclaimed.
    Term(
        r"(?s:(rappels?|supplements?|redressements?|rattrapages?) (de |d.)?(taxe fonciere|taxe d.habitation"
        r"|impots? locaux)|(taxe fonciere|taxe d.habitation|impots? locaux).{0,120}"
        r"(remonter|annees? (precedentes|anterieures)|\d ans d.un coup|plusieurs annees))",
        "délai supplément d'impôts locaux réclamé reprise",
        ("F156",),
        "F156 « Dans quel délai un supplément d'impôts locaux peut-il être réclamé ? »",
    ),
    # The papers an employer owes at the end of a contract, named one by one.
    Term(
        r"certificat de travail|solde de tout compte|(papiers|documents) de fin de contrat",
        "documents remis au salarié à la fin du contrat certificat de travail solde de tout compte attestation",
        ("F31896",),
        "F31896 « Quels sont les documents remis au salarié à la fin de son contrat ? »",
    ),
    # A driving licence passed overseas is French: its own fiche, not the exchange of a foreign one.
    Term(
        r"(?s:permis\b(?! (de|d.) ?(construire|demolir|amenager|chasse|louer|visite))\b.{0,80}"
        r"\b(outre.mer|nouvelle.caledonie|noumea|polynesie|tahiti|papeete|mayotte|guadeloupe"
        r"|martinique|guyane|la reunion|saint.pierre.et.miquelon|wallis))",
        "permis de conduire délivré en outre-mer conduire en métropole",
        ("F32134",),
        "F32134 « Peut-on conduire en métropole avec un permis délivré en outre-mer ? »",
    ),
    # A condemnation one wants off the record: non-inscription or removal from the bulletin, not an extract.
    Term(
        r"(?s:(effac\w*|enlev\w*|retir\w*|supprim\w*|disparaitre|nettoy\w*) .{0,60}casier"
        r"|casier.{0,60}(effac\w*|enlev\w*|retir\w*|supprim\w*|disparaitre)|ne (plus )?(figure|apparai)\w* (plus )?"
        r"(sur|dans|au) (mon |le |son )?casier)",
        "condamnation ne figure pas sur le casier judiciaire non-inscription effacement",
        ("F31802",),
        "F31802 « Comment faire pour qu'une condamnation ne figure pas sur son casier judiciaire ? »",
    ),
    # A father's leave while the newborn stays in hospital: its own fiche.
    Term(
        r"(?s:conge (de )?(pat\w*|papa|naissance).{0,250}(hospitalis\w*|neonat\w*|couveuse|reanimation)"
        r"|(hospitalis\w*|neonat\w*|couveuse|reanimation).{0,250}conge (de )?(pat\w*|papa|naissance))",
        "congé de paternité hospitalisation de l'enfant après sa naissance",
        ("F35002",),
        "F35002 « Congé de paternité et d'accueil en cas d'hospitalisation de l'enfant après sa naissance »",
    ),
    # Unemployment years counted towards the pension: their own question.
    Term(
        r"(?s:(chomage|chomeur|chomeuse).{0,250}(comptent|compte\w*|prises? en compte|valid\w*|trimestres?)"
        r".{0,60}retraite|retraite.{0,80}(trimestres?|periodes?|annees?) (de|au) chomage)",
        "périodes de chômage prises en compte pour la retraite trimestres",
        ("F31249",),
        "F31249 « Les périodes de chômage sont-elles prises en compte pour la retraite ? »",
    ),
    # A nanny who comes to the family's home, not a childminder at hers: home childcare.
    Term(
        # the nanny and where she works in one clause: "garder mon petit-fils chez moi" alone is not a nanny
        r"(nounou|baby.?sitter|garde d.enfants?) (qui )?(vien\w*|travaill\w*|garde\w*|s.occup\w*)( \w+){0,7} "
        r"(a (notre |mon )?domicile|a la maison|chez nous|chez moi)|garde (d.enfants? )?a domicile",
        "garde à domicile complément de libre choix du mode de garde",
        ("F31101",),
        "F31101 « Complément de libre choix du mode de garde (CMG) - Garde à domicile »",
    ),
    # A defect there before the sale or hidden by the seller: the legal guarantee against hidden defects.
    Term(
        r"(?s:(deja|etait) (\w+ ){0,3}avant (la vente|l.achat|que (je|nous|on) l.a\w*)"
        r"|(vendeur|il|elle) a (mis|fait) .{0,40}pour (le |la |les )?(masquer|cacher)"
        r"|(masque|cache)\w* (le |la |les |un |une )?(defaut|probleme|panne|fuite|vice)s?)",
        "garantie légale des vices cachés défaut caché vendeur",
        ("F11007",),
        "F11007 « Achat d'un produit : garantie légale des vices cachés »",
    ),
    # A vehicle left by someone who died: its registration passes to the heirs.
    Term(
        r"(?s:(deced\w*|deces|defunte?|herit\w*|succession)\b.{0,200}(carte grise|certificat d.immatriculation)"
        r"|(carte grise|certificat d.immatriculation).{0,120}(deced\w*|defunte?|herit\w*|succession)"
        # twenty-eighth pass, second shift: the dead person's own car, said without its papers' name
        r"|(deced\w*|defunte?)\b.{0,200}?\b(sa|leur) (voiture|vehicule|moto|camping.car)\b)",
        "hériter d'un véhicule carte grise succession",
        ("F1480",),
        "F1480 « Carte grise : hériter d'un véhicule immatriculé en France »",
    ),
    Term(
        r"acte de naissance|extrait de naissance|copie integrale",
        "acte de naissance copie intégrale extrait",
        ("F1427",),
        "F1427 « Acte de naissance : demande de copie intégrale ou d'extrait »",
    ),
    Term(
        r"quotient familial|demi.part|nombre de parts|combien de parts",
        "quotient familial parts",
        (),
        "F2702, F35120, F35127…",
    ),
    Term(
        r"(?s:(separ\w*|divorc\w*|garde alternee|rupture (du|de notre) pacs).{0,200}?(\bparts?\b|quotient)"
        r"|(\bparts?\b|quotient).{0,200}?(separ\w*|divorc\w*|garde alternee))",
        "quotient familial divorce séparation parts enfants",
        ("F476",),
        "F476 « Impôt sur le revenu : quel quotient familial en cas de divorce ou de séparation ? »",
    ),
    Term(
        r"remise gracieuse",
        "remise gracieuse impossibilité de payer",
        ("F34392",),
        "F34392 « Impossibilité de payer son impôt : demande de remise gracieuse »",
    ),
    Term(
        r"(delai|etaler|echelonner|plusieurs fois).{0,40}(impots?|taxe)|(impots?|taxe).{0,60}(delai de paiement|etaler"
        r"|echelonner|en plusieurs fois)",
        "délai de paiement impôts",
        ("F3124",),
        "F3124 « Demander un délai de paiement pour payer ses impôts »",
    ),
    Term(r"vae", "validation des acquis de l'expérience", ("F2401",), "F2401 « … (VAE) »", capitals=True),
    Term(
        r"validation des acquis",
        "validation des acquis de l'expérience",
        ("F2401",),
        "F2401 « Validation des acquis de l'expérience (VAE) »",
    ),
    Term(r"service civique", "engagement de service civique", ("F13278",), "F13278 « Engagement de service civique »"),
    Term(r"bafa", "brevet d'aptitude aux fonctions d'animateur", ("F2111",), "F2111 « … (Bafa) »", capitals=True),
    Term(r"prime de noel", "prime de Noël", ("F1325",), "F1325 « Prime de Noël : comment en bénéficier ? »"),
    Term(r"tutelle|curatelle|sauvegarde de justice", "tutelle curatelle majeur protégé", (), "F2120, F2094, F10424"),
    Term(
        r"attestation (de droits|vitale|de la secu|d.assurance maladie)",
        "attestation de droits assurance maladie",
        ("F10662",),
        "F10662 « Comment obtenir une attestation de droits (attestation Vitale) ? »",
    ),
    # Twenty-fifth pass: a car that hit a wild animal on the road ("un sanglier a surgi", "percuté un chevreuil"): the
    # insurance question is answered by the fiche on that accident, whoever the message was sent to; not the
    # animals of a garden or a hunt (no vehicle, no road).
    Term(
        _around(
            r"\b(sangliers?|chevreuils?|cerfs?|biches?|daims?|gibier|animal sauvage|animaux sauvages)\b",
            r"voitures?|vehicules?|capot|pare.chocs?|percut\w*|heurt\w*|collision|accident|departementale|route"
            r"|assure\w* au tiers",
            150,
        ),
        "accident avec un animal sauvage assurance auto indemnisation",
        ("F21616",),
        "F21616 « Assurance auto : l'accident avec un animal sauvage est-il indemnisé ? »",
    ),
    Term(
        r"tapage( nocturne)?|bruits? .{0,60}voisins?|voisins? .{0,80}(bruit|musique|fete|crient|tapent)",
        "troubles de voisinage bruits de comportement tapage",
        ("F612",),
        "F612 « Troubles de voisinage : bruits de comportement »",
    ),
    Term(
        r"arnaque|escroc\w* (sur|par) (internet|telephone)|escroquerie",
        "escroquerie",
        ("F1520",),
        "F1520 « Escroquerie »",
    ),
    Term(
        r"(commande|achete|acheter|paye)\w* (sur|par) (internet|un site|le site)|jamais (ete )?livre"
        # round 2: the thing bought said instead of the parcel ("téléphone payé jamais reçu")
        r"|(colis|commande|article|produit)s? .{0,30}(jamais|pas) (arrive|recu|livre)e?s?"
        r"|(paye|achete|commande)e?s? jamais (arrive|recu|livre)e?s?",
        "achat à distance livraison litige vendeur",
        (),
        "F10037 « Achat à distance : livraison du bien… », F10868 « Achat à distance : recours en cas de litige »",
    ),
    Term(
        r"interdit bancaire|interdit(e)? de cheque|fiche(e)? (a la )?banque de france|fichage bancaire|ficp",
        "interdiction bancaire fichier incidents banque de France",
        (),
        "F17608 (FICP), F1930 « Comment régulariser un chèque sans provision ? »",
    ),
    Term(
        r"(refus|refuse|refusent)\w* .{0,40}ouvr\w* (un |mon )?compte|droit au compte",
        "refus d'ouverture de compte bancaire droit au compte",
        ("F2417",),
        "F2417 « Refus d'ouverture de compte bancaire : droit au compte »",
    ),
    Term(r"garde alternee", "garde alternée résidence alternée", (), "F1329, F21248"),
    Term(
        r"retraite progressive",
        "retraite progressive",
        ("F12842",),
        "F12842 « Retraite progressive d'un salarié du privé »",
    ),
    Term(r"edf|engie", "fournisseur d'électricité gaz facture", (), "usage courant"),
    # Tax penalties: a late payment and an omission in a return are two fiches.
    Term(
        r"(\d+ ?% de )?(majoration|penalite)s?( de \d+ ?%)?.{0,150}(impots?|taxe|fisc\w*)\b"
        r"|(impots?|taxe|fisc\w*)\b.{0,150}(majoration|penalite|interets? de retard)",
        "sanctions retard de paiement de l'impôt majoration",
        ("F34200",),
        "F34200 « Quelles sanctions en cas de retard de paiement de l'impôt ? »",
    ),
    Term(
        r"(majoration|penalite)s?( de \d+ ?%)?.{0,120}(oubli\w*|erreur|inexact\w*|omis|omission"
        r"|pas declare|mal declare)"
        r"|(oubli\w*|omis|omission|inexact\w*).{0,120}(majoration|penalite)s?\b",
        "sanctions inexactitude omission déclaration majoration",
        ("F34176",),
        "F34176 « Quelles sanctions en cas d'inexactitude dans sa déclaration de revenus ? »",
    ),
    Term(
        r"(?s:(dons?|donne\w*)\b.{0,80}?(associations?|restos?|croix.rouge|secours|\bspa\b|fondation|oeuvres?).{0,120}?"
        r"(impots?|reduction|dedui\w*|defiscalis\w*)|(impots?|reduction|dedui\w*).{0,80}?\bdons?\b)",
        "réduction d'impôt dons aux associations",
        ("F426",),
        "F426 « Impôt sur le revenu - Dons aux associations et organismes d'intérêt général »",
    ),
    Term(
        r"(?s:(aide|paie|paye|verse|donne|pension)\w* .{0,80}?(ma|mon|mes) (mere|pere|parents|beaux.parents).{0,150}?"
        r"(dedui\w*|impots?)|(dedui\w*).{0,80}?(aide|pension|somme)\w* .{0,40}?(ma|mon|mes) (mere|pere|parents))",
        "pension alimentaire versée à un ascendant déduction",
        ("F444",),
        "F444 « Impôt sur le revenu - Pension alimentaire versée à un ascendant (déduction) »",
    ),
    Term(
        r"changer d.allocataire|(qui|lequel de nous|l.un de nous) .{0,30}allocataire|choisir l.allocataire",
        "qui perçoit les prestations allocataire couple",
        ("F14722",),
        "F14722 « Qui perçoit les prestations et allocations familiales dans un couple ? »",
    ),
    Term(
        # not work denied ("ne travaille plus", "n'a jamais pu travailler", "sans emploi")
        # twenty-ninth pass: work in an ESAT (F21615 « Dans un Ésat : … Vous pouvez cumuler la rémunération
        # garantie et l'AAH »)
        r"(?s:\baah\b.{0,120}?(?<!plus )(?<!pas )(?<!ne )(?<!pu )(?<!sans )(travail\w*|emploi|mi.temps|temps partiel"
        r"|reprendre|reprise|esat)(?! plus)(?! pas)|(?<!plus )(?<!pas )(?<!ne )(?<!pu )(?<!sans )(travail\w*|emploi"
        r"|mi.temps|temps partiel|reprendre|reprise|esat)(?! plus)(?! pas).{0,120}?\baah\b)",
        "travailler et percevoir l'allocation aux adultes handicapés cumul",
        ("F21615",),
        "F21615 « Peut-on travailler et percevoir l'allocation aux adultes handicapés (AAH) ? »",
    ),
    Term(
        # tenth pass: the telephone as the means ("au téléphone", "il me téléphone"), not a phone taken from someone
        # ("ils lui prennent son téléphone et le menacent": a racket)
        r"harcel\w* (au |par )?telephon\w*|(appels?|coups de fil|(au|par) telephone|(me|m.|nous) ?telephon\w*)\w* "
        r".{0,60}(insult\w*|menac\w*|raccroch\w*|anonymes?|numero inconnu)",
        "harcèlement téléphonique appels malveillants",
        ("F32235",),
        "F32235 « Harcèlement téléphonique »",
    ),
    # Tenth pass: a racket said by its verb or its acts (money or things taken under threat, often at school).
    Term(
        r"rack?ett?\w*|(prennent|prend|piquent|volent|extorqu\w*) (\w+ ){0,3}(son|ses|mon|mes|leur|de l.)\s?"
        r"(argent|gouter|telephone|portable|baskets)\w*\b.{0,80}\b(menac\w*|frapp\w*|sinon)",
        "victime de vol ou de racket mineur extorsion",
        ("F20283",),
        "F20283 « Mineur victime de vol ou de racket »",
    ),
    # Tenth pass: a young foreigner who came alone and is in the care of the Ase, nearing 18: the residence permit
    # given at majority.
    Term(
        r"(mineur|mna|jeune)s? (etranger )?(isole|non accompagne)\w*|\bmna\b"
        r"|(arrive|venu)e?s? (\S+ ){0,2}seule?s? (\S+ ){0,3}a 1[0-7] ans",
        "mineur étranger isolé titre de séjour majorité aide sociale à l'enfance",
        ("F31037",),
        "F31037 « Quel est le titre de séjour délivré au mineur étranger isolé à sa majorité ? »",
    ),
    Term(
        r"crit.?air|vignettes? (anti.?pollution|pollution|ecolo\w*)|pastille (verte|pollution|crit.?air)"
        r"|zones? a faibles? emissions?|\bzfe\b",
        "vignette Crit'Air certificat qualité de l'air",
        ("F33371", "F33793"),
        "F33371 « Vignette ou pastille Crit'Air (certificat qualité de l'air) » ; F33793 « Crit'Air professionnel : "
        "quelle vignette pour un véhicule d'entreprise ? »",
    ),
    Term(
        r"chomage (partiel|technique)|activite partielle",
        "activité partielle chômage partiel rémunération",
        # twenty-fourth pass: the employer's own fiche beside the employee's, first for a writer who employs
        ("F13898", "F23503"),
        "F13898 « Rémunération d'un salarié en chômage partiel (activité partielle) » ; F23503 « Activité partielle : "
        "démarches de l'employeur (chômage partiel ou technique) »",
    ),
    Term(
        r"(garder|conserver|maintien de|maintenir|perdre) (la |ma |sa |notre )?mutuelle"
        r" (de l.|d.)?(entreprise|employeur|boite)"
        r"|mutuelle (de l.|d.)?(entreprise|employeur|boite).{0,80}(fin|termine|quitte|depart|licencie|chomage)",
        "maintien de la mutuelle d'entreprise à la fin du contrat de travail portabilité",
        ("F20744",),
        "F20744 « Peut-on garder la mutuelle de l'entreprise à la fin du contrat de travail ? »",
    ),
    Term(
        r"operateur|forfait (mobile|telephone|internet)|box internet",
        "téléphone internet abonnement contrat opérateur",
        (),
        "F19061 « Téléphone, internet ou télévision : exécution et évolution du contrat »",
    ),
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
    *ABROAD_TERMS,
    *RURAL_TERMS,
    *RELATION_TERMS,
    *MONEY_TERMS,
    *OLD_AGE_TERMS,
    *TAX_STATUS_TERMS,
    *OTHER_SIDE_TERMS,
    *REGISTRATION_TERMS,
    *HEALTH_TERMS,
    *JOB_ACCIDENT_TERMS,
    *ONLINE_TERMS,
    *TAX_TERMS,
    *FAMILY_TERMS,
    *OFFICE_TERMS,
    *YOUNG_TERMS,
    *BEREAVEMENT_TERMS,
)


@dataclass(frozen=True)
class Found:
    term: Term
    text: str  # the words of the message that matched
    start: int = 0
    end: int = 0


def _compile(term: Term) -> re.Pattern:
    if term.capitals:
        return re.compile(rf"(?<![\w-])(?:{term.pattern.upper()})(?![\w-])")
    return re.compile(rf"(?<![\w-])(?:{term.pattern})(?![\w-])")


_COMPILED = tuple((term, _compile(term)) for term in VOCABULARY)
READ_TAX_TERMS = True  # off: the thirty-second pass's vocabulary, without `TAX_TERMS` (a measurement switch)
_TAX_TERMS = frozenset(TAX_TERMS)
READ_FAMILY_TERMS = True  # off: the vocabulary without `FAMILY_TERMS` (thirty-third pass, r46; a measurement switch)
_FAMILY_TERMS = frozenset(FAMILY_TERMS)
# off: the vocabulary without `office_terms.OFFICE_TERMS` and `YOUNG_TERMS` (thirty-fourth pass, r47; a switch)
READ_OFFICE_TERMS = True
_OFFICE_TERMS = frozenset(OFFICE_TERMS + YOUNG_TERMS)
_PATTERNS = dict(_COMPILED)
_UNLESS = {term: gated(term.unless) for term in VOCABULARY if term.unless}
# What `find_every` runs: each pattern behind its gate (`guichet.text.gate`: skipped when the message lacks every
# string a match must hold; the same matches, a quarter of the time: thirty-third pass, r44).
_GATED = tuple((term, gated(pattern)) for term, pattern in _COMPILED)


def _fold_keep_case(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.replace("’", "'")) if not unicodedata.combining(c))


def _shouted(text: str, start: int, end: int) -> bool:
    """Capitals in a sentence written in capitals ("JE N'AI TOUJOURS PAS REÇU") are shouting, not an acronym."""
    around = re.findall(r"[^\W\d_]+", text[max(0, start - 30) : start] + " " + text[end : end + 30])
    letters = "".join(word for word in around if len(word) > 1)
    return len(letters) >= 6 and letters.isupper()


@lru_cache(maxsize=65536)  # the same few names against the same fiche titles, query after query
def names(term: Term, text: str) -> bool:
    """Whether `text` (a fiche title, say) uses `term`'s name, read as `find` reads a message."""
    pattern = _PATTERNS.get(term)
    if pattern is None:
        return False
    folded = _fold_keep_case(text)
    return bool(pattern.search(folded if term.capitals else folded.lower()))


def find(text: str) -> list[Found]:
    """The vocabulary entries `text` uses (an acronym marked `capitals` must be written in capitals).

    The longest name wins: an entry whose words lie inside another entry's match is the same words read less
    precisely ("mutuelle" inside "mutuelle trop chère", which names the complémentaire santé solidaire).
    """
    return longest(find_every(text))


def find_every(text: str) -> list[Found]:
    """Every entry `text` uses, the names inside a longer one's match included ("carte grise" inside "carte grise
    de ma voiture d'occasion"): what a message is about, where `find` keeps what it names most precisely."""
    folded = _fold_keep_case(text)
    lowered = folded.lower()
    found = []
    for term, pattern in _GATED:
        if not READ_TAX_TERMS and term in _TAX_TERMS:
            continue
        if not READ_FAMILY_TERMS and term in _FAMILY_TERMS:
            continue
        if not READ_OFFICE_TERMS and term in _OFFICE_TERMS:
            continue
        if term.unless and _UNLESS[term].search(lowered):
            continue
        if term.capitals:
            match = next((m for m in pattern.finditer(folded) if not _shouted(folded, m.start(), m.end())), None)
        else:
            match = pattern.search(lowered)
        if match and term.asked_status:
            match = _tightest(pattern, lowered, match)
        if match:
            found.append(Found(term, match.group(0), match.start(), match.end()))
    return found


def _tightest(pattern: re.Pattern, text: str, match: re.Match) -> re.Match:
    """The shortest match that ends where `match` ends or before it: the income told nearest the tax question ("une
    rupture conventionnelle et je suis au chômage … l'indemnité de rupture est-elle imposable ?" reads the
    indemnité, not the first income named)."""
    while (tighter := pattern.search(text, match.start() + 1)) and tighter.end() <= match.end():
        match = tighter
    return match


def longest(found: list[Found]) -> list[Found]:
    """The entries of `find_every` whose match no longer entry's match holds."""
    return [
        one
        for one in found
        if not any(
            other is not one
            and not other.term.spans
            and other.start <= one.start
            and one.end <= other.end
            and other.end - other.start > one.end - one.start
            for other in found
        )
    ]
