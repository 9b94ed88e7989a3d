"""A foreign driving licence held by a student or a visitor (`FOREIGN_LICENCE_TERMS`; forty-seventh pass,
engineer-r81, issue 14).

The everyday name « permis marocain », « permis étranger » (`names_health_work`) points to F1460 « Échange d'un
permis de conduire passé à l'étranger (installation durable) », the case of a writer who settles in France. A student
here for the length of the studies, or a visitor for a short stay, drives with the licence of the country: F1459
« Conduire en France avec un permis étranger (court séjour, études) » is theirs, and the exchange is its neighbour.
The licence is often named by a state or a province rather than by an adjective (« son permis de l'Ohio », « son
permis du Québec »), which the everyday name does not read.

The entry reads a foreign licence told beside studies or a short stay (either order, within a few sentences) and
points to F1459; the exchange keeps its own entry where its words are there, and the writer's situation
(`study_cases`: a student's message holds the studies the title names) orders the two.

Sources: the two fiches' titles (quoted) and F1459's description (« pour un court séjour ou durant vos études »).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# A licence of another country: by an adjective, by the country, a state or a province, or "de mon pays".
_FOREIGN_LICENCE = (
    r"permis (de conduire )?(\w+ ){0,2}(etrangers?|americain|canadien|quebecois|marocain|algerien|tunisien"
    r"|senegalais|ivoirien|camerounais|bresilien|chinois|indien|japonais|coreen|australien|mexicain|colombien"
    r"|libanais|turc|russe|ukrainien|britannique|anglais)"
    r"|permis (de conduire )?(de l.|du |de |des )(ohio|texas|californie|floride|quebec|ontario|maroc|algerie|tunisie"
    r"|senegal|canada|etats.unis|usa|bresil|chine|inde|japon|mexique|colombie|liban|turquie|pays|son pays|mon pays)"
)
# A stay for the studies or a short one: a student, an exchange, a visa for studies, holidays, a few weeks.
_STUDY_OR_SHORT_STAY = (
    r"etudiante?s?|etudes|erasmus|en echange|semestre|visa (etudiant|long sejour etudiant)|master|licence|doctorat"
    r"|universite|court sejour|en vacances|touristes?|(quelques|deux|trois|\d) (semaines|jours)"
)

FOREIGN_LICENCE_TERMS: tuple[Term, ...] = (
    Term(
        around(_STUDY_OR_SHORT_STAY, _FOREIGN_LICENCE, reach=250),
        "conduire en France avec un permis étranger court séjour études",
        ("F1459",),
        "F1459 « Conduire en France avec un permis étranger (court séjour, études) » : « pour un court séjour ou "
        "durant vos études »",
    ),
)
