"""The office asked to act on a private party, told inside a crisis too (thirty-third pass of issue 12, engineer-cy).

People in distress write to the office they know and ask it to do what only a private party (or a body that is no
administration's to steer) can do: call the bank so that it cancels the transfers, make an insurer rehouse them,
tell an employer to pay the salary, make a man who took their money give it back, ask a hospital to let them visit,
have Facebook remove photos ("pouvez-vous appeler ma banque pour qu'elle annule les virements ?", "je demande à la
préfecture de obliger cet homme à rendre mon argent", "est-ce que vous pouvez demander à l'hôpital de me laisser la
voir ?"). The distress stays, with its contacts, and the person is helped where they wrote; what they ask is
another party's to do, so the message is out of scope too (the authors of the unseen batches cw and ct, and batch
cy, label both). `triage.asks_office_to_act_on_other_body` reads the public bodies (a judge, a bailiff, the OFII); this
reads the private ones, which the competence map's topics never name and the model's out of scope, vetoed in
distress when help is asked, did not reach.

`asks_office_to_act_on_private_party(names, text)` holds when a sentence that asks the office something ("pouvez-
vous", "la Caf peut-elle", "je vous demande de", "je demande à la mairie de") has an act verb (call, write to,
push, oblige, negotiate with, ask, tell) right before a private party (a bank or an insurer, by kind or by one of
the large networks' names, an operator, an employer, a landlord or an estate agency, a care home, a clinic or a
hospital, a pharmacy, a lawyer, a firm, "cet homme", a neighbour, a social network), or asks it to do the bank's
own act (block a card, cancel transfers or a credit). `names`: the patterns of the office written to; a target
that names it is never the other party. Pure functions on folded text (no model, no Django).
"""

import re
from collections.abc import Iterable

# The sentence asks the office written to (its subject) for something.
_ASK = re.compile(
    r"\b(?:pouvez|pourriez|pourrez)[- ]vous\b|\bvous (?:ne )?(?:pouvez|pourriez|pourrez)\b"
    r"|\b(?:peut|pourrait|pourra)[- ](?:elle|il|t-elle|t-il)\b"
    r"|\b(?:peut|pourrait|pourra) (?:pas )?(?:me |nous |leur |lui )?(?:\w+er|ecrire|faire|dire)\b"
    # Thirty-seventh pass (engineer-dk): the office named in the plural ("est-ce que les impôts peuvent bloquer la
    # saisie ou dire à la banque d'attendre ?", dg-023) and asked with "au" ("je demande au département de …").
    r"|\b(?:peuvent|pourraient|pourront)[- ](?:elles|ils)\b"
    r"|\b(?:peuvent|pourraient|pourront) (?:pas )?(?:me |nous |leur |lui )?(?:\w+er|ecrire|faire|dire)\b"
    r"|\bje (?:vous )?demande (?:(?:a (?:la |le |l')?|au |aux )[\w' -]{1,30}? )?(?:de |d')|\bdemande si vous\b"
)
_VERB = (
    r"(?:appeler|telephoner (?:a|au|aux)|contacter|joindre|ecrire (?:a|au|aux)|envoyer (?:un |une )?(?:courrier"
    r"|lettre|mail)(?: \w+){0,2} (?:a|au|aux)|relancer|obliger|forcer|contraindre|negocier avec"
    r"|intervenir aupres (?:de|du|des)|demander (?:a|au|aux)|dire (?:a|au|aux)|voir avec|faire (?:rendre|payer"
    r"|rembourser|supprimer|retirer)(?: \w+){0,3} (?:a|au|aux|par))"
)
# Private parties by kind, and the large banks, credit firms, insurers and operators by name.
_PARTY = (
    r"(?:(?:le|la|les|l'|un|une|mon|ma|mes|son|sa|ses|leur|ce|cet|cette|ces|notre|nos)\s?)?(?:\w+ ){0,2}?"
    r"(?:banques?|banquiers?|assureurs?|assurances? (?:auto|habitation|vie)|operateurs?|fournisseurs?"
    r"|employeurs?|patrons?|proprietaires?|proprio|agences? immobilieres?|agences? d'interim|syndic"
    r"|ehpad|maisons? de retraite|cliniques?|hopitaux|hopital|pharmacies?|pharmaciens?|avocate?s?"
    r"|entreprises?|societes?|homme|gens|escrocs?|arnaqueurs?|demarcheurs?|recouvreurs?|creanciers?|voisine?s?"
    # Thirty-fifth pass (engineer-de): a mutuelle or a private complementary insurer (da-046, tri-ba-032: "pouvez-
    # vous demander à ma mutuelle pourquoi elle refuse…"); the complémentaire santé solidaire is the CPAM's own.
    r"|mutuelles?|complementaires? sante(?! solidaire)"
    r"|facebook|instagram|tiktok|snapchat|google"
    r"|credit agricole|credit mutuel|caisse d'epargne|banque postale|banque populaire|societe generale|bnp"
    r"|lcl|cic|boursorama|cofidis|sofinco|cetelem|franfinance|maaf|maif|macif|matmut|axa|groupama|allianz"
    r"|generali|gmf|edf|engie|sfr|orange|bouygues|free|foncia|nexity)\b"
)
_ACT_ON_PARTY = re.compile(rf"\b{_VERB}(?: \w+){{0,2}}? {_PARTY}")

# Forty-second pass (engineer-ek; eh-004, batch eh on addiction: "je voudrais que la mairie fasse le nécessaire
# auprès de la Française des jeux pour qu'on soit remboursé"): the same act asked as a wish, with no question mark
# ("je voudrais que vous appeliez ma banque", "je souhaite que la Caf intervienne auprès de mon employeur"), its verb
# in the subjunctive; and the gambling operators and shops (the FDJ, the PMU, a casino, a tobacconist, a betting
# site) are private parties like a bank. Switch `WISH_ASK_RULE`, read at call time.
WISH_ASK_RULE = True
_WISH = re.compile(r"\bje (?:voudrais|veux|souhaite|souhaiterais|aimerais|exige) (?:bien )?que\b")
_WISH_VERB = (
    r"(?:appel(?:iez|le)|telephon(?:iez|e) (?:a|au|aux)|contact(?:iez|e)|ecriv(?:iez|e) (?:a|au|aux)|relanc(?:iez|e)"
    r"|oblig(?:iez|e)|forc(?:iez|e)|contraign(?:iez|e)|interven(?:iez)|intervienne|dis(?:iez|e) (?:a|au|aux)"
    r"|demand(?:iez|e) (?:a|au|aux)|fass(?:iez|e) (?:le necessaire|pression|quelque chose) (?:aupres|a l'egard) "
    r"(?:de|du|des|d')|(?:interveniez|intervienne) aupres (?:de|du|des|d'))"
)
_GAMBLING = (
    r"(?:(?:le|la|les|l'|un|une|ce|cet|cette|mon|ma|son|sa)\s?)?(?:\w+ ){0,2}?"
    r"(?:francaise des jeux|fdj|pmu|casinos?|buralistes?|bureau de tabac|tabac|sites? de (?:paris|jeux)"
    r"|bookmakers?|operateurs? de jeux)\b"
)
_WISH_ACT = re.compile(rf"\b{_WISH_VERB}(?: \w+){{0,2}}? (?:{_PARTY}|{_GAMBLING})")
# Forty-third pass (engineer-eo; batch eo, private disputes brought to the wrong office: "c'est possible que la sécu
# fasse pression sur le club ?", a private school that keeps the fees, a shop that refuses a warranty): the private
# parties of daily life beside the bank and the landlord (a club, an association, a private school, a shop or a
# seller, a garage, a tradesman, a gym, a platform, a carrier, a travel agency), the pressure asked ("faire pression
# sur") and the wish asked as a possibility ("c'est possible que la Caf appelle mon garagiste ?"). Switch
# `PRIVATE_KINDS_RULE`, read at call time.
PRIVATE_KINDS_RULE = True
_MORE_KINDS = (
    r"|clubs?|associations? sportives?|ecoles? privees?|etablissements? prives?|magasins?|boutiques?|commercants?"
    r"|vendeur|vendeurs|vendeuses?|garages?|garagistes?|artisans?|concessionnaires?|salles? de sport|plateformes?"
    r"|transporteurs?|demenageurs?|agences? de voyages?|compagnies? aeriennes?"
)
_PARTY_WIDE = _PARTY.removesuffix(r")\b") + _MORE_KINDS + r")\b"
_VERB_WIDE = _VERB.removesuffix(")") + r"|faire pression sur|mettre la pression (?:a|au|aux|sur))"
_ACT_ON_PARTY_WIDE = re.compile(rf"\b{_VERB_WIDE}(?: \w+){{0,2}}? {_PARTY_WIDE}")
_WISH_WIDE = re.compile(
    _WISH.pattern + r"|\b(?:c'est|est-il|serait-il|il est|ce serait|est-ce|ce sera) (?:pas )?possible (?:que|qu')"
)
_WISH_ACT_WIDE = re.compile(
    rf"\b{_WISH_VERB.removesuffix(')')}|fass(?:iez|e) pression sur)(?: \w+){{0,2}}? (?:{_PARTY_WIDE}|{_GAMBLING})"
)
# The bank's own act asked of the office ("ou bloquer ma carte bancaire ?", "annuler les virements").
_BANK_ACT = re.compile(
    r"\b(?:bloquer|faire opposition (?:sur|a)|annuler|stopper) (?:ma|mon|la|le|les|mes|ces|ses) "
    r"(?:carte (?:bancaire|bleue)|cb|virements?|prelevements?|credits?|paiements?)\b"
)
# The party named before and asked after by a pronoun ("mon voisin fait tourner son quad … la MSA peut-elle lui
# envoyer un courrier pour qu'il arrête ?", ct-046), no relative named in between.
_PRONOUN_ACT = re.compile(
    r"\b(?:lui|leur) (?:envoyer (?:un |une )?(?:courrier|lettre|mail)|ecrire|telephoner|dire (?:de|d')"
    r"|demander (?:de|d'))"
)
_NAMED_PARTY = re.compile(
    r"\b(?:mon|ma|mes|le|la|les|notre|nos|cet|ce|cette) (?:\w+ )?(?:voisine?s?|employeur|patron|proprietaire|proprio"
    r"|banque|banquier|assureur|operateur|agence immobiliere|syndic"
    # Thirty-ninth pass (engineer-dt; tri-cf-054: "la société prend l'argent sur mon compte … Vous pouvez leur dire
    # d'arrêter ?"): a firm or a mutuelle named before the pronoun is a private party too.
    r"|societe|mutuelle)\b"
)
_RELATIVE = re.compile(
    r"\b(?:ma|mon|mes|notre|nos) (?:mere|pere|parents?|fils|fille|enfants?|mari|femme|epouse|epoux|frere|soeur"
    r"|grand-mere|grand-pere|oncle|tante|compagnon|compagne|conjointe?)\b"
)
_SPLIT = re.compile(r"(?<=[.!?\n])\s*")
# A landlord asked to repair a home the family cannot decently live in is the Caf's own procedure (the housing aid
# kept aside until the works are done, bh-116), and a home in danger the mayor's (the police of unsafe buildings,
# ret-v40-051's crack in the ceiling): read only where the office is the Caf or the town (`home_decency_is_own`).
_LANDLORD = re.compile(r"\b(?:proprietaires?|proprio|bailleurs?|agences? immobilieres?)\b")
_DECENCY = re.compile(
    r"\b(?:indecen\w*|non decent|decence|insalubr\w*|travaux|repar\w*|toit|toiture|fuites?|moisissures?|humidite"
    r"|il pleut|chauffage|infiltrations?|fissures?|effondr\w*|peril|plafond)\b"
)
# The employer asked for the certificate the office's own procedure needs (the CPAM's daily allowances wait for the
# employer's salary certificate, drf-d2-033; France Travail's attestation employeur).
_EMPLOYER = re.compile(r"\b(?:employeurs?|patrons?)\b")
_OWN_CERTIFICATE = re.compile(r"\battestations? (?:de salaire|employeur|d'employeur)\b")
# The Banque de France's own procedure makes a bank open an account (the droit au compte, ret-v37-009, ret-v45-052);
# a bank asked to cancel its fees stays the bank's (cc-011).
_BANQUE_DE_FRANCE = re.compile(r"\bbanque de france\b")
_ACCOUNT_OPENING = re.compile(r"\b(?:ouvrir|ouverture d') ?(?:un |mon |notre )?compte\b|\bdroit au compte\b")
_BANK = re.compile(r"\b(?:banques?|banquiers?)\b")


def asks_office_to_act_on_private_party(
    names: Iterable[re.Pattern[str]], folded: str, *, home_decency_is_own: bool = False, office: str = ""
) -> bool:
    """A sentence of the (folded) text asks the office written to to act on a private party, or to do a bank's
    act; `names` are the office's own patterns (a target naming it is not another party). `home_decency_is_own`:
    the office is the Caf or the town, for which a landlord asked to repair an indecent or unsafe home is its own
    procedure. `office`: the folded name of the office written to (a party of the kind it names is its own)."""
    names = list(names)
    decency = home_decency_is_own and bool(_DECENCY.search(folded))
    certificate = bool(_OWN_CERTIFICATE.search(folded))
    account_opening = bool(_BANQUE_DE_FRANCE.search(office))
    position = 0
    for part in _SPLIT.split(folded):
        start = folded.find(part, position)
        position = start + len(part)
        wish = (_WISH_WIDE if PRIVATE_KINDS_RULE else _WISH).search(part) if WISH_ASK_RULE else None
        if wish:
            for m in (_WISH_ACT_WIDE if PRIVATE_KINDS_RULE else _WISH_ACT).finditer(part, wish.end()):
                if not any(p.search(m.group()) for p in names) and not (decency and _LANDLORD.search(m.group())):
                    return True
        asked = _ASK.search(part)
        if not asked or ("?" not in part and "demande" not in asked.group()):
            continue
        if _PRONOUN_ACT.search(part, asked.start()):
            named = list(_NAMED_PARTY.finditer(folded, 0, start + asked.start()))
            if named and not _RELATIVE.search(folded, named[-1].end(), start + asked.start()):
                return True
        acts = _ACT_ON_PARTY_WIDE if PRIVATE_KINDS_RULE else _ACT_ON_PARTY
        for m in (*acts.finditer(part, asked.start()), *_BANK_ACT.finditer(part, asked.start())):
            target = m.group()
            if (
                any(p.search(target) for p in names)
                or (decency and _LANDLORD.search(target))
                or (certificate and _EMPLOYER.search(target))
                or (account_opening and _BANK.search(target) and _ACCOUNT_OPENING.search(part))
            ):
                continue
            return True
    return False
