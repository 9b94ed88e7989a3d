"""Thirtieth pass (engineer-r37): the other side of a relation, told without the fiche's name (`RELATION_TERMS`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

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
