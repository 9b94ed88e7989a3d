"""Where a draft sentence starts saying something of the writer, and the clause that says it."""

import re

# Where a sentence starts saying something of the writer. The clause that follows (to a comma, a colon or the end) is
# read for traits.
_FRAMES = re.compile(
    r"\bvous\s+(?:n.)?(?:etes|etiez|serez)\b"
    r"|\ben tant qu(?:e\b|.)"
    r"|\betant\b"
    r"|\bvotre (?:situation|statut|qualite) d(?:e\b|.)"
    r"|\bcomme vous\b|\bpuisque vous\b|\bvu que vous\b|\bdu fait que vous\b|\bdans la mesure ou vous\b"
    r"|\bayant\b"
    r"|\b(?:residant|vivant|habitant|travaillant|percevant|touchant|beneficiant)\b"
    r"|\bvous\s+(?:n.|ne\s+)?(?:avez|residez|habitez|vivez|travaillez|touchez|percevez|beneficiez|attendez|venez|"
    r"vous deplacez|elevez|disposez|possedez|preparez|suivez|terminez|occupez|enchainez|entrez|faites|exercez|"
    r"(?:nous |m.)?ecrivez)\b"
    r"|\b(?:avec|de|pour|a) vos\s+(?:\w+\s+)?enfants?\b|^\W*vos\s+(?:\w+\s+)?(?:enfants?|jumeaux|jumelles)\b"
    r"|\bvos (?:revenus|ressources)\b"
    r"|^\W*a \d{1,3} ans\b"
    r"|\bvotre (?:handicap|invalidite|taux d.incapacite)\b|\bavec un taux d.incapacite\b"
    r"|\bavec (?:un|une|votre|vos) (?:salaire|revenus?|pension|retraite|ressources)\b"
    r"|\bvotre (?:salaire|pension|retraite|revenu)\b(?=\s+(?:(?:net|brut|mensuel)\s+)?(?:est|s.eleve|atteint|"
    r"mensuel|d.environ|de \d))"
    r"|\bvotre loyer\b(?=\s+(?:(?:mensuel|actuel)\s+)?(?:est|s.eleve|atteint|de \d|d.environ))"
    r"|\bvotre (?:mari|epoux|epouse|femme|conjointe?|compagnon|compagne) et vous\b"
    r"|\bvous et votre (?:mari|epoux|epouse|femme|conjointe?|compagnon|compagne)\b"
    r"|\bvotre (?:demande|dossier|avis|recours|reclamation|declaration|courrier|lettre|contrat|licenciement|"
    r"inscription|arret|cdd|cdi|demission|rupture conventionnelle|apprentissage|alternance|"
    r"mission|volontariat|service civique|engagement)\b"  # a volunteer's mission, dated or measured like a contract
)
# A condition, a question or a general rule: what follows is not said of this writer.
_CONDITION_BEFORE = re.compile(
    r"(?:\bsi\b|\bs['’]|\blorsque\b|\blorsqu.|\bquand\b|\bdes lors qu\w*|\bdes qu\w*|\ba condition qu\w*|"
    r"\bpourvu qu\w*|\b(?:laquelle|lequel|lesquel\w*|auquel|auxquel\w*|duquel|dont)\b|"
    r"\bsoit que\b|\bselon que\b|\bsauf si\b|\bmeme si\b|\bpour (?:les|toute?s?) (?:personnes?|ceux|celles)\b|\bqui\b|"
    r"\bdans le cas ou\b|"
    r"\ben cas de\b|\bque vous soyez\b|\bau cas ou\b|\bverifiez\b|\bindiquez\b|\bpreciser?\b|\bdemander? si\b)"
    r"[^.;:?!]{0,60}$"
)
_CLAUSE_END = re.compile(
    r"[,;:.!?()\n]|\s[-–]\s|\bet (?:vous|votre|vos)\b|\bmais\b|\bdonc\b|\bcar\b|\bsauf\b|\bsi\b|\bs['’]il"
    r"|\b(?:tandis|alors|pendant) qu"  # "vous travaillez tandis que votre épouse est sans emploi": another person
)
# A list of conditions ("si les conditions suivantes sont remplies : vous êtes séparés, …", "dans l'un des cas
# suivants : vous habitez …"): its items are conditions, not claims.
_CONDITIONS_LISTED = re.compile(
    r"(?:\bsi\b|\bsuivant\w*|\bconditions?\b|\bcas\b|\bl.une? des\b|\bsoit\b)[^.?!]{0,80}:[^.?!]{0,400}$"
)
# What the writer could become ("exercer en tant qu'auto-entrepreneur", "devenir salarié"): no claim of now.
_PROSPECT_BEFORE = re.compile(
    r"\b(?:exercer|devenir|travailler|inscrire|declarer|choisir|opter|creer|lancer|embauche\w*)\b[^.;:?!]{0,80}$"
)
_PARTICIPLE = re.compile(r"(?:residant|vivant|habitant|travaillant|percevant|touchant|beneficiant|etant|ayant)\b")
# What "vous avez" says of the writer: an age, children, an income, a recognition, the legal age, a step of the case.
_HAVE_TRAIT = re.compile(
    r"\s*(?:pas\s+|plus\s+|deja\s+|bien\s+|encore\s+|aussi\s+|recemment\s+|enfin\s+)*"
    r"(?:\d{1,3}\s*ans\b(?!\s+(?:pour|a partir|a compter|apres|afin|de plus|maximum|au plus|au maximum|de delai))|"
    r"(?:plus|moins) de \d{1,3}\s*ans\b|"
    r"(?:des|un|une|deux|trois|quatre|cinq|six|\d+|d.|aucun)\s+(?:\w+\s+)?enfants?\b|"
    r"(?:de |des |d.)?(?:faibles|petits|"
    r"modestes|hauts|bas)?\s*(?:revenus|ressources)\b|(?:la |une |aucune |de )?reconnaissance\b|"
    r"(?:pas )?(?:encore )?atteint\b|(?:recu|depose|envoye|fait|transmis|signe|commence|quitte|arrete|"
    r"ete licenciee?s?|demenage|emmenage|eu \d+ ans|demissionne|ete remerciee?)\b|un enfant\b|"
    r"passee?s? (?:plus de |pres de )?\w+ (?:ans|annees|mois)\b|"
    r"(?:la |une |un |votre )?(?:nationalite|carte de sejour|titre de sejour)\b|conclu un pacte\b|"
    r"(?:deja |toujours |bien )?travaille en france\b|travaille (?:pendant|durant) |"
    r"(?:travaille|cotise|exerce|vecu|habite)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
    r"(?:ans?|annees?|mois|semaines)\b|"  # "vous avez travaillé un an et demi dans cet entrepôt": a length
    r"(?:un |une )?(?:\w+ )?(?:vehicule|voiture)\b)"
)

# A clause of these words says what the writer must do, may do or is told, not what they are.
_NOT_A_TRAIT = re.compile(
    r"^(?:\s*(?:pas|plus|bien|deja|donc|alors|toujours|peut-etre|aussi|egalement)\b)*\s*(?:invitee?s?|priee?s?|tenue?s?|"
    r"informee?s?|obligee?s?|libres?|redevables?|concernee?s?|autorisee?s?|dispensee?s?|exoneree?s?|soumise?s?|"
    r"redirigee?s?|convoquee?s?|en droit|en mesure|susceptibles?|assuree?s?|couverte?s?|responsables?|"
    r"eligibles?|bienvenue?s?|oblige)\b"
)


# A sentence that opens on what the writer is, then says "vous" ("Apprentie âgée de 18 ans, vous pouvez …",
# "Ressortissante portugaise installée en France, vous …"); not a phrase of time, place or manner ("Pour cela, vous").
_APPOSITION = re.compile(
    r"^\W*(?!(?:si|s'|pour|en|dans|des|depuis|apres|avant|suite|lors|faute|sous|vers|entre|hors|a|au|aux|sur|selon|par|avec|sans|lorsqu\w*|quand|comme|"
    r"pendant|chez|afin|une fois|ainsi|enfin|de|du|toutefois|cependant|neanmoins|ensuite|puis|sinon|d.abord|le|la|"
    r"que|qu'|soit|passe|"
    r"les|l'|un|une|ce|cet|cette|ces|il|elle|on|nous|votre|vos|mon|ma|mes|merci|bonjour|madame|monsieur|oui|non|"
    r"attention|important|par ailleurs|en effet|des lors|ici|la-bas|aujourd.hui|demain|desormais|actuellement)\b)"
    r"([a-z][^,;:.?!()]{2,89}),\s*vous\b"
)


def writer_clauses(folded: str) -> list[tuple[int, str]]:
    """The clauses of a folded sentence that say something of the writer: (start, clause)."""
    out: list[tuple[int, str]] = []
    for m in _FRAMES.finditer(folded):
        before = folded[: m.start()]
        if _CONDITION_BEFORE.search(before) or _CONDITIONS_LISTED.search(before) or _PROSPECT_BEFORE.search(before):
            continue
        if _PARTICIPLE.match(m.group()) and not re.search(r"(?:^|[,;:(]|\s[-–])\W*$", before):
            continue  # "Jeune vivant en France" is a fiche's case; "Résidant en France, vous …" is said of you
        if (
            m.group().startswith("vous")
            and re.search(r"\bavez\b", m.group())
            and not _HAVE_TRAIT.match(folded[m.end() :])
        ):
            continue  # "vous avez droit à …", "vous avez 2 mois pour …": what you may do, not who you are
        if re.search(r"-(?:vous|t-vous)\b", folded[m.start() : m.end() + 10]) or re.search(
            r"\best-ce que\s*$", before
        ):
            continue
        rest = folded[m.end() :]
        if _NOT_A_TRAIT.match(rest):
            continue
        # The clause runs to the next stop; a frame that opens a sentence ("Étant retraité, …", "Votre demande,
        # déposée en mars, …") reads past one comma, to the verb of its main clause.
        stop = _CLAUSE_END.search(rest)
        end = stop.start() if stop else len(rest)
        if stop and stop.start() == 0 and stop.group() == "," and re.match(r"(?:votre|vos)\b", folded[m.start() :]):
            second = _CLAUSE_END.search(rest, stop.end())
            end = second.start() if second else len(rest)
        out.append((m.start(), folded[m.start() : m.end() + end]))
    apposition = _APPOSITION.match(folded)
    if apposition and not any(start == 0 for start, _ in out):
        out.append((0, apposition.group(1)))
    return out
