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
_FILE = re.compile(
    r"(?i)(?<![\w.@/\\\-])(?P<stem>[^\W_][\w\-.]*?)\.(?:pdf|jpe?g|png|heic|heif|gif|tiff?|bmp|webp|docx?|odt|rtf|"
    r"xlsx?|ods|txt|zip)(?![\w.\-@/])"
)
_PIECE = re.compile(r"[^\W\d_]+")


def _name_piece(piece: str) -> bool:
    if len(piece) < 3 or not is_name(piece):
        return False
    kind = lookup(piece)
    return not (kind is not None and kind.public and not (piece.isupper() or piece.islower()))


def attachment_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See the module."""
    for match in _FILE.finditer(text):
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
