"""Twenty-ninth pass: hunters, anglers, country people, disabilities and asylum seekers' words (`RURAL_TERMS`)."""

from __future__ import annotations

from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

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
    # Thirty-ninth pass (r63, v64): a gun found in a dead father's drawer, a husband's hunting rifles a wife wants out
    # of the house: what to do with a weapon one will not keep ("s'en débarrasser", "les rendre à l'État", "les
    # déposer à la gendarmerie") is F11629's own question; the words of the thing (arme, fusil) otherwise lead to the
    # categories' fiches and the hunter's.
    Term(
        _around(
            r"\b(armes?|fusils?|carabines?|revolvers?|pistolets?)\b",
            r"en debarrass\w*|debarrass\w* (de|d.|du|des) (\w+ ){0,2}(armes?|fusils?|carabines?"
            r"|revolvers?|pistolets?)|rendre a l.etat|remettre a l.etat|abandon\w* a l.etat"
            r"|(rendre|remettre|deposer|ramener|apporter) (\w+ ){0,3}(a la gendarmerie|au commissariat|a la police)"
            r"|(ne|n.) ?(veux|veut|voulons|souhaite|souhaitons) (absolument )?(pas|plus) (le |la |les )?"
            r"(garder|conserver)",
            200,
        ),
        "que faire d'une arme qu'on ne souhaite pas conserver abandon à l'État",
        ("F11629",),
        "F11629 « Que faire d'une arme qu'on ne souhaite pas conserver ? » : déclarer l'abandon d'armes et de "
        "munitions à l'État (formulaire 11845)",
        told=True,  # the telling is the need: wanting the weapon gone is what the message asks
    ),
    Term(
        r"(saisi\w*|avis|saisine) (de )?la cada|commission d.acces aux documents administratifs",
        "commission d'accès aux documents administratifs accès aux documents administratifs",
        ("F2467",),
        "F2467 « Accès aux documents administratifs » : saisir la Commission d'accès aux documents administratifs "
        "(Cada)",
    ),
)
