"""Words the name lists also hold that are never a name when typed in lower case (thirty-ninth pass,
engineer-p120e): SMS spellings and the words of a home without a street.

SMS spellings: messages typed like a text message write "pa mangé" (pas), "sai plu" (sais plus), "jsui", "koi",
"depui", "jveu"; the gazetteer holds "pa", "sai", "plu", "koi" as first names or surnames, so a pair of them in lower
case became a person ("mon fils a [PERSONNE_1] depuis hier", "[PERSONNE_2] quoi faire": over-masks that also
hide the message's words from triage and retrieval). Only the lower-case word is read as a spelling: capitalised,
"Sai", "Koi" or "Ki" stay names as the lists say ("Sai Kumar").

A home's word in lower case: "chalet", "camping", "mobil-home", "emplacement". In a signature's list of names
("Nos coordonnées : Claire et Antoine de La Rochère, chalet Les Edelweiss, 73150 Val-d'Isère") the list went on
into "chalet", whose name mask (0.8) beat the address's (0.65) and left the postcode; "camping le Soleil Levant" was
a person. Capitalised, "Moulin", "Grange" or "Chalet" stay surnames.

`name_rules_words._plain_common` reads both lists, so every name rule that skips a common word skips these too.
"""

_SMS_SPELLINGS = frozenset(
    """pa pas sai sé cé ché plu pu jsui jsuis jui chui chuis jvai jvé jveu jveux jvoudrai jvoudrais jdoi jdois jpeu
    jpe jpaye jsai jsé jcrois jcomprend jcomprends jconnai jmen jamai jamé koi kwa koa pkoi pourkoi kel kelle
    keske eske esk ske ke ki kand kom komen koman depui dpui dpuis pr pk pq pcq psk tkt jpp jsp jcp tt tte ts
    tjr tjrs bcp dsl mdr wsh vrmt vrm qd ds ns vs avc pdt tps bi1 ri1 mwa twa moa oqp dak dac auj ajd ojd aprem
    ptet ptit pti ptite fo fau veu pe msg lé mé tro tré tre ossi osi dja deja bjr slt svp stp bsr cc mrc mci""".split()
)


_HOME_WORDS = frozenset(
    """chalet chalets camping campings mobil-home mobil-homes mobilhome bungalow bungalows caravane emplacement
    lieu-dit lieudit hameau""".split()
)


# (fortieth pass, p124e) Everyday words of the writer's own language that the name lists hold, in a sentence written
# in it: "vivo in Francia da due anni", "con mio marito", "mia figlia", "meine Frau" typed "frau".
_OTHER_LANGUAGE_WORDS = frozenset("anni mio mia frau mann".split())


# (forty-sixth pass, the lead) The words a writer corrects themselves with, in lower case between commas: "deux
# enfants, pardon, trois enfants" masked "pardon" as a child's name, which hid the correction from the persona check
# (engineer-d67's finding on c36-001). Capitalised, "Pardon" stays a surname. `DISCOURSE_WORDS_NOT_NAMES` switches
# the reading off.
DISCOURSE_WORDS_NOT_NAMES = True
_DISCOURSE_WORDS = frozenset("pardon enfin bref euh pfff zut".split())


def is_lower_not_name(word: str) -> bool:
    """`word`, in lower case, is an SMS spelling of a French word ("pa", "sai", "jsui"), a home's word ("chalet",
    "camping"), an everyday word of another language ("anni", "mio") or a word a writer corrects themselves with
    ("pardon", "enfin"); capitalised, never."""
    if not word.islower():
        return False
    if DISCOURSE_WORDS_NOT_NAMES and word in _DISCOURSE_WORDS:
        return True
    return word in _SMS_SPELLINGS or word in _HOME_WORDS or word in _OTHER_LANGUAGE_WORDS
