"""A lower-case word alone after the message's last sentence, as an SMS is signed: "… remboursement svp. ngom"
(forty-fifth pass, p145e, issue 13).

`name_rules_signatures.last_words` read a lower-case word there only when the gazetteer knows it as a first name
("… besoin d'aide. rose") or after a closing word ("… merci dorado"); a surname or a first name it lacks, alone
after the last full stop, was left. With `ENABLED`, that word is read as the writer's name when it is the message's
last word and passes the SMS signature's test (`_sms_signature`: four letters or more, no French, English, filler,
common, closing or thanks word, no brand nor channel): a typo of a French word that the lexicon lacks is masked too,
the price counted as an over-mask.
"""

ENABLED = True
