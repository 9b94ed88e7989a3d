"""Another body's own act asked of the office written to (thirty-eighth pass of issue 12, engineer-dp).

People write to the office they know and ask it, politely, to do itself what only another body can do: the mayor
asked to pronounce a divorce, to annul an election or to sign a protection order, the préfet to change a custody
judgment, a town hall to print the army's JDC certificate or to move its date, a département to deliver an extract
of the criminal record, any office to write a will or to make a landlord give a deposit back ("pourriez-vous
prononcer le divorce à la mairie ?", "je voudrais que la mairie me fasse une ordonnance pour qu'il n'ait plus le
droit d'approcher", "je vous demande une chose simple : obliger la SCI … à rendre la caution", "vous pouvez me
changer la date ?" of the JDC). `triage_other_bodies` reads the office asked to act *on* a judge, a notary or a
bailiff (write to it, call it, push it); `triage_private_act` the office asked to act on a private party; this reads
the other body's act itself asked *of* the office, which no topic of the competence map names (an election, a
protection order, a divorce are words of the town's and the family's life) and no office's alias reaches.

`reserved_act_asked(office, folded)` gives the body whose act is asked when a sentence asks the office something
("pouvez-vous", "le maire peut-il", "je vous demande …", "je voudrais que la mairie …") and names, after the ask, one
of the acts of `RESERVED_ACTS`: a judge's decision (a divorce or an annulment pronounced, an election annulled, a
protection order made or signed, a judgment or a custody changed, someone put under guardianship, a conviction
wiped), a notary's deed (a will written or kept, a deed of sale or gift), the army's JDC (its date or certificate),
the criminal record's extract, a landlord's deposit given back, a child's maintenance changed (the family judge's,
or the CAF's for a pension it set). A document named in one sentence and asked by a pronoun in the next ("mon
certificat de la JDC … Pouvez-vous me l'imprimer ?") counts. An office that is the body
(a court, a notary, the army's centre) is never asked another's act. What each office does itself around these acts
stays in scope: the town's census attestation for the JDC, a divorce written in the margin of the marriage certificate
(a "mention", a "transcription"), a protected person's own request, how to ask the judge ("comment demander une
ordonnance de protection ?" asks no act of the office). Pure functions on folded text (no model, no Django).
"""

import re
from dataclasses import dataclass

RESERVED_ACT_RULE = True


@dataclass(frozen=True)
class ReservedAct:
    """An act only `body` can do, asked of an office (`pattern`, matched after the ask on folded text)."""

    key: str
    body: str
    pattern: re.Pattern[str]
    office: re.Pattern[str]  # An office whose name matches this is the body itself.


# The verbs of doing, in the infinitive, the subjunctive ("que la mairie me fasse …") and the imperative.
# (Not "enregistrer", "écrire", "établir": a divorce is written in the margin of the town's own certificates.)
_DO = r"(?:prononc\w*|sign\w*|fai\w*|fass\w*|deliv\w*|donn\w*|accord\w*|redig\w*|emett\w*|decid\w*|ordonn\w*)"
_JUDGE = re.compile(r"\b(?:tribunal|juges?|jaf|greffe|justice|cour)\b")
RESERVED_ACTS: tuple[ReservedAct, ...] = (
    ReservedAct(
        "decision_de_justice",
        "le juge (tribunal judiciaire ; le juge aux affaires familiales pour un divorce, une garde, une ordonnance de "
        "protection ; le tribunal administratif pour une élection)",
        re.compile(
            rf"\b{_DO} (?:(?:me|nous|leur|lui|moi) )?(?:le |la |l'|notre |mon |leur |une |un |cette )?"
            r"(?:divorce|separation de corps|ordonnance (?:de protection|d'eloignement|d'interdiction"
            r"|pour (?:qu'il|qu'elle|l'empecher|m'eloigner|me proteger)|qui (?:l'|lui) interdi))"
            r"|\bprononc\w* (?:l')?annulation\b"
            r"|\b(?:divorcer|nous divorcer|annuler (?:notre |mon )?mariage) (?:a|en|par) (?:la )?mairie\b"
            r"|\bannul\w* (?:l'|les |cette |la |le |ces )?(?:elections?|scrutin|resultats? (?:du vote|des elections"
            r"|de l'election))\b"
            r"|\b(?:elections?|scrutin) (?:\w+ ){0,3}(?:soit|soient|sont|est) (?:annule|invalide)"
            r"|\b(?:modifi\w*|chang\w*|cass\w*|annul\w*|revoi\w*|revis\w*) (?:le |ce |mon |un |leur |notre |son )?"
            r"(?:jugement|decision (?:du (?:juge|jaf|tribunal)|de justice))"
            r"|\b(?:fix\w*|transfer\w*) (?:la )?residence (?:habituelle )?(?:de mes|des|de mon|de ma|de nos)"
            r" enfants?"
            r"|\b(?:me |lui |nous )?(?:donner|confier|accorder|retirer) (?:la garde|l'autorite parentale)\b"
            r"|\b(?:mettre|placer) (?:\w+ ){0,3}sous (?:tutelle|curatelle|sauvegarde de justice)\b"
            r"|\b(?:effac\w*|retir\w*|enlev\w*) (?:\w+ ){0,3}(?:de mon|du|sur mon) casier\b"
        ),
        _JUDGE,
    ),
    ReservedAct(
        "acte_notarie",
        "un notaire (testament, acte de vente ou de donation)",
        re.compile(
            r"\b(?:redig\w*|ecri\w*|enregistr\w*|depos\w*|gard\w*|conserv\w*|fai\w*|fass\w*|authentifi\w*)"
            r" (?:\w+ ){0,3}(?:testament|acte de (?:vente|donation)|donation)\b"
        ),
        # The tax office's own: a gift or an estate declared.
        re.compile(r"\bnotai\w*|\bimpots?\b|\bdgfip\b|finances publiques|\bsie\b|\bsip\b"),
    ),
    ReservedAct(
        "journee_defense_citoyennete",
        "le centre du service national et de la jeunesse (armée) dont dépend la JDC, sur majdc.fr",
        re.compile(
            r"\b(?:chang\w*|modifi\w*|deplac\w*|report\w*|decal\w*|annul\w*) (?:\w+ ){0,3}(?:date|jour|convocation)"
            r"(?:(?: [\w']+){0,4} (?:jdc|journee defense|journee d'appel))?"
            r"|(?:\b(?:me|nous|lui) (?:l'|le |la ))?"
            r"\b(?:imprim\w*|renvoy\w*|envoy\w*|deliv\w*|fourni\w*|donn\w*|refai\w*|edit\w*|transmett\w*)"
            r"(?: (?:(?:me|moi|nous|lui) )?(?:l'|le |un |mon |son |ce |une |la )?"
            r"(?:certificat|attestation (?:de participation|jdc|de la jdc))?)?(?:\b|$)"
        ),
        re.compile(r"\b(?:csn|service national|armee|majdc)\b"),
    ),
    ReservedAct(
        "montant_pension_alimentaire",
        "le juge aux affaires familiales (ou la CAF pour une pension qu'elle a elle-même fixée ou rendue exécutoire)",
        re.compile(
            r"\b(?:chang|modifi|baiss|augment|revis|redui|revoi|refix)\w* "
            r"(?:le montant\b(?= ?(?:[?.,!]|$| ou | et | de (?:la|sa) pension))|la pension(?: alimentaire)?\b)"
        ),
        # The CAF (and the MSA's family branch) revises a pension it set or made enforceable itself (the ARIPA). The
        # amount bare or the pension's: not "modifier le montant de mon RSA", the office's own.
        re.compile(r"\b(?:caf|msa|allocations? familiales|aripa|tribunal|juges?|jaf|greffe)\b"),
    ),
    ReservedAct(
        "casier_judiciaire",
        "le Casier judiciaire national (bulletin n°3 demandé en ligne sur casier-judiciaire.justice.gouv.fr)",
        re.compile(
            r"(?:\b(?:me|nous|lui) (?:l'|le |la ))?"
            r"\b(?:imprim\w*|renvoy\w*|envoy\w*|deliv\w*|fourni\w*|donn\w*|edit\w*|transmett\w*|fai\w*)"
            r"(?: (?:(?:me|moi|nous|lui) )?(?:l'|le |un |mon |son |ce |une |la )?(?:extrait|bulletin)?)?(?:\b|$)"
        ),
        re.compile(r"\b(?:casier|justice|tribunal|greffe)\b"),
    ),
    ReservedAct(
        "depot_de_garantie",
        "le propriétaire (ou son agence), puis la commission départementale de conciliation ou le juge",
        re.compile(r"\b(?:rend\w*|restitu\w*) (?:[\w€$]+ ){0,4}(?:caution|depot de garantie)\b"),
        # A social landlord or the CROUS holds its tenants' deposits itself.
        re.compile(r"\b(?:adil|tribunal|conciliat\w*|crous|bailleurs?|hlm|habitat|oph|logement)\b"),
    ),
)
# The JDC's and the criminal record's acts are read only where their document is named in the message (a
# certificate, a date or a convocation of the JDC; an extract or a bulletin of the criminal record), a deposit only
# where a landlord or a let home is.
_NEEDS: dict[str, re.Pattern[str]] = {
    "journee_defense_citoyennete": re.compile(
        r"\b(?:jdc|journee (?:defense et citoyennete|defense|d'appel(?: de preparation a la defense)?))\b"
    ),
    "casier_judiciaire": re.compile(r"\b(?:extrait|bulletin)[^.?!\n]{0,30}\bcasier\b|\bcasier judiciaire\b"),
    # A child's maintenance, named in the message ("la pension pour les enfants", "la pension alimentaire").
    "montant_pension_alimentaire": re.compile(
        r"\bpensions? alimentaires?\b|\bpensions? (?:pour|des|de) (?:les|mes|nos|ses|leurs|ma|mon) "
        r"(?:enfants?|filles?|fils|petits?)\b"
    ),
    # A home's or premises' landlord (not the town's own deposit for a hall's badge or a key).
    "depot_de_garantie": re.compile(
        r"\b(?:proprietaires?|proprio|sci|agences? immobilieres?|bailleurs?|etat des lieux|bail|appartement|appart"
        r"|logement|studio|local)\b"
    ),
}
# What the JDC's or the record's ask must carry when its words are generic: the document itself or a pronoun.
_DOCUMENT = re.compile(
    r"\b(?:certificat|attestation de participation|date|convocation|jour|extrait|bulletin)\b"
    r"|\b(?:me|nous|lui) (?:l'|le |la )|-le\b|-la\b"
)
# The town's census and its attestation are the town's own (the JDC asked for them is the background; "c'est vous
# qui m'avez recensé" is only why the writer came).
_OWN_CENSUS = re.compile(
    r"\b(?:attestation|certificat) de recensement\b|\b(?:me|se|le|la|nous) (?:faire )?recenser\b"
    r"|\bfaire (?:le|mon|son|sa) recensement\b"
)

_DOCUMENT_ACTS = ("journee_defense_citoyennete", "casier_judiciaire")
_OFFICE = (
    r"(?:vous|(?:la|le|l'|les) ?(?:maire|mairie|prefet|prefecture|sous-prefecture|caf|cpam|departement"
    r"|conseil departemental|france travail|commune|ville|administration|services?))"
)
# The sentence asks the office written to (its subject) for something.
_ASK = re.compile(
    r"\b(?:pouvez|pourriez|pourrez)[- ]vous\b|\bvous (?:ne )?(?:pouvez|pourriez|pourrez)\b"
    r"|\b(?:peut|pourrait|pourra)[- ](?:elle|il|t-elle|t-il)\b"
    rf"|\b{_OFFICE} (?:peut|pourrait|pourra|peuvent|pourraient)\b"
    r"|\bje (?:vous )?demande (?:(?:a (?:la |le |l')?|au |aux )[\w' -]{1,30}? )?(?:de |d')"
    r"|\bje vous demande [^.?!\n]{0,30}:"
    rf"|\bje (?:voudrais|souhaite|souhaiterais|veux|aimerais) (?:que|qu') ?{_OFFICE}\b"
    rf"|\bdemande si vous\b|\best[- ]ce (?:que|qu') ?{_OFFICE} (?:peu\w*|pourr\w*)\b"
)
_SPLIT = re.compile(r"(?<=[.!?\n])\s*")


def _asking(part: str) -> re.Match[str] | None:
    asked = _ASK.search(part)
    if asked is None:
        return None
    if "?" in part or "demande" in asked.group() or " que " in asked.group():
        return asked
    return None


def reserved_act_asked(office: str, folded: str) -> ReservedAct | None:
    """The act of `RESERVED_ACTS` a sentence of the (folded) text asks of the office named `office` (folded), or
    None. An act whose body the office is, or whose document the message does not name, is not read."""
    parts = [p for p in _SPLIT.split(folded) if p]
    for act in RESERVED_ACTS:
        if act.office.search(office):
            continue
        needs = _NEEDS.get(act.key)
        if needs is not None and not needs.search(folded):
            continue
        if act.key == "journee_defense_citoyennete" and _OWN_CENSUS.search(folded):
            continue
        for part in parts:
            asked = _asking(part)
            if asked is None:
                continue
            found = act.pattern.search(part, asked.start())
            if found is None:
                continue
            if act.key in _DOCUMENT_ACTS and not _DOCUMENT.search(found.group()):
                continue
            return act
    return None


def competent_of(act: ReservedAct) -> dict[str, str]:
    """The redirect shown to the agent for an act asked of the wrong office."""
    return {
        "topic": f"acte_reserve_{act.key}",
        "body": act.body,
        "service": "l'administration écrite ne peut pas faire cet acte à sa place : indiquer à qui s'adresser ; un "
        "point-justice ou une maison France services peut aider gratuitement",
    }
