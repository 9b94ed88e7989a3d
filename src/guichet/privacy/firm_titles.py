"""A firm's name stops before a person's title (forty-fifth pass, engineer-p144e, issue 13).

A shop or a firm named with its owner after it: "le Kebab Istanbul de M. Yilmaz", "serveuse au Café de la Paix de
M. Lemaire". `employer`'s name pattern joins "de" and a capitalised word, and a title's abbreviation ("M", "Dr",
"Me", before its dot) is such a word: the firm's mask ended on "de M" and left the surname visible after it
("[EMPLOYEUR_1]. Yilmaz"). With `CUT_AT_TITLE`, a title that ends the matched name after a joiner ends the firm
before the joiner, and the person ("M. Yilmaz") is left to the name rules, which read the title as their cue
("[EMPLOYEUR_1] de [PERSONNE_1]"). A title inside the match with the name after it ("la Boulangerie de la Gare de
Mme Pinto") is masked with the firm as before.

Source of the vocabulary: the abbreviations of civil and professional titles of the Lexique des règles
typographiques en usage à l'Imprimerie nationale (M., MM., Mme, Mmes, Mlle, Mlles, Dr, Me, Pr), with "Mr" as
citizens type it.
"""

from guichet.text import fold

CUT_AT_TITLE = True

# Folded, without their dot: the abbreviations a firm's name pattern stops on, the dot after them not being a word's.
TITLES = frozenset(fold(word) for word in "M MM Mr Mme Mmes Mlle Mlles Dr Me Pr".split())
