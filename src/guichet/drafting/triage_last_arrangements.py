"""A death planned and told as affairs put in order (fifty-third pass of issue 12, engineer-gd).

People who have decided to die often write to an office as if they were tidying up: « j'ai pris mes dispositions »,
« mon notaire a l'enveloppe », « les lettres sont écrites », « mes adieux sont faits », « je n'en aurai plus
besoin », « la ferme c'est fini, et moi avec », « je n'attendrai pas l'hiver ». Suicide-prevention guides list these
as warning signs; `triage_signs` reads a pet or jewels given away, "j'ai tout rangé", "merci pour tout", but not
these phrasings. Their calm look-alikes are the same words about a will, a funeral contract, a donation, a
succession prepared, a move or a care home: "j'ai pris mes dispositions pour mes obsèques", "le notaire a
l'enveloppe avec son testament", "j'ai écrit une lettre à mes enfants pour leur expliquer mon choix", "je n'en aurai
plus besoin, je déménage", "j'ai confié mon chat à ma nièce, l'EHPAD ne les accepte pas".

Each reading below is a warning-sign family of its own weight (never strong alone), added to `warning_signs` by a
one-line hook: two families make a distress rule (`triage_signs.signs_make_a_rule`), one lets the model's distress
stand (`triage_model_gates.SIGN_CORROBORATES`). None is read where the message gives the calm reason of a move, a
stay abroad, retirement or a care home (`calm_reason`).

Switches, read at call time (set one off in a test: `triage_last_arrangements.READ_ARRANGEMENTS = False`):

- `READ_ARRANGEMENTS`: arrangements said done with nothing named ("j'ai pris mes dispositions", "mes dispositions
  sont prises", "mon notaire a l'enveloppe", "l'enveloppe chez Maître X", "tout est classé pour celui qui
  entrera", "les bijoux sont étiquetés") — family ``arrangements_made``;
- `READ_LETTERS_LEFT`: letters left for each of one's own ("j'ai écrit les lettres pour mes enfants", "une lettre
  pour chaque personne", "les lettres sont écrites", "mes adieux sont faits") — family ``letters_left``; a letter
  that explains a choice or announces news is not one;
- `READ_NO_LONGER_NEEDED`: a service or a thing said to be needed no more, no reason given ("je n'en aurai plus
  besoin", "ce ne sera plus nécessaire", "je ne laisse pas d'adresse") — family ``no_longer_needed``;
- `READ_OWN_END`: one's own end said as a figure of the ending ("la ferme c'est fini, et moi avec", "je n'attendrai
  pas l'hiver", "ce ne sera plus très long", "là où je vais", "rejoindre mon mari, il m'attend depuis trop
  longtemps") — family ``own_end_told``;
- `CALM_REASON_GATE`: a strong sign alone (a pet entrusted, `triage_signs.STRONG_SIGNS`) makes no rule where the
  message gives a move, a stay abroad, retirement or a care home as its reason (`calm_reason`);
- `CALM_GIVING_GATE`: there, a pet entrusted or belongings given (`triage_signs` families ``giving_away`` and
  ``possessions_given``) are no warning sign at all: they neither make a rule nor let the model's distress on their
  sentence stand (« je pars vivre au Canada … j'ai donné mes meubles, le chat va chez ma mère », « j'entre en EHPAD,
  j'ai confié mon chat à ma nièce »).

Pure functions on folded text (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold

READ_ARRANGEMENTS = True
READ_LETTERS_LEFT = True
READ_NO_LONGER_NEEDED = True
READ_OWN_END = True
CALM_REASON_GATE = True
CALM_GIVING_GATE = True

_OWN = r"(?:mes|ma|mon|les miens|chacun|chacune|chaque|ceux|celles|tous|toute|tout le monde|nos|notre)"

_ARRANGEMENTS = re.compile(
    # Arrangements made, nothing named after them ("… pour mes obsèques" names a funeral contract).
    r"\b(?:j'ai|j ai|jai) (?:deja |bien |tout |enfin )?pris (?:toutes )?mes dispositions\b"
    r"(?! (?:pour|concernant|quant|en vue|au sujet|avec|aupres))"
    r"|\bmes dispositions sont prises\b(?! (?:pour|concernant|quant|en vue|au sujet|avec|aupres))"
    # An envelope left with a notary or a relative (not a will: "l'enveloppe avec son testament").
    r"|\b(?:mon|le) notaire a (?:l'enveloppe|les enveloppes|les lettres|mes lettres)\b"
    r"(?! avec (?:son|mon|le) testament)"
    r"|\benveloppe (?:est |sont )?(?:chez|pour) (?:le notaire|mon notaire|maitre|ma|mon|mes)\b"
    # Everything sorted for whoever comes in after, jewels labelled for each.
    r"|\btout est (?:classe|range|pret|prepare|en ordre)\b[^.!?\n]{0,60}\bpour (?:celui|celle|ceux|la personne) qui\b"
    r"|\b(?:bijoux|affaires|meubles|objets) sont (?:etiquetes|marques) (?:au nom|pour)\b"
)
_LETTERS = re.compile(
    r"\b(?:j'ai|j ai|jai) (?:deja |aussi |meme |enfin )?(?:ecrit|laisse|prepare|redige|fait) (?:une|des|les|mes|ma|un"
    r"|quelques) (?:petite?s? )?(?:lettres?|mots?|courriers?)(?: d'adieu)? (?:pour|a) " + _OWN + r"\b"
    r"(?![^.!?\n]{0,40}\bpour (?:leur|lui|vous) (?:expliquer|annoncer|presenter|demander|raconter|souhaiter|informer))"
    r"|\bles lettres sont (?:ecrites|pretes|dans)\b|\blettres? d'adieu\b"
    r"|\b(?:ecrit|fait) mes adieux (?:a|aux|pour) (?:chacun|tous|mes|ma|mon|ceux)|\bmes adieux sont faits\b"
    r"|\bdit au revoir a ceux qui\b"
)
_NO_LONGER_NEEDED = re.compile(
    r"\bn'(?:en )?aurai (?:plus|bientot plus) (?:besoin|l'usage)\b"
    r"|\bce ne sera (?:plus|bientot plus) (?:necessaire|la peine|utile)\b"
    r"|\b(?:quelqu'un|ceux|celui|celle) qui en a encore (?:l'usage|besoin)\b"
    r"|\bje ne laisse (?:pas|aucune) (?:d')?adresse\b"
)
_OWN_END = re.compile(
    r"\b(?:fini|finie|termine|terminee|foutu|foutue|coule)\b,? et moi avec\b"
    r"|\bje n'attendrai pas (?:l'hiver|noel|le printemps|l'ete|l'automne|le nouvel an|mon anniversaire"
    r"|\w+ prochain)\b"
    r"|\bce ne sera plus (?:tres |bien )?long\b"
    r"|\bla ou je vais\b[^.!?\n]{0,40}\b(?:pas besoin|plus besoin|pas d'adresse|personne)\b"
    r"|\b(?:rejoindre|retrouver) (?:mon mari|ma femme|mon epoux|mon epouse|mon fils|ma fille|maman|papa|ma mere"
    r"|mon pere)\b[^.!?\n]{0,60}\b(?:(?:trop |si )longtemps qu'(?:il|elle) m'attend|au ciel|la-haut)\b"
)
# The families of `triage_signs` that a calm reason explains (a move empties a home, a care home takes no pet).
_GIVING = frozenset({"giving_away", "possessions_given"})
# The calm reason of a change: a move, a stay abroad, retirement, a care home, a job, a cure.
_CALM_REASON = re.compile(
    r"\bdemenag\w*|\bje (?:pars|m'installe|vais vivre|vais habiter) (?:vivre |m'installer )?(?:a|au|aux|en|chez)\b"
    r"|\b(?:depart|partir|pars|prends ma|prendre ma|passe a la|suis a la) (?:a la )?retraite\b"
    r"|\bretraite (?:le|au|a partir)\b|\b(?:ehpad|maison de retraite|residence senior|foyer logement|usld)\b"
    r"|\bnouvelle adresse\b|\b(?:vivre|partir|pars|installer|installe) a l'etranger\b|\bnouvel emploi\b"
    r"|\btrouve (?:un|du) travail\b|\bje suis guerie?\b"
)

_FAMILIES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("READ_ARRANGEMENTS", "arrangements_made", _ARRANGEMENTS),
    ("READ_LETTERS_LEFT", "letters_left", _LETTERS),
    ("READ_NO_LONGER_NEEDED", "no_longer_needed", _NO_LONGER_NEEDED),
    ("READ_OWN_END", "own_end_told", _OWN_END),
)


def calm_reason(folded: str) -> bool:
    """The message gives a move, a stay abroad, retirement, a care home or a new job as the reason of a change."""
    return bool(_CALM_REASON.search(folded))


def arrangement_signs(text: str) -> list[str]:
    """The families of this module the text shows (any case or accents), each behind its switch; none where a calm
    reason is given."""
    folded = fold(text)
    if calm_reason(folded):
        return []
    return [kind for switch, kind, pattern in _FAMILIES if globals()[switch] and pattern.search(folded)]


def added_signs(text: str, kinds: list[str]) -> list[str]:
    """`kinds` (the families `triage_signs.warning_signs` found) with this module's families added once, and the
    giving families dropped where a calm reason is given (`CALM_GIVING_GATE`)."""
    if CALM_GIVING_GATE and _GIVING & set(kinds) and calm_reason(fold(text)):
        kinds = [kind for kind in kinds if kind not in _GIVING]
    return [*kinds, *(kind for kind in arrangement_signs(text) if kind not in kinds)]


def strong_sign_excused(text: str) -> bool:
    """A strong sign alone (a pet entrusted) told with a calm reason: a move, retirement, a care home."""
    return CALM_REASON_GATE and calm_reason(fold(text))
