"""The shop or the small firm a writer runs, named in quotes (forty-fifth pass, engineer-p144e, issue 13): "Nous
tenons une boulangerie-pâtisserie à Tulle, « Au Pain Doré »", "je tiens un petit restaurant à Lens, « Chez Fatou »",
"mon salon de coiffure « Hair Nadia »", "notre épicerie \"Le Panier de Léa\"".

A shop's sign with its town names its owner: the writer, or a relative. The quotes say that a name follows, whatever
its words are ("Au Pain Doré" is words of the language; `employer` reads no firm that starts with "Au"); the cue is
that the sentence is about a business the writer, their family or their partner runs: a possessive before a kind of
shop or firm ("mon magasin", "notre salon de coiffure", "sa petite entreprise de plomberie"), or a verb of running
it ("nous tenons une …", "j'ai repris un …", "il gère un …") with the quoted name in the same sentence. The inside
of the quotes is masked as `[EMPLOYEUR_n]` (product decision of the twentieth pass); the kind stays.

**Not masked**: a quoted name without such a cue ("le dispositif « Mon Accompagnateur Rénov' »", "l'opération
« Bien Vieillir »": a scheme, an article's or a fiche's title), a public body's word in the name
(`employer.is_firm`), a quoted text that is a sentence (more than six words, or starting in lower case).

Source of the kinds: a vocabulary of this shift, after the trades that the chambers of trades (Répertoire des
métiers) register most and that are run alone or as a family (food trades, hair and beauty, cafés and restaurants,
repair, building trades), with the words citizens use for a business of their own ("commerce", "affaire", "boîte").
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY, is_firm

ENABLED = True

# Above the name rules, as `employer.SCORE`: "Chez Fatou" in quotes is the shop, not a first name.
SCORE = 0.85

_KINDS = (
    r"(?:commerce|magasin|boutique|affaire|boîte|boite|entreprise|société|societe|restaurant|resto|bar|café|cafe|"
    r"bar-tabac|tabac|brasserie|pizzeria|crêperie|creperie|snack|kebab|friterie|food-truck|salon|institut|"
    r"boulangerie|pâtisserie|patisserie|boucherie|charcuterie|épicerie|epicerie|supérette|superette|primeur|"
    r"poissonnerie|fromagerie|fleuriste|librairie|pressing|laverie|garage|atelier|cabinet|agence|auberge|hôtel|"
    r"hotel|gîte|gite|camping|ferme|exploitation|élevage|elevage|domaine|cave|caviste|bijouterie|cordonnerie|"
    r"quincaillerie|droguerie|mercerie|opticien|optique|imprimerie|menuiserie|plomberie|maçonnerie|maconnerie|"
    r"carrosserie|taxi|auto-école|auto-ecole|chambres[ \t]+d['’]hôtes)(?:-[a-zà-ÿ]+)?"
)
# What the kind is, after it: "de coiffure", "de plomberie", "d'esthétique", "bio", "familial".
_WHAT = r"(?:[ \t]+(?:de|d['’])[ \t]*[a-zà-ÿ][\wà-ÿ\-]*|[ \t]+[a-zà-ÿ][\wà-ÿ\-]*){0,2}"
_ADJ = r"(?:(?:petite?|propre|nouvelle?|nouvel|jeune|modeste|vieille|vieux)[ \t]+)?"
_POSSESSIVE = r"(?<![\w'’\-])(?i:mon|ma|notre|son|sa|leur)[ \t]+" + _ADJ + r"(?i:" + _KINDS + r")"
_RUN = (
    r"(?<![\w'’\-])(?i:tiens|tient|tenons|tenez|tiennent|tenais|tenait|tenions|tenaient|ai[ \t]+tenu|a[ \t]+tenu|"
    r"avons[ \t]+tenu|ont[ \t]+tenu|gère|gères|gérons|gèrent|gérais|gérait|géraient|exploite|exploitons|exploitent|"
    r"ai[ \t]+ouvert|a[ \t]+ouvert|avons[ \t]+ouvert|ont[ \t]+ouvert|ai[ \t]+repris|a[ \t]+repris|"
    r"avons[ \t]+repris|ont[ \t]+repris|ai[ \t]+créé|a[ \t]+créé|avons[ \t]+créé|ont[ \t]+créé|possède|possédons)"
    r"[ \t]+(?i:un|une|le|la|l['’])[ \t]*" + _ADJ + r"(?i:" + _KINDS + r")"
)
# The quoted name: one to six words, the first capitalised (a sign's name, not a sentence).
_QUOTED = r"(?P<open>[«\"“])[ \t\u00a0\u202f]*(?P<name>[A-ZÀ-ÖØ-Þ0-9][^«»\"“”\n]{0,60}?)[ \t\u00a0\u202f]*(?:»|\"|”)"
_POSSESSED = re.compile(_POSSESSIVE + _WHAT + r"[ \t]*(?:,|:|\()?[ \t]*" + _QUOTED, re.MULTILINE)
_RUNNING = re.compile(_RUN + r"[^.!?;\n«\"“]{0,60}?" + _QUOTED, re.MULTILINE)
_GATE = re.compile(r"[«\"“]")
# Words of a sign's name to set aside before asking `is_firm` whether the name is a public body's or a person's.
_LEAD = re.compile(r"(?i:(?:au|aux|à[ \t]+la|chez|les|le|la)(?![\w'’])|(?:à[ \t]+)?l['’])[ \t]*")


class OwnShopRecognizer(RegexRecognizer):
    """The writer's or a relative's own shop or firm, named in quotes (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not ENABLED or not _GATE.search(text):
            return
        for regex in (_POSSESSED, _RUNNING):
            for match in regex.finditer(text):
                name = match.group("name")
                if len(name.split()) > 6:
                    continue
                core = name[_LEAD.match(name).end() :] if _LEAD.match(name) else name
                if not core or not is_firm(core.strip()):
                    continue
                yield match.start("name"), match.end("name"), SCORE
