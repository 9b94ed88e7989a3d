"""Is this a French word? The lemmatizer tables of spaCy's French model (about 217,000 inflected forms and 95,000
lemmas), so that a lower-case word that is a known name but no French word ("andrii", "ousmane") can be read as a
name, while "rose", "long" or "mai" cannot.

The analyzer hands over the tables of the model it has already loaded (`use`); used without it (a unit test of a
rule), the tables are read from the installed model on first use (about 2 s).
"""

import functools
import re
import threading

from spacy.lookups import Lookups
from spacy.util import get_package_path

from guichet.text import fold

MODEL = "fr_core_news_sm"
_lock = threading.Lock()
_state: dict[str, object] = {}

# Words of messages that are neither French nor names: SMS spellings and English words a gazetteer of English,
# Yoruba or Indonesian names also holds ("my", "said", "max").
_NOT_FRENCH_NOT_NAMES = set(
    """jai jsuis chui chuis jsp jvais jveux jpeux jme jte jen jy cest ces sest quil quelle jarrive jattends
    svp stp bjr bsr slt cc cdt cdlt mrc pk pq pcq pck psk tkt tt ts tjs tjrs bcp dsl mdr ptdr lol ok okay ya yen
    dc dnc jcrois jsais jpense vs nn oui wesh bg frr frerot re rdv asap
    my any were say said good card hours fraud french english march may will can see sea job jobs help please
    thanks thank you hello hi sorry sir madam dear best regards kind yours the and for with from this that
    what when where who why how not but all one two new old man men woman women love lady king page mark bill
    bob long bank cash pay paid money mail mails online office home work week weekend day days time doctor
    mister miss max min dia dias mama papa baby salam salem inchallah inshallah wallah hamdoulah""".split()
)
# Greetings, thanks and small words of the regional languages and Creoles that messages open or close with:
# Basque, Breton, Occitan, Corsican, Alsatian, Antillean and Reunionese Creole ("Milesker", "Kenavo", "Adishatz",
# "Bonghjornu", "Grüss Gott", "Mèsi anpil", "kan nou sera remboursé"). Not "kenavo", a boat's name too ("notre
# voilier Kenavo"): only as a message's last word (`name_rules._THANKS`).
_NOT_FRENCH_NOT_NAMES |= set(
    """milesker eskerrik asko kaixo agur egun aupa trugarez demat degemer adishatz adiu adiussiatz
    adieussiatz mercés merces bonjorn bonghjornu bonasera prestu grüss gruss gott vielmols salü hopla bonjou
    anpil mwen nou""".split()
)
_ELISION = re.compile(r"^(?:[ldjmtscn]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
# Endings of inflected forms, and what they come from: "clique" → cliquer, "demandes" → demande.
_ENDINGS = (("ent", "er"), ("ons", "er"), ("ez", "er"), ("es", "er"), ("e", "er"), ("s", ""), ("x", ""), ("es", "e"))


def use(lookups: Lookups) -> None:
    """The lemmatizer tables of the model the analyzer loaded (no second read from disk)."""
    with _lock:
        _state["lookups"] = lookups
    _lemmas.cache_clear()
    is_french.cache_clear()


def _lookups() -> Lookups:
    with _lock:
        if "lookups" not in _state:
            path = next(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
            _state["lookups"] = Lookups().from_disk(path)
        return _state["lookups"]  # type: ignore[return-value]


@functools.cache
def _lemmas() -> frozenset[str]:
    """Every lemma of the tables, folded ("probleme" for "problème": messages often drop accents)."""
    index = _lookups().get_table("lemma_index")
    lemmas = {word for key in index.keys() for word in index[key]}
    for value in _lookups().get_table("lemma_lookup").values():
        lemmas.update(value if isinstance(value, list) else [value])
    return frozenset(word.lower() if word.isascii() else fold(word) for word in lemmas)


def is_filler(word: str) -> bool:
    """An SMS spelling or an English word of messages ("jai", "thanks"), whatever the name lists say."""
    lower = word.lower()
    return lower in _NOT_FRENCH_NOT_NAMES or fold(lower) in _NOT_FRENCH_NOT_NAMES


@functools.lru_cache(maxsize=65536)
def is_french(word: str) -> bool:
    """`word` (any case) is a French word form or lemma, with or without its accents, or a frequent SMS or English
    word of messages."""
    lower = _ELISION.sub("", word.lower())
    folded = fold(lower)
    if lower in _NOT_FRENCH_NOT_NAMES or folded in _NOT_FRENCH_NOT_NAMES:
        return True
    if lower in _lookups().get_table("lemma_lookup"):
        return True
    lemmas = _lemmas()
    return folded in lemmas or any(
        folded.endswith(ending) and len(folded) > len(ending) + 2 and folded[: -len(ending)] + base in lemmas
        for ending, base in _ENDINGS
    )


def is_listed(word: str) -> bool:
    """`word` (any case) is itself a form or a lemma of the tables, or a frequent SMS or English word: French
    without stripping an ending ("aras" is a form, "arax" is French to `is_french` only through "ara" + "x")."""
    lower = _ELISION.sub("", word.lower())
    folded = fold(lower)
    if lower in _NOT_FRENCH_NOT_NAMES or folded in _NOT_FRENCH_NOT_NAMES:
        return True
    return lower in _lookups().get_table("lemma_lookup") or folded in _lemmas()


@functools.lru_cache(maxsize=65536)
def is_inflected_form(word: str) -> bool:
    """`word` (any case) is a form the lemmatizer's lookup table lists ("roses", "rose", "jade"? no: "jade" is
    only a lemma of its index): a word people write in sentences, not only a headword."""
    return _ELISION.sub("", word.lower()) in _lookups().get_table("lemma_lookup")


def preload() -> None:
    """Build the folded lemma set now (start-up), not during the first message."""
    _lemmas()


def is_verb_form(word: str) -> bool:
    """A conjugated French verb form, any case: its lemma is another word ending like an infinitive ("mange",
    "VIENT", "dort"); infinitives and nouns ("marchand", "boulanger") are not."""
    lower = word.lower()
    lemmas = _lookups().get_table("lemma_lookup").get(lower) or []
    lemmas = [lemmas] if isinstance(lemmas, str) else lemmas
    return any(lemma != lower and lemma.endswith(("er", "ir", "re")) for lemma in lemmas)
