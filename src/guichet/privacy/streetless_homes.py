"""A home told without a street: a lieu-dit, a quartier, a section or a lotissement named in lower case or with its
article, a postcode before its town in lower case, and the way to the house from a landmark (fifty-eighth pass,
engineer-p206e, issue 13).

Overseas and in the country the home has no street: the writer names the place (« section La Boucan », « lieu dit
bois court », « 7 lot bel air », « quartier Bellevue ») and the way to the house (« 2e case après l'église », « a
coté du stade »). The address rules read a lieu-dit or a quartier with a capitalised name; the article (« section La
Boucan »), the lower case (« lieu dit bois court 97418 plaine des cafres ») and a landmark after a village in lower
case (« jhabite tsoundzou 1 a coté du stade ») went out, and so did a town in lower case after its postcode.

The same words name public places (« la salle polyvalente du quartier Bellevue », « l'éclairage du lieu-dit Les
Granges », « les quartiers prioritaires », « section européenne », « section AB n° 412 »): a place is read only where
a home is said before it in the sentence, or where a postcode follows it, and never where the sentence names an
office or a public place before it.

Switches, read at call time (figures in docs/benchmarks.md, fifty-eighth pass, engineer-p206e):

- `READ_LOCALITY`: a locality's word (« lieu-dit », « lieu dit », « section », « quartier », « hameau », « écart »,
  « îlet », « lotissement », « lot », « village »), a number before it or not, then its name with an article
  (« section La Boucan »), in lower case (one to three words, to a stop word: « lieu dit bois court », « 7 lot bel
  air ») or capitalised after « de » or « à » (« village de Musicale Plage », « îlet à Cordes »), after a home's word
  in the same sentence or before a postcode; never a qualifier or a people's name in lower case (« le quartier
  voisin »).
- `READ_LOWER_TOWN`: a postcode and its town in lower case (« 97418 plaine des cafres », « 97351 matoury »), after a
  home's word in the same sentence or right after a place this module reads.
- `READ_LANDMARK`: after a verb of living (« habite », « vis », « réside », « je reste »; not « domicile »: « le
  domicile conjugal après des violences » is no way), a place in one to three words (a number among them or a
  postcode) and the way to the house from a landmark (« a coté du stade », « derrière la station », « en face de la
  mosquée »), to the end of the clause, with the house told after a comma (« maison en face le terrain de foot »);
  never with a public place among the place's words (« au centre d'hébergement près de… »); and after a place read
  here, the house told from a landmark (« 2e case après l'église », « case près la chapelle »).
"""

import re
from collections.abc import Iterator, Sequence

from guichet.privacy import demonyms
from guichet.privacy.recognizers.contact import FR_POSTCODE

READ_LOCALITY = True
READ_LOWER_TOWN = True
READ_LANDMARK = True

SCORE = 0.85  # as `numbered_places`: above a postcode or a town found alone inside the home

_B = r"(?![\w'’\-])"  # a word's end
# Words that begin the next clause, never a place's word.
_STOP = (
    r"(?:et|je|j['’]|il|elle|ils|elles|on|nous|vous|pour|depuis|mais|donc|avec|chez|dans|sur|sous|qui|que|car|ou|"
    r"où|mon|ma|mes|son|sa|ses|ce|ça|ca|c['’]est|est|sont|ai|a|à|au|aux|suis|se|ne|n['’]|y|puis|alors|bien|tout|"
    r"toujours|ici|là|seul|seule|près|pres|juste|face|côté|cote|derrière|derriere|devant|après|apres|avant|"
    r"merci|svp|stp|bonjour|cordialement|tel|tél|mais|plus|pas|depuis|maintenant|actuellement|en|le|la|les|l['’]|"
    r"de|du|des|d['’]|un|une|commune|ville|numéro|numero|n°|mairie|route|rue|chemin|bâtiment|batiment|bât|"
    r"bat|appartement|appt|apt|porte|maison|case|villa|lot|lots)" + _B
)
_LOWER = r"(?!" + _STOP + r")[a-zà-ÿ][a-zà-ÿ'’]*(?:-[a-zà-ÿ'’]+)*" + _B
_CAPITAL = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*" + _B
_JOIN = r"(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|l['’]|la|le|les|aux|à|a|sur|sous|lès|en)"
_ARTICLE = r"(?:(?:La|Le|Les|la|le|les)[ \t]+|[Ll]['’][ \t]*)"
_LOCALITY = r"(?:lieu-dit|lieudit|lieu[ \t]+dit|section|quartier|hameau|écart|ecart|îlet|ilet|lotissement|lot|village)"
# The name: an article and capitalised words, or one to three words in lower case (with the little words that join
# them), or capitalised words after « de » or « à » (« village de Musicale Plage », « îlet à Cordes »); never two
# capital letters before a number (« section AB n° 412 » is a land register's parcel).
_NAME = (
    r"(?:(?:de[ \t]+|d['’][ \t]*|du[ \t]+)?"
    + _ARTICLE
    + _CAPITAL
    + r"(?:[ \t]+(?:"
    + _JOIN
    + r"[ \t]+)?"
    + _CAPITAL
    + r"){0,2}"
    + r"|(?:de[ \t]+|d['’][ \t]*|du[ \t]+)?(?:(?:la|le|les)[ \t]+|l['’][ \t]*)?"
    + _LOWER
    + r"(?:[ \t]+(?:"
    + _JOIN
    + r"[ \t]+)?"
    + _LOWER
    + r"){0,2}"
    + r"|(?:(?:de|du|des|à|a)[ \t]+|d['’][ \t]*)?(?!(?:[A-Z]{1,2}[ \t]+(?:n[°º]|\d)))"
    + _CAPITAL
    + r"(?:[ \t]+(?:"
    + _JOIN
    + r"[ \t]+)?"
    + _CAPITAL
    + r"){0,2})"
)
_PLACE = re.compile(
    r"(?i:(?<![\w'’\-])(?:(?P<number>\d{1,4}(?:[ \t]*(?:bis|ter))?)[ \t]*,?[ \t]+)?(?P<word>" + _LOCALITY + r"))"
    r"[ \t]+(?P<name>" + _NAME + r")"
)
# A town in lower case after its postcode: one to four words, to a stop word or the clause's end.
_TOWN_WORD = r"[a-zà-ÿ][a-zà-ÿ'’]*(?:-[a-zà-ÿ'’]+)*" + _B
_LOWER_TOWN = (
    r"(?<!\d)"
    + FR_POSTCODE
    + r"(?!\d)[ \t]+(?:(?:le|la|les)[ \t]+|l['’][ \t]*)?(?!"
    + _STOP
    + r")"
    + _TOWN_WORD
    + r"(?:[ \t]+(?:(?:de|du|des|la|le|les|sur|sous|en|d['’]|l['’])[ \t]*)?(?!"
    + _STOP
    + r")"
    + _TOWN_WORD
    + r"){0,3}(?=[ \t]*(?:[.,;!?)\n]|$))"
)
_POSTCODE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?<!\d)" + FR_POSTCODE + r"(?!\d)[ \t]+\w")
_LOWER_TOWN_AFTER = re.compile(r"[ \t]*,?[ \t]*(?P<town>" + _LOWER_TOWN + r")")
_LOWER_TOWN_ANY = re.compile(_LOWER_TOWN)

# Where someone lives or the writer's own address, in the same sentence before the place.
_HOME = (
    r"(?i:(?<!\w)(?:j['’]?[ \t]*habite|je[ \t]+habite|habite|habitons|habitent|habitais|habitait|habitions|"
    r"vis|vit|vivons|vivent|vivais|vivait|r[ée]side|r[ée]sidons|r[ée]sident|demeurant|demeure|demeurons|"
    r"domicili[ée]e?s?|h[ée]berg[ée]e?s?|log[ée]e?s?|loge|logeons|domicile|(?:je|mi|on|nou)[ \t]+rest[e]?|"
    r"chez[ \t]+(?:moi|nous)|adresse|install[ée]e?s?|emm[ée]nag[ée]e?s?|d[ée]m[ée]nag[ée]e?s?)(?![\w'’]))"
)
_HOME_BEFORE = re.compile(_HOME + r"[^.!?;\n]*\Z")
# The verbs of living alone, before the way to a house (« le domicile conjugal après des violences » is no way).
_LIVE = (
    r"(?i:(?<!\w)(?:j['’]?[ \t]*habite|je[ \t]+habite|habite|habitons|habitent|habitais|habitait|habitions|"
    r"vis|vit|vivons|vivent|vivais|vivait|r[ée]side|r[ée]sidons|r[ée]sident|demeurant|demeure|demeurons|"
    r"h[ée]berg[ée]e?s?|log[ée]e?s?|loge|logeons|(?:je|mi|on|nou)[ \t]+rest[e]?)(?![\w'’]))"
)
# A qualifier after a locality's word is no place's name: « le quartier voisin », « un quartier populaire ».
_QUALIFIERS = frozenset(
    "voisin voisine voisins voisines populaire populaires prioritaire prioritaires résidentiel résidentielle "
    "pavillonnaire sensible sensibles calme tranquille difficile ancien ancienne nouveau nouvelle même entier "
    "natal natale d'à côté".split()
)
# An office or a public place in the sentence before: the place that follows is theirs.
_PUBLIC_WORD = (
    r"(?i)(?<![\w'’])(?:agence|antenne|mairie|annexe|accueil|permanence|guichet|bureau|si[èe]ge|centre|service|"
    r"caf|cpam|cgss|carsat|msa|mdph|urssaf|france[ \t]+travail|tr[ée]sorerie|pr[ée]fecture|tribunal|ccas|cabinet|"
    r"[ée]cole|coll[èe]ge|lyc[ée]e|magasin|soci[ée]t[ée]|entreprise|salle|[ée]clairage|stade|march[ée]|foyer|"
    r"h[ôo]pital|clinique|maternit[ée]|pharmacie|[ée]glise|chapelle|mosqu[ée]e|cimeti[èe]re|se[ \t]+trouve|"
    r"situ[ée]e?s?|convocation|prioritaires?|h[ée]bergement)(?![\w'’])"
)
_PUBLIC = re.compile(_PUBLIC_WORD + r"[^.!?;\n]*\Z")
_PUBLIC_IN = re.compile(_PUBLIC_WORD)
_SENTENCE = re.compile(r"[^.!?;\n]*\Z")

# The way to the house from a landmark, to the clause's end.
_DIRECTION = (
    r"(?i:(?:juste[ \t]+|tout[ \t]+de[ \t]+suite[ \t]+)?(?:derrière|derriere|devant|après|apres|à[ \t]+côté|"
    r"a[ \t]+côté|à[ \t]+cote|a[ \t]+cote|a[ \t]+coté|à[ \t]+coté|en[ \t]+face|près|pres|au[ \t]+bout|"
    r"au[ \t]+fond|en[ \t]+haut|en[ \t]+bas|au[ \t]+dessus|au[ \t]+dessous))(?![\w'’])[^\n,.;!?()]{1,45}"
    r"(?<![ \t])(?![\w'’\-])"
)
# The house told after the directions: « maison en face le terrain de foot », « la case bleue derrière l'école ».
_HOUSE_AFTER = (
    r"(?:,[ \t]*(?:(?i:c['’]est)[ \t]+)?(?:(?i:la|le|l['’])[ \t]*)?(?i:maison|case|villa|bungalow|cabane|baraque)"
    r"(?:[ \t]+[a-zà-ÿ]+)?[ \t]+" + _DIRECTION + r")?"
)
# After a home's word: up to three words of a place (any case, a number or a postcode among them), then directions.
_LANDMARK = re.compile(
    _LIVE + r"[ \t]*:?[ \t]*(?:(?i:au|à|a|en|dans)[ \t]+)?(?P<place>(?:(?!" + _STOP + r")[\w'’\-]+,?[ \t]+){1,3}?)"
    r"(?P<way>" + _DIRECTION + _HOUSE_AFTER + r")"
)
# After a place read here: the house told from a landmark, « 2e case après l'église », « case près la chapelle ».
_COUNTED_HOUSE = re.compile(
    r"[ \t]*,[ \t]*(?P<house>(?:(?i:la|le|l['’])[ \t]*)?(?:(?:\d{1,2}[ \t]*(?:e|è|ème|eme|ieme|ième)|(?i:première|"
    r"premiere|deuxième|deuxieme|troisième|troisieme|dernière|derniere))[ \t]+)?(?i:case|maison|villa|porte)"
    r"(?:[ \t]+[a-zà-ÿ]+)?[ \t]+" + _DIRECTION + r")"
)


def _home_before(text: str, start: int) -> bool:
    window = text[max(0, start - 100) : start]
    return _HOME_BEFORE.search(window) is not None


def _public_before(text: str, start: int) -> bool:
    window = text[max(0, start - 100) : start]
    sentence = _SENTENCE.search(window)
    return _PUBLIC.search(sentence.group() if sentence else window) is not None


def _localities(text: str) -> Iterator[tuple[int, int]]:
    for match in _PLACE.finditer(text):
        end = match.end()
        postcode = _POSTCODE_AFTER.match(text, end) is not None
        if not (postcode or _home_before(text, match.start())) or _public_before(text, match.start()):
            continue
        first = match.group("name").split()[0].lower()
        if match.group("name")[0].islower() and (first in _QUALIFIERS or demonyms.is_demonym(first)):
            continue
        if READ_LOWER_TOWN and (town := _LOWER_TOWN_AFTER.match(text, end)):
            end = town.end()
        if READ_LANDMARK and (house := _COUNTED_HOUSE.match(text, end)):
            end = house.end()
        yield match.start(), end


def _lower_towns(text: str) -> Iterator[tuple[int, int]]:
    for match in _LOWER_TOWN_ANY.finditer(text):
        if _home_before(text, match.start()) and not _public_before(text, match.start()):
            yield match.start(), match.end()


def _landmarks(text: str) -> Iterator[tuple[int, int]]:
    for match in _LANDMARK.finditer(text):
        if _public_before(text, match.start("place")) or _PUBLIC_IN.search(match.group("place")):
            continue
        yield match.start("place"), match.end()
        yield match.start("way"), match.end()  # the way alone, where the place is masked already as something else


def place_spans(text: str, addresses: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The homes told without a street (see the module's switches), as (start, end). `addresses` are the addresses
    found already: none is read inside one (« quartier Beaufonds, juste après le pont »), and one read across one
    takes it whole (« lieu-dit » before « Kerbastard, 29410 Pleyber-Christ »), so that it never cuts it."""
    found: list[tuple[int, int]] = []
    if READ_LOCALITY:
        found += _localities(text)
    if READ_LOWER_TOWN:
        found += _lower_towns(text)
    if READ_LANDMARK:
        found += _landmarks(text)
    spans = set()
    for start, end in found:
        if any(a <= start and end <= b for a, b in addresses):
            continue
        for a, b in addresses:
            if a < end and start < b:
                start, end = min(start, a), max(end, b)
        spans.add((start, end))
    return sorted(spans)
