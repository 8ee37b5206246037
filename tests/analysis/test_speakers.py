"""Who speaks: one canonical person per speaker, resolved the way a careful reader would."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.model import EntityKind
from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language

# (passage, expected [(speaker, where the article names them for the quote)])
CASES = [
    # ", saying" hung on a verb whose subject cannot speak: the doer of the clause between.
    (
        "Mayor Anna Falk met the ferry firm. The ferry deal is now in question after Falk"
        ' refused to sign it in mid-October, saying "the fares are far too high."',
        [("Anna Falk", "Falk")],
    ),
    (
        'The harbour master resigned after the report was published, saying "I had no choice."',
        [("The harbour master", "The harbour master")],
    ),
    # A pronoun goes to the last person of the right gender in focus.
    (
        "Mayor Elena Novak met Police Chief Tom Brady on Monday. She said the city needed "
        "more patrols. Brady left early.\n“We will hire twenty officers this year,” he said.",
        [("Tom Brady", "he")],
    ),
    (
        "Mr. Paul Weber met Ms. Sara Lind in Bern. “The deal is done,” she said.",
        [("Sara Lind", "she")],
    ),
    ("“It was a long night,” she said.", [(None, "she")]),
    # Words read out from someone else are not the reader's own.
    (
        "Ana Ruiz recalled the eulogy. “Harbour has lost its finest hope,” she said, quoting"
        " the man she knew as Uncle Tom.",
        [(None, None)],
    ),
    # "the firm" is the organisation in focus; "the commission", one named Commission.
    (
        "City consultancy Deloitte has cut its forecast for growth. “Rates will fall to 4% by "
        "the end of the year,” the firm said.",
        [("Deloitte", "the firm")],
    ),
    (
        "Google said that Apple had revoked its certificate. “We expect it to be resolved "
        "soon,” the company said.",
        [("Google", "the company")],
    ),
    (
        "The Harbour Commission met the Port Authority of Leith on Monday. “The pier must "
        "close,” the commission said.",
        [("Harbour Commission", "the commission")],
    ),
    (
        "Police found the car on Friday. “It is a matter for the courts,” the commission said.",
        [("the commission", "the commission")],
    ),
    (
        "Acme Foods cut 200 jobs on Monday. A statement released by the company said: "
        "“The plant will close in May.”",
        [("Acme Foods", "A statement")],
    ),
    # Someone the speaker reports on ("said Tom Reid would stay") is not who "she" is.
    (
        "A council spokeswoman said Tom Reid would continue as director. "
        "“The review will finish in June,” she said.",
        [("A council spokeswoman", "she")],
    ),
    # Someone a report is about ("reports that Dan Pryor will return") is not who "he" is.
    (
        "Rovers chief executive Alan Beck has played down reports that Dan Pryor will return "
        "for the cup final.\n“He has been running well, but we will wait and see,” he told "
        "the club's radio station.",
        [("Alan Beck", "he")],
    ),
    # "the rookie defenceman" names again the one just written about; "the players" do not.
    (
        "Mark Evans scored his first career goal in the third period.\n"
        "“I will have a little smile,” said the rookie defenceman.",
        [("Mark Evans", "the rookie defenceman")],
    ),
    (
        "Coach Ana Ruiz thanked the team.\n“We did it for her,” the players said.",
        [("the players", "the players")],
    ),
    # A statement with no source named speaks for the organisation just written about.
    (
        "The aid group Oxfam lost two staff in the attack. A statement said: “We are "
        "shocked and saddened.”",
        [("Oxfam", "A statement")],
    ),
    # Someone supposed ("if Lord Archer applied") is not who "he" is; a name after "Lord"
    # or "Dr" is a person's, whatever the recogniser calls it.
    (
        "Dr Fox was asked if he would say yes or no if Lord Archer applied to rejoin. "
        "“We would look at that sympathetically,” he said.\n\n"
        "Tory peer Lord Tebbit said he agreed with Dr Fox. “After all, the case should be "
        "looked at on its merits,” he added.",
        [("Fox", "he"), ("Tebbit", "he")],
    ),
    # An office, capitalised, before the name it describes is no name.
    (
        "Director, David Caldwell, said: “Most students stay in Scotland.”",
        [("David Caldwell", "Director")],
    ),
    # The subject of an aside ("of which Mr Hale is chairman") does not take the focus.
    (
        "Owen Pryce, a sheep farmer, joined the Valley Group, of which Mr Carl Hale is chairman. "
        "“My dogs only chase the deer away,” he said.",
        [("Owen Pryce", "he")],
    ),
    (
        "Jayme Miller was found safe beneath her neighbour's porch on Friday. Her father, "
        "Tom Reid, had searched all night. “I never stopped looking,” he said.",
        [("Tom Reid", "he")],
    ),
    (
        "Northbank cut its forecast on Tuesday. "
        "“We expect a slow year for lenders,” it said in a statement.",
        [("Northbank", "it")],
    ),
    # A surname two people share is the one named in full last.
    (
        "Erik Karlsson scored twice. “It felt good to be back,” Karlsson said.\n"
        "Melker Karlsson added a goal late in the game. “We needed that one,” Karlsson said.",
        [("Erik Karlsson", "Karlsson"), ("Melker Karlsson", "Karlsson")],
    ),
    # Names in an appositive, before or after the verb.
    (
        "“We cannot wait another year,” one Democrat, Senator Jon Tester, said on Sunday.",
        [("Jon Tester", "one Democrat")],
    ),
    (
        "“The system is designed for that,” says the director of operations, Jeff Fraser.",
        [("Jeff Fraser", "the director of operations")],
    ),
    (
        "“The claims were the largest in our history,” Pierre Gignac, the bank’s chief "
        "risk officer, said in 2013.",
        [("Pierre Gignac", "Pierre Gignac")],
    ),
    # A statement speaks for whoever issued it.
    (
        "“The order will be respected,” said a statement released by the Prime Minister’s Office.",
        [("the Prime Minister’s Office", "a statement")],
    ),
    (
        "A statement emailed by Reagan Ruslim said “the station will respect the order of "
        "the court.”",
        [("Reagan Ruslim", "Reagan Ruslim")],
    ),
    # A role resolves to the one person holding it, and only then.
    (
        "Syrian President Bashar Assad spoke to reporters in Damascus. "
        "“The coalition has failed,” the president said.",
        [("Bashar Assad", "the president")],
    ),
    (
        "Defence Minister Omar Haddad and Health Minister Lars Holm visited the base. "
        "“The soldiers are ready,” the minister said.",
        [("the minister", "the minister")],
    ),
    # Organisations, named or described.
    ("“We are reviewing the decision,” Google said in a statement.", [("Google", "Google")]),
    ("“Prices will rise,” the company said.", [("the company", "the company")]),
    # Letters that spell out a name the article gives in full speak under the full name.
    (
        "The family received a letter from Immigration, Refugees and Citizenship Canada on "
        "Monday.\n\n“Every case is reviewed with care,” IRCC said in a statement.",
        [("Immigration, Refugees and Citizenship Canada", "IRCC")],
    ),
    (
        "Officials at the National Transport Safety Office (NTSO) inspected the bridge.\n\n"
        "“The bridge is safe,” NTSO said.",
        [("National Transport Safety Office", "NTSO")],
    ),
    # A lead that describes someone the article names later: the one person of that role.
    (
        "A Halifax ferry captain says the harbour is “busier than ever” this winter.\n\n"
        "Captain Ines Moreau has steered the boats for 20 years.",
        [("Ines Moreau", "A Halifax ferry captain")],
    ),
    # A body named for its place: the recogniser finds the place, the speaker is the body.
    (
        "Lecturers voted to strike on Monday.\n\n"
        "“The gap will widen,” Universities Scotland warned in a statement.",
        [("Universities Scotland", "Universities Scotland")],
    ),
    # "the department" is the ministry just written about, whatever its name.
    (
        "The Canada Revenue Agency reviewed the file on Monday. "
        "“Some cases need extra steps,” the department said.",
        [("Canada Revenue Agency", "the department")],
    ),
    # A one-word name the recogniser misses is a person when a noun in apposition says so.
    (
        "Governor Rudi Hartono toured the coast on Monday.\n\n"
        "Surti, a resident of Anyer, runs a small shop near the beach with her sister.\n\n"
        "“I ran with my children to the hill,” she said.",
        [("Surti", "she")],
    ),
    # A name the parser splits ("den" taken for a verb) is still the person's.
    (
        "Chairman Tom Hale said sales rose. Analyst Nick Van den Berg of Rabobank described "
        "the results as weak. “The costs are still far too high,” he said.",
        [("Nick Van den Berg", "he")],
    ),
    # Whoever a passive verb of saying is about did not say it; its agent did.
    (
        "Judge Anna Berg sentenced Carl Voss on Monday. He was described as "
        "“a danger to everyone around him.”",
        [(None, None)],
    ),
    (
        "Mayor Elena Novak spoke on Monday. “It is a scandal,” Novak was reported as saying.",
        [("Elena Novak", "Novak")],
    ),
    (
        "Comedian Ruth Adler was joined on stage by Senator Tom Hale and joked, "
        "“You are all being very patient tonight.”",
        [("Ruth Adler", "Comedian Ruth Adler")],
    ),
    # Named in full only where she speaks, beside a surname the recogniser took alone:
    # she is her full name throughout.
    (
        "The library will reopen in June, the council said.\n\n"
        '"The new reading room is twice the size of the old one," said Ana Ruiz, the head '
        'librarian.\n\n"I am delighted with the result," said Ruiz.',
        [("Ana Ruiz", "Ana Ruiz"), ("Ana Ruiz", "Ruiz")],
    ),
    # A participle speaks for the noun it belongs to: a spokesperson, or whoever put out
    # the statement or message; never the readers the message went to.
    (
        "Police cleared the square on Monday, with a spokesperson for the marchers describing "
        "the scene as “total chaos.”",
        [("a spokesperson for the marchers", "a spokesperson for the marchers")],
    ),
    (
        "On Saturday, Mayor Lena Ortiz issued a statement saying the bridge was “safe for "
        "everyone who uses it.”",
        [("Lena Ortiz", "Mayor Lena Ortiz")],
    ),
    (
        "Even before the count ended, the Lopez campaign sent out a text message to supporters "
        "saying: “With your help, we have won this district.”",
        [("the Lopez campaign", "the Lopez campaign")],
    ),
    # A letter speaks for whoever wrote it, not for whoever made it public nor for the
    # one it was written to.
    (
        "Governor Paul Reyes said the talks would go on.\n\nOn Friday the council released a "
        "letter Mayor Lena Ortiz wrote to Reyes saying: “I cannot support this plan.”",
        [("Lena Ortiz", "Mayor Lena Ortiz")],
    ),
    (
        "Governor Paul Reyes said the talks would go on.\n\n“I cannot support this plan,” said "
        "a letter Lena Ortiz sent to Reyes.",
        [("Lena Ortiz", "a letter Lena Ortiz")],
    ),
    # "who said" speaks for whom "who" stands.
    (
        "The band played in Kelby. Among the critics was the Kelby Times music critic Ann"
        " Lane, who said they were “spiky but in love with pop”.",
        [("Ann Lane", "the Kelby Times music critic Ann Lane")],
    ),
    # A subject naming by role the one person who holds it takes the focus: "he" is the
    # mayor, not the film maker named before her.
    (
        "Film maker Tom Reyes was given access to Kelby mayor Ann Hale for his documentary."
        " The mayor was asked to respond to critics who said the pier should never have"
        " closed.\n\nHe replies: “What is the point of that? We had no money to mend it.”",
        [("Ann Hale", "He")],
    ),
    # A title before the name after the verb is no speaker: "said Treasury Under Secretary
    # John Taylor", the parser taking "Treasury" for the subject.
    (
        "Ferry talks resumed. “The board is not convinced,” said Treasury Under Secretary"
        " John Taylor.",
        [("John Taylor", "John Taylor")],
    ),
    # When they spoke is no part of who spoke.
    (
        "The harbour board’s internal auditor on Thursday sharply criticised Mayor Tom Hale,"
        " but said investigators found no evidence of “political bias.”",
        [
            (
                "The harbour board’s internal auditor",
                "The harbour board’s internal auditor",
            )
        ],
    ),
    (
        "A spokesman for the port on Monday said the pier was “perfectly safe”.",
        [("A spokesman for the port", "A spokesman for the port")],
    ),
    # Those who "shouted down" a speaker heckled; the one they shouted down spoke.
    (
        "Mayor Ann Lane spoke to the crowd. Comedian Sara Hill was booed and shouted down by"
        " Lane supporters after telling them that they were “being ridiculous.”",
        [("Sara Hill", "Comedian Sara Hill")],
    ),
    # A letter sent to someone "saying" speaks for its sender, however the parser reads
    # the one it went to ("sent a letter to Carl Brandt saying" as Brandt saying).
    (
        "Mayor Tom Hale sent a letter last week to Governor Carl Brandt saying the talks would"
        " not go ahead, blaming what he called “open hostility” from the governor.",
        [("Tom Hale", "Mayor Tom Hale")],
    ),
    # A person named after an owner, after the verb: "added Ernst and Young's Sanjay Mehta".
    (
        "“It is a fine deal for the islands,” said analyst Ann Lane. “It could bring new trade"
        " to the harbour,” added Kelby and Brinmouth's Tom Reyes.",
        [("Ann Lane", "analyst Ann Lane"), ("Tom Reyes", "Tom Reyes")],
    ),
    # A statement named for whose it is speaks for them ("a Pentagon statement said").
    (
        "Governor Paul Reyes visited the harbour.\n\n“The pier will reopen in May,” a Kelby "
        "Council statement said.",
        [("Kelby Council", "a Kelby Council statement")],
    ),
    (
        "Mayor Lena Ortiz spoke on Monday.\n\n“We have done all we can,” Lena Ortiz statement said.",
        [("Lena Ortiz", "Lena Ortiz statement")],
    ),
    # After the quote, the speaker may follow the verb; someone new came into the story,
    # so "the girl" is not the governor in focus.
    (
        "Governor Paul Reyes took questions from a young pupil at the school.\n\n“Why is the "
        "road still closed?” asked the girl, who had walked from the next village.",
        [("the girl", "the girl")],
    ),
    (
        "Protesters marched to the town hall, where Councillor Joan Pike met them.\n\n“We want "
        "our library back,” a woman shouted. “We will not stop until it opens,” the woman said.",
        [("a woman", "a woman"), ("a woman", "the woman")],
    ),
    # A place before the subject is not the subject; an aside hung on another verb of
    # saying does not take the quote from the verb beside it.
    (
        "Speaking at a rally in Dayton, Ohio, Senator Ray Cole went after his rival, calling "
        "him “a tired old man with no plan.”",
        [("Ray Cole", "Senator Ray Cole")],
    ),
    (
        "Mayor Dan Hollis spoke on Monday.\n\n“I never promised that. I never promised that,” "
        "Hollis said, after reporter Kim Lo said the plan was his idea.",
        [("Dan Hollis", "Hollis")],
    ),
    # "Name: quote", as in headlines and lists of reactions.
    (
        "Mayor Helen Marsh said the vote was close.\n\nMarsh: “We will not close a single "
        "school this year.”",
        [("Helen Marsh", "Marsh")],
    ),
    # Whom one told is the listener, never the speaker.
    (
        "The inquiry is looking at the files.\n\n“The agents involved are under a lot of "
        "pressure,” a source close to the inquiry told the Daily Courier.",
        [("a source close to the inquiry", "a source close to the inquiry")],
    ),
    # "It" is the organisation in focus, also when named by its letters alone.
    (
        "Northwind Oil Corp. bought a field in Libya in 2005.\n\nThe Canadian Export Bank (CEB) "
        "insures firms that invest abroad. In 2006 CEB broadened its program. CEB declined to "
        "answer most questions. “We respect the confidentiality of our clients,” it said in a "
        "statement.",
        [("Canadian Export Bank", "it")],
    ),
    # A description the article gives a name just after: one office, two words for it.
    (
        "A Superior Court judge scolded the station on Friday, saying it had been “playing "
        "games” with its own members.\n\nJustice Mira Patel ordered the station to share the list.",
        [("Mira Patel", "A Superior Court judge")],
    ),
    # An inserted "X said," reports the whole sentence, a verb of thinking inside it too.
    (
        "During her years in office, Governor Ruth Kemp said, most voters have come to believe "
        "“that the roads matter more than anything.”",
        [("Ruth Kemp", "Governor Ruth Kemp")],
    ),
    # "by saying": the subject of the verb the phrase hangs on.
    (
        "Mayor Tom Reese got into trouble last week by saying the bridge was “perfectly safe "
        "for trucks.”",
        [("Tom Reese", "Mayor Tom Reese")],
    ),
    # Party and state in brackets stand between a name and its verb.
    (
        "Sen. Elena Vargas (D-Ore.) said the bill would “save the state millions of dollars.”",
        [("Elena Vargas", "Sen. Elena Vargas")],
    ),
    # Unnamed speakers, picked from a group or described at length, are reported as such.
    (
        "The club held a vote on Sunday.\n\n“We will play in the new stadium next year,” said "
        "one of the players, who asked not to be named.",
        [("one of the players", "one of the players")],
    ),
    (
        "“We will not give up on our coach,” said some members of the 11- to 12-year-old team.",
        [("some members of the 11- to 12-year-old team",) * 2],
    ),
    # "He" after a subject that reads as a name the recogniser took for a body is not the
    # person named before it: unresolved, never the wrong one.
    (
        "The chancellor set out his budget on Monday.\n\nBut Oliver Letwin, for the Tories, "
        "attacked the plans. Mr Letwin told MPs: “The tide is going out on the chancellor.”"
        "\n\nVincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough "
        "choices.\n\nHe said: “This week the chancellor has offered the economics of "
        "complacency.”",
        [("Oliver Letwin", "Mr Letwin"), (None, "He")],
    ),
    (
        "The team made a video for its coach.\n\nSome members of the under-12 team hold up "
        "placards in the video, including: “Our coach is really sick.”",
        [("Some members of the under-12 team",) * 2],
    ),
    (
        "“We know the risks and we will take them,” the bespectacled, 71-year-old diplomat said "
        "at the meeting.",
        [("the bespectacled, 71-year-old diplomat",) * 2],
    ),
    # The one rung ("rang Mr Hart pointing out"), parsed as the subject of "pointing", is
    # not who "he" is: the one who rang is.
    (
        "Realising his error, Mr Dunmore then rang Mr Hart pointing out the mistake, but "
        "suggesting editor Ray Cole would see the funny side.\n\nHe said: “Not very good at "
        "this e-mail malarkey.”",
        [("Dunmore", "He")],
    ),
    # Whose e-mail asked for someone else to act is who "he" is, not the someone.
    (
        "Mr Dunmore's e-mail, which was meant for a party official, suggested they should get"
        " Tom Hart, the agency's boss, to issue a statement.\n\nHe said: “Just spoke to Tom."
        " Think the agency should give a statement.”",
        [("Dunmore", "He")],
    ),
    # A spokeswoman whose office's name holds an "and" is still who "she" is.
    (
        "Chief executive Tom Reid was paid a bonus. A Department for Trade and Skills "
        "spokeswoman said the venture had been bold. She added: “Others lost out too.”",
        [("A Department for Trade and Skills spokeswoman", "She")],
    ),
    # "He" after a sentence with no one as its subject is the one it names as the doer, a
    # barrister whose rank follows his name.
    (
        "Mr Mates said the rule was not absolute.\n\nThe claims were made in a book published "
        "this week by Peter Sandon QC, a member of Alice Drury's chambers. He also says: “The "
        "advice was never shown to the cabinet.”",
        [("Peter Sandon", "He")],
    ),
    # A subject whose last word is the letters after the name ("Andrew Tyrie MP") is that
    # person, whom "he" then stands for.
    (
        "The Lib Dems called for Commons leader Peter Hain to make a statement. In the"
        " Commons, Tory frontbencher Andrew Tyrie MP demanded an immediate ministerial"
        " statement about the leak.\n\nRaising a point of order, he said it was “the latest"
        " in a long line of discourtesies to this House”. He said: “It would be a very grave"
        " matter indeed.”",
        [("Andrew Tyrie", "he"), ("Andrew Tyrie", "He")],
    ),
    # A description in lower case is the one person the article gave that role.
    (
        "In the report, the city's inspector general, Mark Tull, criticised the harbour board."
        " Its decision “was extraordinary and insubordinate,” the inspector general wrote.",
        [("Mark Tull", "the inspector general")],
    ),
    # A surname the tagger took for a plural noun is the person the article named in full.
    (
        "Former prosecutors urged Attorney General Jeff Sessions to end the policy.\n\n"
        "\"If you don't like that, then don't smuggle children over our border,\" Sessions said.",
        [("Jeff Sessions", "Sessions")],
    ),
    # A paragraph that goes on with a quote the paragraph before left open is the same
    # speaker's, whoever the sentence after it names; words after a newcomer's sentence in
    # that paragraph are the newcomer's.
    (
        "The island ferry made its last crossing on Sunday.\n\nPaying tribute, council leader"
        ' Tom Reid said the crews had served the island well. "It was the heart of this island'
        ' for fifty years. "Its crews never once let us down.\n\n"A fine service, and a fine'
        ' crew." Harbour master Ann Bell said the boats would be "sorely missed".\n',
        [
            ("Tom Reid", None),
            ("Tom Reid", None),
            ("Tom Reid", None),
            ("Ann Bell", "Harbour master Ann Bell"),
        ],
    ),
    (
        'The island ferry made its last crossing on Sunday.\n\nCouncil leader Tom Reid said: "It'
        ' was the heart of this island for fifty years. "Its crews never once let us down.\n\n'
        '"We will find the money for a new boat." Harbour master Ann Bell warned that the cost'
        ' would be high. "Nobody has ten million pounds to spare for a ferry."\n',
        [
            ("Tom Reid", "Council leader Tom Reid"),
            ("Tom Reid", None),
            ("Tom Reid", None),
            ("Ann Bell", None),
        ],
    ),
    # A subject deep inside what someone explained does not take the focus from them.
    (
        "Council leader Tom Reid explained the plan was a reply to a survey which suggests"
        " voters believe the harbour board is the future while Dan Moray and his allies would"
        " take the town backwards. “Nobody remembers the old ferry as the good old days,” he"
        " declared.",
        [("Tom Reid", "he")],
    ),
]


@pytest.mark.parametrize(("passage", "expected"), CASES)
def test_speakers(
    nlp: Language, passage: str, expected: list[tuple[str | None, str | None]]
) -> None:
    analysis = analyze(passage, nlp=nlp)
    found = [
        (q.speaker, q.speaker_mention.text if q.speaker_mention else None) for q in analysis.quotes
    ]
    assert found == expected


def test_speaker_role_and_aliases(nlp: Language) -> None:
    text = (
        "Syrian President Bashar Assad spoke on Sunday.\n"
        '"The coalition has failed," Assad said.\n'
        "The Syrian president also noted that the two armies do not coordinate their attacks."
    )
    analysis = analyze(text, nlp=nlp)
    (person,) = analysis.people()
    assert (person.name, person.role, person.aliases) == (
        "Bashar Assad",
        "Syrian President",
        ("Assad",),
    )
    assert [q.speaker for q in analysis.quotes] == ["Bashar Assad"]
    assert [(c.speaker, c.cue, c.content.text) for c in analysis.claims] == [
        ("Bashar Assad", "noted", "the two armies do not coordinate their attacks")
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A body named beside its description speaks for itself.
        (
            "Kelby council voted on Tuesday to sell the island ferry to a private firm.\n\n"
            "The firm, Sea Link, said fares would not rise before 2027.",
            ["Sea Link"],
        ),
        # The parser joins "Tote King and Manuel Millan" as one subject; "says" has one, the
        # last. "said" may have several: the parser's subject stands.
        (
            "One Spaniard is still in the station's top ten. His name is Tote King and Manuel"
            " Millan says that he is the best rapper in Spain.\n\n"
            "Anna Lind and Tom Berg said the station would grow.",
            ["Manuel Millan", "Anna Lind"],
        ),
        # "co-chairman", which the parser breaks at its hyphen into two subjects.
        (
            "Tory co-chairman Liam Fox spoke on Monday. The party would deal fairly with any"
            " application to rejoin its ranks, its co-chairman has said.",
            ["Liam Fox"],
        ),
        # A name after the verb that ends the sentence says the words, where the parser's
        # subject cannot ("educational elements said Mr Owen"); one that opens the words
        # reported does not ("Police said Mr Knight was stopped").
        (
            "Martin Owen runs the lab. There are games on the market, such as Civilisation,"
            " that have educational elements said Mr Owen.\n\n"
            "Police said Mr Knight was stopped on Saturday.",
            ["Martin Owen", "Police"],
        ),
        # The name right after a description of a body ("Web tracking company Envisional").
        (
            "Web research company Netvista said 18% of downloaders were in the UK.",
            ["Netvista"],
        ),
        # ", insisting ..." the parser hung on the words reported: who said them insists.
        (
            "Premier Ann Hale has said the province will stick with its plan to spend $10"
            " million, insisting her government will not spend more.",
            ["Ann Hale", "Ann Hale"],
        ),
    ],
)
def test_who_speaks_where_the_parse_misleads(nlp: Language, text: str, speakers: list[str]) -> None:
    assert [c.speaker for c in analyze(text, nlp=nlp).claims] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A report no one is named for is another's than the bank's the story is about.
        (
            "Northbank will pay $5m into a fund for the flood victims. The bank had been"
            " accused of hiding the mill owner's assets. More than 500 families lost their"
            " homes in the flood, an official report says.",
            ["an official report"],
        ),
        (
            "Northbank will pay $5m into a fund for the flood victims. Reports say the"
            " Harbour Trust may seek a vote on the fund.",
            ["Reports"],
        ),
        # "The report" is one the article told of, whose maker it named; a statement is
        # the body's own.
        (
            "Web tracking firm Netscan Ltd has studied film downloads in Britain. About 9,000"
            " people downloaded the film in a week, the report said.",
            ["Netscan Ltd"],
        ),
        (
            "Northbank will pay $5m into a fund for the flood victims. A statement said the"
            " fund would open in May.",
            ["Northbank"],
        ),
        # Nor do messages, many of them: "the messages warn" is what the e-mails say.
        (
            "The Kelby Police Service is warning that a virus is spreading in e-mails that"
            " seem to come from the police. The messages warn that the reader has visited"
            " illegal websites.",
            ["Kelby Police Service", "The messages"],
        ),
        # "It", after a sentence on a report, is the report: its maker's, or its own.
        (
            "The Mobile Data Association (MDA) says text messages are still popular. But a"
            " recent report from Continental Research reflects the battle mobile firms face."
            " It said that 36% of camera phone users had never sent a picture message.",
            ["Mobile Data Association", "Continental Research"],
        ),
        (
            "The Kelby Trust said the pier was safe. Thursday's report was drawn up by two"
            " committees. It said that there was a strong case to close the pier.",
            ["Kelby Trust", "Thursday's report"],
        ),
        # "The company" is a firm, never the regulator that fined it.
        (
            "Corvex agreed to pay $2m in penalties. The Maritime Safety Commission had accused"
            " Corvex of hiding safety reports. The company says it no longer tolerates such"
            " practices.",
            ["The company"],
        ),
    ],
)
def test_who_speaks_through_a_document_or_the_company(
    nlp: Language, text: str, speakers: list[str]
) -> None:
    assert [c.speaker for c in analyze(text, nlp=nlp).claims] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "he" is never the one his words name: the speaker is unknown, not Tom Hale.
        (
            "Labour will fight a hard campaign, its election chief told activists in Leeds."
            " Nobody, he claimed, could picture Ann Price in Downing Street. And Tom Hale"
            " would be in the very front line of the campaign, he said.",
            ["its election chief", None],
        ),
        # An aside's "he claims" leaves the article's sentence round it, which names him.
        (
            "Mayor Ray Dunn met the council on Monday. Mr Dunn is a late recruit to the"
            " campaign after turning down offers from rivals including, he claims, Tory leader"
            " Ann Price.",
            ["Ray Dunn"],
        ),
    ],
)
def test_a_pronoun_is_not_whom_its_words_name(
    nlp: Language, text: str, speakers: list[str | None]
) -> None:
    assert [c.speaker for c in analyze(text, nlp=nlp).claims] == speakers


@pytest.mark.parametrize("description", ["The 26-year-old right wing", "The 26-year-old"])
def test_an_age_names_again_the_person_in_focus(nlp: Language, description: str) -> None:
    text = (
        f"Striker Mark Evans scored twice against Leeds on Monday. {description} said his new"
        " teammates had been creating chances for him."
    )
    assert [c.speaker for c in analyze(text, nlp=nlp).claims] == ["Mark Evans"]


def test_letters_taken_for_a_person_are_the_organisation_they_stand_for(
    nlp: Language,
) -> None:
    text = (
        "Export Development Canada (EDC), the national export credit agency, has long offered"
        " political risk insurance. EDC says it is self-funding."
    )
    analysis = analyze(text, nlp=nlp)
    assert [c.speaker for c in analysis.claims] == ["Export Development Canada"]
    assert [(e.name, e.kind) for e in analysis.entities] == [
        ("Export Development Canada", EntityKind.ORGANIZATION)
    ]


def test_a_spokesman_for_someone_known_by_role_is_not_them(nlp: Language) -> None:
    text = (
        "Vallonia's de facto leader, Tom Okafor, has said little about the crisis.\n"
        "A spokesman for Vallonia's leader told a news agency, \"We need internal stability"
        ' to improve the economy."'
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker == "A spokesman for Vallonia's leader"


def test_a_description_of_one_party_is_not_someone_of_another(nlp: Language) -> None:
    text = (
        '"It is bad," said Republican strategist Dan Reyes. "They spent far less'
        ' on ads," said a Democratic strategist who asked not to be named.'
    )
    speakers = [q.speaker for q in analyze(text, nlp=nlp).quotes]
    assert speakers[0] == "Dan Reyes" and "Dan Reyes" not in speakers[1:]


def test_a_speaker_the_recogniser_missed_joins_the_cast_with_a_role(nlp: Language) -> None:
    text = "“We will rebuild every house on this street.” — Governor Sarah Collins"
    analysis = analyze(text, nlp=nlp)
    assert [(p.name, p.role) for p in analysis.people()] == [("Sarah Collins", "Governor")]


# (passage, [(opening pronoun, the person it stands for)]): only where the sentence before
# names that person, and no one else it could be.
REFERENCES = [
    (
        "Haile Gebrselassie will race in the London Marathon. He was third in London in "
        "2002. His coach, Jos Hermens, said he was fit.",
        [("He", "Haile Gebrselassie")],
    ),
    # Two men in the sentence before: "He" could be either.
    (
        "Mr Tom Reed met Mr Carl Voss in Leeds on Monday. He said the talks went well.",
        [],
    ),
    # A woman and a man: "She" is the woman.
    (
        "Ms Anna Berg thanked Mr Carl Voss for his help on Monday. She said the plan was ready.",
        [("She", "Anna Berg")],
    ),
    # Someone unnamed is the subject of the sentence before.
    (
        "Mr Tom Reed met voters in Leeds. The prime minister shrugged off claims from "
        "Mr Tom Reed. He said the economy was strong.",
        [],
    ),
    # The one in focus is not named in the sentence before: "He" may be either.
    (
        "Mr Paul Dunn joined the club in 2002. The club still owes money for the purchase "
        "of Mr Ray Cole. He has been linked with a move to Spain.",
        [],
    ),
    # "Her" opening a sentence: whose.
    (
        "Singer Joss Stone, 17, sang at the awards on Wednesday. Her second album reached "
        "number one.",
        [("Her", "Joss Stone")],
    ),
    # The subject after an opening: "In May he announced".
    (
        "Attorney General Mr Jeff Sessions announced the policy in April. Then in May he "
        "announced a joint initiative.",
        [("he", "Jeff Sessions")],
    ),
    # Someone named before the pronoun in its own sentence may be the one it stands for.
    (
        "Mr Tom Reed spoke in Leeds. When Mr Carl Voss arrived, he left the hall.",
        [],
    ),
    # Inside a quote, "He" is the speaker's, not the narrative's.
    ("Mr Tom Reed spoke. “He was wrong,” Mr Reed said of his rival.", []),
]


@pytest.mark.parametrize(("passage", "expected"), REFERENCES)
def test_references(nlp: Language, passage: str, expected: list[tuple[str, str]]) -> None:
    analysis = analyze(passage, nlp=nlp)
    assert [(r.mention.text, r.name) for r in analysis.references] == expected
