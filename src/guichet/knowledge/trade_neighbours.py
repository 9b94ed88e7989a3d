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
# Up / down: the gold fiche's best rank in the first 30, off -> on.
# On: validation ret-v11-012 2 -> 1, ret-v9-019 2 -> 1; train r47-026 2 -> 1, r89-025 3 -> 1; none down.
READ_WHEN_TURNOVER = True
# On: validation v104-039 2 -> 1; train nothing moves; none down.
READ_CEILING_PASSED = True
# Off: validation r73-023 2 -> 1 but ret-v10-008 1 -> 2 (F23264, where to register, asked beside a job); train 3 up,
# 2 down (v104-038 1 -> 2, ret-v44-026 3 -> 4). No validation gain.
READ_BECOMING = False
# Off: no message of train or validation moves (F11093 is first wherever an extension is asked).
READ_PAID_EXTENSION = False
# On: validation ret-v17-080 2 -> 1; train 9 up (r106-019, r106-020, r109-037, r84-001, r84-031, r95-024, v103-16,
# v107-025, v67-031, each to 1); none down.
READ_SENT_TO_MAKER = True
# Off: no message moves (r84-045, validation, has F10485 9th: out of `REACH`).
READ_ONLINE_WITHDRAWAL = False
# Off: train r1-026, r109-002, r47-025 2 -> 1, none down, but no validation message moves.
READ_REGISTERING = False
# Off: train r59-005 5 -> 1, v104-032 3 -> 1, none down; no validation message asks it.
READ_CFE_AT_HOME = False
# Off: train r59-032 5 -> 1, none down; no validation message asks it.
READ_CFE_FIRST_YEAR = False
# Off: train 3 up (r109-018 4 -> 1, r59-050 3 -> 1, ret-v14-048 6 -> 1), 2 down (r59-045 2 -> 3, r89-011 1 -> 2: a
# shop's or a company's closing, F23744); no validation message asks it.
READ_MICRO_CLOSING = False

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
# The seller's duty asked or denied: « c'est à eux de le réparer ? », « pas leur problème », « la garantie est finie »
_SELLER_DUTY = (
    r"(le vendeur|le magasin|eux|ils) (doit|doivent|est oblige|sont obliges)|c.est (a eux|au vendeur|au magasin)"
    r"|garantie (est |etait )?(finie|terminee|expiree|depassee)|garantie (legale|de (2|deux) ans)"
    r"|pas (leur|son|notre) probleme|(ne sont|sont) (plus |pas )+concernes|au (vendeur|magasin) de"
)
# An extension itself asked about: whether to buy it, what it is for
_EXTENSION_ASKED = (
    r"(acheter|prendre|souscrire|vaut.il|vaut le coup|sert a quoi|obligatoire|utile|difference)"
    r" .{0,60}(extension|garantie (payante|supplementaire|etendue|prolongee))"
    r"|(extension|garantie (payante|supplementaire|etendue|prolongee)) .{0,80}(obligatoire|utile|sert|vaut|difference"
    r"|couvr\w*|ne couvre)"
)
_PRODUCT_BROKEN = (
    r"en panne|tombee? en panne|ne (s.allume|marche|fonctionne|tourne|essore|chauffe|charge|demarre)\w* plus"
    r"|(casse|hs|defectu\w*|fuit|fuite|fuir|abime\w*)"
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
# Where and how a micro-entreprise is registered
_REGISTER = (
    r"ou (est.ce qu.)?(on|je|il faut) (s.|m.|l.)?(inscri\w*|declar\w*|immatricul\w*)|c.est ou|\bc ou\b"
    r"|(m.|s.|me |se )inscri\w*|(m.|s.|me |se )immatricul\w*|(quel|ou le) formulaire|guichet unique"
    r"|(declarer|enregistrer) (mon|ma|l.) ?(activite|entreprise|micro)|formalites? (de creation|d.inscription)"
)
# The business tax (not the centre de formalités, also « CFE »)
_CFE_TAX = (
    r"cotisation fonciere|(avis|payer|paye\w*|montant|redevable|exonere\w*|exoneration|facture|taxe) (\w+ ){0,3}(de )?"
    r"(la )?cfe\b|\bcfe (de|a) \d|\bcfe\b (\w+ ){0,3}(payer|a payer|\d+ ?(euros|e|€))"
)
_AT_HOME = (
    r"chez moi|a (mon )?domicile|depuis (mon|ma) (salon|domicile|maison|appartement|cuisine|chambre)"
    r"|(pas|aucun|ni|sans) (de )?(local|bureau|boutique|atelier)|sur la route|chez (mes|les) clients"
    r"|adresse personnelle|(ma|mon) (maison|appartement)"
)
_FIRST_YEAR = (
    r"premiere annee|annee de (creation|mon installation)|(je |j.)?(viens|venais) de (creer|m.installer|commencer"
    r"|demarrer|me lancer)|debut d.activite|(cree|ouvert|lance|demarre|commence)\w* (mon|ma|l.) ?(activite|entreprise"
    r"|micro|auto|boutique|commerce) (\w+ ){0,2}(en|le|depuis|il y a) |(j.ai |nous avons )?(cree|ouvert|lance)\w* "
    r"(mon|ma|l.) ?(activite|entreprise|micro|auto)"
)
_CLOSE = r"ferm\w*|arret\w*|cess\w*|radi\w*|stopp\w*|mettre fin|la fin de|fin (a|de) (mon|ma)|liquid\w*|dissoudre"
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
        unless=_TO_MAKER + r"|garantie (legale|de (2|deux) ans)",
    ),
    Reading(
        "READ_SENT_TO_MAKER",
        "F11094",
        ("F11093", "F18954"),
        _around(_PRODUCT_BROKEN, _TO_MAKER + "|" + _SELLER_DUTY, 300),
        unless=_EXTENSION_ASKED,
    ),
    Reading(
        "READ_ONLINE_WITHDRAWAL",
        "F10485",
        ("F10486", "F10037", "F10467", "F24042"),
        _around(_DISTANCE, _WITHDRAW, 200),
        also=_PURCHASE,
        unless=_NEVER_DELIVERED + r"|\bcredit|\bpret\b|financement",
    ),
    Reading(
        "READ_REGISTERING",
        "F23264",
        ("F23961", "F23668"),
        _around(_REGISTER, _MICRO, 200),
    ),
    Reading(
        "READ_CFE_AT_HOME",
        "F32389",
        ("F23547", "F31913", "F23999", "F24023"),
        _around(_CFE_TAX, _AT_HOME, 300),
    ),
    Reading(
        "READ_CFE_FIRST_YEAR",
        "F23999",
        ("F23547", "F31913", "F24023"),
        _around(_CFE_TAX, _FIRST_YEAR, 300),
        unless=_AT_HOME,
    ),
    Reading(
        "READ_MICRO_CLOSING",
        "F20678",
        ("F23744", "F23264", "F23999", "F23369", "F32353", "F23266", "F23257", "F23961"),
        _around(_CLOSE, r"(auto|micro).?(entreprise|entrepreneur)\w*|\bmicro\b", 80),
        unless=r"en (pause|sommeil)|temporaire\w*|provisoire\w*|sans (la )?fermer",
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
