"""A consumer's dispute told in their own words (forty-eighth pass, engineer-r84, issue 14).

Four readings, each behind its own switch, each adding the words of the fiche that answers (a paraphrase appended to
the lexical query by `guichet.knowledge.register`, never a pointer):

- `READ_DOORSTEP`: someone came to the writer's or a relative's home and got something signed, sold or paid («un
  monsieur est passé chez ma mère et lui a fait signer un bon de commande», «des hommes sont venus lui dire que sa
  toiture était dangereuse … trois chèques», «un monsieur est venu sonner pour me vendre une alarme»). The register's
  older entry reads «vendeur venu», «passé chez moi … signer»; a visitor named by a noun and a relative's home
  («chez ma mère») escaped it, and the fiches on cheques or on the electricity supplier came first. Source: F23224
  « Démarchage à domicile (vente hors établissement) » (« délai de rétractation de 14 jours »).
- `READ_BANK_FEES`: the charges of a rejected payment («8 euros à chaque prélèvement refusé», «150 euros de
  commissions d'intervention»). The fiches on overdrafts or on bank tariffs came first. Source: F18777 « Incidents de
  paiement » (« Les dépassements de découvert et les rejets de chèques, de virements, de prélèvements constituent des
  incidents de paiement sanctionnés par la banque »).
- `READ_QUOTE_EXCEEDED`: a bill above the quote, or no quote at all («40 % de plus que ce qu'il avait écrit sur son
  devis», «aucun devis ne m'a été remis avant»). Nothing of the fiches' words came but "devis"; the fiches on
  complaints and fraud came first. Sources: F34345 « Devis » and F24046 « Travaux et dépannage à domicile ».
- `READ_SELLER_LIABLE`: the seller who sends the buyer to the maker, or refuses to take back or repair a product that
  broke («le magasin me dit de voir avec le fabricant», «le magasin refuse de reprendre mon aspirateur»). The fiche
  on the commercial (maker's) guarantee, F11093, came before the legal one. Source: F11094 « Achat d'un produit :
  garantie légale de conformité » (« Si votre litige persiste avec le vendeur … »; the seller answers for it).

Measured (`benchmarks/retrieval_consumer_switch.py`, train + validation, shipped weights, k = 30): fees validation
r84-032 7 -> 1, train 2 up, none down (on); quote validation v86-003 - -> 10, train r84-022 - -> 2 (on); seller
validation ret-r9-045 6 -> 2, train 3 up (on), its pointer ret-v17-080 3 -> 2, r84-044 2 -> 1 (on); the door train
5 up, no validation message moved (off). Nothing down. Figures in `docs/benchmarks.md` (forty-eighth pass, r84).
"""

from __future__ import annotations

import re

from guichet.knowledge.terms import Term, around

# Off: a visitor at the writer's or a relative's home who got something signed, sold or paid adds F23224's words.
# Train + validation: 18 messages matched, train golds up 5 / down 0 (r84-003 12 -> 1, v86-049 18 -> 2), but the one
# validation message it reads stays where it was: no validation gain, so it ships off (the brief's rule).
READ_DOORSTEP = False
# On: the charges of a rejected payment add F18777's words.
READ_BANK_FEES = True
# On: a bill above the quote, or no quote given, adds the words of F34345 and F24046.
READ_QUOTE_EXCEEDED = True
# On: a seller sending a broken product to its maker, or refusing it, adds F11094's words.
READ_SELLER_LIABLE = True
# On: the same reading is also a vocabulary entry pointing to F11094 (`CONSUMER_TERMS`), so that the legal guarantee
# outranks the commercial one (F11093), which the words alone leave first.
READ_SELLER_POINTER = True

# A stranger named by a noun (not "mon fils", "mon ex"): the one who comes to sell
_VISITOR = (
    r"\b(un|une|des|deux|trois|deux|le|la|les|ce|cet|cette|ces) (\w+ ){0,2}(monsieur|messieurs|dame|dames|hommes?"
    r"|femmes?|commercia\w+|vendeu\w+|demarcheu\w+|techniciens?|representants?|agents?|artisans?|couvreurs?"
    r"|types?|gars|personnes?|jeunes?)\b"
)
_CAME = (
    r"(est|sont|etait|etaient|s.est|se sont) (\w+ ){0,3}(venue?s?|passee?s?|presentee?s?|revenue?s?)"
    r"|(a|ont) (\w+ ){0,2}(sonne|frappe)"
)
_DEAL = (
    r"sign\w*|bons? de commande|contrats?|cheques?|vend\w*|acomptes?|devis|travaux|tablette|pay\w*|paie\w*"
    r"|euros|€"
)
DOORSTEP_PATTERN = r"(?s:" + _VISITOR + r"( [^.?!]{0,40}?)? (" + _CAME + r")\b.{0,300}?\b(" + _DEAL + r")(?!\w))"
DOORSTEP_EXPANSION = "démarchage à domicile vente hors établissement délai de rétractation"
DOORSTEP_SOURCE = "F23224 « Démarchage à domicile (vente hors établissement) » : « délai de rétractation de 14 jours »"

_REJECTED = (
    r"(prelevements?|cheques?|virements?|paiements?) (\w+ ){0,2}(refuses?|rejetes?|impayes?|revenus? impayes?)"
    r"|rejets? (de|d.) (prelevements?|cheques?|virements?)|commissions? d.intervention"
    r"|frais (de|d.) (rejet|incidents?)"
)
BANK_FEES_PATTERN = around(r"\b(banques?|comptes?)\b", _REJECTED, reach=250)
# A complaint to the bank left unanswered, or help asked against it: the recourse (F20523 « Médiateur bancaire :
# comment y recourir ? ») is what is asked and the fees are the story (ret-v9-077, 2 -> 3 without this gate)
_BANK_RECOURSE = re.compile(
    r"\b(aucune reponse|sans reponse|(ne|n.) (me )?repond\w* (pas|plus|jamais)|mediat\w*|face a (ma|la|cette) banque"
    r"|contre (ma|la|cette) banque|recours)\b"
)
BANK_FEES_EXPANSION = "incidents de paiement frais bancaires rejet de prélèvement commission d'intervention"
BANK_FEES_SOURCE = (
    "F18777 « Incidents de paiement » : « les rejets de chèques, de virements, de prélèvements constituent des "
    "incidents de paiement sanctionnés par la banque »"
)

QUOTE_EXCEEDED_PATTERN = (
    r"(?s:\b(aucun|pas de|sans|jamais (eu|recu|signe)( de| un)?) devis\b"
    r"|\b(plus|depasse\w*|au.dela|superieure?|double|triple)\b.{0,60}?\b(du |le |au |un |son |mon |leur )?devis\b"
    r"|\bdevis\b.{0,60}?\b(depasse\w*|double|triple|explose)\b)"
)
QUOTE_EXCEEDED_EXPANSION = "devis travaux et dépannage à domicile prix annoncé facture"
QUOTE_EXCEEDED_SOURCE = "F34345 « Devis » ; F24046 « Travaux et dépannage à domicile »"

_SELLER = r"magasins?|vendeu\w+|enseignes?|boutiques?|revendeurs?"
_SENT_TO_MAKER = (
    r"(voir|s.adresser|m.adresser|contacter|envoyer|renvoyer|ecrire|appeler) (\w+ ){0,3}(au |le |la |a la |avec le "
    r"|avec la )?(fabricant|constructeur|marque)"
    r"|refus\w* de (le |la |les |me le |me la )?(reprendre|reparer|changer|echanger|remplacer|rembourser)"
)
SELLER_LIABLE_PATTERN = r"(?s:\b(" + _SELLER + r")\b.{0,120}?\b(" + _SENT_TO_MAKER + r")\b)"
SELLER_LIABLE_EXPANSION = "garantie légale de conformité le vendeur répare ou remplace le produit"
SELLER_LIABLE_SOURCE = (
    "F11094 « Achat d'un produit : garantie légale de conformité » : « Si votre litige persiste avec le vendeur »"
)

CONSUMER_TERMS: tuple[Term, ...] = (
    Term(
        SELLER_LIABLE_PATTERN,
        SELLER_LIABLE_EXPANSION,
        ("F11094",),
        SELLER_LIABLE_SOURCE,
    ),
)

RULES: tuple[tuple[str, str, str], ...] = (
    (DOORSTEP_PATTERN, DOORSTEP_EXPANSION, DOORSTEP_SOURCE),
    (BANK_FEES_PATTERN, BANK_FEES_EXPANSION, BANK_FEES_SOURCE),
    (QUOTE_EXCEEDED_PATTERN, QUOTE_EXCEEDED_EXPANSION, QUOTE_EXCEEDED_SOURCE),
    (SELLER_LIABLE_PATTERN, SELLER_LIABLE_EXPANSION, SELLER_LIABLE_SOURCE),
)


def silenced(expansion: str, folded: str) -> bool:
    """Whether `expansion` is one of this module's and its switch is off (read at call time), or the bank's fees
    told beside a recourse asked (`folded`: the message, lower case, no accents)."""
    if expansion == BANK_FEES_EXPANSION and _BANK_RECOURSE.search(folded):
        return True
    switches = {
        DOORSTEP_EXPANSION: READ_DOORSTEP,
        BANK_FEES_EXPANSION: READ_BANK_FEES,
        QUOTE_EXCEEDED_EXPANSION: READ_QUOTE_EXCEEDED,
        SELLER_LIABLE_EXPANSION: READ_SELLER_LIABLE,
    }
    return not switches.get(expansion, True)
