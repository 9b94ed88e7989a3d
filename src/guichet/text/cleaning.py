"""What citizen text may contain once it is stored: no NUL byte, no control character but line breaks and tabs.

Null bytes break PostgreSQL text columns and can hide text from a reviewer; other control characters (escape
sequences, bidirectional overrides) can make what an agent reads differ from what is stored. They are removed, not
refused: a message pasted from another program keeps its words.
"""

import re
import unicodedata

# C0 controls except tab and line feed (CR is normalised to LF), DEL, C1 controls, and the bidirectional
# override/isolate characters (U+202A..U+202E, U+2066..U+2069) that reorder what is displayed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """`text` without control characters; CRLF and CR become LF. Does not strip surrounding spaces."""
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def is_blank(text: str) -> bool:
    """True when `text` has no visible character once cleaned (empty, spaces, line breaks, control characters, and
    invisible format characters such as zero-width spaces and joiners or a byte-order mark)."""
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in clean_text(text or ""))
