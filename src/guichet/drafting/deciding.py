"""The one question that decides which case of a fiche applies, when the message does not say.

A fiche splits its answer by a number of the writer's ("Moins de 25 ans" / "25 ans et plus", "1 enfant" / "2 enfants",
a ceiling of resources). When the message gives no number of that kind, the draft quotes each case as a condition
and ends its answer with the question whose reply settles it (issue 11: "the draft asks the one question that
decides it"), so that the agent's next reply can be about the writer's case alone.

Only numbers are asked. Tried on train + validation with every undecided group (the titles quoted: "« Parent isolé »
ou « Pour un couple » ?"), about half of the 51 questions asked what the message had already said in words the case
decision does not read ("veuf" beside "célibataire" / "divorcé", "jamais eu de passeport" beside "périmé" / "valide")
or what the writer wanted to know ("« Préavis d'1 mois » ou « Préavis de 3 mois » ?"); a question the citizen has
already answered is worse than none. A number the message does not give is one it has not said.
"""

from guichet.drafting.cases import title_spans

# What to ask for when every case of the group is a range of one kind of number. A rule's dates ("Avant novembre
# 2019" / "Depuis le 1er novembre 2019": the rule in force is the writer's) and durations (rarely one number the
# writer can state) are not asked.
_NUMBER_ASKED = {
    "age": "votre âge",
    "birth_year": "votre année de naissance",
    "children": "le nombre de vos enfants à charge",
    "amount": "le montant de vos ressources",
    "monthly": "le montant de vos ressources mensuelles",
    "yearly": "le montant de vos ressources annuelles",
    "weekly_hours": "le nombre d'heures que vous travaillez par semaine",
}

QUESTION_OPENING = "Pour vous répondre sur votre cas, pouvez-vous nous indiquer"


def deciding_question(titles: list[str]) -> str:
    """The question that tells the cases `titles` apart ("…pouvez-vous nous indiquer votre âge ?" for "Moins de 25
    ans" / "25 ans et plus"), or "" when they are not ranges of one number the writer can give."""
    kinds = [{span.kind for span in title_spans(t)} for t in titles if t.strip()]
    if len(kinds) < 2 or not all(kinds):
        return ""
    shared = sorted(set.intersection(*kinds) & _NUMBER_ASKED.keys())
    return f"{QUESTION_OPENING} {_NUMBER_ASKED[shared[0]]} ?" if shared else ""
