"""The writer's signature above a quoted or forwarded message (fortieth pass, engineer-p125e).

A reply written on top of the message it answers ends with its signature, and the quoted message follows:
"Je vous confirme mon inscription.⏎⏎Sébastien⏎⏎De : Audrey Lefèvre <…>⏎Objet : …⏎…⏎Cordialement,⏎Audrey
Lefèvre". `signature_names` reads the last lines of the text and the lines after its last closing formula, which
are the quoted message's: the reply's own signature stays visible. Here the reply part (the text before the first
quoted or forwarded header) is read by `signature_names` as the message it is. A header: "Le … a écrit :",
"On … wrote:", "-----Message d'origine-----", "---------- Message transféré ----------", "Début du message
réexpédié", a GroupWise ">>> … >>>" line, or a "De :" line followed within four lines by "Objet :", "Envoyé :",
"À :", "Date :" (a "De :" alone, as a form's label, is none).
"""

import re
from collections.abc import Iterator

from guichet.privacy.name_rules_signatures import signature_names

_HEADER = re.compile(
    r"(?im)^[ \t>]*(?:le\b[^\n]{4,160}\ba[ \t]+écrit[ \t]*:?[ \t]*$|on\b[^\n]{4,160}\bwrote[ \t]*:[ \t]*$|"
    r"-{2,}[ \t]*(?:message d['’]origine|original message|message transféré|message transfere|forwarded message)|"
    r"début du message réexpédié|>>>[^\n]*>>>[ \t]*$|"
    r"(?:de|from)[ \t]*:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t>]*(?:objet|envoyé|envoye|à|a|date|subject|sent|to)[ \t]*:)"
)


def reply_signature_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See the module."""
    header = _HEADER.search(text)
    if header is None:
        return
    reply = text[: header.start()].rstrip()
    if "\n" not in reply:
        return
    yield from signature_names(reply)
