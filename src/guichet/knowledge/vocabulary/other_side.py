"""The other side of a procedure, a job seeker's registration and an injury at work (thirty-first and
thirty-second passes: `OTHER_SIDE_TERMS`, `REGISTRATION_TERMS`, `JOB_ACCIDENT_TERMS`).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

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
