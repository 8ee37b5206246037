"""The words English news is read by: who speaks and how, titles and roles before names,
and the nouns of organisations and documents (what each list is for: `ReadingWords`)."""

from __future__ import annotations

from studyguide.analysis.lang import ReadingWords
from studyguide.analysis.lang.en.dates.vocabulary import MONTH_NAMES, WEEKDAYS

_MALE = frozenset(
    """mr man men he father husband son brother uncle grandfather king prince
    spokesman chairman congressman councilman businessman sportsman actor boyfriend""".split()
)
_FEMALE = frozenset(
    """mrs ms miss woman women mother wife daughter sister aunt grandmother queen princess
    spokeswoman chairwoman congresswoman councilwoman businesswoman actress girlfriend""".split()
)

WORDS = ReadingWords(
    speech_verbs=frozenset(
        """say tell add note stress explain ask write claim argue insist warn state announce reply
        respond recall describe continue conclude admit acknowledge suggest believe think declare
        assert maintain contend caution emphasize emphasise predict report confirm deny estimate
        allege complain testify tweet urge agree disagree observe remark comment point mention
        reiterate vow promise pledge concede boast quip joke lament recount reveal indicate
        repeat answer shout scream whisper exclaim speak proclaim retort counter chant yell
        bark""".split()
    ),
    strong_speech_verbs=frozenset(
        """say tell add note stress explain ask write claim argue insist warn state announce reply
        respond recall conclude admit acknowledge declare assert maintain contend caution emphasize
        emphasise confirm deny allege complain testify tweet urge reiterate vow concede
        speak""".split()
    ),
    unsaying_particles=frozenset({"down", "off"}),
    personal_pronouns=frozenset({"he", "she", "they", "i", "we", "him", "her", "them", "me", "us"}),
    name_titles=frozenset(
        """mr mrs ms miss dr prof sir dame lord lady sen rep gov gen col maj capt lt sgt rev fr
        mr. mrs. ms. dr. prof. sen. rep. gov. gen. col. maj. capt. lt. sgt. rev. fr.""".split()
    ),
    post_nominals=frozenset("QC KC MP MEP MSP OBE CBE MBE".split()),
    news_agencies=frozenset(
        """ap reuters afp sputnik tass xinhua upi dpa efe ansa bloomberg cnn bbc cp""".split()
    ),
    document_nouns=frozenset(
        """statement release report study email e-mail letter memo post tweet filing
        communique communiqué notice document ruling decision message""".split()
    ),
    issued_nouns=frozenset(
        """statement release email e-mail letter memo post tweet filing communique communiqué
        notice message""".split()
    ),
    organization_nouns=frozenset(
        """firm company consultancy group agency bank airline carrier retailer broadcaster
        network insurer lender regulator watchdog charity organisation organization body
        ministry department council union club board commission manufacturer maker chain
        operator publisher studio label supermarket giant business corporation institute
        foundation party""".split()
    ),
    generic_organization_nouns=frozenset(
        """firm company consultancy group business corporation giant maker manufacturer chain
        retailer airline carrier lender insurer operator publisher studio label supermarket
        broadcaster network""".split()
    ),
    public_body_words=frozenset(
        """commission committee ministry ministries department office council agency authority
        court government police service parliament senate congress assembly embassy army navy
        bureau administration tribunal""".split()
    ),
    male_words=_MALE,
    female_words=_FEMALE,
    role_titles=frozenset(
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
    ),
    person_nouns=frozenset(
        """resident student pupil teacher nurse doctor farmer worker employee retiree pensioner
        veteran
        survivor witness neighbour neighbor friend fan voter volunteer parent tourist refugee
        migrant patient shopper homeowner pilot soldier teenager boy girl mayor senator
        governor lawyer""".split()
    )
    | _MALE
    | _FEMALE,
    focus_descriptions=frozenset(
        """defenceman defenseman defender striker midfielder goalkeeper keeper forward winger
        rookie veteran youngster teenager player star singer rapper actor actress champion
        father mother son daughter husband wife man woman boy girl""".split()
    ),
    unnamed_speakers=frozenset(
        """official source member protester demonstrator supporter critic opponent expert person
        people aide adviser advisor advocate player campaigner leader observer participant
        attendee organizer organiser representative delegate crowd audience parent resident
        spokesperson spokesman spokeswoman""".split()
    ),
    organization_words=frozenset(
        """house office ministry department council watch agency company corporation inc ltd llc
        party union committee court government police service services association institute
        university college school bank board commission group club times news post press
        network foundation fund authority army navy force forces federation league centre center
        hospital church embassy parliament senate congress assembly alliance coalition trust
        society forum partnership charity initiative""".split()
    ),
    weekdays=frozenset(WEEKDAYS),
    months=frozenset(MONTH_NAMES),
    national_nouns=frozenset(
        """president premier chancellor king queen government parliament army navy capital
        economy embassy crisis war election conflict currency dollar pound euro yen yuan rupee
        peso rouble ruble franc crown krone krona rand lira won real""".split()
    ),
    known_nouns=frozenset(
        """government world public police economy market industry people
        weather media press internet web future past present time year month week day
        weekend morning afternoon evening night moment end beginning start rest majority
        minority number way fact case truth first last top bottom middle radio television tv
        ground""".split()
    ),
    work_nouns=frozenset(
        """film movie book novel bestseller best-seller album single song play musical show
        series sitcom documentary drama comedy thriller opera""".split()
    ),
)
