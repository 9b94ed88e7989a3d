"""Places of birth after a hedged or a qualified birth (thirty-seventh pass, engineer-p112e): "née sous X le 19 août
1987 à Roubaix", "né vers 1920 à Kayes", "né aux alentours de 1935 à Ségou", "née environ en 1950 à Tuléar".

The same product decision as `birthplace` (nineteenth pass): the town is masked as `[LIEU_NAISSANCE_n]`, a country
or an overseas region is left here ("né vers 1920 au Mali": a foreign country is `birth_country`'s since the
thirty-eighth pass); the town named again elsewhere in the message is masked there too, except as an office's or a
court's.
"""

from guichet.privacy.recognizers.birthplace import _AT, _BORN, _DATE, _PLACE, BirthplaceRecognizer

# What stands between the birth word and its date: "sous X" (a birth under anonymity), "vers", "environ", "aux
# alentours de", "autour de", "en l'an", "peut-être" — with the date's own "le" or "en" after it.
_HEDGE = (
    r"[ \t]*,?[ \t]+(?:(?i:sous)[ \t]+X|(?i:vers|environ|circa|autour[ \t]+de|aux[ \t]+alentours[ \t]+de|"
    r"en[ \t]+l['’]an|peut-être|peut-etre|probablement|sans[ \t]+doute))"
    r"(?:[ \t]*,?[ \t]*(?i:le|en|vers|du)?[ \t]*" + _DATE + r")?"
)


class HedgedBirthplaceRecognizer(BirthplaceRecognizer):
    """The town after a birth said under anonymity or with an approximate date (see the module's docstring)."""

    PATTERNS = ((f"{_BORN}{_HEDGE}{_AT}{_PLACE}", 0.8),)
