"""Names hidden inside identifiers: logins, handles, case references and private links (forty-sixth pass,
engineer-p150e, issue 13).

- **A login or a reference that holds a name** (`LOGINS`): "mbertrand1990", "phenry_1971", "ahmed_saidi_13",
  "JRoux_48", "famille_bouchard_1205", "INV/ROCHE/Bernard/1966". A token with no space, glued by underscores, dots,
  slashes or digits (a hyphen alone is a compound name, "Jean-Pierre", and stays for the name rules), one piece of
  which is a first name or surname the gazetteer knows that is no common word — or such a name after a one-letter
  initial ("mbertrand", "JRoux") — is masked whole: the name and the birth year beside it are one person's. No e-mail
  (its own recogniser), no web address, no file name (`name_rules_attachments` masks the name in it).
- **A private link** (`PRIVATE_LINKS`): an address after "http(s)://" whose path or host holds such a name, on any
  domain ("https://photos.app.goo.gl/mariage-Amandine-et-Julien-2025": `.gl` is no domain the site rule reads), and
  a file-sharing link whatever its path ("https://we.tl/t-Xk82LmPq9", a Google Drive folder, a WeTransfer download):
  what is behind it is the writer's papers. Public services' hosts stay.

Each switch turns its rule on, read at call time.
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import SHAPED, lookup
from guichet.privacy.lexicon import is_french

LOGINS = True
PRIVATE_LINKS = True
# (forty-seventh pass, engineer-p154e) words joined by a slash, all in lower case and all in the dictionary, are a
# choice or a pair of words ("hongrois/romani", "chômage/retraite"), not a login: "romani" is also a surname.
WORD_PAIRS = True

# A token without spaces: letters, digits and the glue of logins; not inside an e-mail, a web address or a word.
# (not before more digits: "Karim06 12 34 56 78" is a name glued to a phone, `glued_names`' case)
_TOKEN = re.compile(r"(?<![\w@./\\\-:])(?P<token>[^\W_][\w.\-/]*[^\W_])(?![\w@\-/]|\.\w|[ \t]+\d)")
_PIECE = re.compile(r"[^\W\d_]+")
_FILE_END = re.compile(r"(?i)\.(?:pdf|jpe?g|png|heic|heif|gif|tiff?|bmp|webp|docx?|odt|rtf|xlsx?|ods|txt|zip|html?)$")
# A site's address written without "http" ("ants-permis-en-ligne.fr", "APPLE.COM/BILL"): the site rule's, not a login.
_HOST = re.compile(
    r"(?i)\.(?:fr|com|net|org|eu|shop|info|io|be|ch|ca|de|es|it|me|online|site|store|xyz|co|app)(?:/|$)"
)
_URL = re.compile(r"(?i)(?<![\w@])https?://(?P<host>[^\s/]+)(?P<path>/[^\s)>\]»\"',;]*[^\s)>\]»\"',;.!?:])?")
_PUBLIC_HOST = re.compile(
    r"(?i)(?:^|\.)(?:gouv\.fr|service-public\.fr|europa\.eu|ameli\.fr|caf\.fr|urssaf\.fr|msa\.fr|francetravail\.fr|"
    r"pole-emploi\.fr|legifrance\.gouv\.fr)$"
)
# Hosts whose links lead to someone's files: any link there is private.
_SHARE_LINK = re.compile(
    r"(?i)^(?:we\.tl|(?:www\.)?wetransfer\.com|drive\.google\.com|docs\.google\.com|photos\.app\.goo\.gl|"
    r"photos\.google\.com|(?:www\.)?dropbox\.com|mega\.nz|1drv\.ms|onedrive\.live\.com|(?:www\.)?swisstransfer\.com|"
    r"(?:www\.)?icloud\.com|smash\.fr|fromsmash\.com)$"
)


def _known_name(word: str) -> bool:
    """A first name or surname of the list (not one the shape alone suggests), no common word; a public figure's
    name only in lower case or in capitals, as logins write names ("henry", "AHMED"), not "Hugo" or "Paris"."""
    if len(word) < 3:
        return False
    kind = lookup(word)
    if kind is None or kind is SHAPED or kind.common or is_common(word):
        return False
    return not kind.public or word.islower() or word.isupper()


def _name_piece(piece: str) -> bool:
    """A name of four letters or more, or one after a one-letter initial: "mbertrand", "phenry", "JRoux", "CDupre"
    (not "ALT" of "ALT87")."""
    if len(piece) >= 4 and _known_name(piece):
        return True
    rest = piece[1:]
    # a word is no initial and a name: "euros" is not "e" + "Uros", "ameli" not "a" + "Meli"
    if len(rest) < 4 or is_french(piece) or is_common(piece) or not _known_name(rest):
        return False
    # the initial is glued as logins glue it: all in lower case, or two capitals before the name's small letters
    return piece.islower() or piece.isupper() or (piece[0].isupper() and rest[0].isupper() and rest[1:].islower())


def _word_pair(token: str) -> bool:
    """Lower-case dictionary words joined by slashes only: "hongrois/romani", not "mbertrand/1990" nor "INV/ROCHE"."""
    pieces = token.split("/")
    return len(pieces) > 1 and all(piece.isalpha() and piece.islower() and is_french(piece) for piece in pieces)


def _login_spans(text: str) -> Iterator[tuple[str, int, int]]:
    for match in _TOKEN.finditer(text):
        token = match["token"]
        if _FILE_END.search(token) or _HOST.search(token) or token.lower().startswith("www."):
            continue
        # glued as a login is: a digit, an underscore, a dot or a slash (a hyphen alone is a compound name); a dot
        # alone glues a login only in lower case ("marie.roussel"), not a sentence typed without its space
        # ("… Mme Diallo.Tél : …")
        if not re.search(r"[\d_/]", token) and not ("." in token and token.islower()):
            continue
        if not any(_name_piece(piece) for piece in _PIECE.findall(token)):
            continue
        if WORD_PAIRS and _word_pair(token):
            continue
        kind = "REFERENCE" if "/" in token or re.match(r"[A-Z]{2,}[\-/_]", token) else "EMAIL"
        yield kind, match.start(), match.end()


def _link_spans(text: str) -> Iterator[tuple[str, int, int]]:
    for match in _URL.finditer(text):
        host = match["host"].lower()
        if _PUBLIC_HOST.search(host):
            continue
        words = _PIECE.findall(f"{host.rsplit('.', 1)[0]} {match['path'] or ''}")
        if _SHARE_LINK.match(host) or any(len(word) >= 4 and _known_name(word) for word in words):
            yield "EMAIL", match.start(), match.end()


def identifier_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of the logins, references and private links that hold a name (see the module)."""
    if LOGINS:
        yield from _login_spans(text)
    if PRIVATE_LINKS:
        yield from _link_spans(text)
