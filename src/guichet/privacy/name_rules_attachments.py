"""A name in an attachment's file name that the message names nowhere else (fortieth pass, engineer-p125e).

"voici mon arrêt (arret_travail_TESSIER_M.jpg)", "ci-joint scan_passeport_dupont.pdf", "CNI_Lucas_Bernard_recto.jpg":
`propagation` masks a name glued in a file name only when another rule found it elsewhere in the message; a
signature of initials ("Mélanie T.") or no signature leaves the surname visible in the file's name. Here the pieces
of a file name (split at underscores, hyphens, dots and digits) that the gazetteer knows as names, and that are no
common word, are masked, with a one-letter initial glued to them ("TESSIER_M"). A piece that the fiches capitalise
(a town, a body, a public figure: "Lyon", "Nice") counts only in capitals or in lower case, as names are written in
file names ("scan_dupont", "RIB_DUPONT"), never capitalised as a place is ("Formulaire_Lyon.pdf"). Acronyms
("CAF", "JAF", "CNI", "URSSAF") and document words ("bulletin", "attestation", "scan") are no names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import is_name, lookup

# A file name with an extension of documents or pictures, not inside a web address or an e-mail.
_EXTENSION = (
    r"(?i)(?<![\w.@/\\\-])(?P<stem>[^\W_][\w\-.]*?)\.(?:pdf|jpe?g|png|heic|heif|gif|tiff?|bmp|webp|docx?|odt|rtf|"
    r"xlsx?|ods|txt|zip)"
)
_FILE = re.compile(_EXTENSION + r"(?![\w.\-@/])")
# (forty-sixth pass, p150e) the same before a sentence's full stop: "j'ai joint avis_Marchand_Hugo.pdf. Merci"
_FILE_AT_STOP = re.compile(_EXTENSION + r"(?![\w\-@/]|\.\w)")
_PIECE = re.compile(r"[^\W\d_]+")

# (forty-sixth pass, p150e, issue 13) a file name that ends a sentence was read as no file name: 6 of the 23 file
# names of batch p150e (train and validation) kept their names whole (`AT_SENTENCE_END`). And a surname glued to its
# initial ("capture_actualisation_janvier_CDupre.png") or two first names glued ("RIB_Chevalier_MarieLou.pdf") are
# name pieces too (`INITIAL_GLUED`).
AT_SENTENCE_END = True
INITIAL_GLUED = True


def _name_piece(piece: str) -> bool:
    if INITIAL_GLUED and _initial_glued(piece):
        return True
    if len(piece) < 3 or not is_name(piece):
        return False
    kind = lookup(piece)
    return not (kind is not None and kind.public and not (piece.isupper() or piece.islower()))


def _initial_glued(piece: str) -> bool:
    """Two capitals, then the small letters of a surname the gazetteer knows: "CDupre", "JRoux" (not "CAF", "Lyon");
    or two first names glued in camel case: "MarieLou", "JeanMarc"."""
    parts = re.findall(r"[A-ZÀ-Þ][a-zß-ÿ]+", piece)
    if len(parts) >= 2 and "".join(parts) == piece:
        # a first name known as a word or a public name too ("Marie", "Jean") counts here: the glue says it is a name
        kinds = [lookup(part) for part in parts]
        return all(kind is not None and kind.first for kind in kinds) and not all(kind.common for kind in kinds)
    rest = piece[1:]
    if len(rest) < 4 or not (piece[0].isupper() and rest[0].isupper() and rest[1:].islower()):
        return False
    return _private_name(rest)


def _private_name(word: str) -> bool:
    kind = lookup(word)
    return is_name(word) and kind is not None and not kind.public


def attachment_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See the module."""
    for match in (_FILE_AT_STOP if AT_SENTENCE_END else _FILE).finditer(text):
        stem = match.group("stem")
        if "_" not in stem and "-" not in stem:
            continue
        pieces = list(_PIECE.finditer(stem))
        offset = match.start("stem")
        for index, piece in enumerate(pieces):
            if not _name_piece(piece.group()):
                continue
            start, end = piece.start(), piece.end()
            following = pieces[index + 1] if index + 1 < len(pieces) else None
            # a one-letter initial glued right after the name: "TESSIER_M", "dupont-j"
            if following and len(following.group()) == 1 and following.start() == end + 1:
                end = following.end()
            yield offset + start, offset + end, 0.7
