"""Twenty-third pass: the re-ranking weights refitted on train + validation as the corpus now stands (held out in
seven folds on the 19 batches the previous weights never saw: +12 first fiches). What the refit says in words: a fiche
with one passage close to the message and its story outweighs a fiche that only leads the ranks of the lexical scores;
a name the message uses still outweighs a fiche that uses the message's words throughout; the curated rules keep their
weights. Synthetic candidates, no corpus sentence."""

import numpy as np

from guichet.knowledge.rerank import COLUMN, FEATURES, WEIGHTS, Candidates, rerank


def _first(rows: list[dict[str, float]]) -> int:
    features = np.zeros((len(rows), len(FEATURES)), dtype=np.float32)
    for i, row in enumerate(rows):
        for name, value in row.items():
            features[i, COLUMN[name]] = value
    return rerank(Candidates(np.arange(len(rows)), features, [[] for _ in rows]))[0][0]


def test_a_close_passage_outweighs_a_lead_in_the_lexical_ranks():
    ranks_only = {"lexical_rank": 1.0, "ask": 1.0}
    close_passage = {"passage": 0.33, "story_passage": 0.33}
    assert _first([ranks_only, close_passage]) == 1


def test_a_name_still_outweighs_the_message_s_words_throughout():
    throughout = {"first": 1.0, "lexical": 1.0, "whole_fiche": 1.0, "whole_fiche_rank": 1.0, "story": 0.3}
    named = {"first": 0.8, "lexical": 0.8, "vocabulary": 1.0, "whole_fiche": 0.3, "story": 0.3}
    assert _first([throughout, named]) == 1


def test_the_curated_rules_keep_their_weights():
    for name, weight in (("distress", 5.37), ("mismatch", -1.52), ("recourse", 1.5), ("facet", 1.5)):
        assert abs(WEIGHTS[COLUMN[name]] - weight) < 1e-6
