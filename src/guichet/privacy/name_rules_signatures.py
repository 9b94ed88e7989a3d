"""The signature block and the message's last words (`signature_names`, `last_words`).

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy import last_lower_word
from guichet.privacy.brands import is_brand
from guichet.privacy.gazetteer import fold, is_name, lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.name_rules_patterns import _CLOSING, _CLOSING_WORDS, _EMAIL_LINE, _JOINED_NAMES, _LAST_DASH, _SEQ
from guichet.privacy.name_rules_words import (
    _ENGLISH,
    _foreign_word,
    _head,
    _line_spans,
    _lower_names_alone,
    _plain_common,
    _words,
    name_like,
)
from guichet.privacy.spacy_fr import EN_STOP_WORDS, STOP_WORDS

_LABEL_AFTER = re.compile(r"[ \t]*:")


# A contact field's label at the head of a signature line, before its number or address: "Tél. : 06…", "Tél 06…",
# "Port. 07…", "Courriel : …" (the lexicon lacks "Tél", which read as a name in the strong position of a signature)
_CONTACT_LABEL = re.compile(
    r"(?i)(?:t[ée]l(?:[ée]phone)?|tph|port(?:able)?|mob(?:ile)?|gsm|fixe|fax|cell|courriel|e-?mail|mail)"
    r"(?:[ \t]+(?:portable|fixe|mobile|perso|pro|domicile|bureau))?"
)


def _label_word(head: str) -> bool:
    """A form's label starts with a French word that is no first name ("Né le", "Statut"); "Adewale : 06…" and
    "Rose : 06…" are signatures."""
    words = _words(head)
    kind = lookup(words[0]) if words else None
    return bool(words) and is_french(words[0]) and not (kind is not None and kind.first)


# A line that only greets: "Bonjour,", "Bonjour Madame,", "Madame, Monsieur,".
_GREETING_LINE = re.compile(
    r"(?i)^\s*(?:(?:bonjour|bonsoir|salut|hello)(?:[ \t]+(?:madame|monsieur|mesdames|messieurs|à tous|a tous))?|"
    r"madame,?[ \t]*monsieur|monsieur,?[ \t]*madame|madame|monsieur|mesdames,?[ \t]*messieurs)\s*[,!.]?\s*$"
)


_EMAIL_LOCAL = re.compile(r"([\w.+\-]+)@[\w\-]+(?:\.[\w\-]+)+")


def _spelled_by_email(head: str, text: str) -> bool:
    """Two or three capitalised words of a signature line that an e-mail address of the message spells, each a
    piece of its local part: "Marine Fleur" and "marine.fleur.34@free.fr". The writer's own address names them, so
    ordinary words ("Marine", "Fleur") are a name there."""
    words = _words(head)
    if not 2 <= len(words) <= 3 or not all(word[0].isupper() and len(word) >= 2 for word in words):
        return False
    for match in _EMAIL_LOCAL.finditer(text):
        pieces = {fold(piece) for piece in re.split(r"[._+\-]+", match.group(1).lower()) if piece}
        if all(fold(word.lower()) in pieces for word in words):
            return True
    return False


# The writer's own number after a name on a line of the signature block: a label, then digits or a placeholder.
_OWN_NUMBER_AFTER = re.compile(
    r"(?i)[ \t]*(?:[,;–—]|[ \t]-)?[ \t]*(?:identifiant|id|allocataire|alloc|n°[ \t]*allocataire|n°[ \t]*caf|"
    r"t[ée]l(?:[ée]phone)?\.?|portable)[ \t]*:?[ \t]*(?:\d|\[)"
)


def signature_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Names on the lines of the signature block (see the module docstring)."""
    lines = _line_spans(text)
    if len(lines) < 2:
        return
    closing = max((i for i, (s, e) in enumerate(lines) if _CLOSING.match(text[s:e])), default=None)
    zone = set(range(max(1, len(lines) - 3), len(lines)))
    strong = {len(lines) - 1}
    if closing is not None:
        zone |= set(range(closing + 1, min(len(lines), closing + 5)))
        strong |= {closing + 1}
    for i in range(len(lines)):
        if i > 0 and _EMAIL_LINE.match(text[lines[i - 1][0] : lines[i - 1][1]]):
            zone.add(i)
            strong.add(i)
        if i + 1 < len(lines) and re.match(r"(?i)\s*(?:allocataire|n° allocataire)", text[lines[i + 1][0] :]):
            zone.add(i)
            strong.add(i)
        # the writer who introduces themselves on the line after the greeting: "Bonjour,⏎Seb Hoarau, Sébastien de
        # mon vrai prénom." (the line's head before its comma; a sentence is no name sequence)
        if i > 0 and _GREETING_LINE.match(text[lines[i - 1][0] : lines[i - 1][1]]):
            zone.add(i)
    for i in sorted(zone):
        start, end = lines[i]
        head_start, head_end, titled = _head(text, start, end)
        head = text[head_start:head_end]
        # a pasted form's label is no signature: "Né le : 4 mai 1992", "Statut : réfugié"
        label = _LABEL_AFTER.match(text, head_end, end) is not None and _label_word(head)
        label = label or _CONTACT_LABEL.fullmatch(head) is not None
        # (thirtieth pass, second shift, p85) the line's head before the writer's own identifier or phone, in the last
        # lines: "Tauhiti Faatau — identifiant 5506124T" is signed, as strongly as a last line
        signed = _OWN_NUMBER_AFTER.match(text, head_end, end) is not None
        if (
            head
            and not label
            and _SEQ.fullmatch(head)
            and name_like(head, strong_position=titled or i in strong or signed)
        ):
            yield head_start, head_end, 0.8
        elif head and not label and _SEQ.fullmatch(head) and _spelled_by_email(head, text):
            yield head_start, head_end, 0.8
        # a couple signing together: "Jon & Weng", "Awa & Ibrahima Sow" (each side a name on its own)
        joined = _JOINED_NAMES.fullmatch(head) if head and not label else None
        for side in ("a", "b") if joined else ():
            part = joined.group(side)
            # (every word a known name or no French word: "Office notarial Mercier & Associés" stays a firm's)
            if name_like(part, strong_position=titled or i in strong) and all(
                is_name(word) or not is_french(word) for word in _words(part)
            ):
                yield head_start + joined.start(side), head_start + joined.end(side), 0.8
        # after a dash, the name that follows a team or a service: "L'équipe de l'accueil – Claire Dubois"
        dash = _LAST_DASH.search(text, start, end)
        if dash and dash.start() > head_start:
            tail_start, tail_end, _ = _head(text, dash.end(), end)
            tail = text[tail_start:tail_end]
            if tail and _SEQ.fullmatch(tail) and name_like(tail, strong_position=False):
                yield tail_start, tail_end, 0.75


# also a name glued to the punctuation before it, as phones type it: "Merci beaucoup!!!Valérie", "merci...Gisèle"
# (a single full stop glued only before a capital: "nadia.hamdi@free.fr" is an address)
_LAST_SENTENCE_END = re.compile(r"[.!?…]+\s+|(?:[!?…]+|\.{2,}|\.(?=[A-ZÀ-Ý]))(?=[^\W\d_])|\n")


_FINAL_INITIAL = re.compile(r"[ \t]+[A-ZÀ-Ý]\Z")


def last_words(text: str) -> Iterator[tuple[int, int, float]]:
    """The text's last words after its last sentence, when they are known names ("… svp. Dylan") or capitalised
    words of no language the lexicon knows ("… plus. Lwazi")."""
    if (tail := _AFTER_NUMBER.search(text)) and _sms_signature(text, tail.start("word"), tail.end("word")):
        # (twenty-seventh pass, p72) "… rappeler moi svp 07 68 12 40 93 tchavolo": the message's last word, after the
        # phone or file number that ends it, as an SMS is signed
        yield tail.start("word"), tail.end("word"), 0.7
    ends = [m.end() for m in _LAST_SENTENCE_END.finditer(text.rstrip())]
    if not ends:
        return
    start = ends[-1]
    head_start, head_end, titled = _head(text, start, len(text.rstrip()))
    head = text[head_start:head_end]
    if not head or not _SEQ.fullmatch(head) or len(_words(head)) > 4:
        return
    # a first name and the initial of the surname: "… de me répondre. Salif O."
    initial = _FINAL_INITIAL.search(head)
    if initial and initial.start() > 0:
        head = head[: initial.start()]
    words = _words(head)
    if name_like(head, strong_position=titled) and (any(is_name(word) for word in words) or titled):
        yield head_start, head_end, 0.75
    elif not text[head_end:].strip(" \t\n.!") and _lower_names_alone(words):
        # "… j'ai besoin d'aide. rose": the message's last words, after its last sentence, a lower-case first name
        # (even a common word) and perhaps a surname, as on a signature line ("merci⏎rose")
        yield head_start, head_end, 0.7
    elif (
        len(words) <= 3
        and not text[head_end:].strip(" \t\n.!")
        and all(_foreign_word(word) and word.lower() not in _ENGLISH | _THANKS for word in words)
    ):
        yield head_start, head_end, 0.7  # "… ne répond plus. Lwazi": a first name the gazetteer lacks
    elif (
        # (twenty-seventh pass, p72) "… 59. merci dorado": a closing word, then one lower-case word no language knows
        head_start > start
        and text[start:head_start].strip(" \t\n,.!:-–—")
        and not text[head_end:].strip(" \t\n.!")
        and _sms_signature(text, head_start, head_end)
    ):
        yield head_start, head_end, 0.7
    elif (
        # (forty-fifth pass, p145e) "… remboursement svp. ngom": the word alone after the last sentence
        last_lower_word.ENABLED
        and len(words) == 1
        and not text[head_end:].strip(" \t\n.!")
        and _sms_signature(text, head_start, head_end)
        and not last_lower_word.stretched_word(head)
    ):
        yield head_start, head_end, 0.7


# the message's last word after a number of eight digits or more that ends the message (its phone, NIR, dossier)
_AFTER_NUMBER = re.compile(r"\d(?:[ \t.]?\d){7,}[ \t]*[,;\-–—]?[ \t]+(?P<word>[^\W\d_]+)[ \t.!]*\Z")


# apps and channels written after a number ("06 12 34 56 78 whatsapp"): no signature
_CHANNELS = frozenset("whatsapp whatsap wsp watsap telegram viber messenger sms facebook insta instagram snap".split())


# thanks in the languages of messages, written after "merci" ("Merci beaucoup, nandri"): no signature
_THANKS = frozenset(
    """nandri nanri shukran choukran chokran shoukran spasibo spassibo dyakuyu diakuiu dziekuje dziękuję tesekkurler
    teşekkürler tesekkür mersi mèsi mesi gracias grazie danke obrigado obrigada arigato xiexie multumesc mulțumesc
    hvala dhanyavad dhanyavaad asante baraka barakallah sukriya shukriya milesker trugarez kenavo adishatz adiu
    mercés merces agur""".split()
)


def _sms_signature(text: str, start: int, end: int) -> bool:
    """One lower-case word of four letters or more that is no French, English, filler or common word, no brand nor
    channel: a name the gazetteer lacks, signed in lower case at the end of an SMS-style message."""
    word = text[start:end]
    return (
        re.fullmatch(r"[^\W\d_]+", word) is not None
        and word.islower()
        and len(word) >= 4
        and "-" not in word
        and not is_french(word)
        and not is_filler(word)
        and not _plain_common(word)
        and word not in STOP_WORDS
        and word not in _ENGLISH
        and word not in EN_STOP_WORDS
        and word not in _CLOSING_WORDS
        and word not in _CHANNELS
        and word not in _THANKS
        and not is_brand(text, start, end)
    )
