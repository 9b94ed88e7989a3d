"""Where a complaint can go: the recourse route of the body a message disputes (médiateur, recours amiable).

A complaint ("la CAF me réclame 1 840 €, je ne suis pas d'accord", "ma réclamation n'avance pas", "le service client
me propose un bon d'achat ridicule") needs two fiches: the one of the problem, which its words find, and the one of
the way to contest it, which they rarely name: the writer does not know that a médiateur de la Caf, a conciliateur
de l'assurance maladie or a médiateur national de l'énergie exists. `recourse` recognises a dispute (`DISPUTE`: the
writer contests, claims, says nobody answers) and the body disputed (the office the message was sent to, or the
words of the message), and returns the fiches of that body's recourse route, each with its reason. The map is
curated here, in code, from the fiches that describe a route (their titles are quoted); it is not learned from the
corpus. The re-ranking weighs these fiches with their other evidence (`guichet.knowledge.rerank`, feature
`recourse`): the problem's own fiche usually stays first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The writer disputes a decision or a bill, or says their claim went unanswered (folded text).
DISPUTE = re.compile(
    r"\b(?:reclamation|reclame\w*|contest\w*|recours|pas d.accord|injuste|injustement|abusi(?:f|fs|ve|ves)|"
    r"refus\w*|aucune reponse|sans reponse|(?:ne|n.) (?:me |nous )?repond(?:ent)? (?:plus|pas|jamais)|"
    r"personne ne (?:repond|bouge|corrige)|litige|(?:me|nous|se) plaindre|porter reclamation|"
    r"mediat\w*|conciliat\w*|a l.amiable|faire valoir mes droits|"
    r"(?:qui|ou) (?:je peux|puis-je|dois-je|peut-on) (?:saisir|m.adresser|ecrire)|n.avance pas|"
    r"vrai remboursement|rembourse(?:r|z)? (?:moi|nous)|bon d.achat|"
    # twenty-fifth pass: a fine the writer wants cancelled ("vous pouvez annuler cette amende ?")
    r"annul\w* (?:cette|ce|cet|l.|mon|ma|la|une|les|mes) ?(?:amendes?|contraventions?|pv|proces.verbal))\b"
)


# A message whose subject or ask is where to turn ("vers qui je peux me tourner ?", "à qui je m'adresse ?") asks for
# the route itself: the recourse pointer counts twice in the re-ranking
# (eighth pass).
_MODAL = r"(je |on |nous )?(peux |puis-je |puis|dois-je |dois |doit |peut-on |pouvons )?(\w+ )?"
WHERE_TO_TURN = re.compile(
    r"\b(vers qui|a qui|aupres de qui|ou) " + _MODAL + r"(me tourner|nous tourner|m.adresser|s.adresser|nous adresser"
    r"|m.adresse|me plaindre|nous plaindre)\b|\b(vers|a|aupres de) qui " + _MODAL + r"(ecrire|saisir|contacter)\b"
)


@dataclass(frozen=True)
class Recourse:
    name: str
    patterns: tuple[str, ...]  # the body disputed, in the message (folded text, any of them)
    offices: tuple[str, ...]  # or the office the message was sent to (folded short names)
    fiches: tuple[str, ...]  # best first
    reason: str
    firm: bool = False  # a private body (an operator, a supplier, a bank, a carrier), never the office written to


RECOURSE: tuple[Recourse, ...] = (
    Recourse(
        "Caf ou MSA",
        (r"\b(caf|msa)\b|allocations? familiales|\bapl\b|prime d.activite|\brsa\b",),
        ("caf", "msa"),
        ("F20841", "F2474"),
        "F20841 « Comment recourir au médiateur de la Caf ou de la MSA ? » (après une réclamation) ; "
        "F2474 « Recours gracieux, hiérarchique… » : demander à l'administration de revoir sa décision",
    ),
    Recourse(
        "Pôle emploi",
        (r"pole emploi|france travail|allocations? (de )?chomage|\bare\b",),
        ("france travail", "pole emploi"),
        ("F2761",),
        "F2761 « Médiateur de Pôle emploi : comment y recourir ? »",
    ),
    Recourse(
        "impôts",
        (r"\bimpots?\b|\bdgfip\b|\bfisc\b|taxe (fonciere|d.habitation)|centre des (impots|finances)",),
        ("dgfip", "impots"),
        ("F110", "F32477", "F103"),
        "F110 « Réclamations en matière d'impôt » ; F32477 « Recours amiable en matière d'impôt » ; F103 "
        "« Médiateur des ministères économiques et financiers »",
    ),
    Recourse(
        "assurance maladie",
        (r"\bcpam\b|\bsecu\b|securite sociale|assurance maladie|\bcaisse\b.{0,40}(rembourse|soins|kine|medecin)",),
        ("cpam", "assurance maladie"),
        ("F20849",),
        "F20849 « Conciliateur de l'assurance maladie : comment y recourir ? »",
    ),
    Recourse(
        "énergie",
        (r"electricite|\bgaz\b|\bedf\b|engie|fournisseur d.energie|compteur (electrique|linky|de gaz)|\blinky\b",),
        (),
        ("F20820",),
        "F20820 « Médiateur national de l'énergie : comment y recourir ? »",
        firm=True,
    ),
    Recourse(
        "eau",
        (r"facture d.eau|compteur d.eau|service des eaux",),
        (),
        ("F20762",),
        "F20762 « Médiateur de l'eau : comment y recourir ? »",
        firm=True,
    ),
    Recourse(
        "La Poste",
        (r"la poste|colissimo|\bcolis\b|lettre recommandee (perdue|jamais)|courrier perdu|facteur",),
        (),
        ("F11064",),
        "F11064 « Médiateur du groupe La Poste : comment y recourir ? »",
        firm=True,
    ),
    Recourse(
        "SNCF",
        (r"\bsncf\b|(?<!\ben )\btrains?\b|\ben trains?\b(?! d(e\b|'))|\btgv\b|\bter\b|ouigo|intercites",),
        (),
        ("F12151",),
        "F12151 « Médiateur de la SNCF Mobilités : comment y recourir ? »",
        firm=True,
    ),
    Recourse(
        "banque",
        (r"\bbanques?\b|frais bancaires|agios|frais d.incidents?|conseiller bancaire",),
        ("banque de france",),
        ("F20523",),
        "F20523 « Médiateur bancaire : comment y recourir ? »",
        firm=True,
    ),
    Recourse(
        "communications électroniques",
        (r"operateur|forfait (mobile|telephone|internet)|box internet|\bfibre\b|\bsfr\b|bouygues telecom",),
        (),
        ("F14373",),
        "F14373 « Médiateur des communications électroniques : comment y recourir ? »",
        firm=True,
    ),
    # Thirty-first pass (engineer-r39): an insurer who refuses or delays paying a claim ("mon assureur refuse de payer
    # le dégât des eaux"), told by the kind of cover.
    Recourse(
        "assurance habitation",
        (
            r"(?s:\b(assureurs?|assurances?|maaf|macif|matmut|axa|gmf|maif|groupama)\b.{0,120}"
            r"\b(habitation|degat des eaux|logement|appartement|appart|maison|cambriol\w*|incendie|inondation)\b)",
        ),
        (),
        ("F3050",),
        "F3050 « Assurance habitation : recours en cas de litiges avec l'assureur »",
        firm=True,
    ),
    Recourse(
        "assurance auto",
        (
            r"(?s:\b(assureurs?|assurances?|maaf|macif|matmut|axa|gmf|maif|groupama)\b.{0,120}\b(voiture|auto|vehicule"
            r"|moto|scooter|accident de (la route|voiture))\b)",
        ),
        (),
        ("F3052",),
        "F3052 « Assurance auto (véhicule à moteur) : recours en cas de litiges avec l'assureur »",
        firm=True,
    ),
    Recourse(
        "Éducation nationale",
        (r"rectorat|education nationale|inspection academique",),
        ("education nationale", "rectorat"),
        ("F1897",),
        "F1897 « Comment recourir au médiateur de l'éducation nationale ? »",
    ),
    # Round 2 (after the unseen measurement): the legal professions and driving schools have their own routes.
    Recourse(
        "avocat",
        (
            r"\b(mon|son|notre|l.|un|leur|cet|ce) ?avocate?\b.{0,120}(honoraires|factur\w*|frais|ne (me )?repond)"
            r"|honoraires (de|d.) ?(mon |l.|notre )?avocate?",
        ),
        (),
        ("F14724",),
        "F14724 « Comment régler un litige avec un avocat ? »",
        firm=True,
    ),
    Recourse(
        "auto-école",
        (r"auto.?ecoles?|moniteur d.auto|ecole de conduite",),
        (),
        ("F24044",),
        "F24044 « Auto-école : obligation des établissements, recours en cas de litige »",
        firm=True,
    ),
    Recourse(
        "litige entre particuliers",
        (r"artisan|plombier|electricien|macon|entreprise de travaux|garagiste|(mon|le|notre) voisin",),
        (),
        ("F1736",),
        "F1736 « Conciliateur de justice » : une solution amiable, gratuite, entre deux parties",
        firm=True,
    ),
)


# Thirty-first pass (engineer-r39): the writer asks the office to step into a dispute with someone else ("Vous pouvez
# intervenir ?", "Pouvez-vous les appeler ?", "La CAF peut m'aider à contester ?"): an operator, an energy supplier, a
# bank, a parcel carrier. The office cannot; the body's own recourse route is the answer (folded subject and asks).
INTERVENE = re.compile(
    r"\b(pouvez|pourriez|peux|pourrais|peut|pourrait)(.vous|.tu|.elle|.il)? (pas )?(\w+ )?"
    r"(les |leur |lui |l.|me |m.|nous )?"
    r"(appeler|contacter|telephoner|ecrire|dire|intervenir|faire quelque chose|faire pression|obliger|forcer"
    r"|aider a (contester|recuperer|me faire rembourser|resilier|annuler|faire annuler)|les faire (payer|rembourser)"
    r"|deduire)\b"
)


@dataclass(frozen=True)
class RecourseHit:
    name: str
    fiches: tuple[str, ...]
    reason: str
    # the body disputed is a firm the message names: not the office it was sent to (an operator's bill sent to the Caf)
    elsewhere: bool = False


_COMPILED = tuple((entry, tuple(re.compile(p) for p in entry.patterns)) for entry in RECOURSE)


def disputes(folded: str) -> bool:
    """Whether a folded message contests something or says its claim went unanswered."""
    return bool(DISPUTE.search(folded))


def recourse(folded: str, administration: str = "") -> list[RecourseHit]:
    """The recourse routes of the bodies a disputing message names (none when it disputes nothing).

    `administration` is the folded short name of the office the message was sent to: it names the body when the
    message does not ("vous me réclamez…").
    """
    if not disputes(folded):
        return []
    office = administration.strip()
    found = []
    for entry, patterns in _COMPILED:
        named = any(p.search(folded) for p in patterns)
        if named or (office and office in entry.offices):
            elsewhere = named and entry.firm
            found.append(RecourseHit(entry.name, entry.fiches, entry.reason, elsewhere))
    return found
