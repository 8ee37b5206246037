"""Words for reading an article: who speaks and how (speech verbs, pronouns), titles and
roles before names, and the nouns of organisations and documents, as named constants."""

from __future__ import annotations

SPEECH_VERBS = frozenset(
    """say tell add note stress explain ask write claim argue insist warn state announce reply
    respond recall describe continue conclude admit acknowledge suggest believe think declare
    assert maintain contend caution emphasize emphasise predict report confirm deny estimate
    allege complain testify tweet urge agree disagree observe remark comment point mention
    reiterate vow promise pledge concede boast quip joke lament recount reveal indicate
    repeat answer shout scream whisper exclaim speak proclaim retort counter chant yell
    bark""".split()
)
"""Lemmas of verbs that introduce speech: "said", "added", "noted", "told reporters"."""

STRONG_SPEECH_VERBS = frozenset(
    """say tell add note stress explain ask write claim argue insist warn state announce reply
    respond recall conclude admit acknowledge declare assert maintain contend caution emphasize
    emphasise confirm deny allege complain testify tweet urge reiterate vow concede
    speak""".split()
)
"""Cues strong enough to make an unquoted `that`-clause a claim (not "think", "believe")."""

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "him", "her", "them", "me", "us"})

NAME_TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady sen rep gov gen col maj capt lt sgt rev fr
    mr. mrs. ms. dr. prof. sen. rep. gov. gen. col. maj. capt. lt. sgt. rev. fr.""".split()
)
"""Courtesy and rank titles dropped from a person's canonical name."""

POST_NOMINALS = frozenset("QC KC MP MEP MSP OBE CBE MBE".split())
"""Letters after a name that only a person bears: a barrister's rank, a seat, an honour."""

NEWS_AGENCIES = frozenset(
    """ap reuters afp sputnik tass xinhua upi dpa efe ansa bloomberg cnn bbc cp""".split()
)
"""Agencies that appear in datelines and bylines: never a person."""

DOCUMENT_NOUNS = frozenset(
    """statement release report study email e-mail letter memo post tweet filing
    communique communiqué notice document ruling decision message""".split()
)
"""Things that "say" on someone's behalf: a statement released by X speaks for X."""

ORGANIZATION_NOUNS = frozenset(
    """firm company consultancy group agency bank airline carrier retailer broadcaster
    network insurer lender regulator watchdog charity organisation organization body
    ministry department council union club board commission manufacturer maker chain
    operator publisher studio label supermarket giant business corporation institute
    foundation party""".split()
)
"""Nouns that, after "the", stand for an organisation the article has named: "the firm
claims" is the consultancy named before."""

GENERIC_ORGANIZATION_NOUNS = frozenset(
    """firm company consultancy group business corporation giant maker manufacturer chain
    retailer airline carrier lender insurer operator publisher studio label supermarket
    broadcaster network""".split()
)
"""Of those, the nouns that fit any firm: "the company" need not be in the firm's name,
while "the commission" is one whose name says Commission."""

MALE_WORDS = frozenset(
    """mr man men he father husband son brother uncle grandfather king prince
    spokesman chairman congressman councilman businessman sportsman actor boyfriend""".split()
)
FEMALE_WORDS = frozenset(
    """mrs ms miss woman women mother wife daughter sister aunt grandmother queen princess
    spokeswoman chairwoman congresswoman councilwoman businesswoman actress girlfriend""".split()
)
"""Role words that tell a person's gender, for resolving "he" and "she"."""

ROLE_TITLES = frozenset(
    """president governor senator mayor minister premier chancellor chief judge justice coach
    doctor professor general captain sheriff councillor councilor secretary ambassador
    commissioner director chairman chairwoman chair spokesman spokeswoman spokesperson
    superintendent inspector officer detective sergeant constable bishop pope king queen
    prince princess nurse lawyer attorney economist analyst teacher pastor rabbi imam
    reverend principal dean manager executive owner founder comedian actor actress singer
    author writer novelist poet columnist journalist reporter artist musician rapper
    filmmaker producer historian scientist researcher activist entrepreneur mp msp mep mla
    mpp songwriter guitarist drummer designer chef photographer presenter broadcaster
    pundit striker midfielder defender goalkeeper skipper manageress""".split()
)
"""Words of rank or office written before a name: they are a role, not part of the name."""

PERSON_NOUNS = (
    MALE_WORDS
    | FEMALE_WORDS
    | frozenset(
        """resident student pupil teacher nurse doctor farmer worker retiree pensioner veteran
        survivor witness neighbour neighbor friend fan voter volunteer parent tourist refugee
        migrant patient shopper homeowner pilot soldier teenager boy girl mayor senator
        governor lawyer""".split()
    )
)
"""Nouns that only a person can be: "Surti, a resident of Anyer" names a person."""

FOCUS_DESCRIPTIONS = frozenset(
    """defenceman defenseman defender striker midfielder goalkeeper keeper forward winger
    rookie veteran youngster teenager player star singer rapper actor actress champion
    father mother son daughter husband wife man woman boy girl""".split()
)
"""Nouns with which news names again the person it is writing about ("said the rookie
defenceman" after "Jones scored his first goal"): never an office, which two people in a
story may hold."""

UNNAMED_SPEAKERS = frozenset(
    """official source member protester demonstrator supporter critic opponent expert person
    people aide adviser advisor advocate player campaigner leader observer participant
    attendee organizer organiser representative delegate crowd audience parent resident
    spokesperson spokesman spokeswoman""".split()
)
"""Nouns for the unnamed people news lets speak: "officials said", "a source close to"."""

ORGANIZATION_WORDS = frozenset(
    """house office ministry department council watch agency company corporation inc ltd llc
    party union committee court government police service services association institute
    university college school bank board commission group club times news post press
    network foundation fund authority army navy force forces federation league centre center
    hospital church embassy parliament senate congress assembly""".split()
)
"""Last words that make a capitalised phrase an organisation, not a person."""
