"""Private matters asked of the office that it does not handle: a medical question, a scam's loss, vouching for a
private party, and the first private ask among the sibling rules (`_private_ask`). Cut from `triage.py`
(thirty-fifth pass).
"""

import re

from guichet.drafting import triage_favours, triage_personal, triage_prices, triage_third_party
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_favours import STAFF_FAVOUR, THANKS_TO_PASS, asks_staff_favour, passes_on_thanks
from guichet.drafting.triage_matching import _ASK_SPLIT
from guichet.drafting.triage_other_bodies import names_own_account
from guichet.drafting.triage_personal import AGENT_PERSONAL, asks_agent_personal
from guichet.drafting.triage_prices import PRIVATE_PRICE, asks_private_price
from guichet.drafting.triage_third_party import PRIVATE_ADVICE, asks_private_advice

# A medical act asked of an office (round 2 of the ninth pass, after the unseen measurement: batch u's misses): a dose
# to give, raise or repeat ("je peux lui redonner du Doliprane ?", "je peux passer à 100 mg tout seul ?") or a
# prescription to write ("prescris-moi du Tramadol", "rédige l'ordonnance") is a doctor's or a pharmacist's business,
# whoever is written to, the health insurer included (it reimburses care, it does not prescribe it). The ask needs a
# medicine or a dose beside it; a question on a medicine's reimbursement names neither a dose to take nor an act.
MEDICAL_ASK: dict[str, str] = {
    "topic": "avis_medical",
    "body": "votre médecin ou votre pharmacien (le soir et le week-end : le médecin de garde au 116 117) ; en cas "
    "d'urgence, le 15",
    "service": "une pharmacie, qui conseille sur les doses sans rendez-vous ; le 15 (SAMU) en cas d'urgence",
}
_DOSE_ASK = re.compile(
    r"\b(?:je peux|puis-je|peut-on|on peut|est-ce que je peux|est-ce qu'on peut|dois-je|je dois|faut-il)"
    r"(?: lui| leur| en| les| le| la)? (?:re)?(?:donner|prendre|augmenter|doubler|passer a \d+)\b"
    r"|\b(?:quelle dose|quelle posologie|combien de (?:comprimes|gouttes|gelules|cachets|ml|mg|doses?))\b"
)
_MEDICINE = re.compile(
    r"\b(?:\d+(?:[.,]\d+)? ?(?:mg|ml|gouttes?|comprimes?|gelules?|cachets?)|doliprane|dafalgan|efferalgan"
    r"|paracetamol|ibuprofene|advil|nurofen|aspirine|antidepresseurs?|antibiotiques?|anxiolytiques?|somniferes?"
    r"|sertraline|tramadol|medicaments?)\b"
)
_PRESCRIPTION_ASK = re.compile(
    r"\bprescri(?:s|vez)[- ](?:moi|lui|nous)\b"
    r"|(?<!a )(?<!ai )(?<!ont )\b(?:redige[sz]?|ecri[st]|ecrivez|faites)(?:-moi|-lui)? (?:l'|une |mon |son )"
    r"ordonnance\b"
)


def medical_ask(title: str, body: str) -> bool:
    """The message asks for a medical act: a dose of a medicine to give or change, or a prescription to write."""
    text = fold(f"{title}\n{body}")
    if _PRESCRIPTION_ASK.search(text):
        return True
    asks = [part for part in _ASK_SPLIT.split(text) if "?" in part and _DOSE_ASK.search(part)]
    return bool(asks) and bool(_MEDICINE.search(text))


# Money lost to a fraud told in the office's name (eleventh pass): a fake SMS or site that looks like the Caf's or
# ameli's, a caller "qui se présentait comme agent des impôts", then card debits, a transfer or a loan taken out in
# the writer's name, and the office asked to refund or cancel it. The office's word names the disguise, not what is
# asked: debits are contested at the bank, the fraud reported to the police. Three parts together (a fake, a loss,
# a refund or cancellation asked): a writer who only asks whether a message really comes from the office ("ce mail
# d'Ameli me demande de payer 9 €, c'est vous ?") names no loss and stays in scope, and so does a fraud on the
# writer's own account at the office ("un escroc a changé le RIB de mon compte Caf": the office pays again).
SCAM_LOSS: dict[str, str] = {
    "topic": "escroquerie",
    "body": "votre banque (opposition sur la carte, contestation des débits) et la police ou la gendarmerie "
    "(plainte) ; aucune administration ne rembourse les sommes prises par un escroc",
    "service": "le 17 ou un commissariat pour la plainte ; la plateforme Perceval (service-public.fr) pour une "
    "fraude à la carte bancaire",
}
_FAKE = re.compile(
    r"\b(?:(?:faux|fausse|fake) (?:\w+ )?(?:sms|texto|mail|e-mail|courriel|message|site|page|lien|appel|numero"
    r"|conseill\w*|agent|banquier|courrier|virement|cheque|caf|urssaf|ameli|cpam|impots|ants)\b"
    r"|cliquez ici|clique(?:z|r)? sur (?:le|un|ce) lien"
    r"|se (?:presentait|presentant|disait|faisait passer) (?:comme|pour)"
    r"|se faisant passer pour|qui ressemblai(?:t|ent) (?:a|au|aux)|pas officiel|non officiel|arnaque\w*|escroc\w*"
    r"|hameconnage|phishing|page facebook|j'ai clique)"
)
_LOSS = re.compile(
    r"\b(?:debits?|debite|virement|j'ai (?:paye|verse|transfere|tape|donne mon rib|donne ma carte|donne mon numero)"
    r"|coupons?|credit a mon nom|(?:pret|credit) que je n'ai jamais"
    r"|j'ai (?:rentre|saisi|entre|communique|donne) (?:ma carte|mon rib|mes coordonnees bancaires|mon code)"
    # Thirty-third pass (cw-002): the card's details typed into a fake page, the account emptied.
    r"|j'ai (?:mis|rentre|saisi|entre|tape|donne) mes (?:infos|informations|coordonnees|numeros) (?:de (?:ma )?carte"
    r"|bancaires)|(?:ils|elles|on) (?:m'ont|m'a|ont|a) (?:tout )?(?:pris|vide|siphonne)\b"
    r"|(?:paiements?|achats?|prelevements?|retraits?)\b[^.!?\n]{0,25} que je n'ai (?:pas|jamais)"
    r" (?:faits?|autorises?))"
)
# Thirty-third pass (engineer-cy): `scam_loss` is read in distress too.
SCAM_LOSS_IN_DISTRESS = True
_REFUND_ASK = re.compile(r"\b(?:rembours\w*|annuler|recuperer|rendre)\b")


_MY_ACCOUNT = re.compile(r"\b(?:mon|notre|son) (?:compte|espace)\b")


# Thirty-third pass (cw-002, "compte vidé après faux site ameli … mon compte est à découvert"): the office's account
# named as a fake ("faux site ameli") is no own account, even beside the writer's bank account.
_FAKE_BEFORE = re.compile(r"\b(?:faux|fausse|fake|soi-disant|pretendu)\b")


def fraud_on_own_account(profiles: set[str], text: str) -> bool:
    """The fraud hit the writer's own account at the office ("le RIB de mon compte Caf"), not a fake of it."""
    return bool(_MY_ACCOUNT.search(fold(text))) and names_own_account(profiles, text, _FAKE_BEFORE)


def scam_loss(title: str, body: str) -> bool:
    """The writer lost money to a fraud (a fake message, site or caller) and asks the office to refund or cancel."""
    text = fold(f"{title}\n{body}")
    return bool(_FAKE.search(text) and _LOSS.search(text) and _REFUND_ASK.search(text))


# The office asked to vouch for the writer to a private party (nineteenth pass, batches aw and ba): confirm to a
# delivery platform or a payment service that a residence permit is valid or an income declared ("la préfecture peut
# leur envoyer une confirmation que mon titre est valable ?", "vous pouvez leur confirmer que c'est légal pour qu'ils
# débloquent ?"), stand guarantor for a loan or a lease, call a banker "pour lui confirmer que je suis solvable",
# guarantee a car to its buyer, write to a bank "pour appuyer ma demande". The office's own words are there (the
# titre de séjour, the URSSAF declaration), so the competence map vetoes the model, and the model read "confirmer
# que…" as an injection's demand. What is asked is a private party's decision: the office issues its own documents
# to the writer, it does not vouch to a third party. A relative named just before ("ma mère… pouvez-vous lui
# confirmer…") is not a private party: the rule stays silent there. On train + validation of corpora/triage with aw
# and ba: 15 messages, all out of scope; none of the 5,561 texts of corpora/retrieval, drafting and privacy.
VOUCH_RULE = True
VOUCH: dict[str, str] = {
    "topic": "garantie_a_un_tiers",
    "body": "la banque, la plateforme ou le particulier qui demande la garantie : l'administration ne se porte pas "
    "garante et ne certifie rien à un tiers privé",
    "service": "l'administration délivre ses propres attestations au demandeur (dans son espace en ligne), qui les "
    "transmet lui-même ; pour un garant de loyer, la garantie Visale (visale.fr)",
}
_VOUCH_TO_THEM = re.compile(
    r"\b(?:pouvez-vous|vous pouvez|pourriez-vous|vous pourriez|peut-elle|peut-il|peut|pourrait|pour)"
    r"(?: (?:appeler|contacter|joindre|telephoner a) [\w']+(?: [\w']+){0,2} pour)?"
    r" (?:leur|lui) (?:confirmer|certifier|garantir|attester)\b"
    r"|\b(?:leur|lui) (?:envoyer|ecrire|transmettre|adresser|faire) (?:directement )?(?:une|la|cette|un|ce)"
    r" (?:confirmation|garantie|certificat|attestation)"
    r"|\b(?:leur|lui) ecrire pour appuyer\b"
    r"|\bappuyer ma demande (?:de [\w']+ )?aupres de (?:la |ma |mon |leur |l')(?:banque|banquier|bailleur"
    r"|proprietaire|agence)"
    r"|\b(?:leur|lui) (?:garantisse|certifie|atteste|confirme) par ecrit\b"
)
# Standing guarantor: the office is the subject ("l'URSSAF peut se porter garante", "que la CAF se porte garante"),
# not a parent the bank asks for ("la banque veut que ma mère se porte garante").
_GUARANTOR = re.compile(r"\bse port(?:er|e) garante?s?\b")
_GUARANTOR_SUBJECT = re.compile(
    r"\b(?:vous|caf|msa|urssaf|france travail|cpam|mdph|prefecture|mairie|ants|impots|finances publiques"
    r"|assurance (?:maladie|retraite)|carsat|caisse)\b(?:[- ](?:elle|il))?(?: [\w'-]+){0,6} $"
)
_KIN = re.compile(
    r"\b(?:ma|mon|mes|notre|nos) (?:mere|pere|parents?|fils|fille|enfants?|mari|femme|epouse|epoux|frere|soeur"
    r"|grand-mere|grand-pere|grands-parents|oncle|tante|belle-mere|beau-pere|compagnon|compagne|conjointe?|tuteur"
    r"|tutrice|curateur|curatrice)\b"
)


def vouches_to_private_party(title: str, body: str) -> bool:
    """The writer asks the office to confirm, certify or guarantee something to a third party (not to a relative)."""
    text = fold(f"{title}\n{body}")
    for match in _VOUCH_TO_THEM.finditer(text):
        if not _KIN.search(text[max(0, match.start() - 120) : match.start()]):
            return True
    return any(_GUARANTOR_SUBJECT.search(text[max(0, m.start() - 60) : m.start()]) for m in _GUARANTOR.finditer(text))


def _private_ask(text: str) -> dict[str, str] | None:
    """The redirect of the first private matter the message asks of the office, in order, each behind its switch."""
    asks = (
        (triage_third_party.PRIVATE_ADVICE_RULE, asks_private_advice, PRIVATE_ADVICE),
        (triage_favours.FAVOUR_RULE, asks_staff_favour, STAFF_FAVOUR),
        (triage_favours.THANKS_RULE, passes_on_thanks, THANKS_TO_PASS),
        (triage_personal.PERSONAL_RULE, asks_agent_personal, AGENT_PERSONAL),
        (triage_prices.PRICE_RULE, asks_private_price, PRIVATE_PRICE),
    )
    return next((redirect for on, asks_it, redirect in asks if on and asks_it(text)), None)
