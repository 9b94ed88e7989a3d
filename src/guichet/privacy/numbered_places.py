"""A home's number before a place named with its article, without a street's word (fifty-seventh pass,
engineer-p201e, issue 13).

In a village, an estate or a lotissement the address has no street: the house's number comes right before the
estate's or the hamlet's name, with its article (« 12 Les Hauts de Chambéry », « 4 Le Clos Fleuri », « 3 La Croix
Blanche »), in capitals or in lower case (« 22 les jardins d'arcadie 31200 toulouse »). The address rules read a
number only before a street's word (« rue », « allée », « résidence »…), and the place without its number only after
a home's word (« j'habite Les Tilleuls ») or alone on its line above a postcode with a capital: the address went out
whole where it was said after « j'habite au », after « mon adresse », or before a postcode in lower case, or on its
line above the postcode.

The same shape names a book, a newspaper, a post office or a list's item (« le tome 2 Les Misérables », « page 4 Les
Echos », « 3 La Poste différentes », « 1 Le montant a baissé ») and an office's address (« agence France Travail, 12
Les Portes de l'Océan, 17000 La Rochelle »): the number and the place are read only where a home is said.

Switches, read at call time (figures in docs/benchmarks.md, fifty-seventh pass, engineer-p201e):

- `READ_AFTER_HOME`: after where someone lives (« j'habite au », « nous habitons », « je vis seule au », « je suis
  au », « demeurant », « domiciliée au », « hébergée chez une amie au », « chez moi, ») or the writer's own address
  (« mon adresse : », « Nouvelle adresse : », « mon adresse est toujours », « domicile : »), up to 40 characters
  of the same sentence between them: the number, the article and the place's one to four words, with a postcode
  and its town or « à » and a town after it.
- `READ_WITHOUT_ARTICLE`: after where someone lives or the writer's own address (as `READ_AFTER_HOME`, « Notre
  domicile : »), the number and one to three capitalised words (not in capitals) without an article, only when a
  postcode and its town follow on the same line or the next (« 27 bis Beauséjour⏎97400 Saint-Denis »); never a
  month.
- `READ_BEFORE_POSTCODE`: anywhere, the number, the article and the place right before a postcode and its town,
  on the same line or on the next (« 5 Les Peupliers⏎71100 Chalon-sur-Saône »), in lower case too; not where the
  sentence names an office before it (« agence », « mairie », « MDPH », « se trouve »…).

The place's words: after a capitalised first word, capitalised words and the little words that join them (« de »,
« du », « des », « d' », « l' », « la », « aux »…); after a word in lower case, up to two more words in lower case;
never a word that begins the next clause (« et », « je », « depuis », « merci », « avec »…).
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.contact import FR_POSTCODE

READ_AFTER_HOME = True
READ_BEFORE_POSTCODE = True
READ_WITHOUT_ARTICLE = True

SCORE = 0.85  # the `ADRESSE` spans' score: above a postcode and its town found alone inside them

# Words that begin the next clause or a unit's part, never a place's word.
_STOP = (
    r"et|je|j['’]|il|elle|ils|elles|on|nous|vous|à|a|au|aux|pour|depuis|mais|donc|avec|chez|dans|sur|sous|en|"
    r"qui|que|car|ou|où|mon|ma|mes|son|sa|ses|bat|bât|bâtiment|batiment|appartement|appt|apt|étage|etage|code|"
    r"cedex|svp|merci|tel|tél|c['’]est|ce|ça|ca|est|sont|ai|suis|se|ne|n['’]|y|puis|alors|bien|tout|toujours|"
    r"ici|là|la-bas|là-bas|seul|seule|seuls|seules|près|pres|juste|face|côté|cote|bonjour|cordialement"
)
_JOIN = r"(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|l['’]|la|le|les|aux|sur|sous|lès|en)"
_CAPITAL_WORD = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
_TITLE_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’][\w'’]*(?:-[\w'’]+)*"
_LOWER_WORD = r"(?!(?:" + _STOP + r"|de|du|des|la|le|les|l['’]|d['’])(?![\w'’\-]))[a-zà-ÿ][\w'’]*(?:-[\w'’]+)*"
_MONTHS = r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
_ARTICLE = r"(?:(?:[Ll]es|[Ll][ae])[ \t]+|[Ll]['’][ \t]*)"
_PLACE = (
    r"(?<![\w/.,'’\-])(?P<number>\d{1,4}(?:[ \t]*(?:bis|ter|quater|[a-dA-D]))?),?[ \t]+"
    + _ARTICLE
    + r"(?:"
    + _CAPITAL_WORD
    + r"(?:[ \t]+(?:"
    + _JOIN
    + r"[ \t]*)?"
    + _CAPITAL_WORD
    + r"){0,3}"
    + r"|(?!(?:"
    + _STOP
    + r")(?![\w'’\-]))[a-zà-ÿ]{2}[\w'’]*(?:-[\w'’]+)*(?:[ \t]+(?:"
    + _JOIN
    + r"[ \t]*)?"
    + _LOWER_WORD
    + r"){0,2})(?![\w'’\-])"
)
_CITY_JOIN = r"(?:sur|sous|lès|les|en|de|du|la|le|(?i:cedex))(?![\w'’\-])"
_CITY = r"[^\W\d_][\w'’\-]*(?:[ \-](?:[A-ZÀ-Ý][a-zà-ÿ'’][\w'’\-]*|" + _CITY_JOIN + r"))*"
_POSTCODE_TOWN = r"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?<![\d])" + FR_POSTCODE + r"(?!\d)[ \t]+" + _CITY
_TOWN_AFTER = r"(?:" + _POSTCODE_TOWN + r"|[ \t]+à[ \t]+[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)?"

# Where someone lives, or the writer's own address, then up to 40 characters of the same sentence.
_HOME = re.compile(
    r"(?i:(?<![\w'’])(?:j['’][ \t]*habite|habite|habitons|habitent|habitais|habitait|vis|vit|vivons|vivent|"
    r"je[ \t]+loge|logeons|r[ée]side|r[ée]sidons|r[ée]sident|demeurant|demeure|demeurons|domicili[ée]e?s?|"
    r"h[ée]berg[ée]e?s?|domicile|j(?:e[ \t]+|['’][ \t]*)?suis[ \t]+au|on[ \t]+est[ \t]+au|nous[ \t]+sommes[ \t]+au|"
    r"chez[ \t]+(?:moi|nous)|(?:mon|ma|notre|nouvelle|ancienne)[ \t]+(?:nouvelle[ \t]+)?adresse|adresse[ \t]*:))"
    r"(?![\w'’])[^.!?;\n]{0,40}?(?:[ \t]*:?[ \t]*\n)?[ \t]*(?=\d)"
)
_AFTER_HOME = re.compile(_PLACE + _TOWN_AFTER)
_BEFORE_POSTCODE = re.compile(_PLACE + _POSTCODE_TOWN)
# The place's name without its article, after a home's word and before a postcode: « Notre domicile : 27 bis
# Beauséjour⏎97400 Saint-Denis ».
_BARE = re.compile(
    r"(?<![\w/.,'’\-])\d{1,4}(?:[ \t]*(?:bis|ter|quater|[a-dA-D]))?,?[ \t]+(?!"
    + _MONTHS
    + r"(?![\w'’\-]))"
    + _TITLE_WORD
    + r"(?:[ \t]+(?:"
    + _JOIN
    + r"[ \t]*)?"
    + _TITLE_WORD
    + r"){0,2}"
    + _POSTCODE_TOWN
)
# An office's sentence: the address that follows is the office's.
_OFFICE = re.compile(
    r"(?i)(?<![\w'’])(?:agence|antenne|mairie|annexe|accueil|permanence|guichet|bureau|si[èe]ge|centre|service|"
    r"caf|cpam|carsat|msa|mdph|urssaf|france[ \t]+travail|p[ôo]le[ \t]+emploi|france[ \t]+services|tr[ée]sorerie|"
    r"pr[ée]fecture|tribunal|ccas|cabinet|[ée]cole|coll[èe]ge|lyc[ée]e|magasin|soci[ée]t[ée]|entreprise|"
    r"se[ \t]+trouve|situ[ée]e?s?|convocation)(?![\w'’])[^.!?;]{0,80}\Z"
)
_SENTENCE_START = re.compile(r"[.!?;\n][^.!?;\n]*\Z")


def _home_places(text: str, reading: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    for cue in _HOME.finditer(text):
        match = reading.match(text, cue.end())
        if match:
            yield match.start(), match.end()


def _office_before(text: str, start: int) -> bool:
    window = text[max(0, start - 120) : start]
    sentence = _SENTENCE_START.search(window)
    return _OFFICE.search(window[sentence.start() + 1 :] if sentence else window) is not None


def _postcode_places(text: str) -> Iterator[tuple[int, int]]:
    for match in _BEFORE_POSTCODE.finditer(text):
        if not _office_before(text, match.start()):
            yield match.start(), match.end()


def place_spans(text: str) -> list[tuple[int, int]]:
    """The homes given as a number and a place with its article (see the module's switches), as (start, end)."""
    found: list[tuple[int, int]] = []
    if READ_AFTER_HOME:
        found += _home_places(text, _AFTER_HOME)
    if READ_BEFORE_POSTCODE:
        found += _postcode_places(text)
    if READ_WITHOUT_ARTICLE:
        found += _home_places(text, _BARE)
    return sorted(set(found))
