"""Who does what in local public services: an act that only a network's operator, another public body or a private
party can do, asked of an office that is not it (forty-fourth pass of issue 12, engineer-es).

The last two outside batches (el: holidays; em: water, trees and the environment) and this pass's batch es (qui fait
quoi dans les services publics locaux) miss out of scope where the model scored low and no rule knew who runs the
service: a gas network's works and their compensation asked of the URSSAF, a pothole on a departmental road and a
tyre to be repaid asked of a town hall, a neighbour's pond asked of a pension fund. Each entry of `LOCAL_SERVICES`
names a service, the body that runs it (with the text that says so) and the offices for which it is their own.

`local_operator_asked(profiles, office, text)` holds when a sentence asks the office to act or to say who will (a
question, "pouvez-vous", "faire rembourser", "intervenir", "obliger", "relancer", "à qui") and it or the sentence
before names the service — and not when the asking sentence asks the office's own help (an aid, a benefit, a
declaration, a contribution) or the message names the office's own run of the service (a "régie municipale", a "rue
communale"). `text` is folded (`triage_cues.fold`); `profiles` are `triage_profiles.administration_profiles`;
`office` is the folded name.

Pure functions on folded text (no model, no Django).
"""

import re
from dataclasses import dataclass

LOCAL_OPERATOR_RULE = True
"""Out of scope when a sentence asks the office for what only the operator or body of `LOCAL_SERVICES` does (a
water company's bill, a gas or electricity network, a departmental road, a telecom operator, a bank's fees, a
notary's fees, a syndic, a neighbour's tree or pond, La Poste's parcels); read only where no distress is found."""


OWN_PAPER_GATE = True
"""The rules' topic redirect (`triage_scope._out_of_scope`) set aside when the writer asks the office for a paper
(an attestation, a statement, a certificate) that a private party wants from them, and the other body's topic is
named only as that party: "ma mutuelle me réclame mon attestation de paiement de retraite" asked of the pension fund
is the fund's own business, not the mutuelle's (el-046, tri-t-004); "ma banque le demande" beside a tax notice asked
of the CAF still goes to the tax office (the notice's topic stays once the bank is set aside)."""

OWN_SERVICE_GATE = False
"""The model's out of scope (alone, no rule's redirect) dropped when a sentence asks the office about a service of
`LOCAL_SERVICES` it runs itself (a departmental road asked of the département) or a town's own run of a service (its
"régie" of water, a "rue communale", its cemetery) asked of the town: the model reads the road, the water bill or the
pothole as another body's whoever is asked."""


@dataclass(frozen=True)
class LocalService:
    """A service of daily life, the body that runs it and the offices for which it is their own business."""

    key: str
    body: str
    source: str
    named: re.Pattern[str]
    owners: frozenset[str]
    own_office: re.Pattern[str] | None = None


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


LOCAL_SERVICES: tuple[LocalService, ...] = (
    LocalService(
        "eau_delegataire",
        "la société qui distribue l'eau ou gère l'assainissement (son service client, puis la Médiation de l'eau)",
        "CGCT, art. L2224-7 à L2224-12 : service public de l'eau de la commune ou de l'intercommunalité, souvent "
        "délégué à une entreprise qui facture l'abonné",
        _rx(
            r"\b(?:veolia|suez|saur)\b",
            r"\bsociete (?:fermiere|des eaux)\b",
            r"\bcompagnie (?:generale )?des eaux\b",
            r"\bdelegataire\b",
        ),
        frozenset(),
    ),
    LocalService(
        "energie_fournisseur_reseau",
        "le fournisseur d'énergie ou le gestionnaire du réseau (Enedis, GRDF), puis le médiateur national de "
        "l'énergie",
        "Code de l'énergie, art. L122-1 (médiateur national de l'énergie) et L111-52 (gestionnaires de réseau)",
        _rx(
            r"\b(?:enedis|grdf|edf|engie|totalenergies)\b",
            r"\bfournisseur d'(?:electricite|energie|gaz)\b",
            r"\bmon fournisseur\b[^.?!]{0,60}\b(?:electricite|gaz|compteur)\b",
            r"\bcompteur (?:linky|gazpar)\b",
        ),
        frozenset(),
    ),
    LocalService(
        "route_departementale",
        "le conseil départemental, qui entretient les routes départementales (son service des routes)",
        "Code de la voirie routière, art. L131-1 et L131-2 : les routes départementales relèvent du département",
        _rx(r"\broute departementale\b", r"\brd ?\d{1,4}\b"),
        frozenset({"departement"}),
    ),
    LocalService(
        "telecom_operateur",
        "l'opérateur de téléphone ou d'internet (son service client, puis le médiateur des communications "
        "électroniques)",
        "Code des postes et des communications électroniques, art. L33-1 : obligations des opérateurs",
        _rx(
            r"\b(?:fournisseur d'acces|operateur (?:telephonique|internet|mobile))\b",
            r"\bbox internet\b",
            r"\babonnement (?:fibre|internet|adsl|mobile|telephonique)\b",
            r"\b(?:orange|sfr|bouygues telecom)\b",
        ),
        frozenset(),
    ),
    LocalService(
        "banque",
        "la banque (son conseiller, puis le médiateur bancaire)",
        "Code monétaire et financier, art. L316-1 : médiateur auprès de chaque établissement de crédit",
        _rx(
            r"\b(?:ma|notre|sa) banque\b",
            r"\bla banque\b(?: postale)?[^.?!]{0,40}\b(?:a |m'a|me |refus|bloqu|prel|factur|ferm)",
            r"\bfrais bancaires\b",
            r"\bagios\b",
            r"\bcommissions? d'intervention\b",
        ),
        frozenset(),
        re.compile(r"\bbanque de france\b"),
    ),
    LocalService(
        "notaire",
        "le notaire, puis la chambre départementale des notaires",
        "Ordonnance n° 45-2590 du 2 novembre 1945 : statut du notariat, chambres des notaires",
        _rx(r"\b(?:le|mon|du|au|un|ce) notaire\b[^.?!]{0,80}\b(?:emoluments|honoraires|frais|repond|relance)"),
        frozenset(),
    ),
    LocalService(
        "syndic",
        "le syndic de copropriété, puis le conseil syndical ou l'assemblée générale",
        "Loi n° 65-557 du 10 juillet 1965, art. 17 et 18 : le syndic exécute les décisions de l'assemblée",
        _rx(r"\b(?:le|mon|notre|du|au) syndic\b(?! (?:de )?(?:la )?(?:copropriete )?(?:social|hlm))"),
        frozenset({"adil", "bailleur"}),
    ),
    LocalService(
        "voisinage",
        "le voisin lui-même, puis le conciliateur de justice (et, pour une plantation, le maire ou le juge)",
        "Code civil, art. 671 à 673 (plantations en limite) ; troubles anormaux du voisinage (Cour de cassation)",
        _rx(
            r"\b(?:arbres?|chenes?|haies?|branches|thuyas?|mares?|bassins?|grenouilles|coqs?)\b[^.?!]{0,60}"
            r"\b(?:mon|ma|notre|du|de la|le|la) voisine?\b",
            r"\b(?:mon|ma|notre) voisine?\b[^.?!]{0,80}\b(?:arbres?|chenes?|haies?|branches|thuyas?|mares?|bassins?"
            r"|grenouilles|coqs?)\b",
        ),
        frozenset({"mairie"}),
    ),
    LocalService(
        "mutuelle",
        "la mutuelle ou la complémentaire santé (son service adhérents, puis son médiateur)",
        "Code de la mutualité, art. L221-1 : la complémentaire paie ce que prévoit son contrat,"
        " au-delà du remboursement de l'Assurance maladie",
        _rx(
            r"\b(?:ma|sa|notre|la) (?:mutuelle|complementaire(?: sante)?)\b(?! sante solidaire| solidaire)[^.?!]{0,60}"
            r"\b(?:refus|ne (?:me )?rembourse|ne (?:me )?paie|ne veut pas)"
        ),
        frozenset(),
    ),
    LocalService(
        "la_poste",
        "La Poste (son service client pour un colis ou un recommandé, puis le médiateur du groupe La Poste)",
        "Code des postes et des communications électroniques, art. L1 et L7 : responsabilité du prestataire postal",
        _rx(r"\bla poste\b[^.?!]{0,80}\b(?:colis|recommande|lettre)\b", r"\bcolis\b[^.?!]{0,80}\bla poste\b"),
        frozenset(),
    ),
)

_SPLIT = re.compile(r"(?<=[.!?\n;])\s*")
# The sentence asks the office to act, or to say who will.
_ASK = re.compile(
    r"\?|\b(?:pouvez|pourriez)[- ]vous\b|\bvous (?:pouvez|pourriez)\b|\bmerci de\b|\bje vous (?:demande|prie) d"
    r"|\bje (?:veux|voudrais|souhaite|souhaiterais|demande)(?: \w+){0,2}? que vous\b"
    r"|\b(?:faire|faites) (?:rembourser|annuler|corriger|reparer|intervenir|changer|couper|tailler)\b"
    r"|\b(?:intervenir|obliger|relancer)\b|\ba qui (?:le )?(?:demander|m'adresser|ecrire)\b"
)
# An act asked of a third party, which may then be named in the sentences before.
_ACT = re.compile(
    r"\b(?:faire |me faire |se faire )?rembourser\b|\bdedommag|\bindemnis|\breparer\b|\breboucher\b|\bannuler\b"
    r"|\bintervenir\b|\bobliger\b|\brelancer\b|\bleur (?:dire|demander)\b|\bvoir avec (?:eux|lui|elle)\b"
    r"|\bqui (?:va|doit|dois-je)\b|\ba qui\b"
)
# The office's own help asked in the same sentence: an aid, a benefit, its own debt paid in instalments.
_OWN_HELP = re.compile(
    r"\baides?\b|\bsecours\b|\bfsl\b|\bcheque energie\b|\bapl\b|\baide au logement\b|\ballocation|\bprestation"
    r"|\bdeclar|\bimpots?\b|\bremboursement de (?:la )?secu|\bpension\b|\bcotisations?\b"
    # ... or a paper it issues or accepts (a proof of address, an attestation, a RIB, a tax notice, a certificate).
    r"|\bjustificatif|\battestation|\brib\b|\bavis d'imposition|\bactes?\b|\bcertificat|\breleves?\b|\bdocuments?\b"
    r"|\bpour (?:la|ma|sa|notre) banque\b"
)
# The office's own run of a local service named in the message, a bill given as a proof of address, or the office's
# own fault told as the cause ("vous m'avez prélevé deux fois", "votre virement est arrivé le 3").
_OWN_RUN = re.compile(
    r"\bjustificatif de domicile\b|\bvous m'avez (?:preleve|verse|paye)|\bvotre (?:virement|versement|retard"
    r"|changement|erreur|prelevement)\b|\barrivee? (?:le \d+ )?(?:avec \d+ jours? de |en )retard\b|\bau lieu du \d"
    r"|\bregie (?:municipale|communale|des eaux)\b"
    r"|\b(?:rue|voie|route|chemin) communale?\b"
)


def _sentences(text: str) -> list[str]:
    return [s for s in _SPLIT.split(text) if s.strip()]


def local_operator_asked(profiles: set[str], office: str, text: str) -> LocalService | None:
    """The first service of `LOCAL_SERVICES` that a sentence names while asking the office to act, where the office
    written to is not the body that runs it (see the module's docstring); None otherwise."""
    if _OWN_RUN.search(text):
        return None
    parts = _sentences(text)
    for at, sentence in enumerate(parts):
        if not _ASK.search(sentence) or _OWN_HELP.search(sentence):
            continue
        # The service named in the asking sentence, or in any sentence before when the asking sentence asks
        # an act of a third party ("GRDF a coupé le gaz … à qui demander un dédommagement ?").
        read = " ".join(parts[: at + 1]) if _ACT.search(sentence) else sentence
        for service in LOCAL_SERVICES:
            if service.owners & profiles or (service.own_office is not None and service.own_office.search(office)):
                continue
            if service.named.search(read):
                return service
    return None


# A paper the office issues, asked of it.
_PAPER = re.compile(
    r"\b(?:attestation|releve|certificat|justificatif|duplicata|copie|decompte|notification)s?\b"
    r"|\bavis d'(?:imposition|impot|non-imposition)\b"
)
_PAPER_ASK = re.compile(
    r"\?|\b(?:pouvez|pourriez)[- ]vous\b|\bvous (?:pouvez|pourriez)\b|\bmerci de\b|\bcomment (?:obtenir|avoir|trouver"
    r"|telecharger|recevoir|faire)\b|\bje (?:voudrais|souhaite|souhaiterais|dois) (?:obtenir|avoir|recevoir|fournir)\b"
)
# ... that a private party or another body wants from the writer.
_PARTY = r"(?:mutuelle|banque|notaire|proprietaire|employeur|assurance|assureur|bailleur|agence|complementaire)"
_WANTED_BY = re.compile(
    rf"\b(?:ma|sa|la|notre|mon|son|le|l') ?{_PARTY}\b[^.?!]{{0,40}}\b(?:me |nous |lui |la |le |les |l')?"
    r"(?:reclame|demande|exige|veut|a besoin)"
    rf"|\b(?:pour|a|fournir a|envoyer a|transmettre a) (?:ma|sa|la|mon|son|le|notre|l') ?{_PARTY}\b"
)


# A town's own run of a local service.
_TOWN_RUN = re.compile(
    r"\bregie (?:municipale|communale|des eaux)\b|\b(?:rue|voie|route|chemin|voirie) communale?\b"
    r"|\bcimetiere (?:communal|municipal)\b"
    r"|\bservices? (?:techniques|des espaces verts) (?:de la (?:mairie|commune|ville))\b"
)


def own_service_asked(profiles: set[str], text: str) -> bool:
    """A sentence asks the office about a local service it runs itself (see `OWN_SERVICE_GATE`). `text` is folded."""
    parts = _sentences(text)
    for at, sentence in enumerate(parts):
        if not _ASK.search(sentence):
            continue
        read = " ".join(parts[: at + 1])
        if "mairie" in profiles and _TOWN_RUN.search(read):
            return True
        # A neighbour's hedge at a town hall is the mayor's police, read by `triage_mayor_business`, not here.
        if any(
            service.key != "voisinage" and service.owners & profiles and service.named.search(read)
            for service in LOCAL_SERVICES
        ):
            return True
    return False


def own_paper_for_other_party(text: str) -> bool:
    """A sentence asks the office for a paper it issues, and the message says a private party or another body wants
    it from the writer (see `OWN_PAPER_GATE`). `text` is folded."""
    if not _WANTED_BY.search(text):
        return False
    parts = _sentences(text)
    # The paper named in the asking sentence or in the one before ("… me réclame une attestation. Pouvez-vous me
    # l'envoyer ?").
    return any(
        _PAPER_ASK.search(s) and _PAPER.search(" ".join(parts[max(0, at - 1) : at + 1])) for at, s in enumerate(parts)
    )


def without_party(text: str) -> str:
    """`text` (folded) with the private party that wants the paper blanked, to score its topics again."""
    return _WANTED_BY.sub(" ", text)


def local_redirect(service: LocalService) -> dict[str, str]:
    """The redirect given with the label: the topic, the body that runs the service and where it says so."""
    return {"topic": f"service_local_{service.key}", "body": service.body, "service": service.source}
