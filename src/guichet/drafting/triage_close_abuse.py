"""Abuse by someone close, told without the rules' words (fifty-seventh pass of issue 12, engineer-gw).

A person mistreated by a relative, a partner or a carer rarely writes « violence » or « maltraitance »: an old mother
writes that her son « a ma carte et ne me la rend pas, quand je demande il crie », a neighbour that the grandson
« ferme la porte à clé quand il s'en va et on l'entend pleurer », a wife that her husband « garde mon passeport et
mon titre de séjour … si je pars », a teenager that « je peux pas rentrer chez moi, mon beau-père a dit … », often
beside a practical question (a new card, another account, an address kept hidden). The distress rules read the words
of danger; these messages carry three facts together instead, and each family below reads them together so that a
son who manages his mother's accounts with her agreement, a guardian's question, a couple's shared account or a
teenager's ordinary row stay routine.

Families read on folded text (`fold`), each with its switch (read at call time; set one off in a test:
`triage_close_abuse.READ_CONTROL = False`) and the distress kind whose contacts it brings:

- `READ_CONTROL` (kind ``elderly`` when the victim is old or the money a pension, else ``violence``): someone close
  (a child, a grandchild, a niece, a partner, an in-law, a carer) who keeps, takes or watches the victim's money,
  card, papers, phone or mail, or who locks them in or keeps them from going out, and, in the same message, fear or
  harm (« j'ose plus », « il crie », « me menace », « elle a peur de lui », « des bleus », « faim », « je ne veux pas
  qu'il sache »); not when the management is told agreed (« avec son accord », « d'un commun accord »);
- `READ_AFRAID_HOME` (kind ``child``): someone afraid to go home, or unable to, because of a parent or a
  step-parent (« peur de rentrer à la maison quand son père a bu », « je peux pas rentrer chez moi ce soir, mon
  beau-père a dit … »).

Measured figures: docs/benchmarks.md (fifty-seventh pass, engineer-gw). Pure functions on folded text (no model, no
Django).
"""

import re

# Train + validation A/B (docs/benchmarks.md, fifty-seventh pass, engineer-gw): rules alone, +40 train and +8
# validation gold distress read, no message without gold distress read; with the shipped model, no cost.
READ_CONTROL = True
READ_AFRAID_HOME = True

_POSS = r"(?:mon|ma|mes|son|sa|ses|leur|notre|le|la|l'|un|une|son ex|mon ex|du|de la|de mon|de ma|de son|de sa)"
_CLOSE = (
    r"(?:fils|fille|filles|niece|neveu|petit-fils|petite-fille|petit fils|petite fille|gendre|belle-fille"
    r"|belle fille|belle-mere|belle mere|beau-pere|beau pere|beau-fils|beau fils|beau-frere|belle-soeur|mari|femme"
    r"|epoux|epouse|conjoint|conjointe|compagnon|compagne|concubin|concubine|copain|copine|frere|soeur|oncle|tante"
    r"|cousin|cousine|pere|mere|papa|maman|auxiliaire de vie|aide a domicile|aide-soignante?|belle-famille)"
)
_PERSON = rf"(?:\b{_POSS} ?{_CLOSE}\b|\b(?:mon|son|ma|sa) ex\b)"
_THINGS = (
    r"(?:cartes? (?:bancaires?|bleues?|vitale|d'identite|de retrait)|cartes?\b|cb\b|pension"
    r"|retraite|reversion|argent|sous\b|allocations?|rsa\b|aah\b|apl\b|apa\b|salaire|cheques?|chequier|compte"
    r"|papiers|passeport|titre de sejour|livret de famille|telephone|portable|codes?\b|identifiants|mots? de passe"
    r"|courriers?|mails|cles\b|voiture|espace personnel)"
)
_TAKES = (
    r"(?:garde|gardent|a garde|prend|prennent|a pris|me prend|lui prend|retire|retirent|confisque|a confisque"
    r"|a change le code|change les mots de passe|surveille|verifie|lit|ouvre|ouvrent|emprunt\w*|garde toutes?"
    # « il a ma carte », « qui a mes papiers »: said of the writer's things only, not « elle a sa retraite à elle ».
    r"|(?:il|elle|qui|ils|elles) a (?:ma|mes|mon|tous mes|toutes mes))"
)
_CONTROL_ACT = (
    rf"(?:\b{_TAKES}\b [^.\n]{{0,40}}?\b{_THINGS}"
    r"|\b(?:m'|l'|les |nous |me |la |le )?enferme\w*"
    r"|ferme (?:la porte )?a cle"
    r"|(?:ne|n') ?(?:me|lui|nous) (?:la|le|les) (?:rend|rendent) (?:pas|plus|jamais)"
    r"|(?:ne|n') ?(?:me|la|le|lui|nous|les) (?:laisse|laissent) (?:pas|plus|que|sortir|voir)"
    r"|(?:m'|l'|les |nous )?(?:empeche|empechent|interdit|interdisent) de (?:sortir|voir|la voir|le voir|me voir)"
    r"|(?:ne|n') ?(?:ai|a) (?:pas|plus) le droit de (?:sortir|voir|utiliser)"
    r"|(?:pas|plus) le droit de sortir)"
)
_CONTROL = re.compile(
    # « ma fille a ma carte »: the person and the verb « a » of the writer's things, or the person and a control act.
    rf"{_PERSON}(?= a (?:ma|mes|mon|tous mes|toutes mes) [^.\n]{{0,40}}?{_THINGS}|[^\n]{{0,160}}?{_CONTROL_ACT})"
    rf"|{_CONTROL_ACT}(?=[^\n]{{0,80}}?{_PERSON})"
)
_FEAR = re.compile(
    r"\b(?:peur|cri(?:e|es|ent|er|ait|aient|s)|hurl\w*|menace\w*|frappe\w*|me pousse|coups?|bleus?|violente?s?"
    r"|ose (?:plus|pas|rien)|j'ose|n'ose|pleur\w*|engueul\w*|tremble|casse|faim|regretter|honte|a la rue|maigri\w*"
    r"|ne (?:veux|veut) pas qu'(?:il|elle|ils) (?:le )?sache|sans qu'(?:il|elle) (?:soit|le sache)"
    r"|se passe mal|devient violent|me traite|insulte\w*|rabaiss\w*|passer pour folle?|je suis rien|suis tombee)\b"
)
_AGREED = re.compile(
    r"\b(?:avec (?:son|mon|leur|notre) (?:plein )?accord|(?:elle|il) est d'accord|d'un commun accord|a l'amiable"
    r"|comme (?:elle|il) le souhaite)\b"
)
_OLD = re.compile(
    r"\b(?:(?:7[5-9]|8[0-9]|9[0-9]|10[0-9]) ans|agee?s?|vieille|vieux|grand-mere|grand-pere|grand mere|mamie|papi"
    r"|retraite|pension|reversion|apa|ehpad|personne agee)\b"
)
_AFRAID_HOME = re.compile(
    r"(?:\bj|\b)(?:peur|ose pas|osent pas|peux pas|peut pas|veux pas|veut pas|pas le droit)"
    r" (?:de )?(?:rentrer|retourner) (?:a la maison|chez (?:moi|elle|lui|nous|eux)|a la maison|ce soir)"
    rf"(?=[\s\S]{{0,200}}\b(?:{_POSS} ?)(?:pere|mere|papa|maman|beau-pere|beau pere|belle-mere|belle mere|parents"
    r"|mari|compagnon|conjoint|frere)\b)"
)
_NEAR = 400


def close_abuse_hits(text: str) -> dict[str, list[str]]:
    """Abuse by someone close told in `text` (folded title and body): hits by distress kind, each family under its
    switch."""
    found: dict[str, list[str]] = {}
    if READ_CONTROL and not _AGREED.search(text):
        for match in _CONTROL.finditer(text):
            window = text[max(0, match.start() - _NEAR) : match.end() + _NEAR]
            if _FEAR.search(window):
                kind = "elderly" if _OLD.search(text) else "violence"
                found.setdefault(kind, []).append(match.group(0))
                break
    if READ_AFRAID_HOME and (match := _AFRAID_HOME.search(text)):
        found.setdefault("child", []).append(match.group(0))
    return found
