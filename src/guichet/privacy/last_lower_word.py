"""A lower-case word alone after the message's last sentence, as an SMS is signed: "… remboursement svp. ngom"
(forty-fifth pass, p145e, issue 13).

`name_rules_signatures.last_words` read a lower-case word there only when the gazetteer knows it as a first name
("… besoin d'aide. rose") or after a closing word ("… merci dorado"); a surname or a first name it lacks, alone
after the last full stop, was left. With `ENABLED`, that word is read as the writer's name when it is the message's
last word and passes the SMS signature's test (`_sms_signature`: four letters or more, no French, English, filler,
common, closing or thanks word, no brand nor channel): a typo of a French word that the lexicon lacks is masked too,
the price counted as an over-mask. A word stretched by a repeated letter is read as its short form first
("merciiii", "svppp", "okkkk" are thanks and fillers, not names: the one over-mask the rule made on validation).
"""

import re

from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.name_rules_patterns import _CLOSING_WORDS

ENABLED = True

_STRETCH = re.compile(r"([^\W\d_])\1{2,}")


def stretched_word(word: str) -> bool:
    """`word` with a letter repeated three times or more, whose short form (the letter once or twice) is a French,
    filler or closing word: "merciiii", "svppp", "bisouuus"."""
    lower = word.lower()
    forms = {_STRETCH.sub(r"\1", lower), _STRETCH.sub(r"\1\1", lower)} - {lower}
    return any(form in _CLOSING_WORDS or is_french(form) or is_filler(form) for form in forms)
