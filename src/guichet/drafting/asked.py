"""What the message only asks, stated by the draft as a fact about the writer's case (principle 2).

A 1.5B model answering "pouvez-vous me dire si elle est passée en commission d'attribution ?" has written "Elle est
en commission d'attribution." — the citizen's own question turned into an answer, with nothing behind it (thirty-
second pass, test injection cs-044). The support check cannot see it: the message counts as evidence, and the
question holds every word of the invented answer.

This check splits the message into what it asks (a sentence ending with "?", or the clause after "est-ce que",
"savoir si", "je me demande si", "où en est", "savoir quand"…, or before it when it opens the question: "Quand
vais-je…, et est-ce que…?") and what it tells (the rest; and in a question, what the writer gives as the case: "en
tant que micro-entrepreneur", "alors que c'est moi qui suis partie"; and what a why-question takes as given:
"pourquoi ma pension a-t-elle baissé ?"), and reads in each question its
*predicate* apart from its *topic*: a word a determiner introduces ("mon dossier", "la prime", "l'opération du
genou") or one that follows such a word directly ("carte grise", "dossier MDPH") is the topic; the others ("complet",
"prête", "transmis", "active", "recevoir", "droit") are what the writer wants to know. A draft sentence is *asserted*
when it is a plain statement (not a question, not the writer's question reported — "vous souhaitez savoir si…" —,
not a condition, not a step or an invitation) and either holds a predicate word of a question that neither the rest
of the message nor any source holds, or speaks of the writer's case ("vous", "votre") and of what the message asks
(a word of a question, or of the clause a question's pronoun points back to: "J'ai demandé l'ALD. Est-ce qu'elle est
acceptée ?") in words that are for the most part not in what the message tells, and either not in any one source or
stating what no source can: an event of the case ("vos 4 points ont été recrédités" beside "le stage permet de
récupérer jusqu'à 4 points") or a date or figure neither the sources nor the message give ("Votre pension de base a
été calculée à 1 187 € bruts" to "combien je vais toucher ?"). "Vous avez déposé votre dossier MDPH en septembre"
restates what the message tells and passes; "Votre dossier MDPH a été transmis à la commission" answers what it asks
and is flagged. Since the thirty-third pass a sentence about the writer that speaks of nothing the message asks
passes, however far its words are from the message's ("j'ai perdu mon mari en janvier" / "Vous êtes veuve depuis le
début de l'année", "vendu en mai à Tours" / "cédé votre logement tourangeau au printemps"): a distant paraphrase of
the writer's story is what the persona check reads, not an answer; so is the writer's own doing told back ("Vous
avez déposé votre demande l'an dernier"), unless it brings a figure the message does not give. Flagged for the
agent, never removed: a yes that is right is the agent's to keep.

Thirty-fourth pass: a sum or a rate about the writer's case that neither the message nor a source gives is an answer
whatever its words ("Votre couple pourra percevoir jusqu'à 1 605,73 € par mois" to "peut-elle avoir le minimum
vieillesse ?"; "la moitié" is 50 %), and so is a time to come ("d'ici une semaine", "le mois prochain"); a time said
without a date ("à la fin du mois", "la semaine dernière") is a figure as a date is; "Pouvez-vous vérifier ?" is
about what the message said before it; "Oui, …", "Non, …" and "vous pouvez donc…" answer, they are no step. What a
question takes as its topic is the writer's to give ("un studio à 450 euros", "une retraite sans décote": after a
topic word "sans" and "à" before a figure go on with it), so a sentence mostly in those words and the told ones
restates, unless it tells an event or a figure no source gives; "combien de temps" is one question word; "dès lors
que", "à condition que" set a condition as "si" does; a full stop the sentence splitter missed (no capital after it)
ends what is told before a question; a condition on the writer in the message's own words ("si vous reprenez ce
poste de caissière") sets none: "Votre retraite ne baissera pas si vous reprenez ce poste" answers.

Thirty-seventh pass: a duty settled one way in answer to "dois-je … ?" / "faut-il … ?" ("Il n'est pas nécessaire de
prévenir le Service des retraites de l'État", `guichet.drafting.asked_duty`) is a verdict, read as a permission is;
and a plain statement before its condition on the writer that holds two of the question's answer words no source
says ("Pôle emploi vous remboursera votre déménagement si vous êtes embauché") answers, the condition
notwithstanding. A question without a cue tells the story before it when it is a short tail after a comma ("hier
la pharmacie m'a demandé 4 euros, c'est normal ?") or a short question after a full stop the splitter missed ("…
sur la carte grise. je dois le faire quand meme ?"): told back, that story is no answer.

Thirty-ninth pass: a yes against the passage's own threshold ("Oui, vous êtes exonérée" to a writer at 13 900 €
beside "ne dépasse pas 12 455 €"; "dès le premier jour" beside "à partir du 4e jour"; `asked_thresholds`) and none,
all or without limit that no source says ("Aucun délai de carence ne s'appliquera", "la totalité du salaire";
`asked_absolutes`) are answers; "jusqu'à quand" is a question word; a short last clause after the writer's story in
the first person asks alone, the story is told; a thing's name in the sentence ("un permis de conduire") echoes no
question's verb; what two sums of one text add up to is given.

Fortieth pass: a sentence in a source sentence's own words with the opposite meaning ("autorisée la nuit" beside
"interdite la nuit, même lorsque …", "n'existe que si" beside "existe même lorsque", "moins de 5 m²" beside "plus de
5 m²") and a rule said of the writer's case without the exception the message tells the writer is in are answers
(`asked_opposites`); "adressez votre demande à la mairie" is a step.

Forty-first pass: to "jusqu'à quand / combien de temps / à partir de quand … ?", a duration ("trois mois", "un an",
"48 heures") or a dateless deadline ("jusqu'à la fin du mois") about the writer's case that neither a source nor the
message gives is an answer (`asked_durations`); to "combien … ?" or a time asked, a sum or a duration every source
gives answers in the source's name, and the question's verb beside it ("coûte") only frames it; a duty a source
settles the same way in other words is the source's, one a source settles only the other way is an answer
(`asked_duty`); "aucun N" below a source's lower bound for N, and "sans condition" where a source says it, are given
(`asked_absolutes`).

Forty-second pass: what will happen next in any third-person future ("la préfecture vous délivrera", "le délai
repartira", "ne pourra pas vous licencier") is the case's future, read as "vous toucherez" is; a future before its
clause of time ("… dès que votre dossier sera validé") is read on its main clause (`asked_future`).

Forty-fifth pass: a figure, a day or a delay given in the main clause after a condition that opens the sentence ("Si
votre déclaration est complète, le versement aura lieu le 5 du mois prochain") answers as it would without the
condition (`asked_conditions`); a sentence that passes as written is read once more as the plain answer it hedges
("Vous devriez recevoir votre carte" as "Vous recevrez votre carte", "Normalement, …" without its adverb;
`asked_hedges`), and is reported as written.

Forty-sixth pass: a claim the writer asks to have confirmed by a short tag after it ("je n'ai pas droit à l'APL,
c'est ça ?", "…, si ?", "…, je suppose ?") is asked, not the writer's story told (`asked_supposed`); behind switches
shipped off, a denial read through its adverb to a question asked in the negative (`asked_supposed.DENIAL_READ`) and
the question restated in more indirect forms ("si vos", "si l'", "vous ignorez si"; `asked_reported`).

Forty-eighth pass: what a person of the writer's circle may do or get, said as the answer to a question asked for
them ("Votre mère peut bénéficier de l'APA" to "a-t-elle droit à l'APA ?"), is a permission as "vous pouvez" is, and
the step told for them ("votre fils peut contacter le greffe") is guidance (`asked_relatives`); behind switches
shipped off, a verb of getting for "vous pouvez" (`asked_get`) and « Effectivement, vous pouvez … » to « puis-je … ? »
read as a yes (`asked_confirmed_can`).

Forty-ninth pass: to a question that lists options (« à la mairie ou à la préfecture ? », « le cerfa 13750 ou le
13757 ? », « l'APL ou l'ALS ? »), a sentence that names one option alone — a step too: « Adressez-le à la Caf
d'Ille-et-Vilaine » — picks it, and is an answer unless a source backs the pick (`asked_choices`).

Fifty-second pass: the passage's place, counter, channel or office said in other words (« à l'hôtel de ville » /
« à la mairie », « par internet ou par voie postale » / « en ligne ou par courrier », « peut vous aider » /
« accompagnent », « est à envoyer » / « est adressée »), and the trip spared beside a way from afar (« aucun
déplacement n'est nécessaire » beside « en ligne ou par courrier »), are the source's (`asked_places`).

Fifty-fifth pass: a right said in its other forms (« vous n'y avez pas droit », « elle y est éligible », « vous ouvre
droit »), « n'aura aucun effet sur votre RSA », a verdict before the draft's own trailing condition (« …, à condition
qu'elle soit scolarisée »), « vous pouvez déposer votre demande dès maintenant » to « je peux demander … ? » and the
day of a payment to come that nobody gave (« votre allocation vous sera versée dès le 1er octobre ») are answers
(`asked_entitlements`).

Fifty-seventh pass: a question asked indirectly or as a hope is asked (« savoir s'il », « pouvez-vous m'indiquer si »,
« dites-moi si », « j'espère pouvoir … », « j'espère vraiment que »; `asked_indirect`), and the draft's question
restated in more indirect forms reports it, its conditions read where they open the sentence (`asked_reported`).

Deterministic: content words folded and cut to a prefix (`guichet.text.content_terms`), on pseudonymised text.
"""

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from guichet.drafting import (
    asked_checks,
    asked_choices,
    asked_conditions,
    asked_confirmed,
    asked_confirmed_can,
    asked_courtesy,
    asked_dates_answered,
    asked_deadlines_amounts,
    asked_delays,
    asked_documents,
    asked_durations,
    asked_entitlements,
    asked_figures,
    asked_hearsay,
    asked_hedges,
    asked_indirect,
    asked_masked,
    asked_negations,
    asked_places,
    asked_reassurance,
    asked_relatives,
    asked_reported,
    asked_supposed,
)
from guichet.drafting.asked_absolutes import AbsoluteEvidence, has_absolute
from guichet.drafting.asked_durations import durations
from guichet.drafting.asked_duty import duty_questions, is_duty, settled_alike, settled_otherwise
from guichet.drafting.asked_future import KIND as COMING
from guichet.drafting.asked_future import main_before_when
from guichet.drafting.asked_opposites import Opposites, asks_back
from guichet.drafting.asked_paraphrase import factual, rephrased, same_figures, same_term, same_terms
from guichet.drafting.asked_promises import HOPE_CUE, WISH_REPORTED, bound_as_amount, bounds_only, main_after_step
from guichet.drafting.asked_shapes import ASK_CUE_MORE, opens_on_step
from guichet.drafting.asked_thresholds import Thresholds
from guichet.drafting.asked_verdicts import VerdictEvidence, unsourced_verdict, verdict_kind
from guichet.drafting.support import STEM
from guichet.text import PLACEHOLDER, fold, sentence_spans
from guichet.text.words import CONTENT_STOP_WORDS

# The clause after one of these is what the writer asks, whether or not the sentence ends with "?".
_ASK_CUE = re.compile(
    r"\b(?:est[- ]ce qu(?:e|')|est[- ]il|est[- ]elle|savoir si|(?:me |nous )?dire si"
    r"|(?:souhaite|voudr|aimer)\w* connaitre|(?:me |je me )?demande(?:s|r|ais)? si"
    r"|je ne sais (?:pas|plus) si|je sais pas si|jsp si|j'?ignore si"
    r"|ou en est|ou en sont|quand est[- ]ce|pourquoi|combien|a quel(?:le)? (?:date|age|moment)"
    r"|dans quel(?:s|le|les)? delai"
    r"|(?:savoir|dire|connaitre|indiquer|preciser) (?:quand|comment|a partir de quand|jusqu'?a quand|depuis quand)"
    r"|pouvez[- ]vous (?:me |nous )?(?:dire|confirmer|indiquer)|(?:me |nous )?confirmer (?:que|si)|verifier si|"
    + ASK_CUE_MORE
    + "|"
    + HOPE_CUE
    + r")\b"
)
# A draft sentence that reports the writer's question, or only sets a condition, asserts nothing.
_REPORTED = re.compile(
    r"\b(?:vous (?:nous )?(?:souhaitez|voulez|voudriez|aimeriez|desirez) (?:savoir|connaitre|une confirmation"
    r"|que nous)|vous (?:nous |m'|me )?(?:indiquez|precisez|signalez|expliquez|mentionnez|affirmez|ecrivez|rappelez"
    r"|evoquez|soulignez|faites part|dites (?:que|avoir|etre))"
    r"|vous (?:nous )?demandez|vous (?:nous )?posez|vous craignez|vous vous inquietez|vous vous demandez"
    r"|vous vous interrogez|vous (?:nous )?interrogez|votre question"
    r"|concernant (?:votre question|l'avancement|le suivi|l'etat)|savoir si|s'il|si (?:votre|vous|elle|il|le|la|les)"
    r"|lorsque|des que|en cas d|au cas ou|des lors qu(?:e|')|a condition qu(?:e|')|sous reserve qu(?:e|')"
    r"|pourvu qu(?:e|')|a partir du moment ou|" + WISH_REPORTED + r")\b"
)
# Guidance asserts nothing about the case: a step, an invitation, a document asked for, a pointer to a service or a
# page (the resource lines of a draft: "Pour en savoir plus : « … », https://…").
_GUIDANCE = re.compile(
    r"https?://|\b(?:pour en savoir plus|pour faire la demarche|ou s'adresser|voici ce que prevoi|vous pouvez"
    r"|vous pourrez (?:vous|nous|contacter|consulter)|vous devez|il vous (?:faut|suffit|appartient)"
    r"|n'hesitez|nous vous remercions|restons a votre disposition|nous vous invitons|je vous invite"
    r"|nous vous conseillons|merci de|veuillez|pensez a|nous restons|nous vous prions|vous trouverez"
    r"|vous recevrez un courrier|consultez|rapprochez[- ]vous|contactez|adressez[- ]vous"
    # "Adressez votre demande à la mairie": where to send it is a step (fortieth pass)
    r"|(?:adressez|envoyez|deposez|transmettez) (?:votre|vos|la|le|les|cette|ce) \w+ (?:a|au|aux|en|sur|aupres)"
    # "Votre mutuelle pourra vous préciser les justificatifs": a pointer to who knows (thirty-eighth pass)
    r"|(?:pourra|pourront|saura|sauront) vous (?:preciser|indiquer|renseigner|expliquer|orienter|aider|conseiller))\b"
)
# A yes or a no, or a "you can" that concludes, answers a yes/no question; it is no step, whatever follows it:
# "Oui, vous pouvez encore vous inscrire", "Vous pouvez donc percevoir l'Aspa dès maintenant".
_YES_NO = re.compile(
    r"^\W*(?:oui|non)\b|\bvous (?:pouvez|pourrez) (?:donc|tout a fait|des maintenant|des a present|deja)\b"
)
SHORT_QUESTION_WORDS = 6  # a question this short leans on what the writer told just before it
# A short question's tail after a story, that asks about the story ("…, c'est normal ?", "…, que dois-je faire ?").
_QUESTION_TAIL = re.compile(
    r"(?<=\S{3}),\s*(?:et |mais |alors |donc )?(?:(?:c.est|c|cest|ca (?:est|serait)|est-ce) (?:bien |vraiment )?"
    r"(?:normal|possible|vrai|legal|grave|trop tard|correct|juste|automatique|obligatoire)"
    r"|(?:que|qu.est-ce que) (?:dois-je|je dois|faut-il|il faut|je peux|puis-je) faire|(?:je|on) (?:fais|fait) comment"
    r"|comment (?:je fais|on fait|faire)|je dois faire quoi|(?:je )?fais quoi)\b[^,?]{0,20}\?[\s?!.]*$"
)
# A question after the writer's story and a comma ("je n'ai pas encore de facture à mon nom, comment prouver mon
# domicile … ?"): the story, told in the first person before it, is told (folded text; thirty-seventh pass).
_STORY_BEFORE_QUESTION = re.compile(
    r"(?<=\S{3}),\s*(?:et |mais |alors |donc )?(?:comment|quand|ou|quel(?:le)?s?|a qui|combien|pourquoi)\b"
    r"[^,]*\?[\s?!.]*$"
)
# Forty-third pass (engineer-d59): a question that opens on its verb before its subject tells the story before its
# comma as well ("nous avons emménagé à Lille le [DATE_1], faut-il changer l'adresse de la carte grise … ?", "j'ai
# repris un travail, dois-je prévenir ma caisse ?"). Switch: `STORY_BEFORE_INVERSION`.
STORY_BEFORE_INVERSION = True
_STORY_BEFORE_INVERTED = re.compile(
    r"(?<=\S{3}),\s*(?:et |mais |alors |donc )?[a-z]{2,}-(?:t-)?(?:je|il|elle|on|nous|vous|ils|elles)\b"
    r"[^,]*\?[\s?!.]*$"
)
_FIRST_PERSON = re.compile(r"\b(?:je|j|jai|moi|on|nous)\b")
_WRITERS_OWN = re.compile(r"\b(?:je|j|jai|moi|on|nous|mon|ma|mes|notre|nos)\b")  # the story before an inversion
# The last clause of a question after its comma ("je gagne … 1 870 net, seule avec 1 enfant, loyer 780 en zone 2,
# droit apl ou pas ?"; folded text): when it is short and the writer's story in the first person comes before it,
# the story is told and only the clause asks (thirty-ninth pass).
_LAST_CLAUSE = re.compile(r"(?<=\S),(?=\s)\s*([^,]*\?[\s?!.]*)$")  # a comma before a space: no decimal
# A plain statement, then its condition on the writer ("… si vous êtes embauché"; folded text).
_MAIN_BEFORE_CONDITION = re.compile(
    r"^(?!si\b)(.{12,}?)\s*,?\s*(?:meme |uniquement |seulement )?si (?:vous|votre|vos)\b"
)
# A condition that opens a sentence, up to its comma (folded text).
_OPENING_CONDITION = re.compile(r"^\W*(?:meme )?si\b[^,;:]*,\s*")
# The verdicts a step of the writer's does not condition: what the case will get, is owed, or has been decided.
_PROMISES = frozenset(("future", "right", "owed", "decided", "state", COMING))
ECHOED_BEFORE_CONDITION = 2  # two of the question's answer words: one may be the condition's topic
# A condition on the writer, to the end of its clause (folded text).
_TOLD_CONDITION = re.compile(r"\b(?:,\s*)?(?:meme )?si (?:vous|votre|vos)\b[^,;:.]*")
# A condition that is what the writer would do ("si vous signez ce CDI"), not the state of the case the writer asks
# about ("si votre dossier a été transmis"; folded text).
_WRITERS_PLAN = re.compile(r"\b(?:meme )?si vous (?!etes\b|avez\b)\w+")
# A why-question takes its content as given: "pourquoi ma pension a-t-elle baissé ?" tells that it did.
_PRESUPPOSING = re.compile(r"^\W*(?:et\s+|mais\s+)?pourquoi\b")
# A question without a cue: an interrogative word or a verb before its subject ("vais-je", "a-t-elle").
_INTERROGATIVE = re.compile(
    r"\b(?:quand|combien|comment|pourquoi|quel(?:le)?s?)\b|\w-(?:t-)?(?:je|il|elle|on|vous|ils|elles)\b"
)
# In a question, what the writer gives as the case: "en tant que micro-entrepreneur", "alors que c'est moi qui suis
# partie", "vu que j'ai déménagé" (folded text; the clause runs to the next punctuation).
_GIVEN_IN_QUESTION = re.compile(r"\b(?:en tant qu|alors qu|vu qu|puisqu|etant donne qu|sachant qu)(?:e\b|')[^,;:?]*")
# A question whose subject is a pronoun: what it is about is named before it.
_ANAPHORIC = re.compile(
    r"^\W*(?:et\s+|mais\s+|donc\s+)?(?:est[- ]ce qu(?:e\s+|')\s*)?(?:c['\s]?est|ca|cela|elle|il|elles|ils|c'?etait"
    r"|est[- ]ce(?! qu))\b|^\W*(?:et\s+)?(?:ou en )?\w+-(?:t-)?(?:il|elle|ils|elles)\b"
    # "Pouvez-vous vérifier ?": a request that names nothing is about what was said before it
    r"|^\W*(?:(?:pouvez|pourriez)[- ]vous|vous (?:pouvez|pourriez)) (?:me |nous )?(?:verifier|confirmer|regarder)\b"
    # "…, je la reçois quand ?": a thing named before, taken up by an object pronoun (thirty-ninth pass)
    r"|^\W*(?:je|j'|on|il|elle|vous) (?:la|le|les|l')\b"
    # "J'ai le droit ?", "Je peux ?" (thirty-fifth pass): a permission asked for what was said before it
    r"|^\W*(?:et\s+)?(?:j'?ai|ai[- ]je|on a) (?:bien )?le droit\b|^\W*(?:et\s+)?(?:je peux|puis[- ]je|on peut)\b"
)
ANAPHORIC_WORDS = 2  # a pronoun question with more words of its own says what it is about
_DETERMINERS = frozenset(
    "le la les l un une des du d au aux mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette "
    "ces".split()
)
# Auxiliaries and modal verbs carry no answer ("a été transmis", "je vais recevoir", "je peux payer").
_AUXILIARIES = frozenset(
    "ete etre etait etaient sera serait seront serai vais va vont aller avait aura aurai aurais peux pourrai "
    "pourrais devrai devrais ait aient ayez ayons avons avais avaient eu etes sommes suis etais".split()
)
# "un permis de conduire", "votre carte de séjour": the word after "de" in a thing's name is the thing, not a verb
# or a state the sentence says (folded text; thirty-ninth pass).
_COMPOUND = re.compile(
    r"\b(?:le|la|les|l'|un|une|des|du|mon|ma|mes|votre|vos|son|sa|ses|leur|leurs|ce|cette)\s*[a-z]{3,} d(?:e |')"
    r"([a-z]{3,})"
)
_LINKS = frozenset("de du des d".split())  # "la demande de logement social": the topic goes on after "de"
# After a topic word, "sans" goes on with the topic ("une retraite sans décote"), and "à" before a figure ("un studio à
# 450 euros", "un loyer à 600 €"): what describes the thing the writer asks about, not what is asked.
_LINKS_BEFORE_ANY = frozenset(["sans"])
_LINK_BEFORE_FIGURE = "a"
# "combien de temps", "combien de fois": one question word, not a thing the question is about; so are "jusqu'à
# quand", "à partir de quand", "depuis quand" (read as "combien": "jusqu'" is no answer word of the question's, and a
# source's "jusqu'à six mois après" answers it with the source's words; thirty-ninth pass).
_HOW_LONG = re.compile(r"\bcombien de (?:temps|fois)\b|\b(?:jusqu'?a|a partir de|depuis) quand\b")
_HOW_MUCH = re.compile(r"\bcombien\b|\bquel (?:montant|prix|tarif|cout)\b")
_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_END = re.compile(r"[,;:]")
_AFTER_QUESTION_MARK = re.compile(r"(?<=\?)")
_FULL_STOP = re.compile(r".*[.!]\s", re.DOTALL)  # up to the last full stop followed by a space
# Below this share of its words in what the message tells or in one source, a statement about the writer's case
# that echoes no question word is invented all the same ("votre pension a été calculée à 1 187 €").
INVENTED_SUPPORT = 0.5
# A statement about the writer: "vous", "votre", "vos" (the pseudonymised message's writer is the reader).
_ABOUT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_APPOINTMENT = re.compile(r"\brendez[- ]vous\b")  # "un rendez-vous" is nobody's "vous"
# An event of the writer's case, done: "a été reconnue", "ont été recrédités", "vous a classé", "est bien arrivé"
# (unfolded text: "a" is not "à"); "a droit" is a right, no event (the verdicts read it: `asked_verdicts`).
_EVENT = re.compile(
    r"\b(?:a|ont|avez|ai|avons)\s+(?:(?:bien|déjà|pas|encore|jamais|effectivement|été)\s+)*(?!droit\b|jusqu)\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ise|ises|ert|erte|erts)\b"
    r"|\b(?:est|sont)\s+(?:bien|déjà)\s+\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ise|ises)\b"
)
# The writer's own doing, told back: "Vous avez déposé…", "Vous êtes parti…" (not "vous avez été…", "vous avez droit").
_WRITERS_ACT = re.compile(
    r"^\W*vous (?:avez|êtes) (?!été|eu\b|droit)\w+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite|ert|erte)\b"
)
# A time said without a date: "à la fin du mois", "la semaine prochaine", "sous quinze jours", "d'ici un mois"
# (pseudonymisation leaves it as written, where it masks a date).
# A time to come is an answer to "quand" whatever the sentence's other words; "au début de l'année" may retell a
# month the message gives.
_TIME_TO_COME = (
    r"\b(?:semaine|mois|annee|an) prochaine?\b|\b(?:apres-)?demain\b"
    r"|\b(?:sous|d'ici|dans) (?:les prochaine?s |\w+ )?(?:jours?|semaines?|mois|huit jours|quinzaine)\b"
)
_TIME = re.compile(_TIME_TO_COME)
_FIGURE = re.compile(
    r"\b(?:\d+|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
    r"|\b(?:fin|debut|milieu) (?:du mois|de (?:la semaine|l'annee|ce mois)|d'annee)\b"
    r"|\b(?:semaine|mois|annee|an) derniere?\b|" + _TIME_TO_COME
)
_SAME_TIME = re.compile(r"(?<=\ban)nee\b|(?<=prochain)e\b|(?<=dernier)e\b")  # "l'année dernière" / "l'an dernier"
_CITATION = re.compile(r"\[\d+\]")
_MASKED_DATE = re.compile(r"\[date_\d+\]")  # a date the pseudonymisation masked, folded
# A deadline's idiom: "au plus tard six mois après" answers no "c'est trop tard ?" (folded text; thirty-eighth pass).
_DEADLINE = re.compile(r"\bau plus (?:tard|tot)\b")
# A sum of money or a rate: "1 605,73 €", "180 euros", "10 %" (its digits are what is compared).
_FRACTIONS = {"moitie": "50", "quart": "25"}
_FRACTION = re.compile(r"\b(?:moitie|quart)\b")
_GROUPED = re.compile(r"\b\d{1,3}(?:[ \u00a0\u202f.]\d{3})+\b")  # a number in groups of three: "9 032", "1.200"
_NUMBER = re.compile(r"\b\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?\b|\b\d+(?:[,.]\d+)?\b")
_AMOUNT = re.compile(
    r"\b(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)\s*(?:€|euros?\b|eur\b|%|pour ?cent\b)", re.I
)


@dataclass(frozen=True)
class AskedClaim:
    sentence: str
    span: tuple[int, int]
    asked_terms: tuple[str, ...]  # the question's predicate words the sentence states

    def as_dict(self) -> dict:
        return {"sentence": self.sentence, "span": list(self.span), "asked_terms": list(self.asked_terms)}


def split_message(message: str) -> tuple[list[str], list[str]]:
    """The message as (what it asks, what it tells): question clauses apart from statements."""
    parts = _parts(message)
    return [p for p, is_asked in parts if is_asked], [p for p, is_asked in parts if not is_asked]


def _same(text: str) -> str:
    return text


def _parts(message: str, *, folded: bool = False) -> list[tuple[str, bool]]:
    """The message's clauses in order, each with whether it asks (`folded`: the clauses folded, once each)."""
    to_fold = _same if folded else fold
    parts: list[tuple[str, bool]] = []
    for _, _, sentence in sentence_spans(message):  # the sentences of the text as written: capitals tell them
        # "… du genou ? ça fait deux mois": a "?" ends a question even where no sentence break follows it.
        for piece in _AFTER_QUESTION_MARK.split(fold(sentence) if folded else sentence):
            parts += _split_piece(piece, to_fold)
    out: list[tuple[str, bool]] = []
    for part, is_asked in parts:
        given = _GIVEN_IN_QUESTION.search(to_fold(part)) if is_asked else None
        if given:  # "… en tant que micro-entrepreneur ?": a status the question takes as given, told
            out += [(part[: given.start()], True), (part[given.start() : given.end()], False)]
            part = part[given.end() :]
        out.append((part, is_asked))
    # "on m'a dit que …, c'est vrai ?": the hearsay is what the writer asks to confirm (`asked_hearsay`)
    return asked_hearsay.confirmed([(p, is_asked) for p, is_asked in out if p.strip()], to_fold)


def _split_piece(piece: str, to_fold: Callable[[str], str]) -> list[tuple[str, bool]]:
    question = piece.rstrip().endswith("?")
    cue = asked_indirect.cue(to_fold(piece), _ASK_CUE.search(to_fold(piece)))  # (`asked_indirect`)
    cue = asked_checks.cue(to_fold(piece), cue)  # « vérifier que », « m'assurer que » (`asked_checks`)
    if not cue:
        return _told_before_tail(piece, to_fold) if question else [(piece, question)]
    clause = piece[cue.start() :]
    end = None if question else _CLAUSE_END.search(clause)
    if end:  # "je me demande si mes droits sont ouverts, personne ne m'a répondu": the question ends at the comma
        return [(piece[: cue.start()], False), (clause[: end.start()], True), (clause[end.end() :], False)]
    before = piece[: cue.start()]
    # "jai arreté de bosser quand le dernier est né. est ce que…": a full stop the sentence splitter did not see (no
    # capital after it) ends what is told.
    stop = _FULL_STOP.search(before)
    told, before = (before[: stop.end()], before[stop.end() :]) if stop else ("", before)
    # "Quand vais-je recevoir le premier versement, et est-ce que…?": two questions, the first without a cue.
    return [(told, False), (before, question and bool(_INTERROGATIVE.search(to_fold(before)))), (clause, True)]


def _told_before_tail(piece: str, to_fold: Callable[[str], str]) -> list[tuple[str, bool]]:
    """A question without a cue, less what it tells before it (thirty-seventh pass): a full stop the sentence
    splitter did not see before a short question ("g vendu ma voiture … sur la carte grise. je dois le faire quand
    meme ?"; a longer one names its own topic, "… jai toujour pas recu mon ARE c normal ?"), and a story
    before a short question's tail after a comma ("hier la pharmacie m'a demandé 4 euros, c'est normal ?", "je viens
    d'emménager à Douai, que dois-je faire ?"). The tail points back to the story, which names what it asks about
    (`_asked_about`)."""
    out: list[tuple[str, bool]] = []
    stop = _FULL_STOP.search(piece)
    if stop and len(_WORD.findall(to_fold(piece[stop.end() :]))) <= SHORT_QUESTION_WORDS:
        out.append((piece[: stop.end()], False))
        piece = piece[stop.end() :]
    folded = to_fold(piece)
    tail = _QUESTION_TAIL.search(folded)
    story = _STORY_BEFORE_QUESTION.search(folded)
    inverted = _STORY_BEFORE_INVERTED.search(folded) if not story and STORY_BEFORE_INVERSION else None
    if not tail and inverted and _WRITERS_OWN.search(folded[: inverted.start()]):
        tail = inverted  # "mon titre de séjour a expiré le [DATE_1], puis-je encore travailler ?"
    if not tail and story and _FIRST_PERSON.search(folded[: story.start()]):
        tail = story  # "je n'ai pas encore de facture à mon nom, comment prouver mon domicile … ?"
    last = None if tail else _LAST_CLAUSE.search(folded)
    if (
        last
        and len(_WORD.findall(last.group(1))) <= SHORT_QUESTION_WORDS
        and _FIRST_PERSON.search(folded[: last.start()])
    ):
        tail = last  # "mon RFR 2024 est de 21 000 €, je suis célibataire, à Paris, je peux demander un HLM ?"
        begin = asked_supposed.claim_start(folded, last.start())
        # "je n'ai pas droit à l'APL, c'est ça ?": the claim before the tag is what is asked (`asked_supposed`); a
        # hearsay or a belief ("je pense que …, c'est bien ça ?") is `asked_hearsay`'s to read
        if asked_supposed.confirms(last.group(1)) and not asked_hearsay.has_cue(folded[begin : last.start()]):
            return [*out, (piece[:begin], False), (piece[begin:], True)]
    if tail:
        return [*out, (piece[: tail.start()], False), (piece[tail.start() :], True)]
    return [*out, (piece, True)]


def asked_about(message: str) -> set[str]:
    """The stems of what the message asks about: its questions, and for a question that names nothing but a
    pronoun ("C'est perdu ?", "Est-ce qu'elle est acceptée ?") the clause just before it, which names the thing."""
    return _asked_about(_parts(message, folded=True))


def _asked_about(parts: list[tuple[str, bool]]) -> set[str]:
    """`asked_about` on the folded message's parts."""
    out: set[str] = set()
    for i, (part, is_asked) in enumerate(parts):
        if not is_asked:
            continue
        own = _stems(_HOW_LONG.sub("combien", part), folded=True)
        out |= own
        if i and len(own) <= ANAPHORIC_WORDS and _ANAPHORIC.search(part):  # "C'est perdu ?", "A-t-elle été reçue ?"
            out |= _stems(parts[i - 1][0], folded=True)
    return out


def predicate_terms(question: str) -> set[str]:
    """The words of a question that say what the writer wants to know, not what it is about (see the module)."""
    return _predicates(fold(question))


def _predicates(folded: str) -> set[str]:
    out: set[str] = set()
    previous = ""  # "det": a determiner, "topic": a topic word, "link": "de" after a topic word, "": other
    words = _WORD.findall(_HOW_LONG.sub("combien", folded))
    for i, word in enumerate(words):
        if word in _DETERMINERS:
            previous = "link" if previous == "topic" and word in _LINKS else "det"
            continue
        if word in CONTENT_STOP_WORDS or word in _AUXILIARIES or (len(word) < 3 and not word.isdigit()):
            previous = "link" if previous == "topic" and _links(word, words[i + 1 : i + 2]) else ""
            continue
        if previous in ("det", "topic", "link"):
            previous = "topic"
            continue
        out.add(word[:STEM])
    return out


def _links(word: str, following: list[str]) -> bool:
    """Whether `word`, after a topic word, goes on with the topic ("la demande de…", "une retraite sans…", "un
    studio à 450 euros")."""
    if word in _LINKS or word in _LINKS_BEFORE_ANY:
        return True
    return word == _LINK_BEFORE_FIGURE and bool(following) and following[0].isdigit()


def folded_stems(folded: str) -> set[str]:
    """The content stems of a folded text, as the check reads them (`asked_masked` reads its dates' words so)."""
    return _stems(folded, folded=True)


def _stems(text: str, *, folded: bool = False) -> set[str]:
    """The content stems of a text, its numbers in words as digits ("quinze ans" is "15 ans", `asked_figures`)."""
    return {
        w[:STEM]
        for w in _WORD.findall(asked_figures.in_digits(text if folded else fold(text)))
        if w not in CONTENT_STOP_WORDS and w not in _AUXILIARIES and (len(w) > 2 or w.isdigit())
    }


def _without_told_condition(folded: str, message_stems: set[str]) -> str:
    """The folded sentence less a condition on the writer ("si vous reprenez ce poste de caissière") whose words
    are for the most part the message's: what the writer says they will do or are, no condition of the answer."""
    found = _TOLD_CONDITION.search(folded)
    if not found:
        return folded
    words = _stems(found.group(0), folded=True) - {"si"}
    if not words or len(words & message_stems) / len(words) < INVENTED_SUPPORT:
        return folded
    return folded[: found.start()] + folded[found.end() :]


def _verdict_read(kind: str, sentence: str, folded: str) -> bool:
    """Whether a verdict (`guichet.drafting.asked_verdicts`) is read as one: a yes or a no whatever follows it, a
    permission unless it is a question or reports one, another verdict when it is a plain statement."""
    if not kind or sentence.rstrip().endswith("?"):
        return False
    if kind == "yes_no":
        return True
    if kind in ("permission", "duty"):
        return not (_reports(folded) or _ASK_CUE.search(folded))
    return _is_statement(sentence, folded)


def _reports(folded: str) -> bool:
    """Whether a folded draft sentence reports the writer's question or only sets a condition (`_REPORTED`, and its
    more indirect forms: `asked_reported`)."""
    return bool(_REPORTED.search(folded)) or asked_reported.reports(folded)


def _asks_back(sentence: str, folded: str) -> bool:
    """Whether a draft sentence asks, or reports the writer's question (no answer, whatever it names)."""
    return sentence.rstrip().endswith("?") or _reports(folded) or bool(_ASK_CUE.search(folded))


def _is_statement(sentence: str, folded: str) -> bool:
    rest = asked_courtesy.rest_after_courtesy(folded)  # « Nous comprenons … : <statement> » (`asked_courtesy`)
    if rest:
        return _is_statement(rest, rest)
    return not (
        sentence.rstrip().endswith("?")
        or _reports(folded)
        or _ASK_CUE.search(folded)
        or asked_hearsay.reports_hearsay(folded)  # "Vous avez entendu dire que…" (`asked_hearsay`)
        or ((_GUIDANCE.search(folded) or opens_on_step(folded)) and not _YES_NO.search(folded))
        or asked_courtesy.step_after_purpose(folded)  # « Pour vous inscrire, présentez-vous … » (`asked_courtesy`)
        or asked_relatives.step(folded)  # « votre fils peut contacter le greffe »: a step (`asked_relatives`)
        or asked_deadlines_amounts.counted_step(folded)  # « joignez vos trois derniers relevés » (fifty-third pass)
    )


def find_asked(text: str, message: str, sources: Sequence[str] = (), *, skip: Iterable[str] = ()) -> list[AskedClaim]:
    """Draft sentences that state as a fact about the writer's case what the message only asks (see the module)."""
    parts = _parts(message, folded=True)
    asked = [p for p, is_asked in parts if is_asked]
    if not asked:
        return []
    # What the message tells, and what a why-question takes as given ("pourquoi ma pension a-t-elle baissé ?").
    told = [p for p, is_asked in parts if not is_asked or _PRESUPPOSING.search(p)]
    told_stems = set().union(*(_stems(t, folded=True) for t in told))
    # what a hearsay asked to be confirmed says is all its answer: "… suffisait comme pièce, c'est vrai ?"
    claimed = set().union(*(_stems(c, folded=True) for c in asked_hearsay.claims(asked))) - told_stems
    predicates = set().union(*(_predicates(a) for a in asked)) - told_stems | claimed
    # What a question takes as its topic is the writer's to give ("un studio à 450 euros", "une retraite sans
    # décote"): a sentence in those words and the told ones restates, unless it states what no source can.
    topics = set().union(*(_stems(_HOW_LONG.sub("combien", a), folded=True) - _predicates(a) for a in asked))
    asked_stems = _asked_about(parts)
    folded_sources = [fold(s) for s in sources if s.strip()]  # folded once: folding is most of the check's time
    source_stems = [_stems(s, folded=True) for s in folded_sources]
    # the passage in other words: a family of words as one, for the share of a sentence a source gives
    # (`guichet.drafting.asked_paraphrase`)
    # and its delays in their other everyday ways: "60 jours" is also "2 mois" (`asked_delays`)
    source_terms = [
        asked_places.terms(
            same_terms(
                _stems(rephrased(asked_places.rephrased(s)) + asked_delays.other_ways(s, durations), folded=True)
            )
        )
        for s in folded_sources
    ]
    verdict_evidence = VerdictEvidence(sources, " ".join(told))  # read only if a sentence is a verdict
    sourced_anywhere = set().union(*source_stems)
    duties = duty_questions(asked)  # "dois-je prévenir ma caisse ?" (`guichet.drafting.asked_duty`)
    # In "dois-je écrire à mon ancienne mairie ?" the act is what the duty is about: echoed by a verdict that one
    # source gives ("Inutile d'écrire à la mairie : vous serez rayé de sa liste automatiquement" beside "vous serez
    # radié automatiquement, sans aucune démarche"), it is the source's topic, no answer of the sentence's own; a
    # sentence that is no verdict still answers in the act's words (thirty-eighth pass).
    answer_words = set().union(*(_predicates(a) for a in asked if a not in duties)) - told_stems | claimed
    skipped = {fold(s).strip() for s in skip if s.strip()}
    folded_message = fold(message)
    evidence = _Known([message, *sources])
    bounds = bounds_only(folded_sources)  # amounts the sources give only as a bound
    message_amounts = _Known([message]).amounts if bounds else set()
    thresholds = Thresholds(message, folded_sources)  # a yes against the passage's own threshold
    absolutes = AbsoluteEvidence(folded_sources)  # none, all, without limit: read only for such a sentence
    opposites = Opposites(folded_sources)  # a source's own words with the opposite meaning
    # a time asked ("jusqu'à quand … ?") and the durations the message and the sources give (`asked_durations`)
    time_asked = asked_durations.ENABLED and asked_durations.asks_time(asked)
    # a question that names a duration or "la date limite" asks a time too (`asked_delays`), not for the figure frames
    questions = asked_delays.questions(fold(message))  # its sentences that end with "?", told parts included
    time_named = time_asked or (asked_durations.ENABLED and asked_delays.names_time([*asked, *questions], durations))
    question_stems = asked_stems | _stems(" ".join(questions), folded=True)  # what a deadline said of no one is about
    given_times = asked_durations.GivenDurations(_in_digits([fold(message), *folded_sources])) if time_named else None
    dates = asked_delays.GivenDates(fold(message), folded_sources) if time_named else None  # (`asked_delays`)
    # "combien … ?" or a time asked: a sum or a duration every source gives answers it in the source's name
    figure_asked = asked_durations.FIGURE_FRAMES and (time_asked or any(_HOW_MUCH.search(a) for a in asked))
    sources_known = _Known(list(sources)) if figure_asked else None
    given_by_sources = asked_durations.GivenDurations(_in_digits(folded_sources)) if figure_asked else None
    # the masked dates of what the message tells, and the words around each (`asked_masked`)
    masked = asked_masked.masked_contexts(told, folded_stems) if asked_masked.read() else []
    # a figure asked ("quel jour … ?", "tous les deux ans ?") and the figures the sources and the told parts give
    figure_wanted = asked_figures.FIGURE_ANSWERED and asked_figures.asks_figure(asked, _figures)
    known_told = _Known([*told, *sources, *asked]) if figure_wanted else None
    figures_told = _Known([*told, *sources]).figures | _case_figures(asked) if figure_wanted else None
    out = []
    message_stems = told_stems | asked_stems
    figure_asked_any = asked_conditions.CONDITIONED_FIGURE and asked_figures.asks_figure(asked, _figures)
    message_masked = set(_MASKED_DATE.findall(fold(message)))
    denial_asked = asked_supposed.asks_denial(asked)  # a question asked in the negative (`asked_supposed`)
    choices = asked_choices.Choices(asked, fold(message), verdict_evidence, sources)  # the options a question lists
    sum_wanted = asked_deadlines_amounts.sum_asked(asked)  # "c'est combien ?" (`asked_deadlines_amounts`)
    when_asked = asked_dates_answered.asks_time(parts)  # « quand … ? », « la date limite » (`asked_dates_answered`)
    for start, end, written, sentence in _readings(text):
        if out and out[-1].span == (start, end):
            continue  # flagged as written: its hedged reading adds nothing
        folded = fold(sentence).strip()
        if fold(written).strip() in skipped or any(fold(written).strip() in s for s in skipped):
            continue
        # a courtesy alone, or what a teller the message names told the writer, told back (`asked_courtesy`)
        if asked_courtesy.only_courtesy(folded, folded_message) or (
            asked_courtesy.told_by_other(folded, folded_message) and not _new_figures(folded, evidence)
        ):
            continue
        # « Rassurez-vous, rien ne sera suspendu », « Bonne nouvelle : … »: the clause after it (`asked_reassurance`)
        if asked_reassurance.answers(folded, asked_stems, verdict_evidence, _is_statement, folded_stems):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # « … se prononcera le [DATE_1] », « La bourse sera versée le 5 » to « quand … ? »: a date only the draft has,
        # a day of payment nobody gave (`asked_dates_answered`; fifty-sixth pass)
        if (
            when_asked
            and _is_statement(sentence, folded)
            and (
                asked_dates_answered.new_masked_date(folded, folded_message, folded_sources)
                or asked_dates_answered.payment_day(folded, asked, folded_message, folded_sources)
            )
        ):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # « Votre allocation vous sera versée dès le 1er octobre »: a day of payment nobody gave (`asked_entitlements`)
        paid = asked_entitlements.payment_date(folded)
        if paid and _is_statement(paid, paid) and _new_figures(paid, evidence):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # A yes, a no, a right, a permission or the case's future that no single source gives (thirty-fifth pass),
        # read with its conditions: "si votre dossier a été transmis, vous recevrez sa décision" answers nothing.
        uncited = _CITATION.sub(" ", sentence)
        # a date the pseudonymisation masked in what the message tells, given back (`asked_masked`): the verdicts
        # read the sentence without it, the echo does not count its words
        back = asked_masked.given_back(folded, masked, folded_stems) if masked else []
        verdict_text = asked_masked.without(fold(uncited), back) if back and asked_masked.MASKED_FIGURES else uncited
        dated = asked_masked.dating(folded, back) if back else []  # a date given back that dates the sentence
        kind = verdict_kind(uncited, asked_stems) or ("duty" if is_duty(fold(uncited), duties) else "")
        kind = kind or asked_negations.kind(fold(uncited), asked_stems, bool(duties))  # « vous ne perdrez pas »
        # « vous n'y avez pas droit », « vous pourrez percevoir l'ARE », « n'aura aucun effet sur votre RSA »
        kind = kind or asked_entitlements.kind(fold(uncited), asked)  # (`asked_entitlements`; fifty-fifth pass)
        verdict = _verdict_read(kind, sentence, folded) and unsourced_verdict(verdict_text, kind, verdict_evidence)
        # « Vous toucherez l'allocation …, à condition qu'elle soit scolarisée »: read before the draft's own condition
        main_clause = asked_entitlements.before_condition(folded) if kind and not verdict else ""
        if main_clause and _is_statement(main_clause, main_clause):
            condition_words = _stems(folded[len(main_clause) :], folded=True)
            verdict = not condition_words & predicates and unsourced_verdict(verdict_text, kind, verdict_evidence)
        if denial_asked and not verdict:
            # "Vous n'avez effectivement pas droit à l'APL" to "je n'ai pas droit à l'APL, c'est ça ?": a denial, read
            # without its adverb, that no source denies too (`asked_supposed`; forty-sixth pass)
            plain = asked_supposed.plain_denial(verdict_text)
            kind = kind or verdict_kind(plain, asked_stems)
            verdict = _verdict_read(kind, sentence, folded) and (
                unsourced_verdict(plain, kind, verdict_evidence) or asked_supposed.denied_unsourced(plain, sources)
            )
        if verdict and back and asked_masked.MASKED_STORY and kind in asked_masked.STORY_KINDS and dated:
            # "Votre passeport n'est plus valable depuis 2018" to "périmé depuis [DATE_1]": the state the message
            # dates, retold (`asked_masked`), unless it brings a figure of its own
            verdict = _new_figures(folded, evidence, _figures(" ".join(back)))
        if kind == "duty" and verdict and settled_alike(fold(uncited), folded_sources, duties):
            verdict = False  # the source's own duty, said the same way in other words (forty-first pass)
        elif kind == "duty" and not verdict and _verdict_read(kind, sentence, folded):
            # "Vous n'avez pas à la déclarer" beside "Vous devez la déclarer" (`asked_duty`; forty-first pass)
            verdict = settled_otherwise(fold(uncited), folded_sources, duties)
        # "Si vous nous envoyez le rapport de l'expert, la taxe sera annulée": a step of the writer's sets no
        # condition on the promise after it (`guichet.drafting.asked_promises`; thirty-eighth pass)
        after_step = main_after_step(folded)
        if after_step and kind in _PROMISES and not verdict:
            verdict = _is_statement(after_step, after_step) and unsourced_verdict(verdict_text, kind, verdict_evidence)
        # "Si votre médecin a coché sorties libres, vous pourrez partir": the draft's own condition (`asked_negations`)
        conditioned = "" if verdict else asked_negations.main_after_condition(folded, kind, asked_stems, predicates)
        if conditioned and _is_statement(conditioned, conditioned):
            verdict = unsourced_verdict(verdict_text, kind, verdict_evidence)
        # "Vous percevrez les mois de retard en un seul versement dès que votre dossier sera validé": the clause of
        # time says when, not whether; the main clause is the statement (`asked_future`; forty-second pass)
        before_when = main_before_when(folded) if kind in _PROMISES and not verdict else ""
        if before_when and _is_statement(before_when, before_when):
            verdict = unsourced_verdict(verdict_text, kind, verdict_evidence)
        # "Oui, vous êtes exonérée" beside "si votre revenu fiscal de référence ne dépasse pas 12 455 €" to a writer
        # who earns 13 900 €; "dès le premier jour" beside "à partir du 4e jour" (`asked_thresholds`; thirty-ninth
        # pass)
        if thresholds.present and thresholds.crossed(
            folded, _verdict_read(kind, sentence, folded), not (_reports(folded) or _ASK_CUE.search(folded))
        ):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # "L'utilisation de drones est autorisée la nuit" beside "… est interdite la nuit, même lorsqu'ils sont
        # équipés de dispositifs lumineux"; a rule said of the writer's case without the exception the message tells
        # the writer is in (`asked_opposites`; fortieth pass)
        if not asks_back(folded) and (
            opposites.opposite(folded) or opposites.dropped_exception(folded, message_stems)
        ):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # "Aucun délai de carence ne s'appliquera à votre demande de Puma", "la totalité du salaire de votre
        # assistante maternelle": an absolute no source gives (`asked_absolutes`; thirty-ninth pass)
        if (
            has_absolute(folded)
            and _unsourced_absolute(sentence, folded, asked_stems, absolutes)
            and not asked_places.absolute_given(folded, folded_sources)  # "aucun déplacement" (`asked_places`)
        ):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # "Vous disposez de trois mois pour faire appel" to "jusqu'à quand … ?" beside "d'1 mois": the time the message
        # asks, given where no source gives it (`asked_durations`; forty-first pass)
        # a duty's delay, a delay before the writer's condition, a deadline said of what is asked, a date to "quand ?"
        # (`asked_delays`; fifty-first pass)
        timed = asked_delays.reading(folded) if given_times else folded
        timed = asked_deadlines_amounts.reading(timed)  # « vous pouvez … jusqu'au 31 décembre » (fifty-third pass)
        if (
            given_times
            and (given_times.new(asked_figures.in_digits(timed)) or (dates is not None and dates.new(timed)))
            and _unsourced_time(timed, timed, question_stems)
        ):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # "votre taxe sera majorée de 60 %" beside "une majoration de 5 % à 60 %": a bound given as the amount
        if _bound_stated(folded, bounds, message_amounts):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # "La prime d'activité est versée le 5 de chaque mois" to "elle tombe quel jour du mois ?": the figure asked,
        # given where no source and nothing the message tells gives it (`asked_figures`; forty-fourth pass)
        if known_told is not None and figures_told is not None:
            given_figures = figures_told | (_figures(" ".join(back)) if back else set())  # a masked date given back
            # a time to come whose delay what the message tells or a source gives ("d'ici quinze jours" beside "15
            # jours"; `asked_delays`)
            delay_texts = _in_digits([*told, *folded_sources])
            given_figures |= asked_delays.given_times(_figures(folded), delay_texts, durations)
            figure_answered = _figure_answered(
                sentence, _given_sums_out(folded, known_told), asked_stems, given_figures
            )
        else:
            figure_answered = False
        if figure_answered:
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # « Le montant de la prime est de 1 000 € » to « c'est combien ? »: the sum asked, said of no one, that neither
        # the message nor a source gives (`asked_deadlines_amounts`; fifty-third pass)
        if sum_wanted and _general_sum(sentence, folded, question_stems, evidence):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # "Si votre déclaration est complète, le versement aura lieu le 5 du mois prochain": the figure asked, given
        # after a condition (`asked_conditions`; forty-fifth pass)
        main = asked_conditions.main_after_condition(folded)
        if main and _conditioned_figure(main, folded, asked_stems, evidence, message_masked, figure_asked_any):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # "Vous ne pouvez en effet pas contester ce refus" to "Je ne peux pas faire de recours, n'est-ce pas ?": a
        # confirmation that no source and nothing the message tells gives (`asked_confirmed`; forty-seventh pass)
        rest = asked_confirmed.confirmed(folded)
        # « Effectivement, vous pouvez … » to « puis-je … ? »: a yes (`asked_confirmed_can`; forty-eighth pass)
        if rest and (_is_statement(sentence, folded) or asked_confirmed_can.answers(folded, asked)):
            if asked_confirmed.unsourced(rest, verdict_evidence.sources, verdict_evidence.told):
                out.append(AskedClaim(written, (start, end), ()))
                continue
        # « Dans votre cas, c'est l'ALS qui s'applique » to « l'APL ou l'ALS ? »: one option picked (`asked_choices`)
        asks_or_reports = choices.options and (
            sentence.rstrip().endswith("?") or _reports(folded) or _ASK_CUE.search(folded)
        )
        if choices.options and choices.picked(folded, bool(asks_or_reports), not _is_statement(sentence, folded)):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # « Le dossier est à adresser à la préfecture », « une copie suffit »: the procedure asked (fifty-fourth pass)
        if asked_documents.answers(folded, asked, folded_sources, folded_message) and not _asks_back(sentence, folded):
            out.append(AskedClaim(written, (start, end), ()))
            continue
        # "Votre retraite ne baissera pas si vous reprenez ce poste": a condition that is the writer's own plan sets
        # none; what remains is read.
        folded, unconditioned = _without_told_condition(folded, message_stems), folded
        if kind and not verdict and folded != unconditioned and _WRITERS_PLAN.search(unconditioned):
            # "Si vous signez ce CDI, vous conserverez votre pension" to "Si je signe, je garde ma pension ?": the
            # verdict, read without the writer's own plan (thirty-eighth pass)
            verdict = _verdict_read(kind, sentence, folded) and unsourced_verdict(verdict_text, kind, verdict_evidence)
        if not verdict and not _is_statement(sentence, folded):
            # "Pôle emploi vous remboursera votre déménagement si vous êtes embauché" to "Pôle emploi me remboursera
            # mon déménagement ?": the answer stands before its condition (thirty-seventh pass).
            echoed = _echoed_before_condition(folded, predicates - sourced_anywhere)
            if len(echoed) >= ECHOED_BEFORE_CONDITION:
                out.append(AskedClaim(written, (start, end), tuple(sorted(echoed))))
            continue
        stems = _stems(_CITATION.sub(" ", _DEADLINE.sub(" ", folded)), folded=True)
        if back and asked_masked.MASKED_FIGURES:
            stems -= _stems(" ".join(back), folded=True)  # "l'automne 2025" given back echoes no "automatique"
        if len(stems) < 2 and not verdict:
            continue
        # The answer words the question holds and no source says: the topic may be the fiche's, the answer is not.
        # a word that only names a thing in the sentence ("un permis de conduire") answers no "je peux conduire ?"
        echoed = stems & (answer_words if kind else predicates) - sourced_anywhere
        echoed = echoed - _compound_tails(folded) if echoed else echoed
        echoed = asked_places.sourced_out(echoed, source_terms, folded, folded_sources)  # in other words
        if echoed and figure_asked and _figure_sourced(folded, sources_known, given_by_sources):
            # "Si vous apportez votre photo, le passeport coûte 86 €" to "combien coûte le passeport … ?" beside
            # "Si vous fournissez la photo : 86 €": the figure is the answer and a source gives it; the question's
            # "coûte" only frames it (`asked_durations.FIGURE_FRAMES`; forty-first pass)
            echoed = set()
        given = (told_stems, topics, asked_stems)
        if not (
            echoed
            or verdict
            or _invented(sentence, folded, stems, given, source_terms, evidence, back, dated, message)
        ):
            continue
        out.append(AskedClaim(written, (start, end), tuple(sorted(echoed))))
    return out


def _given_sums_out(folded: str, known: "_Known") -> str:
    """A folded sentence less its sums and rates that the message or a source gives, added up included ("1 123,59 €
    majorés de 93,63 €, soit 1 217,22 €"): a sum is read as a sum, not as its figures."""
    given = known.amounts
    return _AMOUNT.sub(lambda m: " " if re.sub(r"\D", "", m.group(1)) in given else m.group(0), folded)


def _readings(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Each sentence of a draft with its span, as written and read as written, then, when it hedges, read as the
    plain answer it hedges ("Vous devriez recevoir votre carte" as "Vous recevrez votre carte"; `asked_hedges`)."""
    for start, end, written in sentence_spans(text):
        yield start, end, written, written
        plain = asked_hedges.plain(written)
        if plain != written:
            yield start, end, written, plain


def _conditioned_figure(
    main: str, folded: str, asked_stems: set[str], evidence: "_Known", masked: set[str], figure_asked: bool
) -> bool:
    """Whether the main clause after an opening condition (`asked_conditions`) is a plain statement about the
    writer's case that gives a figure, a time or a masked date neither the message nor a source gives, and speaks
    of what the message asks or answers a message that asks a figure."""
    if not _is_statement(main, main) or not _ABOUT_WRITER.search(_APPOINTMENT.sub(" ", folded)):
        return False
    new_date = bool(set(_MASKED_DATE.findall(main)) - masked)
    if not (new_date or _new_figures(main, evidence) or _new_amounts(main, evidence) or _new_times(main, evidence)):
        return False
    return figure_asked or bool(_stems(main, folded=True) & asked_stems)


def _case_figures(asked: list[str]) -> set[str]:
    """The figures the folded questions give as the writer's case ("ma fille de 12 ans", "un studio à 450 euros"):
    all but the when they ask about — a weekday, a day of the month, a recurrence (`asked_figures.asked_when`)."""
    return set().union(*(_figures(a) - asked_figures.asked_when(a) for a in asked))


def _in_digits(folded_texts: list[str]) -> list[str]:
    """Folded texts with their numbers in words as digits (`asked_figures.NUMBERS_IN_WORDS`)."""
    return [asked_figures.in_digits(t) for t in folded_texts]


def _figure_answered(sentence: str, folded: str, asked_stems: set[str], given: set[str]) -> bool:
    """Whether a plain statement that speaks of what the message asks gives a figure (a number, a weekday, a day of
    the month, a month) that neither a source nor what the message tells gives (`asked_figures.FIGURE_ANSWERED`)."""
    figures = _figures(_CITATION.sub(" ", folded))
    if not figures or not figures - given or not _is_statement(sentence, folded):
        return False
    return bool(_stems(folded, folded=True) & asked_stems)


def _general_sum(sentence: str, folded: str, asked_stems: set[str], evidence: "_Known") -> bool:
    """Whether a plain statement said of no one speaks of what the message asks and gives a sum or a rate that
    neither the message nor a source gives (`asked_deadlines_amounts.GENERAL_SUM`; the writer's case is
    `_invented`'s)."""
    if _ABOUT_WRITER.search(_APPOINTMENT.sub(" ", folded)) or not _is_statement(sentence, folded):
        return False
    return _new_amounts(folded, evidence) and bool(_stems(_CITATION.sub(" ", folded), folded=True) & asked_stems)


def _unsourced_absolute(sentence: str, folded: str, asked_stems: set[str], absolutes: AbsoluteEvidence) -> bool:
    """Whether a plain statement about the writer's case that speaks of what the message asks, and is no event of
    the writer's story told back, says none, all or without limit where no source does (`asked_absolutes`)."""
    if not _is_statement(sentence, folded) or not _ABOUT_WRITER.search(_APPOINTMENT.sub(" ", folded)):
        return False
    if not _stems(folded, folded=True) & asked_stems or _EVENT.search(sentence.lower()):
        return False
    return absolutes.unsourced(folded)


def _figure_sourced(folded: str, sources: "_Known | None", durations: "asked_durations.GivenDurations | None") -> bool:
    """Whether a sentence states a sum, a rate or a duration, and every one of them is a source's (the message's
    figures do not count: the writer's own sum told back is not the answer)."""
    if sources is None or durations is None:
        return False
    folded = asked_figures.in_digits(folded)  # "quarante-cinq jours" is "45 jours" (`asked_figures`)
    amounts, times = _amounts(folded), asked_durations.durations(folded)
    if not (amounts or times):
        return False
    return amounts <= sources.amounts and not durations.new(folded) and not _new_times(folded, sources)


def _unsourced_time(sentence: str, folded: str, asked_stems: set[str]) -> bool:
    """Whether a sentence that gives a duration no source gives is a plain statement about the writer's case, or
    a deadline said of what the message asks (`asked_delays.GENERAL_DEADLINE`)."""
    if not (_is_statement(sentence, folded) or asked_deadlines_amounts.to_writer(folded)):  # « Comptez un mois »
        return False
    about = bool(_ABOUT_WRITER.search(_APPOINTMENT.sub(" ", folded))) or asked_deadlines_amounts.to_writer(folded)
    return about or asked_delays.said_of_topic(bool(_stems(folded, folded=True) & asked_stems))


def _compound_tails(folded: str) -> set[str]:
    """The stems that a folded sentence holds only in a thing's name ("un permis de conduire")."""
    tails = {m.group(1)[:STEM] for m in _COMPOUND.finditer(folded)}
    if not tails:
        return tails
    elsewhere = _stems(_COMPOUND.sub(" ", folded), folded=True)
    return tails - elsewhere


def _bound_stated(folded: str, bounds: set[str], message_amounts: set[str]) -> bool:
    """Whether a folded sentence about the writer's case, read without the condition that opens it ("si Arcachon est
    en zone tendue, …"), states as the amount a sum the sources give only as a bound (`asked_promises`)."""
    if not bounds:
        return False
    main = _OPENING_CONDITION.sub("", folded, count=1)
    if not _ABOUT_WRITER.search(_APPOINTMENT.sub(" ", main)) or not _is_statement(main, main):
        return False
    return bound_as_amount(main, bounds, message_amounts)


def _echoed_before_condition(folded: str, unsourced_predicates: set[str]) -> set[str]:
    """The question's answer words no source says, in the plain statement a sentence makes before its condition on
    the writer ("… si vous êtes embauché"); none when what comes first reports, asks or guides."""
    found = _MAIN_BEFORE_CONDITION.match(folded)
    if not found or not _is_statement(found.group(1), found.group(1)):
        return set()
    return _stems(_CITATION.sub(" ", found.group(1)), folded=True) & unsourced_predicates


def _figures(folded: str) -> set[str]:
    """The numbers and months a text states (a pseudonymisation placeholder's number is none; "8 400" is 8400); the
    numbers in words as digits, the weekdays and the days of every month too (`asked_figures`)."""
    unmasked = asked_figures.in_digits(PLACEHOLDER.sub(" ", folded))
    joined = _GROUPED.sub(lambda m: re.sub(r"\D", "", m.group(0)), unmasked)
    return {_SAME_TIME.sub("", f) for f in _FIGURE.findall(joined)} | asked_figures.calendar_figures(unmasked)


def _invented(
    sentence: str,
    folded: str,
    stems: set[str],
    given: tuple[set[str], set[str], set[str]],
    sources: list[set[str]],
    evidence: "_Known",
    back: Sequence[str] = (),
    dated: Sequence[str] = (),
    message: str = "",
) -> bool:
    """A statement about the writer's case that echoes no question word, answers all the same: it speaks of what
    is asked, and neither what the message tells nor a source says most of it ("Votre pension de base a été calculée
    à 1 187 €" to "combien je vais toucher ?"). A source's words do not cover an event of the case ("vos points ont
    été recrédités" beside "le stage permet de récupérer 4 points"): a rule says what happens, not that it did; nor
    a date or a figure neither it nor the message gives ("votre allocation sera versée le 19 août" beside "l'allocation
    est versée sous conditions de ressources")."""
    told, topics, asked = given  # what the message tells, its questions' topics, what it asks about
    if not (
        _ABOUT_WRITER.search(_APPOINTMENT.sub(" ", folded))
        or (stems & asked and asked_checks.about_relative(folded, message))
    ):
        return False  # a general rule ("la bourse est versée de septembre à juin") is the sources' to support
    if _new_amounts(folded, evidence) or _new_times(folded, evidence):
        return True  # a sum or a time no source and not the message gives: "jusqu'à 1 605,73 € par mois"
    if not stems & asked:
        return False  # what the message tells, in the writer's story's words or others ("vous êtes veuve")
    # « Votre demande a bien été transmise » to « ma demande est arrivée ? »: the event asked (`asked_checks`)
    if asked_checks.checks_event(message) and asked_checks.event_told(sentence, told, STEM):
        return True
    if len(stems & told) / len(stems) >= INVENTED_SUPPORT:
        return False
    # a masked date of the message given back: its figures are the message's (`asked_masked.MASKED_FIGURES`)
    masked = _figures(" ".join(back)) if back and asked_masked.MASKED_FIGURES else set()
    if _WRITERS_ACT.search(sentence.lower()) and not _new_figures(folded, evidence, masked):
        return False  # the writer's own doing ("vous avez déposé votre demande l'an dernier"): the story, retold
    if dated and asked_masked.MASKED_STORY and not _new_figures(folded, evidence, masked):
        return False  # an event dated as the message dates it: the writer's story, retold (`asked_masked`)
    if _EVENT.search(sentence.lower()) or _new_figures(folded, evidence, masked):
        return True
    if len(stems & (told | topics)) / len(stems) >= INVENTED_SUPPORT:
        return False  # the question's own topic, in the writer's words: "Votre loyer est de 450 euros"
    said = factual(_stems(rephrased(asked_places.rephrased(folded)), folded=True))  # read as `sources` are
    if max((_share(said, src) for src in sources), default=0.0) >= INVENTED_SUPPORT:
        return False
    # The question's topic and one source together, for a majority (not a half: "les travaux bruyants sont interdits
    # le dimanche" to "des travaux le dimanche, est-ce autorisé ?" is half): the source's rule said of what the
    # writer asks about ("Le prix de la cantine est décidé par la mairie, … selon votre quotient familial" beside "le
    # prix d'un repas … quotient familial" to "combien va me coûter le repas à la cantine ?"; thirty-seventh pass).
    return max((_share(said, src, topics | told) for src in sources), default=0.0) <= INVENTED_SUPPORT


def _share(stems: set[str], source: set[str], given: set[str] = frozenset()) -> float:
    """The share of a sentence's stems that a source gives, a family of words as one (`asked_paraphrase`; the
    source read with `same_terms`), or that `given` holds as they are (what the message tells or asks about)."""
    return sum(1 for stem in stems if stem in given or asked_places.term(same_term(stem)) in source) / max(
        len(stems), 1
    )


class _Known:
    """The figures, sums and rates the message and the sources give, read once for all the draft's sentences."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts

    @cached_property
    def _folded(self) -> list[str]:
        return [asked_figures.in_digits(fold(t)) for t in self._texts]  # "trois cents" is 300 (`asked_figures`)

    @cached_property
    def figures(self) -> set[str]:
        """The figures, and those said in other words ("deux semaines" is also 14 days; `asked_paraphrase`)."""
        figures = set().union(*(_figures(t) | same_figures(t) for t in self._folded))
        return figures | asked_delays.delay_figures(self._folded, asked_durations.durations)  # "60 jours": 2 (mois)

    @cached_property
    def amounts(self) -> set[str]:
        """The sums and rates, and every number as its digits: a sum the message gives without its unit ("700€ par
        mois donc 8400 sur l'année") is the writer's figure all the same."""
        numbers = {re.sub(r"\D", "", n) for t in self._folded for n in _NUMBER.findall(PLACEHOLDER.sub(" ", t))}
        return set().union(numbers, *(_amounts(t) | _totals(_amounts(t)) for t in self._folded))


def _totals(amounts: set[str]) -> set[str]:
    """What two sums of one text add up to: "je gagne 1 650 € et mon compagnon 1 400 €" gives "à vous deux, 3 050 €",
    "1 123,59 € majorée de 93,63 €" gives 1 217,22 € (thirty-ninth pass; digits added as they are read)."""
    values = sorted(int(a) for a in amounts if a)
    return {str(a + b) for i, a in enumerate(values) for b in values[i + 1 :]}


def _new_figures(folded: str, evidence: _Known, masked: set[str] = frozenset()) -> bool:
    """Whether the folded sentence states a figure neither the message nor a source gives (`masked`: the figures of
    a masked date of the message the sentence gives back, the message's own)."""
    figures = _figures(folded)
    figures -= asked_delays.given_times(figures, evidence._folded, asked_durations.durations)  # (`asked_delays`)
    return bool(figures and figures - evidence.figures - masked)


def _amounts(folded: str) -> set[str]:
    """The sums and rates of a folded text, as their digits; "la moitié" is 50 (%), "un quart" 25."""
    folded = asked_figures.in_digits(folded)  # "trois cents euros" is 300 (`asked_figures`)
    return {re.sub(r"\D", "", m.group(1)) for m in _AMOUNT.finditer(folded)} | {
        _FRACTIONS[m.group(0)] for m in _FRACTION.finditer(folded)
    }


def _new_amounts(folded: str, evidence: _Known) -> bool:
    """Whether the folded sentence states a sum or a rate that neither the message nor a source gives."""
    amounts = _amounts(folded)
    return bool(amounts and amounts - evidence.amounts)


def _new_times(folded: str, evidence: _Known) -> bool:
    """Whether the folded sentence says a time without a date that neither the message nor a source says."""
    times = {_SAME_TIME.sub("", t) for t in _TIME.findall(asked_figures.in_digits(folded))}
    times -= asked_delays.given_times(times, evidence._folded, asked_durations.durations)  # (`asked_delays`)
    return bool(times and times - evidence.figures)
