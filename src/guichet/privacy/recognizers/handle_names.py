"""Names hidden inside identifiers: a file name, an e-mail's mailbox, a quoted pseudonym (fifty-third pass,
engineer-p181e, issue 13): "acte_deces_GIRARD_Robert.pdf", "CNI-Noah-PETIT-recto.jpg", "bulletin_mars_djalo.pdf"
beside "djalo.fatou@gmail.com", "le nom que j'utilise sur l'appli c'est 'kevdu62'", and a public service's mailbox
that names no one ("pref-etrangers@val-doise.gouv.fr", "naturalisation@hauts-de-seine.gouv.fr").

Citizens name their scans after themselves, "NOM_Prénom" or "Prénom_NOM", and their mailboxes and pseudonyms after
themselves too. The attachment rules (`name_rules_attachments`) mask a file name's piece that is a name and no
common word nor public name; its neighbour, a first name that is also a public figure's ("Robert", "Alexandre") or a
surname that is also a word ("PETIT"), stayed visible. Four switches, read at call time:

- `FILE_NAME_PAIRS`: in a file name, two or three pieces in a row, each a known first name or surname, capitalised
  or in capitals, one a first name that is no common word and another a surname ("GIRARD_Robert", "Martin_Durand",
  "Alexandre_NGUYEN"): all are masked as a person. A surname that is also a word counts only in capitals ("PETIT").
  Not after a place's or a school's word ("lycee_Victor_Hugo", "rue_Jean_Jaures", "ecole_Jules_Ferry").
- `MAILBOX_PIECES_IN_FILES`: a piece of a personal e-mail's mailbox (four letters or more, no French word:
  "djalo" in "djalo.fatou@gmail.com") found again as a piece of a file name in the same text is masked as a person.
- `QUOTED_HANDLES`: a pseudonym in quotes (letters, then digits, a dot or an underscore: 'kevdu62', "lea_b59")
  after a word of an account ("pseudo", "identifiant", "login", "appli", "compte", "profil", "utilisateur") a few
  words before: masked as the online names are (EMAIL).
- `NAMELESS_PUBLIC_MAILBOXES`: a mailbox on a public body's domain whose words are French words, a service's words or
  short acronyms, with no name nor initial ("pref-etrangers@val-doise.gouv.fr", "relance-idf@urssaf.fr",
  "assistante.sociale@cd59.fr", a school's "ce.0591234x@ac-lille.fr") is no person's: `contact.EmailRecognizer`
  leaves it visible, and any piece of it (its domain, read alone by a spelt-out e-mail's "at" in
  "loire-atlantique"). An agent's mailbox ("conseiller.perrin@francetravail.fr", "m.benali@caf.fr") stays personal,
  and so does any mailbox on a firm's or a webmail's domain.

**Not masked**: a file name without a name ("scan_0003.pdf", "attestation_caf.pdf", "IMG_20240415_093012.jpg"), a
school or a street in a file name, a quoted word that is no pseudonym ("'urgent'"), a quoted app's or site's name
(l'application « Impots.gouv », « DossierFacile.fr »), the public mailboxes above.
"""

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy.gazetteer import is_name, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.names import ENTITY as PERSON
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.text import fold

# Switches, read at call time; figures in docs/benchmarks.md, fifty-third pass, engineer-p181e.
FILE_NAME_PAIRS = True
MAILBOX_PIECES_IN_FILES = True
QUOTED_HANDLES = True
NAMELESS_PUBLIC_MAILBOXES = True

ONLINE = "EMAIL"
_SCORE = 0.7

# A file name with an extension of documents or pictures, not inside a web address or an e-mail.
_FILE = re.compile(
    r"(?i)(?<![\w.@/\\\-])(?P<stem>[^\W_][\w\-.]*?)\.(?:pdf|jpe?g|png|heic|heif|gif|tiff?|bmp|webp|docx?|odt|rtf|"
    r"xlsx?|ods|txt|zip)(?![\w\-@/]|\.\w)"
)
# A piece of a file name: letters, cut at underscores, hyphens, dots and digits.
_PIECE = re.compile(r"[^\W\d_]+")
# Only one separator between two pieces of a run: "GIRARD_Robert", "Noah-PETIT".
_GLUE = frozenset("_-.")
# Words of a place or a body that a name follows in a file name: the name is the place's, not the writer's.
_PLACE_WORDS = frozenset(
    """lycee college ecole ecoles rue av avenue bd boulevard place allee impasse chemin quai route cours hopital
    clinique ehpad residence stade gymnase salle parc square centre cite groupe universite univ fac faculte
    mediatheque bibliotheque saint st ste sainte pont gare metro station hotel musee theatre creche institut
    fondation association asso club prix rond point""".split()
)

# An e-mail address as typed, whole (as `contact.EMAIL_ADDRESS`).
_EMAIL = re.compile(r"(?i)(?<![\w.+-])(?P<local>[\w.+-]+)@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![\w-])")
_MAILBOX_PIECE = re.compile(r"[^\W\d_]{4,}")

# A quoted pseudonym after a word of an account, at most eight words before it.
_QUOTED_HANDLE = re.compile(
    r"(?i)(?<!\w)(?:pseudo|pseudonyme|identifiant|login|utilisateur|user|username|appli|application|compte|profil)"
    r"(?!\w)(?:[^\n'‘’\"“”«»]|(?<=\w)['’](?=\w)){0,60}?[ \t:]['‘\"“«][ \t]?"
    r"(?-i:(?P<pii>[A-Za-z][A-Za-z0-9]*(?:[0-9_.][A-Za-z0-9_.]*)?[A-Za-z0-9]))"
    r"[ \t]?['’\"”»](?!\w)"
)
_HANDLE_SHAPE = re.compile(r"(?=.*[a-z])(?=.*[0-9_.])[A-Za-z0-9_.]{4,30}")
# A site's or an app's name ends with a domain's suffix: "Impots.gouv", "DossierFacile.fr" (fiches quote them).
_SITE_NAME = re.compile(r"(?i)\.(?:gouv|fr|com|net|org|eu|io|info|app)$")

# A public body's own domain (as `contact._PUBLIC_DOMAIN`, and a département's "cd59.fr").
_PUBLIC_DOMAIN = re.compile(
    r"(?:^|\.)(?:[a-z0-9\-]+\.)*gouv\.fr$|"
    r"(?:^|\.)(?:ameli|caf|cpam|urssaf|impots|francetravail|pole-emploi|agirc-arrco|msa|cnav|carsat|"
    r"lassuranceretraite|ants|crous|departement|service-public|cnaf|mdph|cd\d{2}|cg\d{2}|"
    r"(?:mairie|ville|ac|cg|cd|departement)-[a-z0-9\-]+)\.fr$"
)
# Words of a public service's mailbox that no French dictionary holds.
_SERVICE_WORDS = frozenset(
    "pref prefecture sousprefecture rdv pajemploi cesu idf sip sie rh dgfip caf cpam urssaf ants msa mdph".split()
)
# A school's or a service's code: "0591234x" (a school's UAI).
_CODE = re.compile(r"\d{7}[a-z]")


def _runs(stem: str) -> Iterator[list[re.Match[str]]]:
    """The runs of pieces of a file name's stem, each two pieces joined by one separator."""
    run: list[re.Match[str]] = []
    for piece in _PIECE.finditer(stem):
        if run and not (piece.start() == run[-1].end() + 1 and stem[run[-1].end()] in _GLUE):
            yield run
            run = []
        run.append(piece)
    if run:
        yield run


def _cased(word: str) -> bool:
    return word.isupper() or (word[0].isupper() and word[1:].islower())


def _name_word(word: str) -> bool:
    """A known first name or surname, capitalised or in capitals; a name that is also a word only in capitals."""
    if len(word) < 2 or not _cased(word):
        return False
    kind = lookup(word)
    if kind is None or not (kind.first or kind.surname):
        return False
    return not (kind.common and not word.isupper())


def _pair(words: list[str]) -> bool:
    """Two or three name words, one a first name that is no common word and another a surname."""
    kinds = [lookup(word) for word in words]
    for index, kind in enumerate(kinds):
        if kind is None or not kind.first or kind.common:
            continue
        if any(other is not None and other.surname for i, other in enumerate(kinds) if i != index):
            return True
    return False


def file_pair_spans(text: str) -> Iterator[tuple[int, int]]:
    """`FILE_NAME_PAIRS` (see the module)."""
    for match in _FILE.finditer(text):
        stem, offset = match.group("stem"), match.start("stem")
        previous = ""
        for run in _runs(stem):
            for start in range(len(run)):
                window = _name_window(run, start)
                if window and fold(previous if start == 0 else run[start - 1].group()) not in _PLACE_WORDS:
                    for piece in window:
                        yield offset + piece.start(), offset + piece.end()
                    break
            previous = run[-1].group()


def _name_window(run: list[re.Match[str]], start: int) -> list[re.Match[str]]:
    """The longest window of two or three name words from `start` that makes a pair, or none."""
    for size in (3, 2):
        window = run[start : start + size]
        words = [piece.group() for piece in window]
        if len(window) == size and all(_name_word(word) for word in words) and _pair(words):
            return window
    return []


def _mailbox_pieces(text: str) -> set[str]:
    """The pieces of the personal mailboxes of `text` that are no French word, folded."""
    pieces: set[str] = set()
    for match in _EMAIL.finditer(text):
        if nameless_public_mailbox(match.group()):
            continue
        for piece in _MAILBOX_PIECE.findall(match.group("local")):
            if not is_french(piece) and fold(piece) not in _SERVICE_WORDS:
                pieces.add(fold(piece))
    return pieces


def mailbox_file_spans(text: str) -> Iterator[tuple[int, int]]:
    """`MAILBOX_PIECES_IN_FILES` (see the module)."""
    if "@" not in text:
        return
    pieces = _mailbox_pieces(text)
    if not pieces:
        return
    for match in _FILE.finditer(text):
        offset = match.start("stem")
        for piece in _PIECE.finditer(match.group("stem")):
            if fold(piece.group()) in pieces:
                yield offset + piece.start(), offset + piece.end()


def quoted_handle_spans(text: str) -> Iterator[tuple[int, int]]:
    """`QUOTED_HANDLES` (see the module)."""
    for match in _QUOTED_HANDLE.finditer(text):
        value = match.group("pii")
        if _HANDLE_SHAPE.fullmatch(value) and not _SITE_NAME.search(value):
            yield match.span("pii")


def nameless_public_mailbox(value: str) -> bool:
    """`NAMELESS_PUBLIC_MAILBOXES` (see the module): a public body's mailbox whose words name no one."""
    if not NAMELESS_PUBLIC_MAILBOXES or "@" not in value:
        return False
    local, _, domain = value.lower().partition("@")
    if not _PUBLIC_DOMAIN.search(domain):
        return False
    words = [word for word in re.split(r"[.\-_+]+", fold(local)) if word]
    return bool(words) and any(len(word) >= 4 for word in words) and all(_service_word(word) for word in words)


def inside_nameless_public_mailbox(text: str, start: int, end: int) -> bool:
    """A span inside a nameless public mailbox of `text`: its domain read alone by a spelt-out e-mail's "at"
    ("titres-sejour@loire-atlantique.gouv.fr") is no person's either."""
    if not NAMELESS_PUBLIC_MAILBOXES or "@" not in text:
        return False
    return any(
        match.start() <= start and end <= match.end() and nameless_public_mailbox(match.group())
        for match in _EMAIL.finditer(text)
    )


def _service_word(word: str) -> bool:
    if word in _SERVICE_WORDS or _CODE.fullmatch(word):
        return True
    if not word.isalpha() or len(word) < 2:
        return False
    if is_name(word) or is_name(word, first=True):
        return False
    return len(word) <= 3 or is_french(word)


class HandleNameRecognizer(RegexRecognizer):
    """Names inside file names and quoted pseudonyms (see the module's docstring)."""

    ENTITY = PERSON

    def __init__(self) -> None:
        super().__init__()
        self.supported_entities = [PERSON, ONLINE]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = self._metadata()
        spans: list[tuple[str, int, int]] = []
        if FILE_NAME_PAIRS:
            spans += [(PERSON, start, end) for start, end in file_pair_spans(text)]
        if MAILBOX_PIECES_IN_FILES:
            spans += [(PERSON, start, end) for start, end in mailbox_file_spans(text)]
        if QUOTED_HANDLES:
            spans += [(ONLINE, start, end) for start, end in quoted_handle_spans(text)]
        return [
            RecognizerResult(kind, start, end, _SCORE, recognition_metadata=metadata)
            for kind, start, end in dict.fromkeys(spans)
        ]
