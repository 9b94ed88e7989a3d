"""Thirty-eighth pass (engineer-r60): debts that are not the writer's own household's, kept off the debts entry.

The distress map's debts entry (`situations.DISTRESS`, "dettes") points to F134 « Déposer un dossier de
surendettement »: the Banque de France's procedure for a private person's own debts. On train + validation of
`corpora/retrieval/` it put that fiche first, above the fiche the message asks about, in ten messages of distress
and questions whose debts were someone else's or a business's, a way of telling that recurs across batches and
authors:

* **a business's debts**, told by a self-employed writer ("j'ai un food truck (entreprise individuelle)", "plaquiste
  auto entrepreneur") with the URSSAF's or suppliers' debts ("22 000 € de dettes (fournisseurs, URSSAF…)"): their
  fiches are the entrepreneur's (« Rétablissement professionnel », « Le patrimoine personnel d'un entrepreneur
  individuel »), not the household's over-indebtedness file;
* **another person's debts**, told by what they did or left ("mon père … avait des dettes partout", "mon frère … a
  pris trois crédits revolving", "les dettes de mon fils"): the succession, the guardianship or the parents'
  liability answers, not the writer's own file.

`OTHERS_DEBTS` and `BUSINESS_DEBTS` are the entry's `excludes` (regular expressions over the folded text). A writer who
also says debts of their own ("j'ai des dettes", "mes crédits", "nos dettes", "je suis en surendettement") keeps the
entry: the file is then theirs too.
"""

from __future__ import annotations

# Debts said as the writer's own, or the household's: the exclusions below never apply then.
_OWN = (
    r"(?!.*\b(j.ai|j ai|nous avons|on a|ai) (\w+ ){0,3}(dettes?|credits?|decouverts?|emprunts?)\b)"
    r"(?!.*\b(mes|nos) (\w+ ){0,2}(dettes|credits)\b)(?!.*\b(je suis|nous sommes) (\w+ )?surendett)"
)
_RELATIVE = (
    r"(pere|papa|mere|maman|frere|soeur|fils|fille|mari|epoux|femme|compagnon|compagne|ex|oncle|tante|grand.pere"
    r"|grand.mere|defunt|defunte|beau.pere|belle.mere|neveu|niece)"
)
OTHERS_DEBTS = (
    r"(?s)^" + _OWN + r".*("
    r"\b(dettes?|credits?) (de|du|d.) ?(mon|ma|mes|son|sa|ses|notre|leur|l.|la |le )? ?" + _RELATIVE + r"\b"
    r"|\b" + _RELATIVE + r"\b[^.!?\n]{0,120}\b(avait|a|ont|avaient) (\w+ ){0,2}(pris|fait|contracte|accumule|laisse)?"
    r" ?(des |plein de |trois |deux |plusieurs |\d+ )?(dettes|credits)\b"
    r"|\b(il|elle) (avait|a) (des|plein de) dettes\b|\bses dettes\b"
    r")"
)
_SELF_EMPLOYED = (
    r"auto.?entrepreneu\w*|micro.?entrepr\w*|entreprise individuelle|mon (entreprise|commerce|restaurant|salon"
    r"|magasin|food.?truck|bar)|ma (societe|boutique|petite entreprise)|\bj.ai un (food.?truck|commerce|restaurant"
    r"|bar|salon|magasin)|artisan|commercante?|independante?|liberale?"
)
BUSINESS_DEBTS = (
    r"(?s)^(?!.*\b(j.ai|j ai|nous avons|on a|ai|mes|nos) (\w+ ){0,3}(credits? (conso|revolving|a la consommation)"
    r"|decouverts?|pret personnel)\b)(?!.*\b(je suis|nous sommes) (\w+ )?surendett)"
    r"(?=.*\b(" + _SELF_EMPLOYED + r"))"
    r".*\b(dettes? (de |d.|aupres de |envers )?(l.|les |mes |aux )?(urssaf|fournisseurs?|professionnel\w*)"
    r"|(urssaf|fournisseurs?)\W[^.!?\n]{0,60}\bdettes?\b|\bdettes?\b[^.!?\n]{0,60}\W(urssaf|fournisseurs?))"
)
