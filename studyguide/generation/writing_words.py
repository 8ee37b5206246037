"""Built-in lists: distractors for when the article does not name enough of a kind, the
other names of well-known places and bodies, and the small words prompts are built from."""

from __future__ import annotations

import re

COUNTRIES = (
    "Afghanistan",
    "Brazil",
    "Canada",
    "China",
    "Egypt",
    "France",
    "Germany",
    "India",
    "Iran",
    "Iraq",
    "Israel",
    "Italy",
    "Japan",
    "Jordan",
    "Lebanon",
    "Libya",
    "Mexico",
    "Nigeria",
    "Pakistan",
    "Qatar",
    "Russia",
    "Saudi Arabia",
    "South Africa",
    "Spain",
    "Syria",
    "Turkey",
    "the United Kingdom",
    "the United States",
    "Ukraine",
    "Yemen",
)

NATIONALITIES = (
    "American",
    "British",
    "Canadian",
    "Chinese",
    "Egyptian",
    "French",
    "German",
    "Indian",
    "Iranian",
    "Iraqi",
    "Israeli",
    "Italian",
    "Japanese",
    "Russian",
    "Saudi",
    "Syrian",
    "Turkish",
    "Ukrainian",
    "Australian",
    "Brazilian",
    "Dutch",
    "European",
    "Irish",
    "Korean",
    "Mexican",
    "Nigerian",
    "Pakistani",
    "Polish",
    "Scottish",
    "Spanish",
    "Swiss",
    "Welsh",
)

CITIES = (
    "Ankara",
    "Baghdad",
    "Beijing",
    "Beirut",
    "Berlin",
    "Brussels",
    "Cairo",
    "Damascus",
    "Geneva",
    "London",
    "Madrid",
    "Moscow",
    "New York",
    "Paris",
    "Rome",
    "Tehran",
    "Tokyo",
    "Washington",
)
"""Capitals and other cities news stories are filed from, for places that are not countries."""

ALIASES = (
    ("the United States", "United States", "US", "U.S.", "USA", "U.S.A.", "America"),
    ("the United Kingdom", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("Russia", "the Russian Federation", "Russian Federation"),
    ("the Islamic State", "Islamic State", "ISIL", "ISIS", "IS", "Daesh"),
    ("the United Nations", "United Nations", "UN", "U.N."),
    ("the European Union", "European Union", "EU", "E.U."),
    ("the European Commission", "European Commission", "EC"),
    ("NATO", "Nato", "the North Atlantic Treaty Organization"),
    ("the Netherlands", "Holland"),
)
"""Names that stand for the same thing: never offered as a wrong answer beside each other."""

ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "&"})
"""Words an acronym leaves out: BA is British Airways, UN the United Nations."""

AUXILIARIES = (
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "must",
    "may",
    "might",
    "do",
    "does",
    "did",
)
"""Verbs that take "not" after them, and that a subject question keeps as they are."""

PARTICIPLES = frozenset(
    """been made done seen taken given held built set put cut hit run sold bought brought
    found kept left lost met paid said sent spent told won begun become chosen drawn driven
    fallen flown grown known risen shown shut spread struck thrown understood written""".split()
)
"""Irregular past participles: "has cut", "has risen" (regular ones end in -ed)."""

PRONOUNS = frozenset(
    "i you he she it we they his her its their this that these those there".split()
)
"""Words that need the sentence before them to mean anything as a question's subject."""

GENERIC_BODIES = frozenset(
    """Bank Treasury Government Parliament Commission Court Council Ministry Police Army
    Senate Congress Cabinet Assembly Board Committee Department Agency Union""".split()
)
"""One-word names that are also common nouns: "the _____ said" has many right answers."""

TITLES = frozenset(
    """Mr Mrs Ms Dr Sir Lord Lady President Prime Minister Chancellor Treasurer Secretary
    Governor Senator Judge General King Queen Prince Princess Pope St""".split()
)
"""Words before a name that say a role, not who: "Treasurer Peter Costello"."""


NEEDS_CONTEXT = frozenset(
    "this that these those it its he she they his her their such however but and also".split()
)
"""First words that need the sentence before: "This compares with ..." means nothing alone."""


CAUSE_LINKS = re.compile(
    r"\b(because|as a result|as a consequence|led to|leading to|lead to|due to(?! (?:be|start"
    r"|begin|open|close|end|meet|hold|take|face|appear|perform|visit|return|publish|announce"
    r"|unveil|reveal|stand|deliver|host|expire|merge|report|give|make|play|arrive|launch|sign"
    r"|vote|hear|decide|release|receive|run|speak|leave|finish|resume|present|attend|travel"
    r"|retire|join|lead|sit|testify|rule|debate|discuss|go|come)\b)|owing to"
    r"|caused|causing|resulted in|result of|so that|in order to|in response to|prompted"
    r"|blamed|thanks to|following)\b",
    re.IGNORECASE,
)
"""Words with which news states a cause or an effect: a sentence holding one says why. Not
"due to" before a verb, which tells what is planned ("is due to unveil a recovery plan")."""

CHANGE_WORDS = re.compile(
    r"\b(rose|risen|rise|rising|fell|fallen|fall|falling|increased?|increasing|decreased?"
    r"|cut|cuts|dropped|drop|grew|grown|growth|doubled|halved|jumped|slumped|climbed"
    r"|declined?|reduced|slipped|soared|plunged|surged|tumbled|dipped|sank|gained|lowered"
    r"|raised|boosted|trimmed|shrank|up from|down from|from [^ ]+ to)\b",
    re.IGNORECASE,
)
"""Words with which news tells what changed, beside a figure: "profits rose 12%"."""

RISE_WORDS = re.compile(
    r"\b(?:rose|risen|rises?|rising|increas\w*|grew|grown|grows?|growing|growth|doubled"
    r"|jumped|climbed|soared|surged|gained|raised|boosted|up from|higher|highs?)\b",
    re.IGNORECASE,
)
"""Words telling that something went up: "profits rose", "a five-year high"."""
FALL_WORDS = re.compile(
    r"\b(?:fell|fallen|falls?|falling|decreas\w*|cuts?|dropped|drops?|halved|slumped"
    r"|declin\w*|reduced|slipped|plunged|tumbled|dipped|sank|lowered|trimmed|shrank"
    r"|down from|lower|lows?)\b",
    re.IGNORECASE,
)
"""Words telling that something went down: "prices fell", "its lowest level"."""

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
"""A year of the last two centuries: "1904", "2005"."""

_HOUR = r"\d{1,2}[:.]?\d{2} ?(?:GMT|BST|ET|EST)|\d{1,2}(?::\d{2})? ?[ap]\.?m\b"
AN_HOUR = re.compile(rf"\b(?:{_HOUR})")
"""An hour of the day: "at 1300 GMT", "7pm"."""
THIS_WEEK = re.compile(rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_HOUR})")
"""A weekday or an hour: news pins its updates to them ("the real rose on Friday", "at 1300
GMT the euro was up 0.9%"). A detail pinned to one is the week's news, not the story's."""

WELL_KNOWN_OFFICES = frozenset(
    """pope president prime minister chancellor queen king prince princess monarch
    secretary-general secretary general dalai lama archbishop leader""".split()
)
"""Words of offices a student knows the holder of without the article: "Who is the Pope?"
asks general knowledge, not the story."""

DESCRIPTIONS = frozenset(
    """firm company group agency ministry minister club team side party court
    report study survey deal move plan decision ruling bill case star singer actor actress
    band player man woman boy girl child officer official spokesman spokeswoman chairman boss
    president leader father mother star striker coach manager airline bank country city
    organisation organization charity union network channel station film show album
    programme program project scheme policy law body measure proposal administration
    strategist critic expert researcher scientist campaigner director producer champion
    seed qualifier veteran winger midfielder defender goalkeeper keeper captain skipper
    winner holder favourite sprinter athlete rider driver youngster teenager newcomer
    rookie medallist track song single record book game device gadget console
    handset plea announcement warning call request offer claim allegation
    litigation newspaper paper magazine duo pair trio quartet drama comedy thriller
    documentary series sitcom movie title rapper campaign venture website service product
    system software virus festival tournament competition contest match trial
    investigation talks strike agreement contract tour rest rationale reasoning logic motive
    sibling brother sister couple maker carmaker retailer carrier giant
    supermarket chain broadcaster insurer lender manufacturer brewer miner supplier
    developer publisher studio label men women children story plot""".split()
)
"""Nouns that, after "the", stand for something named earlier ("The firm is appealing"):
a statement opening on one means nothing without the sentences before it."""

PAST_TENSES = {
    "became": "become",
    "began": "begin",
    "bought": "buy",
    "brought": "bring",
    "built": "build",
    "came": "come",
    "chose": "choose",
    "cut": "cut",
    "drew": "draw",
    "drove": "drive",
    "fell": "fall",
    "felt": "feel",
    "fled": "flee",
    "flew": "fly",
    "found": "find",
    "gave": "give",
    "got": "get",
    "grew": "grow",
    "held": "hold",
    "hit": "hit",
    "kept": "keep",
    "knew": "know",
    "led": "lead",
    "left": "leave",
    "lost": "lose",
    "made": "make",
    "meant": "mean",
    "met": "meet",
    "paid": "pay",
    "put": "put",
    "ran": "run",
    "rose": "rise",
    "sold": "sell",
    "sent": "send",
    "set": "set",
    "shut": "shut",
    "spent": "spend",
    "stood": "stand",
    "struck": "strike",
    "took": "take",
    "told": "tell",
    "went": "go",
    "won": "win",
    "withdrew": "withdraw",
    "wrote": "write",
}
"""Irregular past tenses and their base forms, for "Why did the shares fall?"."""

AFTER_NAME = frozenset(
    """and or but in on at to for of with by from has have had is are was were will would
    could should can may might said says told added as that which who after before over
    since than its their his her also has""".split()
)
"""Words that may follow a name standing alone (not as a modifier of a noun)."""

REGIONS = {
    "europe": """France Germany Italy Spain Russia Ukraine Turkey Ireland Poland Netherlands
    Belgium Switzerland Greece Portugal Sweden Norway the_United_Kingdom Berlin Brussels Geneva
    London Madrid Moscow Paris Rome Ankara""",
    "middle east": """Egypt Iran Iraq Israel Jordan Lebanon Libya Qatar Saudi_Arabia Syria Turkey
    Yemen Afghanistan Baghdad Beirut Cairo Damascus Tehran Ankara""",
    "asia": "Afghanistan China India Japan Pakistan South_Korea Beijing Tokyo",
    "americas": "Brazil Canada Mexico the_United_States New_York Washington",
    "africa": "Nigeria South_Africa Egypt Libya Kenya Cairo",
}
"""The regions of the built-in places (a place may be in two), so that a wrong choice comes
from the story's part of the world: Spain beside France, not Japan."""

_OPPOSITE_PAIRS = """rises falls | rose fell | risen fallen | rising falling
    | increased decreased | increasing decreasing | grew shrank | grows shrinks
    | growing shrinking | higher lower | approved rejected | accepted refused
    | accepted rejected | agreed refused | supports opposes | supported opposed | welcomed criticised
    | go_up go_down | goes_up goes_down | went_up went_down | gone_up gone_down
    | strengthened weakened | improved worsened | more_likely less_likely"""
OPPOSITES = {
    word.replace("_", " "): other.replace("_", " ")
    for pair in _OPPOSITE_PAIRS.split("|")
    for first, second in [pair.split()]
    for word, other in ((first, second), (second, first))
}
"""Words and their opposites in the same form: a false statement that says the opposite of
the article ("sales fell" for "sales rose") reads as naturally as the true one. Only words
whose opposite is as likely as they are: which way a figure moved, whether a plan was
backed ("rejected a bid" turns "accepted", which fits a bid, an offer or a plan, where
"approved" fits a plan alone). Not "won" and "lost" ("Bob Geldof lost a prize for his outstanding contribution")
nor "best" and "worst", whose opposites read as nonsense; and no form that is as often a
noun ("IMF support", "a 5% rise")."""


TO_THE_READER = re.compile(
    r"(?:Think|Imagine|Consider|Picture|Remember|Forget|Don't|Do not|Meet|Spare a thought"
    r"|Look at|Take a look|Welcome to|Never mind|Move over|Just (?:imagine|think|look)|Read|Watch"
    r"|Click)\b"
)
"""A sentence that bids the reader do something ("Forget about going to a crowded bar"), as a
feature's hook does, or as a web page's pointer does ("Read part 1 here"): no news, and no
detail of the story."""
UNFIT_FOR_CLASS = re.compile(
    r"\b(?:sex|sexual(?:ly)?|porn\w*|naked|nude|rap(?:e|ed|es|ist|ists)|prostitut\w*|strip(?:per"
    r"|pers|tease)|genital\w*|masturbat\w*|erotic\w*|obscen\w*|expos(?:e|es|ed|ing) (?:him|her|them)"
    r"sel(?:f|ves))\b",
    re.IGNORECASE,
)
"""Words a teacher would not print beside a class of 15-year-olds for a passing detail
("photographs of him exposing himself"): such a detail is offered as
no wrong choice. A story that is about such a thing is still asked about."""
