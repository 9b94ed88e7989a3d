"""A bank account shown only in part, as a banking app or a statement shows it.

- An IBAN whose middle groups are hidden by dots or stars: "FR76 •••• •••• •••• •••• •••6 214", "FR76 **** 0457".
- The last digits of an account or a card, said: "mon compte se termine par 0457", "carte finissant par 8812".
- A card number whose middle digits are hidden, as a statement or a receipt prints it: "4974 **** **** 4417",
  "XXXX XXXX XXXX 4417", "497412******4417" (twenty-sixth pass, second shift, p69).
- (thirty-third pass) An IBAN or an account's end cut by an ellipsis, as a bank's app or a letter shortens it: "FR76
  …2291", "FR76 ... 5067", "le compte qui se termine par …4418"; a whole card number in the groups an American
  Express card prints, 4, 6 and 5 digits ("3782 824631 00188"), Luhn checked.
"""

from guichet.privacy import checksums
from guichet.privacy.recognizers.base import LEFT, RIGHT, RegexRecognizer

# What an app puts in place of the hidden digits.
_HIDDEN = "•●∙·*"


class MaskedIbanRecognizer(RegexRecognizer):
    """An IBAN with hidden groups: a country, two check digits, then groups of digits or hiding dots."""

    ENTITY = "IBAN"
    PATTERNS = (
        (LEFT + r"[A-Z]{2}\d{2}(?:[ \t\u00a0]?[0-9A-Z" + _HIDDEN + r"]{1,4}){2,8}(?![\w" + _HIDDEN + r"])", 0.8),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        hidden = sum(value.count(mark) for mark in _HIDDEN)
        return hidden >= 4 and any(char.isdigit() for char in value[4:].strip(_HIDDEN + " \t\u00a0"))


class AccountEndRecognizer(RegexRecognizer):
    """The last digits of the writer's account or card: "Son compte bancaire se termine par 0457"."""

    ENTITY = "IBAN"
    PATTERNS = (
        (
            r"(?i)(?<!\w)(?:compte|carte|iban|rib|cb|visa|mastercard|livret)(?!\w)[^.\n]{0,40}?"
            r"(?:se[ \t]+termin\w*|termin\w*|finissant|se[ \t]+finissant|finit|fini)[ \t]+(?:par|en)[ \t:]*"
            r"(?:les[ \t]+(?:chiffres[ \t]+)?|le[ \t]+)?(?P<pii>(?:…|\.{2,}|[*•●xX]{1,12})?[ \t]?\d{3,6})(?!\d)",
            0.7,
        ),
    )


class MaskedCardRecognizer(RegexRecognizer):
    """A card number shown in part: four groups of four digits or hiding marks (stars, dots, "X"), or sixteen in a
    row, with at least four of each; the whole run is masked, its visible digits with it."""

    ENTITY = "IBAN"
    PATTERNS = (
        (
            LEFT + r"(?:[\dXx" + _HIDDEN + r"]{4}[ \t\u00a0\-]?){3}[\dXx" + _HIDDEN + r"]{4}(?![\w" + _HIDDEN + r"])",
            0.8,
        ),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        hidden = sum(value.count(mark) for mark in _HIDDEN + "Xx")
        return hidden >= 4 and sum(char.isdigit() for char in value) >= 4


class ElidedIbanRecognizer(RegexRecognizer):
    """An IBAN shortened to its country, its check digits and its last digits: "FR76 …2291", "FR76...5067"."""

    ENTITY = "IBAN"
    PATTERNS = (
        (LEFT + r"[A-Z]{2}\d{2}[ \t\u00a0]*(?:…|\.{2,4})[ \t\u00a0]*\d{2,6}(?:[ \t\u00a0]\d{1,4})?" + RIGHT, 0.8),
    )


class GroupedCardRecognizer(RegexRecognizer):
    """A whole card number in an American Express card's groups (4, 6 and 5 digits, starting 34 or 37), Luhn
    checked; cards of sixteen digits are numbers of other recognisers' shapes."""

    ENTITY = "IBAN"
    PATTERNS = ((LEFT + r"3[47]\d{2}[ \u00a0\-]?\d{6}[ \u00a0\-]?\d{5}" + RIGHT, 0.8),)

    def valid(self, value: str, text: str, start: int) -> bool:
        return checksums.luhn_valid("".join(char for char in value if char.isdigit()))
