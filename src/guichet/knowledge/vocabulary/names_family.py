"""The first names of the vocabulary: family and housing benefits, retirement (`FAMILY_HOUSING_NAMES`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

FAMILY_HOUSING_NAMES: tuple[Term, ...] = (
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
        # thirty-seventh pass (engineer-r57): the fund described by its payer and what it pays ("un fonds du
        # département qui paie les dettes de loyer", "le fonds départemental" for an energy bill); not the young
        # people's fund (FAJ) nor a disability's
        r"fsl|fonds de solidarite (pour le )?logement"
        r"|fonds (du|d.aide du) departement\w*|fonds departementa(l|ux)(?! (d.aide aux jeunes|de compensation))",
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
)
