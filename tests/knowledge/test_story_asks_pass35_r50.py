"""Thirty-fifth pass, engineer-r50: in a message that asks its question by its form (a question mark, an inversion, a
request to know), a story sentence whose only interrogative words are a relative "où", a temporal "quand" or a
reported "quel" is a story ask: the sub-queries take the real question first. Fresh sentences,
none from a corpus."""

from guichet.knowledge.search import understand
from guichet.knowledge.story_asks import plain_ask, story_only


def test_relative_where_and_temporal_when_give_way_to_the_question():
    text = (
        "Bonjour, mon grand-oncle vivait dans le moulin où il est né, au bord de la Creuse, et il y a fini ses jours. "
        "Quand le notaire a ouvert le testament, nous avons appris qu'il nous laissait le moulin, à mes cousins et "
        "à moi, avec les prés qui descendent jusqu'à la rivière et la vieille grange. "
        "Faut-il payer des droits de succession quand on hérite d'un grand-oncle ?"
    )
    query = understand(text)
    question = "Faut-il payer des droits de succession quand on hérite d'un grand-oncle ?"
    assert question in query.asks
    assert {ask for ask in query.asks if ask != question} == query.story_asks
    assert len(query.story_asks) == 2
    assert query.ordered_asks()[0] == question
    assert query.sub_queries()[0].endswith(question)


def test_reported_question_gives_way_to_a_request_to_know():
    text = (
        "La conseillère ne savait pas quelle caisse verse la pension pour mes années à Lisbonne. "
        "Je voudrais savoir comment sont comptés les trimestres cotisés au Portugal"
    )
    query = understand(text)
    told = "La conseillère ne savait pas quelle caisse verse la pension pour mes années à Lisbonne."
    assert query.story_asks == {told}
    assert query.ordered_asks() == ["Je voudrais savoir comment sont comptés les trimestres cotisés au Portugal", told]


def test_a_story_that_only_asks_with_story_words_keeps_its_order():
    text = "Mon fils est en fauteuil depuis l'accident. Je ne sais pas comment il ira au collège à la rentrée."
    query = understand(text)
    assert query.asks == ["Je ne sais pas comment il ira au collège à la rentrée."]
    assert not query.story_asks


def test_an_aside_is_no_inversion_and_a_rendez_vous_no_question():
    assert not plain_ask("Ma voisine touche, paraît-il, une aide depuis que son mari est en maison de retraite.")
    assert story_only("J'ai rendez-vous lundi à la mairie où on traite les dossiers.")
    assert plain_ask("Peut-on demander l'allocation personnalisée d'autonomie pour une mère de 88 ans")
    assert plain_ask("Y a-t-il un délai pour déclarer le décès")


def test_the_question_told_last_keeps_its_sub_query_after_four_story_asks():
    question = "Comment faire reconnaître en France les années cotisées en Suède ?"
    text = (
        "J'ai grandi à Lille, où mon père tenait une quincaillerie. "
        "Quand j'ai eu vingt ans, je suis parti à Göteborg où j'ai soudé des coques pendant douze ans. "
        "Je suis rentré quand le chantier a fermé, en plein hiver. "
        "Ensuite j'ai conduit des bus dans la ville où habite encore ma sœur. "
        "Ma femme ne sait pas quelle caisse nous écrira la première. " + question
    )
    query = understand(text)
    assert len(query.story_asks) == 5
    assert query.sub_queries()[0].endswith(question)
