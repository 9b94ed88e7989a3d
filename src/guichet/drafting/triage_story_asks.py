"""Another party's act asked of the office inside a long or moved story (fifty-second pass of issue 12, engineer-ga).

People who write at length, upset, about a bank, an insurer, a private landlord, an employer or a notary end with an
ask that `triage_private_act` does not read: an ask cut by an aside or a plea ("je vous demande, en tant que maire,
d'obliger ce monsieur à…", "je vous supplie de contacter ce notaire"), a verb of command ("exiger de la mutuelle
qu'elle…", "lui ordonner de terminer la succession", "faire annuler ce crédit"), a party of the story the rule's list
lacks (a notary, "ce monsieur", a client, a private student residence, "l'assurance"), or the party named sentences
earlier and asked by a pronoun ("le patron ne me paie plus … je veux que vous l'obligiez à me verser mes salaires",
"pouvez-vous intervenir auprès d'eux ?"). The model sent most of these away, at scores a retrain moves; these rules
read no score. Beside them, the look-alikes the model sends away although they are the office's own procedure: a
paying office asked to pay on a new account after a bank's trouble (the RIB change), the Caf or the town asked how
a home is found indecent while the housing aid is kept.

Switches, read at call time (set one off in a test: `triage_story_asks.STORY_ASK_RULE = False`):

- `STORY_ASK_RULE`: the wider asks, verbs and parties (`story_party_asked`);
- `PRONOUN_ASK_RULE`: a party named before and asked by a pronoun (`story_party_asked`);
- `OWN_ACCOUNT_GATE`: the model's out of scope dropped where a paying office is asked to pay on a new account
  (`own_procedure_asked`);
- `DECENCY_PROCEDURE_GATE`: the model's out of scope dropped where the Caf or the town is asked for its indecent-home
  procedure (`own_procedure_asked`).

Pure functions on folded text (no model, no Django), and one in-place gate over the labels (`without_own_procedure`).
"""

import re

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_private_act import (
    _ACCOUNT_OPENING,
    _ASK,
    _BANK,
    _BANQUE_DE_FRANCE,
    _DECENCY,
    _EMPLOYER,
    _GAMBLING,
    _LANDLORD,
    _OWN_CERTIFICATE,
    _PARTY_WIDE,
    _RELATIVE,
    _SPLIT,
    _VERB_WIDE,
    _WISH_VERB,
    _WISH_WIDE,
)
from guichet.drafting.triage_profiles import _PROFILES

STORY_ASK_RULE = False
PRONOUN_ASK_RULE = False
OWN_ACCOUNT_GATE = True
DECENCY_PROCEDURE_GATE = True

# A plea or an ask cut by an aside ("je vous demande, en tant que maire, d'…", "je vous supplie de …").
_PLEA = re.compile(
    r"\bje vous (?:supplie|prie|conjure|implore) (?:de |d')|\bje vous demande, [^,.?!]{1,60}, (?:de |d')"
    r"|\bj'exige (?:que|qu')|\bje (?:vous )?(?:demande|exige) (?:a|au|aux) [\w' -]{1,30}? (?:de |d')"
    r"|\b(?:peut|pourrait|peuvent|pourraient) (?:pas )?se (?:charger (?:de |d')|occuper (?:de |d')|retourner contre)"
)
# The ask is refused in the sentence ("je ne vous demande pas d'aller le voir").
_NOT_ASKED = re.compile(
    r"\bne (?:vous |lui )?(?:demande|veux|voudrais|souhaite|supplie) (?:pas|rien|surtout pas)\b|\bsans vous demander\b"
)
# Verbs of command the rule lacks, and the wish's subjunctives of them.
_MORE_VERBS = (
    r"|exiger (?:de|du|des|d')|ordonner (?:a|au|aux)|sommer|menacer|faire annuler|faire cesser"
    r"|recuperer [^.?!]{0,40}?aupres (?:de|du|des|d')|se retourner contre"
    r"|interv\w* pour (?:que|qu')|exig(?:iez|e) (?:de|du|des|d')|ordonn(?:iez|e) (?:a|au|aux))"
)
_STORY_VERB = _VERB_WIDE.removesuffix(")") + _MORE_VERBS
_WISH_STORY_VERB = _WISH_VERB.removesuffix(")") + _MORE_VERBS
# Parties of such stories the rule's list lacks: a notary, "ce monsieur", a client, a private residence, a seller,
# an insurance that is no social one.
_MORE_PARTIES = (
    r"(?:(?:le|la|les|l'|un|une|mon|ma|mes|son|sa|ses|leur|ce|cet|cette|ces|notre|nos)\s?)?(?:\w+ ){0,2}?"
    r"(?:notaires?|clercs?|etudes? notariales?|monsieur|dame|type|individu|clients?|bailleurs? prives?"
    r"|residences? (?:etudiantes? )?privees?|mandataires?|vendeurs?|acheteurs?"
    r"|assurances?(?! (?:maladie|retraite|chomage|vieillesse|invalidite|sociale)))\b"
)
_STORY_ACT = re.compile(rf"\b(?:{_STORY_VERB})(?: \w+){{0,2}}? (?:{_PARTY_WIDE}|{_MORE_PARTIES}|{_GAMBLING})")
_STORY_WISH_ACT = re.compile(
    rf"\b(?:{_WISH_STORY_VERB})(?: \w+){{0,2}}? (?:{_PARTY_WIDE}|{_MORE_PARTIES}|{_GAMBLING})"
)
# The bank's or the lender's act asked of the office ("faire annuler ce crédit", "annuler ce prêt").
_LENDER_ACT = re.compile(
    r"\b(?:faire )?(?:annuler|resilier|suspendre) (?:ce|cet|cette|ces|son|sa|ses|le|la|les|mon|ma|mes) "
    r"(?:credits?|prets?|contrats? de credit|frais (?:bancaires|d'incidents?))\b"
)
# The party asked by a pronoun after a verb of command, or "auprès d'eux".
_PRONOUN_COMMAND = re.compile(
    r"\b(?:l'|le |la |les |lui |leur )(?:obliger|obligiez|oblige|forcer|forciez|force|contraindre|contraigniez"
    r"|sommer|sommiez|menacer|menaciez|ordonner|ordonniez|sanctionner|sanctionniez|faire payer|fassiez payer)\b"
    r"|\b(?:intervenir|interveniez|intervienne) aupres (?:d'eux|d'elles?|de lui)\b"
    r"|\bse retourner contre (?:eux|elles?|lui)\b"
)
# A private party named earlier in the message.
_NAMED_STORY_PARTY = re.compile(
    r"\b(?:mon|ma|mes|le|la|les|notre|nos|cet|ce|cette|son|sa|une?|en|chez) (?:\w+ )?"
    r"(?:voisine?s?|employeur|patron|proprietaire|proprio|banque|banquier|assureur|operateur|agence immobiliere"
    r"|syndic|societe|mutuelle|notaire|garage|garagiste"
    r"|residence (?:etudiante )?privee|client|vendeur|entreprise|boite)\b"
)


def _own_target(target: str, names: list[re.Pattern[str]], part: str, folded: str, office: str, own: bool) -> bool:
    """The target is the office's own or its own procedure's (the guards of `triage_private_act`)."""
    return (
        any(p.search(target) for p in names)
        or (own and bool(_DECENCY.search(folded)) and bool(_LANDLORD.search(target)))
        or (bool(_OWN_CERTIFICATE.search(folded)) and bool(_EMPLOYER.search(target)))
        or (
            bool(_BANQUE_DE_FRANCE.search(office))
            and bool(_BANK.search(target))
            and bool(_ACCOUNT_OPENING.search(part))
        )
    )


def story_party_asked(profiles: set[str], office: str, folded: str) -> bool:
    """A sentence of the (folded) text asks the office, in a plea, a wish or a question, to act on a private party
    named there (`STORY_ASK_RULE`) or named before and taken up by a pronoun (`PRONOUN_ASK_RULE`). `profiles`: the
    office's (`triage_profiles`), whose names are never the other party; `office`: its folded name. The guards of
    `triage_private_act` hold: a landlord asked to repair a home at the Caf or the town, an employer's certificate,
    a bank's account opening at the Banque de France."""
    if not (STORY_ASK_RULE or PRONOUN_ASK_RULE):
        return False
    names = [p for key in profiles for p in _PROFILES[key]]
    home_decency_is_own = bool(profiles & {"caf", "mairie"})
    position = 0
    for part in _SPLIT.split(folded):
        start = folded.find(part, position)
        position = start + len(part)
        if _NOT_ASKED.search(part):
            continue
        plea = _PLEA.search(part)
        wish = _WISH_WIDE.search(part)
        question = _ASK.search(part) if "?" in part or "demande" in part else None
        asks = [m for m in (plea, wish, question) if m is not None]
        if not asks:
            continue
        at = min(m.start() for m in asks)
        if STORY_ASK_RULE:
            acts = [*_STORY_ACT.finditer(part, at), *_LENDER_ACT.finditer(part, at)]
            if wish is not None:
                acts += list(_STORY_WISH_ACT.finditer(part, wish.end()))
            for m in acts:
                if not _own_target(m.group(), names, part, folded, office, home_decency_is_own):
                    return True
        if PRONOUN_ASK_RULE and _PRONOUN_COMMAND.search(part, at):
            named = list(_NAMED_STORY_PARTY.finditer(folded, 0, start + at))
            if (
                named
                and not _RELATIVE.search(folded, named[-1].end(), start + at)
                and not _own_target(named[-1].group(), names, part, folded, office, home_decency_is_own)
            ):
                return True
    return False


# A paying office asked to pay on a new account: a new RIB, new bank details, the payments moved to a new account.
_PAYING = {"caf", "retraite", "maladie", "emploi", "mdph", "departement", "impots"}
_NEW_ACCOUNT = re.compile(
    r"\b(?:nouveau|nouvel|autre) (?:rib|compte(?: bancaire)?)\b|\bnouvelles? coordonnees bancaires\b"
    r"|\b(?:changer|modifier|mettre a jour|changement de) (?:de |mon |le |mes )?(?:rib|coordonnees bancaires)\b"
    r"|\bje vous joins (?:mon|le) (?:nouveau )?rib\b"
)
_PAYMENTS_MOVED = re.compile(
    r"\b(?:allocations?|aides?|apl|rsa|versements?|pensions?|retraites?|indemnites|remboursements?|paiements?)\b"
    r"[^.?!]{0,80}?\b(?:arrivent|arrive|soient verse\w*|soit verse\w*|tombent|passent|virees?|versees?|verse)\b"
    r"|\b(?:verser|virer|recevoir|toucher)\b[^.?!]{0,60}?\b(?:nouveau|nouvel) compte\b"
    r"|\bje vous joins (?:mon|le) (?:nouveau )?rib\b"
)
# The Caf's or the town's own procedure for an indecent home: found indecent, the housing aid kept aside.
_DECENCY_OFFICE = {"caf", "mairie"}
_DECENCY_PROCEDURE = re.compile(
    r"\b(?:constater|faire constater|reconnaitre|declarer)\b[^.?!]{0,60}?\b(?:non decent|indecent|insalubre)"
    r"|\b(?:garder|conserver|maintenir|consigner|suspendre)\b[^.?!]{0,40}?\b(?:allocation logement|aide au logement"
    r"|apl|al)\b|\bconservation de l'allocation\b|\bnon-decence\b|\bprocedure de non.?decence\b"
    # The landlord asked to do the works through the office: its decency procedure (tri-bh-116).
    r"|\b(?:obliger|forcer|contraindre|faire pression sur|intervenir aupres)\b[^.?!]{0,30}\b(?:proprietaire|proprio"
    r"|bailleur)"
)


def own_procedure_asked(profiles: set[str], folded: str) -> bool:
    """The office's own procedure asked, though a bank or a landlord is the story's: a paying office asked to pay on
    a new account (`OWN_ACCOUNT_GATE`), the Caf or the town asked for its indecent-home procedure
    (`DECENCY_PROCEDURE_GATE`)."""
    if OWN_ACCOUNT_GATE and profiles & _PAYING and _NEW_ACCOUNT.search(folded) and _PAYMENTS_MOVED.search(folded):
        return True
    return bool(
        DECENCY_PROCEDURE_GATE
        and profiles & _DECENCY_OFFICE
        and _DECENCY.search(folded)
        and _DECENCY_PROCEDURE.search(folded)
    )


def without_own_procedure(
    labels: list[str],
    learned: list[str],
    evidence: dict[str, list[str]],
    competent: dict[str, str] | None,
    profiles: set[str],
    folded: str,
) -> None:
    """Drop, in place, the model's out of scope (none a rule set: `competent` is None) on the office's own procedure
    (`own_procedure_asked`). Reads no score."""
    if TriageLabel.OUT_OF_SCOPE in learned and competent is None and own_procedure_asked(profiles, folded):
        labels.remove(TriageLabel.OUT_OF_SCOPE)
        learned.remove(TriageLabel.OUT_OF_SCOPE)
        evidence.pop(TriageLabel.OUT_OF_SCOPE, None)
