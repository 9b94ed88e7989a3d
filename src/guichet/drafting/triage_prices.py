"""A private firm's prices asked of a public office (twenty-second pass of issue 12).

"Quels sont les tarifs de la salle de réception du domaine … pour un mariage ?", "combien prend un serrurier pour
ouvrir une porte ?", "le devis du couvreur est-il correct ?": the price of a private trade or venue is the firm's
to give (or a comparison site's, or a consumer association's); no administration knows it. The unseen batches
keep such messages among their out-of-scope misses, the model scoring them low because their words are a
citizen's ordinary ones and no dispute is told.

`asks_private_price` reads folded text: a price asked (`_PRICE`) of a private trade or venue named close by
(`_TRADE`), and no word of a public procedure in the whole message (`triage_cues`' `public_procedure` family: a
mairie's own hall, the legal aid that pays a lawyer, a tax credit for a plumber's work stay in scope). A funeral's
cost is left out: a commune pays for the funeral of a person without means (ret-v11-050, a daughter with an
undertaker's estimate).

Pure functions on folded strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import cue_counts

# Switch (measured on and off in the twenty-second pass).
PRICE_RULE = True

PRIVATE_PRICE: dict[str, str] = {
    "topic": "prix_d_un_prestataire_prive",
    "body": "le professionnel lui-même (un devis est gratuit sur demande) : aucune administration ne connaît ni ne "
    "fixe les prix d'une entreprise privée",
    "service": "pour comparer ou contester un devis, une association de consommateurs ou SignalConso "
    "(signal.conso.gouv.fr)",
}

_PRICE = (
    r"(?:tarifs?|prix|devis|combien (?:coute|coutent|ca coute|cela coute|facture|facturent|prend|prennent|demande"
    r"|demandent|faut-il compter|il faut compter)|cout(?:e)? (?:d'un|d'une|de la|du|des))"
)
_TRADE = (
    r"(?:domaine|chateau|salle de reception|salle de mariage|traiteur|restaurant|hotel|gite|camping|photographe"
    r"|fleuriste|coiffeur|coiffeuse|plombier|electricien|serrurier|garagiste|carrossier|menuisier|couvreur"
    r"|chauffagiste|macon|demenageur|auto-ecole|salle de sport|club de sport|paysagiste|elagueur|ramoneur"
    r"|osteopathe|taxi|vtc|location de (?:voiture|camion|salle))s?"
)
_PRIVATE_PRICE = re.compile(rf"\b{_PRICE}\b[^.?!\n]{{0,60}}?\b{_TRADE}\b|\b{_TRADE}\b[^.?!\n]{{0,60}}?\b{_PRICE}\b")


# Twenty-fourth pass (bl-110, "je suis plombier depuis 3 ans et je m'en sors pas avec la compta et les devis", a
# training asked of the chambre de métiers): the trade is the writer's own, said of oneself, and its quotes are the
# writer's; no private firm's price is asked.
_OWN_TRADE = re.compile(
    rf"\b(?:je suis|suis|en tant que|artisan|artisane|installee? comme|mon metier de|mon activite de|ma societe de"
    rf"|mon entreprise de) (?:\w+ )?{_TRADE}\b"
)


def asks_private_price(text: str) -> bool:
    """`text` (folded) asks the price of a private trade or venue, and names no public procedure; a trade the writer
    says is their own is not read as one."""
    return bool(_PRIVATE_PRICE.search(_OWN_TRADE.sub(" ", text))) and not cue_counts(text)["public_procedure"]
