"""Neighbouring fiches of the self-employed and of the consumer told apart by what the writer asks (fifty-eighth pass,
engineer-r109, issue 14).

The micro-entrepreneur's fiches and the consumer's guarantees come in families whose titles and texts share most of
their words: « Devenir micro-entrepreneur », « Déclaration de micro-entrepreneur », « Micro-entrepreneur : quand
déclarer son chiffre d'affaires ? », « Dépassement du chiffre d'affaire d'un micro-entrepreneur », « Imposition du
micro-entrepreneur »; « garantie commerciale » (F11093) and « garantie légale de conformité » (F11094); the
withdrawal from a distance purchase (F10485) and its neighbours on delivery and payment. The re-ranking puts first
whichever the message's words happen to favour. What tells them apart is the question: *when* the turnover is
declared, *whether* a ceiling passed costs the status, *whether* one may become one (beside a job), a *paid*
extension of guarantee or a seller who sends a broken product *to the maker*, an order placed *online* that the
writer wants to cancel or send back. Each reading below is one such question read in the message (subject, asks and
story, folded) with the machinery of `guichet.knowledge.neighbour_fiches` (`Reading`, `move_ahead`): when it holds,
its fiche goes just ahead of the first of its neighbours placed above it, within `REACH` places. Scores stay where
they were; a reading never brings in a fiche the search did not find.

- `READ_WHEN_TURNOVER` → F23257 « Micro-entrepreneur : quand déclarer son chiffre d'affaires ? », ahead of F23264
  (the registration), F23266 (the books), F23267 (the taxes), F32353 (the ceiling passed), F20678 (the closing): a
  turnover's declaration and its rhythm asked (« tous les mois ou tous les trois mois », « quand dois-je déclarer »,
  « ma première déclaration », « rien encaissé, je déclare quand même ? »).
- `READ_CEILING_PASSED` → F32353 « Dépassement du chiffre d'affaire d'un micro-entrepreneur : quels effets ? », ahead
  of F23267, F23264, F23961, F23257: the ceiling (« plafond », « seuil », « limite ») passed or about to be, by a
  micro-entrepreneur. Not the VAT franchise's threshold (F21746 answers it).
- `READ_BECOMING` → F23961 « Devenir micro-entrepreneur (auto-entrepreneur) », ahead of F23264 (the declaration) and
  F23668 (the insurance): becoming one asked (« me mettre à mon compte », « devenir auto-entrepreneur », « est-ce
  que je peux être auto-entrepreneur et salarié », « à côté de mon CDI »). Not where to register (« où
  s'inscrire »: F23264).
- `READ_PAID_EXTENSION` → F11093 « Achat d'un produit : garantie commerciale », ahead of F11094 and F18954: a
  guarantee sold or added by the seller or the maker (« extension de garantie », « garantie payante »,
  « garantie supplémentaire »).
- `READ_SENT_TO_MAKER` → F11094 « Achat d'un produit : garantie légale de conformité », ahead of F11093 and F18954:
  a product broken or not as ordered, and the seller who sends the buyer to the maker or refuses (« le magasin me
  renvoie vers le fabricant », « voir avec la marque », « garantie constructeur »). Not a paid extension asked.
- `READ_ONLINE_WITHDRAWAL` → F10485 « Vente à distance : droit de rétractation du consommateur », ahead of F10486
  (payment), F10037 (delivery), F10467 (the information owed) and F24042 (the periods in general): an order placed
  online, by phone or by mail that the writer wants to cancel, send back or be refunded for. Not a parcel never
  delivered (F10037 answers it).

Each reading is written for a way of asking, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-eighth pass, r109).
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import fold
from guichet.knowledge.neighbour_fiches import Reading, move_ahead
from guichet.knowledge.query import Query

# Figures: train + validation of corpora/retrieval, each switch alone with the others as shipped
# (`benchmarks/retrieval_neighbour_switch.py --module trade_neighbours`; docs/benchmarks.md, fifty-eighth pass, r109).
READ_WHEN_TURNOVER = True
READ_CEILING_PASSED = True
READ_BECOMING = True
READ_PAID_EXTENSION = True
READ_SENT_TO_MAKER = True
READ_ONLINE_WITHDRAWAL = True

# How far below its neighbour a fiche may stand and still be moved ahead of it (as `neighbour_fiches.REACH`).
REACH = 5

# The micro-entrepreneur, by any of its names, or the writer's own account
_MICRO = (
    r"micro.?entrepr\w*|auto.?entrepr\w*|micro.?entreprise|\bmicro\b|\bae\b|a (mon|son) compte|independante?s?"
    r"|freelance|\bsiret\b"
)
# The turnover: its names and the writer's words for it
_TURNOVER = (
    r"chiffre d.affaires?|\bca\b|ce que (j.ai|je) (gagne|encaisse|facture)|mes (recettes|revenus|encaissements)"
    r"|rien (encaisse|gagne|facture)|(0|zero|aucun) (client|euros?|ca)\b|declar\w*"
)
_WHEN = (
    r"tous les (mois|trimestres|(3|trois) mois)|chaque (mois|trimestre)|mensuel\w*|trimestriel\w*|quand (dois.je |je "
    r"dois |faut.il |on doit |est.ce qu.on )?(le |la |les )?declar\w*|(premiere|prochaine) declaration"
    r"|(dois|faut)( \w+){0,3} (quand meme|meme si)|declar\w* (quand meme|meme si|zero|0)|oubli\w* (de )?(declarer"
    r"|ma declaration)|date (limite )?de declaration|a quelle (date|frequence|periode)"
)
_CEILING = (
    r"depass\w* (\w+ ){0,3}(plafond|seuil|limite)s?|(plafond|seuil|limite)s? (\w+ ){0,3}depass\w*"
    r"|(plus|au.dessus) (que|du|de) (le |la )?(plafond|seuil|limite)|(gagner|facturer|encaisser) plus (que|de)"
    r"|trop (de|gros) (chiffre|ca)\b"
)
_VAT = r"\btva\b|franchise|293 ?b"
# Becoming one: the status named after the verb, the writer's own account, or the status beside a job
_BECOME = (
    r"(me|se) mettre a (mon|son) compte|me mettais a mon compte|(devenir|etre|passer|me lancer( en| comme)?|creer"
    r"|ouvrir|lancer|monter) (mon |ma |une |un |en |comme )?(auto.?entrepr\w*|micro.?entrepr\w*|freelance)"
)
_SIDE_JOB = (
    r"(cumuler|en meme temps|a cote de|en plus de) (\w+ ){0,4}(cdi|cdd|salari\w*|emploi|travail|boulot|job)"
    r"|(salari\w*|employee?) (\w+ ){0,6}(et|en meme temps)|a cote|en parallele|le soir"
)
_WHERE_REGISTER = (
    r"ou (est.ce qu.)?(on|je|il faut) (s.|m.)?inscri\w*|c.est ou|c ou|immatricul\w*|(quel|ou le) formulaire"
)
_EXTENSION = (
    r"extension de garantie|garantie (payante|supplementaire|etendue|prolongee|optionnelle|en plus)"
    r"|(garantie|assurance) (\w+ ){0,2}(a|de|pour) \d+ ?(euros|e|€)|contrat de garantie|sav payant"
)
_PRODUCT_BROKEN = (
    r"en panne|tombee? en panne|ne (s.allume|marche|fonctionne)\w* plus|(casse|hs|defectu\w*|fuit|fuite|abime\w*)"
    r"|non conforme|pas conforme|pas (celui|celle|ce) que (j.ai|nous avons) command\w*"
)
_TO_MAKER = (
    r"(renvoi\w*|envoie\w*|redirige\w*|dit (de|d.)) (\w+ ){0,3}(vers |voir |contacter |appeler |aupres )?(le |la )?"
    r"(fabricant|constructeur|marque|sav de la marque)|garantie (du )?(constructeur|fabricant)"
    r"|(voir|contacter|appeler) (avec )?(le |la )?(fabricant|constructeur|marque)"
    r"|(refuse|refusent|ne veut pas|ne veulent pas) (\w+ ){0,3}(reprendre|rembourser|remplacer|reparer|echanger)"
)
_DISTANCE = (
    r"(sur|par) (internet|le net|le web|telephone|correspondance|catalogue)|en ligne|sur (un|le|ce|leur) site"
    r"|commande\w* (\w+ ){0,3}(sur|en ligne|par)|site (internet|marchand|web)|\bweb\b"
)
_WITHDRAW = (
    r"annul\w*|renvo\w*|retourn\w*|rembours\w*|retract\w*|changer d.avis|ne me (va|plait|convient) pas"
    r"|14 jours|quatorze jours"
)
_PURCHASE = r"command\w*|achet\w*|achat|article|produit|colis|vetement|robe|pull|chaussures|appareil|\bsite\b"
_NEVER_DELIVERED = r"jamais (arrive|recu|livre)|pas (ete )?(livre|recu)|colis (perdu|vole)|livraison"


def _around(first: str, second: str, reach: int) -> str:
    return rf"(?:{first}).{{0,{reach}}}?(?:{second})|(?:{second}).{{0,{reach}}}?(?:{first})"


READINGS: tuple[Reading, ...] = (
    Reading(
        "READ_WHEN_TURNOVER",
        "F23257",
        ("F23264", "F23266", "F23267", "F32353", "F20678"),
        _around(_TURNOVER, _WHEN, 200),
        also=_MICRO,
    ),
    Reading(
        "READ_CEILING_PASSED",
        "F32353",
        ("F23267", "F23264", "F23961", "F23257"),
        _CEILING,
        also=_MICRO,
        unless=_VAT,
    ),
    Reading(
        "READ_BECOMING",
        "F23961",
        ("F23264", "F23668"),
        _BECOME + "|" + _around(_SIDE_JOB, _MICRO, 200),
        unless=_WHERE_REGISTER,
    ),
    Reading(
        "READ_PAID_EXTENSION",
        "F11093",
        ("F11094", "F18954"),
        _EXTENSION,
    ),
    Reading(
        "READ_SENT_TO_MAKER",
        "F11094",
        ("F11093", "F18954"),
        _around(_PRODUCT_BROKEN, _TO_MAKER, 300),
        unless=_EXTENSION,
    ),
    Reading(
        "READ_ONLINE_WITHDRAWAL",
        "F10485",
        ("F10486", "F10037", "F10467", "F24042"),
        _around(_DISTANCE, _WITHDRAW, 200),
        also=_PURCHASE,
        unless=_NEVER_DELIVERED + r"|\bcredit|\bpret\b|financement",
    ),
)


def _compiled(part: str) -> re.Pattern[str] | None:
    return re.compile(rf"(?s:{part})") if part else None


_COMPILED: tuple[tuple[Reading, re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None], ...] = tuple(
    (reading, re.compile(rf"(?s:{reading.pattern})"), _compiled(reading.unless), _compiled(reading.also))
    for reading in READINGS
)
# each switch's reading, by the switch's name
SWITCHES: dict[str, Reading] = {reading.switch: reading for reading in READINGS}


def asked_in(text: str) -> list[Reading]:
    """The readings switched on whose question the folded `text` asks (and whose `unless` it does not tell)."""
    return [
        reading
        for reading, pattern, unless, also in _COMPILED
        if globals()[reading.switch]
        and pattern.search(text)
        and not (unless and unless.search(text))
        and (also is None or also.search(text))
    ]


def asked_for(query: Query) -> list[Reading]:
    """`asked_in` over the message's subject, asks and story."""
    return asked_in(fold(" ".join([query.subject, *query.asks, *query.context])))


def tell_apart(query: Query, fiches: list[dict], ranked: list) -> list:
    """`ranked` (the re-ranking's (position, score, reasons), best first) with each fiche a reading asks for moved
    just ahead of the first of its neighbours above it (`neighbour_fiches.move_ahead`)."""
    return move_ahead(asked_for(query), fiches, ranked, REACH)
