"""Thirty-sixth pass (engineer-r53): what people in crisis write for the procedure that answers them.

`CRISIS_TERMS`, vocabulary entries (`guichet.knowledge.terms.Term`) gathered at the end of
`guichet.knowledge.vocabulary.VOCABULARY`. A person hit in the street, a parent whose child lost a parent, a worker
whose pay is taken by a creditor tells what happens to them ("il a été condamné mais il ne paiera jamais", "les
enfants ont perdu leur maman", "on me prend la moitié de mon salaire"), never the fiche's name (fonds de garantie des
victimes, allocation de soutien familial, saisie des rémunérations), and their story drowns the few words the fiche
shares with the question.

Each entry's source is the fiche that names the thing, its title quoted in `source`; an entry is written for a way of
telling, never for one message (`corpora/retrieval/` only measures it).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# A person hurt or robbed by another: an assault, blows, a theft with violence, a swindle.
_HURT = (
    r"agress\w*|frapp\w*|tabass\w*|roue de coups|coups de (poing|pied|couteau)|poignard\w*|viol(ee?|ences?)?\b"
    r"|escroqu\w*|arnaqu\w*|vole\w* (mon|ma|mes)"
)
# The damages a court granted, or the care and the lost work the writer wants paid for.
_DAMAGES = (
    r"dommages?.et.interets?|indemnis\w*|dedommag\w*|reparation (de mon|du) prejudice"
    r"|(payer|paie|paye|rembours\w*) (mes|les) (soins|frais medicaux|operations?)"
    r"|qui (va |doit |peut )?(me )?(pa[iy]e|payer|rembourser|indemniser)"
)
# The person who owes them cannot or will not pay.
_UNPAID = (
    r"(jamais|pas|rien) (\w+ ){0,2}(paye|verse|regle|rembourse)|ne (me )?(paiera|payera|versera|paie|paye|verse)"
    r" (jamais|pas|rien)|insolvable|(pas|aucun) (de )?(revenus?|argent|biens?)|au rsa|introuvable"
    r"|(jamais|pas) (ete )?(retrouve|identifie|arrete)s?|(sans|aucun) (nouvelles?|suite)"
)
# What was done to the writer's body, told without the offence's name ("il m'a touchée", "il a eu un rapport avec
# moi"), and the refusal that makes it one ("malgré mes non", "j'avais dit non", "je n'étais pas d'accord").
_TOUCHED = (
    r"(m.a|l.a|m.ont|l.ont|me|la) (\w+ ){0,3}(touchee?|tripotee?|caressee?|pelotee?|embrassee? de force"
    r"|deshabillee?)\b"
)
_INTERCOURSE = r"(eu|avoir|fait|faire) (un |des )?(rapports?|l.amour)( sexuels?)? (avec|sur) (moi|elle)"
_REFUSED = (
    r"(malgre|contre) (mes|mon|ma|son|sa) (non|refus|gre|volonte)|(j.avais|j.ai|je lui ai|alors que j.avais|elle"
    r" avait|elle a) (pourtant )?dit non|sans (mon|son) (accord|consentement)|(je|elle) ne (le )?(voulai[st]|voulais)"
    r" pas|(n.etais|n.etait) (pas )?(d.accord|en etat)|endormie|inconsciente|(drogue|alcool)"
)
# A child then, or now: an age under 15, a pupil, or the writer's own childhood.
_CHILD_THEN = (
    r"(entre|de) (mes )?([3-9]|1[0-4]) (et|a) ([4-9]|1[0-5]) ans|(quand|lorsque) j.avais ([3-9]|1[0-4]) ans"
    r"|(fille|fils|enfant|petite?|niece|neveu) (\w+ )?(de|a) ([3-9]|1[0-4]) ans|(en|au) (cm[12]|ce[12]|6e|5e|4e)\b"
    r"|(ma|mon) (fille|fils)( \w+)? a ([3-9]|1[0-4]) ans|j.etais (petite?|enfant)"
    r"|a l.age de ([3-9]|1[0-4]) ans|(^|[.,;!?] )a ([3-9]|1[0-4]) ans\b"
)
# What an adult did to that child: hands, "des choses", pictures asked or sent.
_ABUSED = (
    r"(m.a|lui a|l.a|leur a|m.ont) (\w+ ){0,2}(fait des choses|fait subir|touchee?|tripotee?|violee?|abuse)\b"
    r"|attouchements?|(demande|reclame)\w* (\w+ ){0,6}(des )?photos? (d.elle|de lui|d.eux)? ?(\w+ ){0,2}"
    r"(en sous.vetements|nue?s?|sans (habits|vetements)|denudee?s?)|photos? (\w+ ){0,2}(de lui )?nu\b"
    r"|videos? (sales|porno\w*|sexuelles?)|messages? (sexuels?|a caractere sexuel)"
    r"|photos? (d.elle|de lui|d.eux) (\w+ ){0,2}(en sous.vetements|nue?s?|sans (habits|vetements)|denudee?s?)"
)

CRISIS_TERMS: tuple[Term, ...] = (
    # A court granted damages the offender does not pay: F1744 « Aide aux victimes d'infraction pénale pour recouvrer
    # les dommages et intérêts » (the SARVI pays or advances them), and F2313 « Victime d'infraction : indemnisation
    # par le fonds de garantie » (the CIVI, for serious injuries).
    Term(
        around(r"condamne\w*|jugement|tribunal", around(_DAMAGES, _UNPAID, 250), 250),
        "aide aux victimes recouvrer les dommages et intérêts sarvi fonds de garantie des victimes indemnisation",
        ("F1744", "F2313"),
        "F1744 « Aide aux victimes d'infraction pénale pour recouvrer les dommages et intérêts » ; F2313 « Victime "
        "d'infraction : indemnisation par le fonds de garantie »",
        told=True,
    ),
    # Hurt by an assault, and asking who pays for the care and the weeks off work, the offender unknown or penniless:
    # F2313 « Victime d'infraction : indemnisation par le fonds de garantie » (« dommages corporels… incapacité
    # totale de travail »).
    Term(
        around(_HURT, around(_DAMAGES, _UNPAID + r"|itt|incapacite|arret|fracture|cassee?|opere\w*", 250), 250),
        "victime d'infraction indemnisation par le fonds de garantie civi dommages corporels",
        ("F2313",),
        "F2313 « Victime d'infraction : indemnisation par le fonds de garantie »",
        told=True,
        unless=r"accident (de la route|de voiture|de la circulation)|chauffard|assurance auto",
    ),
    # Children who lost a parent, told by the loss and not by "orphelin": F33646 « Allocation de soutien familial
    # (ASF) : enfant orphelin » (« L'enfant orphelin de père ou de mère, ou des 2… »).
    Term(
        r"(enfants?|petits?(.enfants)?|fils|filles?|garcons|gamins|neveux|nieces?|bebes?|ados) "
        r"(\w+ ){0,2}(qui )?(ont|a|avaient) perdu "
        r"(leur|un|son|sa|ses|leurs) (\w+ )?(pere|mere|papa|maman|parents?)\b"
        r"|(n.ont|n.a) plus (ni )?(de |aucun )?(parents?|pere|mere|papa|maman)\b"
        r"|(pere|papa|mere|maman) (de|des) (mes|nos|ses|leurs|mon|ma) (\w+ ){0,2}(enfants|fils|filles?|petits)"
        r" (\w+ ){0,2}(est )?(decedee?|morte?)\b",
        "allocation de soutien familial enfant orphelin de père ou de mère",
        ("F33646",),
        "F33646 « Allocation de soutien familial (ASF) : enfant orphelin »",
        told=True,
    ),
    # ... and the widowed parent left alone with the children: the same fiche, but told in the story only it is the
    # background of another question as often as not (the tax shares, a civil servant's capital décès), so its
    # pointer counts half there.
    Term(
        r"(mon|ma) (epouse|femme|mari|conjointe?|compagne|compagnon) (\w+ ){0,2}(est )?(decedee?|morte?)\b"
        r"(?=(?s:.{0,200})\b(seule? avec|j.eleve|elever) (les|mes|nos) (\w+ )?(enfants|fils|filles|garcons|petits))",
        "allocation de soutien familial enfant orphelin de père ou de mère",
        ("F33646",),
        "F33646 « Allocation de soutien familial (ASF) : enfant orphelin »",
    ),
    # Part of the pay taken for a debt, told by the worker who sees it go: F115 « Saisie sur salaire (ou "saisie des
    # rémunérations") » (« la partie saisissable du salaire… une somme minimale doit toujours être laissée »).
    Term(
        around(
            r"dettes?|credits?|tribunal|huissier|creancier|impayes?|loyers? (impayes?|en retard)|arriere",
            r"(prend|prennent|prendre|preleve\w*|retien\w*|retenu\w*|ponctionn\w*|saisi\w*|enleve\w*) "
            r"(\w+ ){0,4}(de|sur) (mon|ma) (salaire|paie|paye|fiche de paie)"
            r"|(partie|part|moitie|tiers|morceau) (\w+ ){0,2}(de|sur) (mon|ma) (salaire|paie|paye)\b"
            r"(?= (\w+ ){0,4}(prelev|pris|prise|saisi|retenu|enlev|ponctionn|va etre))",
            250,
        ),
        "saisie sur salaire saisie des rémunérations part saisissable somme minimale laissée",
        ("F115",),
        'F115 « Saisie sur salaire (ou "saisie des rémunérations") »',
        unless=r"\b(je suis|nous sommes|en tant qu.)(l.)?employeur|mon (salarie|employe|apprenti)\b",
    ),
    # A sexual act the writer refused, told by what was done: F33891 « Agression sexuelle sur une personne majeure »
    # (« toute atteinte sexuelle commise avec violence, contrainte, menace ou surprise ») and F1526 « Viol commis sur
    # une personne majeure ». Not for a child (below).
    Term(
        around(_TOUCHED, _REFUSED, 200),
        "agression sexuelle atteinte sexuelle sans consentement plainte victime",
        ("F33891", "F1526"),
        "F33891 « Agression sexuelle sur une personne majeure » ; F1526 « Viol commis sur une personne majeure »",
        told=True,
        unless=_CHILD_THEN,
    ),
    Term(
        around(_INTERCOURSE, _REFUSED, 200),
        "viol sans consentement pénétration sexuelle plainte victime",
        ("F1526", "F33891"),
        "F1526 « Viol commis sur une personne majeure » ; F33891 « Agression sexuelle sur une personne majeure »",
        told=True,
        unless=_CHILD_THEN,
    ),
    # An adult's sexual acts or demands on a child, told by a parent or by the grown-up child years later: F2274
    # « Infraction sexuelle sur mineur : corruption, agression, atteinte sexuelle, viol » (corruption de mineur, the
    # pictures asked of a child, and the longer time to lodge a complaint).
    Term(
        around(_CHILD_THEN, _ABUSED, 300),
        "infraction sexuelle sur mineur corruption de mineur atteinte sexuelle agression plainte prescription",
        ("F2274",),
        "F2274 « Infraction sexuelle sur mineur : corruption, agression, atteinte sexuelle, viol »",
        told=True,
    ),
)
