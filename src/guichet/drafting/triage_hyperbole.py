"""Death and despair said as a figure of speech about a routine matter (twenty-second pass of issue 12).

Unseen batches keep raising routine messages as distress for their hyperbole: "je vais mourir si mon passeport
n'arrive pas", "ma mère va me tuer si on rate l'avion 😭", "je suis morte, je mange des pâtes depuis une semaine
lol", "la directrice va me massacrer 😅". The model reads the words of death and of a call for help ("au secours",
"je vais craquer") and scores them as distress; the rule's "me tuer" fires on the kin who "will kill" the writer.

Two readings, both on folded text:

* **figure and laugh** (`hyperbole_only`): a figure of death, killing or breakdown (`_FIGURE`) and, in the same
  message, a mark that the writer laughs or jokes (`_JOKE`: a laughing or winking emoji, "lol", "mdr", "ahah",
  "je rigole", "blague à part"); or a death said to depend on a document or a trip ("je vais mourir si mon passeport
  n'arrive pas", `_TRIVIAL_STAKE`), or a life saved said as thanks ("vous m'avez sauvé la vie", "merci de me
  sauver la vie", `_RESCUE_THANKS`, twenty-fifth pass), or death said of a thing or killing of an ordeal ("mon
  espace en ligne est mort", "ça me tue ces histoires", `_THING_FIGURE`) with no other word of death or despair in
  the message (second shift of the twenty-fifth pass). The model's distress is then dropped
  (`triage.learned_after_gates`), never a rule's, and never where the message also shows a warning sign of
  suicide (`triage_signs`), a sign of acute hardship (`triage_hardship`: an empty fridge told as a joke stays
  distress) or a farewell cue. The corpora's writers hide real distress behind a laugh ("je pense à en finir tous
  les soirs, mais c'est la routine 😅", the rules read it; "je coupe mes doses en deux 😄", the hardship and
  relapse signs read it): a figure is needed too.
* **kin who "will kill"** (`figurative_kin_kill`): "mes gosses vont me tuer s'il n'y a pas la console", "ma mère
  va me tuer si on rate l'avion", "mon fils va me tuer quand il va savoir ça", "ma coloc va littéralement me tuer
  😭": children, a parent, a teacher or a flatmate said to kill the writer *if* or *when* something happens (a
  missed plane, a forgotten form, a lost key), or with an emoji. A partner ("mon mari va me tuer si je pars") is
  never read so: that is how a threat of violence is reported.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import cue_counts, fold

# Switch (measured on and off in the twenty-second pass).
HYPERBOLE_GATE = True

# A figure of one's own death, killing or breakdown, as people say it of a bother.
_FIGURE = re.compile(
    r"\bje (?:vais|vas) (?:mourir|crever|craquer|peter un cable|devenir fou|devenir folle)\b"
    r"|\b(?:je suis|jsuis|j'suis|chuis|chui) (?:mort|morte|morts|mortes)\b(?! de (?:faim|froid))"
    r"|\b(?:mort|morte|mourir) de (?:rire|stress|trouille|peur|honte|fatigue|ennui)\b"
    r"|\b(?:va|vont|allait|allaient) me (?:tuer|massacrer|trucider|etrangler|assassiner|manger|tuer sur place)\b"
    r"|\b(?:ca|cela|ce truc|ce site|votre site) (?:me tue|va me tuer|me rend (?:fou|folle|dingue|chevre))\b"
    r"|\bme (?:jeter|balancer) par la fenetre\b|\bma vie est (?:finie|foutue)\b|\bc'est la fin du monde\b"
    r"|\bau secours\b|\bje vais peter un plomb\b|\bje (?:pete|vais peter) les plombs\b"
)
# The writer laughs, winks or says it is a joke.
_JOKE = re.compile(
    r"😂|🤣|😅|😆|😄|😁|🙃|😜|😝|😬|🤪|😉|😹"
    # Twenty-fifth pass: the skull of "I'm dead (laughing)" ("jsuis mort 💀", "catastrophe 💀").
    r"|💀|☠"
    r"|\b(?:lol|mdr+|ptdr+|xd+|(?:ha){2,}|(?:ah){2,}h?|(?:hi){2,}|hihi)\b"
    r"|\b(?:je rigole|je plaisante|je blague|je deconne|blague a part|non mais vraiment|sans rire)\b"
)
# A death said to hang on a document, a parcel or a trip ("je vais mourir si mon passeport n'arrive pas").
_TRIVIAL_STAKE = re.compile(
    r"\b(?:je vais|on va) mourir si\b[^.!?\n]{0,60}\b(?:passeport|carte d'identite|carte grise|permis|colis|avion"
    r"|vol|vacances|voyage|billets?|resultats?|examen|concours|inscription)\b"
)
# Twenty-fifth pass (bp-026, a lost identity card before an exam, "merci de me sauver la vie 🙏", scored 0.75 as
# distress): a life saved as thanks or as a favour asked of the office ("vous m'avez sauvé la vie", "vous me sauvez la
# vie", "merci de me sauver la vie", "vous êtes mes sauveurs") is gratitude, with or without a laugh.
_RESCUE_THANKS = re.compile(
    r"\b(?:vous|tu) (?:m'avez|m'as|nous avez|nous as) sauve(?:e|s|es)? la (?:vie|mise)\b"
    r"|\b(?:vous|tu) (?:me|nous) sauve[zs]? la (?:vie|mise)\b"
    r"|\bmerci (?:d'avance )?(?:de|pour|d') ?(?:me|nous|m'avoir|nous avoir) sauve[rez]? la (?:vie|mise)\b"
    r"|\b(?:vous etes|tu es|t'es) (?:mes|mon|ma|nos|notre) sauveu?r\w*"
)
# Twenty-fifth pass, second shift (bt-033, an ambulance driver to the Urssaf: "mon espace en ligne est mort : plus
# aucune déclaration possible … Ça me tue ces histoires", scored 0.78 as distress): death said of a thing (an online
# account, a site, a file, an application "est mort") or killing said of an ordeal ("ça me tue ces histoires", "cette
# paperasse va me tuer", "vos démarches me tuent"). A figure only when nothing else in the message speaks of death or
# despair (`_DESPAIR`, read once the figures are taken out).
_THING = (
    r"(?:espace(?: en ligne| perso\w*| pro\w*| client| personnel| professionnel)?|compte(?: en ligne| pro| ameli"
    r"| urssaf| caf| impots)?|dossier|site(?: internet| web)?|appli\w*|application|ordi\w*|ordinateur|serveur"
    r"|messagerie|portail|logiciel|connexion|imprimante|box|lien|formulaire|mot de passe|identifiant|acces"
    r"|telephone|portable|tpe|terminal|caisse enregistreuse)"
)
_ORDEAL = (
    r"(?:histoires?|demarches?|paperasses?|delais?|formulaires?|procedures?|attentes?|relances?|papiers|dossiers?"
    r"|trucs?|machins?|sites?|declarations?|bureaucratie|administration|bugs?|mails?|courriers?|appels?)"
)
_THING_FIGURE = re.compile(
    rf"\b(?:mon|ma|mes|le|la|les|votre|vos|son|sa|ce|cet|cette|l') ?{_THING}\b(?:[^.!?\n,:;]{{0,25}}?)"
    r" (?:est|sont|etait|semble|parait|a l'air|avait l'air) (?:\w+ )?(?:mort|morte|morts|mortes|decede\w*)\b"
    rf"|\b(?:ca|cela|c'est ce qui) me tue,? (?:avec )?(?:ces|cette|ce|cet|vos|votre|les|toutes ces|tous ces) (?:\w+ )?"
    rf"{_ORDEAL}\b"
    rf"|\b(?:ces|cette|ce|cet|vos|votre|les|toutes ces|tous ces) (?:\w+ )?{_ORDEAL}\b[^.!?\n]{{0,30}}?"
    r" (?:me tuent|me tue|vont me tuer|va me tuer|m'achevent|m'acheve|vont m'achever|va m'achever)\b"
)
_DESPAIR = re.compile(
    r"\b(?:mort\w*|mourir|meur\w*|tuer|tue|crev\w*|suicid\w*|en finir|disparaitre|foutre en l'air|plus envie"
    r"|n'en peux plus|plus la force|a bout|craque\w*|desespoir|desespere\w*|(?:ai|avons|reste|a) plus rien"
    r"|seule? au monde|pendre|idees noires|sombre|deprim\w*|pleure\w*|survivre)\b"
)
# Thirty-eighth pass (dj-036, a carer to France Travail: "un atelier CV de 3 jours, honnêtement je vais mourir
# d'ennui", scored 0.997 on its sentence): boredom and laughter kill no one, with or without a laugh, when nothing
# else in the message speaks of death or despair (`_DESPAIR`, read once the figure is taken out).
_NO_DEATH = re.compile(r"\b(?:mort|morte|morts|mortes|mourir|meurs|meurt|crever|creve) (?:d'ennui|de rire)\b")
# Children, a parent or a teacher said to kill the writer if something happens; not a partner.
_KIN_KILL = re.compile(
    r"\b(?:(?:mes|les|nos) (?:gosses|enfants|petits|gamins|ados|filles|fils|loulous)|(?:ma|mon) (?:mere|pere"
    r"|maman|papa|grand-mere|belle-mere|prof|maitresse|directrice|directeur|chef|patron|fils|fille|ado|gamin|gamine"
    r"|coloc|colocataire)|mes parents)"
    r" (?:va|vont|allait|allaient) (?:(?:litteralement|vraiment|carrement|grave|clairement) )?"
    r"me (?:tuer|massacrer|trucider|etrangler)\b"
    r"(?= (?:si|s'il|s'ils|quand|le jour ou)\b| ?[😭😱😂🤣😅🙃😬🥲💀])"
)
# Words of blows, fear, flight or honour, and a writer who says it is no figure: then a kin's "me tuer" is a threat
# ("si je suis renvoyé au pays mon père va me tuer, c'est pas une expression", tri-bc-036).
_HARM_WORDS = re.compile(
    r"\b(?:frapp\w*|coups?|battu\w*|menac\w*|peur\w*|violen\w*|enferm\w*|cogn\w*|pays|honneur|fui\w*|enfui\w*"
    r"|cache\w*|pas une expression|pas une blague|(?:ne )?plaisante pas|serieusement|pour de vrai)\b"
)


def hyperbole_only(text: str) -> bool:
    """The (folded or raw) text says death or breakdown as a figure about a routine matter: a figure and a laugh,
    or a death that hangs on a document or a trip; and no farewell cue. The caller checks the warning and hardship
    signs and leaves every rule's label alone."""
    folded = fold(text)
    if cue_counts(folded)["farewell"]:
        return False
    if _TRIVIAL_STAKE.search(folded) or _RESCUE_THANKS.search(folded):
        return True
    if _NO_DEATH.search(folded) and not _DESPAIR.search(_NO_DEATH.sub(" ", folded)):
        return True
    if _THING_FIGURE.search(folded) and not _DESPAIR.search(_THING_FIGURE.sub(" ", folded)):
        return True
    return bool(_FIGURE.search(folded) and _JOKE.search(folded))


def figurative_kin_kill(text: str) -> bool:
    """Every "me tuer" of the (folded) text is said of children, a parent or a teacher, conditional on something
    happening, and no word of blows or threats is there."""
    said = len(re.findall(r"\bme tuer\b", text))
    if not said or _HARM_WORDS.search(text):
        return False
    return len(_KIN_KILL.findall(text)) >= said
