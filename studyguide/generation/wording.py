"""Small helpers for wording prompts, and the checks a prompt must pass to be printed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from studyguide.generation.writing_words import PAST_TENSES, TITLES
from studyguide.model import BLANK

if TYPE_CHECKING:
    from spellchecker import SpellChecker

MAX_EXCERPT_WORDS = 28

SECOND_CLAUSE = re.compile(
    r"(?:,|\band|\bbut|\bwhile|\bwhen|\bas) (?:the )?\w+(?: \w+)? "
    r"(?:was|were|is|are|had|has|have|will|would)\b|, but "
    r"|(?:,|\band|\bbut|\bwhile|\bwhen|\bas) (?:[A-Z][\w'’-]+ ){1,3}[a-z]+ed\b"
    r"|\bbut (?:[\w'’-]+ ){1,6}(?:is|are|was|were|has|have|had|will|would)\b"
)
"""A second clause with a subject of its own: "and Ronaldo blazed over", "when the bill was",
"but the legal fight with Microsoft is continuing"."""


def excerpt(text: str, max_words: int = MAX_EXCERPT_WORDS) -> str:
    """The quote's opening, cut at a sentence end or after `max_words` words with an ellipsis."""
    text = " ".join(text.split()).strip(" ,")
    first = re.match(r"(.+?[.!?])(\s|$)", text)
    if first and len(first.group(1).split()) >= 6:
        text = first.group(1)
    words = text.split()
    if len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:") + " …"
    return text


def whole_sentence(text: str, max_words: int, min_words: int = 5) -> str | None:
    """The first sentence of `text` between `min_words` and `max_words` words long, never
    cut: an item ending in "…" reads as unfinished; None when no sentence fits."""
    text = " ".join(text.split()).strip(" ,")
    for found in re.finditer(r"(.+?[.!?])(?=\s+[“\"‘]?[A-Z]|$)|(.+)$", text):
        sentence = (found.group(1) or found.group(2) or "").strip()
        if min_words <= len(sentence.split()) <= max_words:
            return sentence
    return None


_CLAUSE_BREAK = re.compile(
    r"(?:,? and|,? but|;) (?=(?:would|will|could|should|must|was|were|is|are|has|have|had"
    r"|it|they|he|she|the|[a-z]+ed)\b)"
)
"""Where reported words go on into a second clause: "... would be irresponsible and would"."""


_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|St|etc)\.$")
"""A last word whose full stop is its own: "the U.S.", "Acme Inc."."""


def without_full_stop(text: str) -> str:
    """`text` without the full stop that ends it, unless the stop is an abbreviation's:
    "... jobs away from the U.S." keeps it before a question mark ("the U.S.?"). A stop
    inside closing quote marks goes too: "he was “taking a day off.”" ends a question as
    "he was “taking a day off”?", not with a stop and a question mark."""
    text = text.rstrip()
    words = text.rstrip(_CLOSING_QUOTES)
    if _ABBREVIATION_END.search(words):
        return text
    return words.removesuffix(".") + text[len(words) :]


_CLOSING_QUOTES = '”’"'
"""Quote marks that close: a full stop may stand just inside them."""


_SECOND_SAYING = re.compile(
    r",? and that |,\s+(?:saying|adding|arguing|insisting|claiming|warning|noting)\s+(?:that\s+)?"
)
"""Where reported words go on to a second thing their speaker said: ", and that ...",
", saying that ..."."""


def first_clause(text: str, max_words: int, min_words: int = 5) -> str | None:
    """Reported words cut down to their first clause, when whole they run too long:
    "lifting the embargo would be irresponsible and would damage ties with the US" gives
    "lifting the embargo would be irresponsible", as a second thing reported ("..., and
    that ...", "..., saying that ...") is always. Never cut inside quote marks or a bracket;
    None when no clause fits."""
    text = without_full_stop(" ".join(text.split()).strip(" ,")).rstrip(" ,").lstrip(" .")
    # A second thing reported: "had been sent in error and that it was all a silly fuss",
    # "should be put on traditional sports, saying that an agenda had been pursued".
    second = _SECOND_SAYING.search(text)
    if second is not None and len(text[: second.start()].split()) >= min_words:
        text = text[: second.start()]
    if min_words <= len(text.split()) <= max_words:
        return text
    for cut in _CLAUSE_BREAK.finditer(text):
        head = text[: cut.start()].rstrip(",")
        if len(head.split()) > max_words:
            break
        # Not inside an aside set off by dashes: "a new category - chasing away -".
        if len(head.split()) >= min_words and balanced(head) and not head.endswith("-"):
            return head
    return None


def mentions(text: str, name: str) -> bool:
    """Whether `name` (or its last word, for people) stands in `text` as a word."""
    words = [name, name.split()[-1]] if name.split() else [name]
    return any(contains(text, w) for w in words if len(w) > 2)


def contains(text: str, words: str) -> bool:
    """Whether `words` stand in `text` as whole words, in any case."""
    words = " ".join(words.split())
    if not words:
        return False
    pattern = r"\s+".join(re.escape(w) for w in words.split())
    return re.search(rf"(?<![\w]){pattern}(?![\w])", text, re.IGNORECASE) is not None


def gives_away(prompt: str, answers: Iterable[str]) -> bool:
    """Whether the prompt holds one of the answers (with or without a leading "the"), or an
    abbreviation that starts with one ("USA" in "(USAF)")."""
    capitals = re.findall(r"\b[A-Z]{3,}\b", prompt)
    for answer in answers:
        bare = re.sub(r"^the\s+", "", answer.strip(), flags=re.IGNORECASE)
        if len(bare) > 1 and contains(prompt, bare):
            return True
        if bare.isupper() and len(bare) > 2 and any(c.startswith(bare) for c in capitals):
            return True
    return False


_LOWER_STARTS = frozenset(
    "The A An This That These Those It Its There Their They Our We Some Many Most All No".split()
)


def clause(text: str) -> str:
    """Reported words as a clause after "said that": no capital on an ordinary first word."""
    text = without_full_stop(" ".join(text.split()))
    first, _, rest = text.partition(" ")
    if first in _LOWER_STARTS:
        return f"{first.lower()} {rest}".strip()
    return text


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def balanced(text: str) -> bool:
    """Whether every quotation opened in `text` is closed in it (and none closed unopened)."""
    if text.count("“") != text.count("”"):
        return False
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False
    return text.count('"') % 2 == 0


def one_sentence(text: str) -> bool:
    """Whether the text reads as a single sentence: no full stop followed by a new capital,
    but the one of a title's short form ("Rep. Hakeem Jeffries")."""
    return all(
        found.group(1) in _SHORT_TITLES and found.group(2) == "."
        for found in re.finditer(r"(\w*[a-z0-9%)\]])([.!?])[\"”’]?\s+[“\"]?[A-Z]", text)
    )


_SHORT_TITLES = frozenset(
    "Mr Mrs Ms Dr Rep Reps Sen Sens Gov Gen Lt Col Capt Sgt Prof Rev St".split()
)


def indefinite(word: str) -> str:
    """ "a" or "an" for the word that follows, by sound where spelling misleads."""
    head = re.split(r"[-\s]", word)[0]
    lowered = word.lower()
    if head.isupper() and len(head) > 1:
        return "an" if head[0] in "AEFHILMNORSX" else "a"
    if re.match(r"(hour|honest|honou?r|heir)", lowered):
        return "an"
    if re.match(r"(uni|use|usu|uti|eu|one|once|ukr)", lowered):
        return "a"
    return "an" if lowered[:1] in "aeiou" else "a"


def _wrong_article(article: str, word: str) -> bool:
    """Only the sure cases: "a" before a, e, i, o; "an" before a plain consonant."""
    if not word[:1].islower():
        return False
    if article.lower() == "a":
        return word[0] in "aeio"
    return word[0] not in "aeiouh"


def grammar_problems(prompt: str) -> list[str]:
    """What a reader would see is wrong in a prompt; empty when nothing the checks catch."""
    problems = []
    if not prompt or prompt != prompt.strip() or "  " in prompt:
        problems.append("stray spaces")
    if prompt[:1].islower():
        problems.append("starts in lower case")
    if not balanced(prompt):
        problems.append("unbalanced quotes or brackets")
    if re.search(r"\s[,.;:?!]", prompt.replace(BLANK, "gap")):
        problems.append("space before punctuation")
    if re.search(r"\b(\w+) \1\b", prompt, re.IGNORECASE):
        word = re.search(r"\b(\w+) \1\b", prompt, re.IGNORECASE)
        if word is not None and word.group(1).lower() not in {"that", "had", "is"}:
            problems.append(f"repeated word {word.group(1)!r}")
    for found in re.finditer(r"\b([Aa]n?) ([\w’'-]+)", prompt.replace(BLANK, "gap")):
        if _wrong_article(found.group(1), found.group(2)):
            problems.append(f"{found.group(1)} {found.group(2)}")
    if re.search(r"[.?!]{2}", prompt.replace("…", "").replace(BLANK, "gap")):
        problems.append("doubled end punctuation")
    return problems


_LIST_BLANK = re.compile(
    rf"[A-Z][\w.’'-]*,\s+{BLANK}"
    rf"|{BLANK},\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s?){{1,3}}(?:,|\s*(?:and|or)\b)"
    rf"|{BLANK}\s+(?:and|or)\s+(?:the\s+)?[A-Z]"
    rf"|[A-Z][\w.’'-]*\s+(?:and|or)\s+{BLANK}"
    rf"|,\s*(?:and|or)\s+{BLANK}"
)


def blanks_list_item(prompt: str) -> bool:
    """Whether the gap is one item of a list ("Spain, _____ and Portugal"): trivia, and any
    item of the list would do."""
    return _LIST_BLANK.search(prompt) is not None


def blanks_part_of_name(prompt: str, titles: Iterable[str]) -> bool:
    """Whether the gap sits inside a name the rest gives away ("New _____ City", "the
    _____ Ocean"): a capitalised word glued to it that is not a title before a name."""
    at = prompt.find(BLANK)
    if at < 0:
        return False
    after = re.match(r"\s([A-Z][a-z]+)\b", prompt[at + len(BLANK) :])
    if after is not None:
        return True
    if re.search(r"[A-Z][a-z]+ of $", prompt[:at]):
        return True  # "Sound of _____", "the Bank of _____"
    before = re.search(r"(^|[^.!?“\"]\s)([A-Z][a-z]+)\s$", prompt[:at])
    return before is not None and bool(before.group(1)) and before.group(2) not in set(titles)


_TIMES = (
    r"(?:year|week|month|time|season|day|weekend|summer|winter|spring|autumn|morning"
    r"|afternoon|evening|century|decade|year's|week's|season's|month's)\b"
)
_SAID_WHICH = (
    r"(?:who|whom|whose|which|that|with|without|in|of|at|on|from|under|over|aged"
    r"|[a-z]{3,}(?:ing|ed))\b"
)
"""After "those", words that say who they are ("those living with HIV", "those who left"):
the pronoun leans on nothing before it."""
_POINTS_BACK = re.compile(
    rf"\b(?:that|this|these|those)\s+(?!{_TIMES})[a-z]+(?=[,.;:?]|\s*$)"
    rf"|\b(?:this|these)\b(?!\s+{_TIMES})|\bthose\b(?!\s+(?:{_TIMES}|{_SAID_WHICH}))"
    rf"|\b(?:of|in|on|at|by|for|from|with|to|after|before|over|since)\s+that\s+(?!{_TIMES})[a-z]+"
    r"|^(?:And|But|So|Or|Yet|However|Also|Meanwhile|Instead|Nevertheless|Nonetheless)\b"
    r"|^[“\"]|^The result (?:is|was)\b|(?<!^)\bhowever\b"
    r"|^The (?:following|previous|next|same|latter|former|other)\b"
    r"|^(?:Its|Many|Some|Most|Others?|Several|Few|Such)\b"
    r"|^(?:When|If|While|Although|Because|As|Since|After|Before|Once) (?:it|they|he|she)\b"
    r"|\b(?:said|says|told|added|argued|claimed|warned|noted|believes|[a-z]+ed) that"
    r" (?:(?:at the moment|at present|for now|so far|now|currently|still|then),? )?(?:it|its)\b"
    r"|(?<!\bat )\bthe (?:same|latter|former)\b|\balso\b|\bas well\b(?! as\b)"
    r"|\bthat(?=\s*[,.;:?!]|\s+[-–—]\s)|^(?:Both|The other|The pair|The two|The trio)\b"
    r"|\banother\b|\bthe (?:two|pair)\b|,\s*though\W*$|\bhere\b|\bthe news\b"
    r"|\b(?:the|its|his|her|their|two|three|four|five|six|\d+) other\b(?!\s+(?:hand|day)\b)"
    r"|^(?:Soon|Shortly|Days|Weeks|Months|Years) (?:after|later)\b|^(?:Later|Then|Afterwards)\b"
    r"|\b(?:moments|minutes|hours|days|weeks|months|years|a day|a week|a month|the day)"
    r" (?:earlier|later|before)\b|\bmeanwhile\b|^[^,]{0,40},\s+its?\b"
    r"|\bthe (?:[a-z]+ )?(?:number|figure|total|amount)\b(?!\s+(?:of|number|figure|amount)\b)"
    r"|(?<!^)\bsuch (?!as\b)(?:an? )?[a-z]|\bby then\b|^Not only that\b|\bmore (?:would|will|could|were|are|is|was)\b"
    r"|\bboth(?![^,.;]*\band\b)(?=\s*[,.;:]| of (?:them|these|those)\b"
    r"| (?:for|in|to|with|at|on|by|from|as)\b)"
    r"|\bboth (?:clubs|sides|teams|parties|countries|companies|firms|men|women|players"
    r"|leaders|groups|camps)\b|\b(?:has|have|had) since\b|(?<!^)\bthe (?:issue|matter|problem)\b"
    r"(?!\s+of\b)"
    r"|^Even so\b|^For (?:its|his|her|their) part\b|\b(?:will|would|can|could|must) then\b"
    r"|^If (?:confirmed|so|true|approved|passed|agreed)\b"
    r"|^An? (?:second|third|fourth|fifth)\b|\b(?:a|the) separate\b|\bseparately\b"
    r"|\b(?:that|which) (?:followed|ensued)\b(?!\s+(?:the|a|an|his|her|its|their)\b)"
    r"|^The (?:film|movie|album|single|song|book|novel|play|show|series|site|website|Act|Bill)"
    r"\b(?!\s+(?:(?-i:[A-Z])|of\b))|^The remaining\b"
    r"|^(?:(?:Only|Just|About|Nearly|Almost|Around|More than|Less than|Over|Under) )?"
    r"(?:\d+(?:\.\d+)?%|[Hh]alf|[Aa] (?:third|quarter)|[Tt]wo-thirds|[Tt]hree-quarters)"
    r" (?!of\b)[a-z]+"
    r"|^The (?:first|second|third|fourth|fifth|last|latest|final)"
    r" (?:was|is|were|are|has|had|will|came|comes)\b"
    r"|\b(?:have|has|had|own|owns|owned|buy|bought|get|got|use|used) one\W*$"
    r"|\b(?:is|was) that (?:it|they)\b|\bin there\b"
    r"|\b(?:a|the) similar\b|(?<!\band )(?<!, )(?<!\bthe )\bthen\b(?!-)|\bthe remainder\b"
    r"|^(?:There (?:is|was|are|were)|The (?:reason|answer|result|problem|exception|catch))\b"
    r"[^:]{0,30}:\s"
    r"|(?<!^)\b(?:his|her|their|its) (?:plans?|idea|move|decision|proposals?|scheme|deal|bid"
    r"|project|venture|campaign|remarks|comments)\b"
    r"(?!\s+(?:(?-i:[A-Z])|(?:of|to|for|that|with|between|on)\b))"
    r"|(?<!^)\bthe (?:firm|company|group|club|side|band|singer|actor|actress|players?|striker"
    r"|rapper|performer|musician|letter|(?:[a-z]+ )?poll|film|movie|album|website|site"
    r"|(?:wo)?man's"
    r"|airline|pair|duo|trio|plans?|idea|move|decision|proposals?|scheme|(?:end )?result"
    r"|policy|bill|ruling|report|study|survey|probe|inquiry|dispute|row|trend"
    r"|takeover|merger|bid|breakthrough|project|venture|figures|case|charges|agreement"
    r"|contract|programme|campaign|ceremony|advert|market|box|device|gadget|product"
    r"|(?:[a-z]+ )?(?:leader|strategist|boss|chairman|official)|party"
    r"|changes|deal|measures|incident|situation|episode|affair|controversy|development"
    r"|strategy|package)\b(?!\s+(?:(?-i:[A-Z])|(?:of|to|for|that|with|between|on)\b))"
    r"|\ba (?:contributing |major |key |big )?factor(?:,[^,]{1,40}\b(?:said|says|added))?\W*$"
    r"|\bin other ways\b|\btoo(?=\W*$|\s+(?:if|when|as|because|after|since|unless)\b)"
    r"|\b(?:was|were|has been|have been) charged\W*$"
    r"|(?<!\beach )(?<!\bthe )(?<!\bamong )(?<!\band )(?<!\bor )(?<!\bin )(?<!\bevery )"
    r"(?<!\bno )(?<!\bany )\bother (?!than\b)[a-z]"
    r"|\bit said\W*$|\bagreed(?:,|\s+and\b)|\b(?:added|adds|went on to say) that\b|\b(?:people|residents|those|everyone) there\b"
    r"|^(?:Only|Just|About|Nearly|Almost|Some|Over)?\s?\d[\d.,]*%? (?:are|were|is|was|have|had)\b"
    r"|^Of (?:the|these|those) (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
_WHO_BY_ORIGIN = re.compile(
    r"^The (?:[A-Z][a-z]+(?:man|woman)|Scot|Briton|Spaniard|Swede|Dane|Finn|Pole|Kiwi|Aussie"
    r"|\d+-year-old)\b(?!\s+[A-Z\d])"
    r"|^The [A-Z][a-z]+(?:an|ese|ish|ch|i)\s+(?:world\s+)?(?:number|No\.?)\s"
    r"|^The [A-Z][a-z]+(?:an|ese|ish|ch|i)\s+(?:could|would|will|can|may|might|must|should"
    r"|has|had|is|was|said|says|[a-z]+ed|[a-z]+s)\b"
)
"""Sports and foreign news name a person again by origin or age: "The American could meet
Rusedski", "The 23-year-old won". Alone, the reader cannot tell who is meant."""
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I'd|me|my|we|we're|our|us|you|your)\b"
    r"|^\W*(?:Me|My|We|We're|Our|You|Your)\b|\b(?:like|of) (?:mine|ours)\b"
)
"""Outside quote marks, a reader's letter or a columnist's aside: whose "I" or "you" is
unclear. A capital "You" or "My" inside a sentence is a title's ("the single Sometimes You
Can't Make It On Your Own")."""
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|they|them|their)\b", re.IGNORECASE)
_OBJECT = re.compile(
    r"him\b|her\b(?=\s*(?:[,.;:]|$|(?:to|on|in|at|as|with|for|from|into|off|up|out|back|and"
    r"|but|that|on-stage|again|home|away)\b))",
    re.IGNORECASE,
)
""""him", or "her" as an object: in its own clause, it is never the subject named before it."""
_NEW_CLAUSE = re.compile(r"\b(?:that|said|says|who|when|after|before|because|if|until|while)\b")


_BACKSHIFT = {
    "is": "was",
    "are": "were",
    "has": "had",
    "have": "had",
    "will": "would",
    "can": "could",
    "cannot": "could not",
    "do": "did",
    "does": "did",
}
_KEEPS_BASE_FORM = frozenset("to will would can could shall should may might must not".split())


def backshifted(clause: str) -> str:
    """Someone's words as reported speech tells them after "said that": "it has become
    clear that capacity is limited" -> "it had become clear that capacity was limited".
    Only the plain forms of "be", "have", "do", "will" and "can", never one after "to" or
    another helper ("will have" stays). A contraction is written out first ("there's" ->
    "there is" -> "there was"); words with one that could be two words ("she'd"), or
    that tell of now ("are common today"), are left as they are, rather than told half in
    one tense and half in another."""
    clause = _written_out(clause)
    if re.search(r"n['’]t\b|['’](?:s|re|ll|ve|d|m)\b", clause):
        return clause
    if re.search(r"\b(?:now|today|nowadays|currently|at present|still)\b", clause):
        return clause  # "lifestyles are common today": true as the words were said
    words = clause.split(" ")
    for at, word in enumerate(words):
        shifted = _BACKSHIFT.get(word)
        if shifted is not None and not (at > 0 and words[at - 1] in _KEEPS_BASE_FORM):
            words[at] = shifted
    return " ".join(words)


_CONTRACTIONS = (
    (re.compile(r"\b(it|there|that|what|who|he|she|here)['’]s been\b", re.I), r"\1 has been"),
    (re.compile(r"\b(it|there|that|what|who|he|she|here)['’]s\b", re.I), r"\1 is"),
    (re.compile(r"\bwon['’]t\b", re.I), "will not"),
    (re.compile(r"\bcan['’]t\b", re.I), "cannot"),
    (re.compile(r"\b(is|are|was|were|has|have|had|do|does|did)n['’]t\b", re.I), r"\1 not"),
    (re.compile(r"\b(we|they|you|who)['’]re\b", re.I), r"\1 are"),
    (re.compile(r"\b(we|they|you|who|I)['’]ve\b", re.I), r"\1 have"),
    (re.compile(r"\b(it|there|that|he|she|we|they|you|who|I)['’]ll\b", re.I), r"\1 will"),
)
"""Contractions that stand for one pair of words only, written out: "there's" is "there is"
("there's been" is "there has been"); "she'd" may be "she had" or "she would"."""


def _written_out(clause: str) -> str:
    for contraction, words in _CONTRACTIONS:
        clause = contraction.sub(words, clause)
    return clause


def reported(who: str, cue: str, clause: str) -> str:
    """Reported speech: "Assad said that the coalition has failed"; "Opik asked how the
    police would know", with no "that" between a verb of asking and a question word."""
    asked = re.match(r"(?:ask|wonder|question|quer)", cue) and re.match(
        r"(?:whether|if|how|why|what|when|where|who|which)\b", clause
    )
    # "added" leans on words said before, which the reader of one statement does not have.
    cue = {"added": "said", "adds": "says", "continued": "said"}.get(cue, cue)
    return f"{who} {cue} {'' if asked else 'that '}{clause}"


def plain_sentence(text: str) -> bool:
    """Whether `text` is a sentence of prose, not a list of fixtures or of items set apart
    by semicolons ("Ireland v Faroe Islands; Cyprus v Israel")."""
    outside = re.sub(r"\([^()]*\)", "", text)  # "(£175m; $328m)" is one figure
    return ";" not in outside and re.search(r"\sv\.?\s", text) is None


def unquoted(text: str) -> str:
    """`text` with the words inside its quote marks left out: what the writer says."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", "“”", text)


def personal(text: str) -> bool:
    """Whether `text` speaks as "I", "we" or "you" outside quote marks: a columnist's aside
    or a feature's opening hook ("The growth ... is not the only reason we are hooked")."""
    return _FIRST_PERSON.search(unquoted(text)) is not None


def points_back(text: str, names: Iterable[str], descriptions: Iterable[str]) -> bool:
    """Whether `text` leans on sentences the reader does not have: "that ruling", "this",
    "the same", "also", a statement opening on "The firm", "Both", "But" or a quote mark
    (whose words?), "I", "we" or "you" outside quote marks, or "he" / "they" before any of
    `names`."""
    plain = unquoted(text)
    if _POINTS_BACK.search(plain) or personal(text) or _WHO_BY_ORIGIN.match(plain):
        return True
    if re.search(r"\bthe \d+-year-old\b", plain, re.IGNORECASE):
        return True  # "the 30-year-old": someone named before
    if _described(plain, frozenset(descriptions)):
        return True
    if any(re.match(rf"{re.escape(name)} (?:\w+ ){{0,2}}its\b", plain) for name in names):
        return True  # "Paul Rhys was its best performer": whose?
    if _thing_named_before(plain, names):
        return True
    pronoun = _PERSONAL.search(plain)
    if pronoun is None:
        return False
    ahead = plain[: pronoun.start()]
    if pronoun.group(0).lower() == "them":
        return True  # an object the sentence has already left behind ("used them")
    if _OBJECT.match(plain, pronoun.start()) and not _NEW_CLAUSE.search(ahead):
        return True  # "Gwen Stefani joined her on stage": someone else, named before
    if pronoun.group(0).lower() in {"they", "their"}:
        # A group or a body named before ("Liverpool and Millwall ... their match"), not
        # one person alone ("Mr Campbell's e-mail suggested they should ...").
        capitals = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"\b[A-Z][\w'’.-]*", ahead)]
        people = {word for name in names for word in name.split()} | TITLES
        if capitals and " and " not in ahead and all(w in people for w in capitals):
            return True
        return re.search(r"\S\s+[A-Z]|^[A-Z]\w+ (?!said)", ahead) is None
    # "he" or "she" is clear when one person is named before it; after two ("Richards and
    # Yelling agree she ..."), or none, the reader cannot tell who.
    # A name given in full is that person, whoever else shares a word of it ("Andy Robinson"
    # beside the "Jason Robinson" of another sentence).
    whole = {name for name in names if re.search(rf"\b{re.escape(name)}\b", ahead)}
    taken = {word for name in whole for word in name.split()}
    partly = {
        name
        for name in names
        if name not in whole
        and any(
            re.search(rf"\b{re.escape(word)}\b", ahead)
            for word in name.split()
            if len(word) > 2 and word not in taken
        )
    }
    if not whole | partly and _ASKS_WHO.match(plain):
        return False  # "Who said that Xbox 2 is part of his vision?": the one asked about
    return len(whole | partly) != 1


_ASKS_WHO = re.compile(r"Who [a-z]+ (?:that|whether|if)\b")


def _thing_named_before(text: str, names: Iterable[str]) -> bool:
    """Whether "it" or "its" stands for a thing the text does not name before it: "Mr
    Kennedy will say it means ..." (what does?); not "BT said it will double speeds", nor
    "it is thought", which names nothing."""
    pronoun = _THING.search(text)
    if pronoun is None:
        return False
    if re.search(r"\bto\s+[a-z]+\s+it\b", text):
        return True  # "A plan to hold it in London": the plan is not what is held
    if _IT_ELSEWHERE.search(text):
        return True  # "the consortium expects it to be capable", "capable of it now"
    people = {word for name in names for word in name.split()}
    ahead = text[: pronoun.start()].split()
    # Not a person's name, nor the title before it ("Mr", "Mayor"), nor "With" or "After"
    # opening the sentence.
    named = [
        word
        for at, word in enumerate(ahead)
        if word[:1].isupper()
        and word.strip(",;:’'s") not in people
        and not (at + 1 < len(ahead) and ahead[at + 1] in people)
        and not (at == 0 and word.lower() in _OPENING_WORDS)
    ]
    return not named and not re.search(r"\b(?:the|a|an|their)\s+\w", " ".join(ahead), re.I)


_IT_ELSEWHERE = re.compile(
    r"\b(?!(?:make|makes|made|making)\b)[a-z]+ it to (?!the\b|a\b)[a-z]+"
    r"|\b(?:of|about|with|against) it\b"
)
"""An "it" that cannot be the sentence's subject again: the object of a verb whose "to" says
what it is to do ("the consortium expects it to be capable": not the consortium, which would
be "itself"), or of a word such as "of" or "about" ("more players are capable of it now").
Not "made it to the final"."""

_THING = re.compile(
    r"(?<!^)\b(?:it|its)\b(?!\s+(?:is|was|'s|’s|seems|seemed|appears|appeared|remains|remained"
    r"|emerged|takes|took|(?:will|would|could|may|might|can) (?:be|take)|has been|had been)\b"
    r"(?!\s+[a-z]+ed\b))"
)
_OPENING_WORDS = frozenset(
    """with after in on at for as but and if when while despite although though because
    since by from to of under over before once until unless reports rumours rumors claims
    fears hopes why what who how where which""".split()
)
"""Words that open a sentence or a question, capital and all, without naming anything "it"
could stand for ("Reports that it will be released ...", "Why were restrictions imposed
ahead of its flotation?")."""


_OPENING = re.compile(
    r"^(?:[A-Z][\w ]{0,40}? (?:said|says|noted|told) that |(?:In|On|At|During|After|Before"
    r"|Since|Following|With|Despite)\b[^,]{0,80},\s+)?[Tt]he ((?:\S+ ){0,4})"
)
_ENDS_NOUN_PHRASE = frozenset(
    "of in on at to for with by from and or the a an is was are were has had will would".split()
)


def _described(text: str, descriptions: frozenset[str]) -> bool:
    """Whether the statement opens on a description of something named before: "The firm",
    "The new policy", "The Obama administration measure", "In its first year, the company";
    not "The Bank of England", whose noun is part of a name, nor "The policy of the council",
    which says what it is."""
    opening = _OPENING.match(text + " ")
    if opening is None:
        return False
    words = [re.sub(r"['’]s?$", "", w.strip(",;:")) for w in opening.group(1).split()]  # "film's"
    for at, word in enumerate(words):
        if word.lower() in _ENDS_NOUN_PHRASE:
            return False
        if word in descriptions or word.endswith("s") and word[:-1] in descriptions:
            return words[at + 1 : at + 2] != ["of"]
    return False


_LINKING = re.compile(
    r"^(?:However|Meanwhile|Separately|In addition|Instead|Nevertheless|Still|Indeed|In fact"
    r"|Elsewhere|In particular|Similarly|Overall(?=,)|Now|But|And|Yet|As a result"
    r"|Also(?!\s+\w+(?:\s+\w+)?\s+(?:were|was|are|is)\s+the\b)"  # not "Also shut down were"
    r"|In response|In reply|In return|On the other hand|By contrast|In contrast"
    r"|As for [^,]{1,40}"  # "As for future policies, ..."
    r"|So(?!\s+far\b)(?!\s+\w+\s+(?:was|were|is|are)\b)"  # not "So embarrassed was he"
    r"|As a consequence|In turn|(?:Possibly|Perhaps|Partly|Probably|Largely) as a result"
    r"|First of all|Firstly|Secondly|Thirdly|Finally|Lastly|Above all|After all|Of course"
    r"|What is more|On top of that|Moreover|Furthermore|Likewise"
    r"|In other (?:words|news|matches|games|ties|fixtures|results|action|developments))"
    r",?\s+(?=\S)(?!to\b)"  # not "In addition to the fine, ..."
)
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:who|which|whose|(?:[a-z]+\s+){1,2}of\s+(?:which|whom))"  # "details of which"
    r"\s(?:(?!\s[-–—]\s)[^,]){3,80},\s+"  # no dash: "who retired - is"
    r"(?!(?:[A-Z][\w'’-]*,\s+)*[A-Z][\w'’-]*\s+(?:and|or)\s)"  # "the Amsterdam, Brussels and"
    r"(?!(?:unless|if|when|because|until|while|after|before|as|since|although|though)\b)"
    r"(?![^,.]*\b(?:and|or)\b[^,.]*,)"
    r"(?![a-z]+(?:\s[a-z]+)?\s+(?:and|or)\s)"  # "concerns that doctors, teachers and"
)
"""An aside on who or what was just named ("who ...", "details of which ..."), not one a
clause of its own closes ("the 800,000 recipients, who will lose their protection in March,
unless Congress acts"), nor one whose comma is a list's ("Euronext, which combines the
Paris, Amsterdam and Lisbon exchanges,"; "culture, which has brought concerns that doctors,
teachers and others are hampered").
`condensed` keeps one whose comma is followed by no verb to the sentence's end: the rest of
a list ("the single, which will be sold in Europe, Asia and Canada.")."""
_APPOSITION = re.compile(
    r"\b([A-Z][\w'’-]*),\s+(?![^,]*\b(?:is|are|was|were|has|have|had|will|would|can|could)\b)"
    r"(?!(?:[a-z]+ed|[a-z]+ing|got|went|took|made|won|lost|became|began|came|left|said|told"
    r"|and|or|but)\b)"
    r"(?!(?:down|up|out|off|back|to|into|onto|in|on|at|from|with|by|for|over|under|through"
    r"|after|before|away|ahead)\b)"  # "knocked X, down to third place,": no aside
    r"(?!(?:when|while|if|unless|once|until|since|as|because|although|though|where)\b)"
    r"(?:[a-z]|\d)[^,]{1,70},\s+(?=[a-z])(?![a-z]+(?:\s[a-z]+)?\s+(?:and|or)\s)"
    r"(?!(?:but|and|or|yet|so|while|although|though)\b)"
    r"(?![^,.;]{1,40},[^.;]*\b(?:and|or)\s)"
)
"""An aside naming what a name is ("Mr Knight, founder of Death Row Records, served"),
never a clause ("In Germany, industry is exporting more, but ...", "in January, indicating
a slowing market, lenders said", "named Ted Cruz, when asked to pick a running mate, if
...") nor items of a list ("Governments, aid agencies, insurers
and travel firms"; "the support of Ken Livingstone, business groups and the government, but
..."; "interactive TV, film, digital TV, mobile phones and music")."""


_SETTING = re.compile(
    r"^(?:In|On|At|During|After|Before|Last|This|Earlier|Since|By|Over|For|Following)\b"
    r"[^,]{0,40},\s+(?=[A-Z])"
)
_NAMED_SETTING = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*, [A-Z]")
"""A setting's own name after it: "In his new book, Lawless World, Philippe Sands says"."""
_TRAILING = re.compile(
    r",\s+(?:which\s|[a-z]+ing\b)(?![^,]*\b(?:is|are|was|were|has|have|had|will|would)\b)"
    r"[^,]*(?=\.$)"
)
"""A closing aside (", which ...", ", helping ..."), not the last item of a list and its
verb (", training and retraining is forecast to go up")."""


_BULLET = re.compile(r"^\s*[-–—•*·]\s+")


POINTING_BACK = re.compile(
    r"\b(?:this|these|those) (?!(?:who|which|that|on|in|of|at|with|from|for|is|are|was|were"
    r"|year|week|month|season|summer|winter|spring|autumn|time|morning|evening)\b)[a-z]+"
    r"|\bthat \w+(?:$| (?:of|in|on|for|with|by|from)\b)"
)
"""Words pointing to a thing the sentence before named: "that imbalance", "these attacks";
not "those on the mainland", "this year", nor the "that" opening a clause ("doubt that
terrorists wanted to attack")."""


def linking_words(text: str) -> str:
    """The linking words a statement opens on ("However, ", "In addition, ", "But "), which
    tie it to the sentence before and tell nothing of their own; "" where there are none.
    Not a setting ("In the past, "), which is part of what the statement says."""
    found = _LINKING.match(text)
    return found.group(0) if found is not None else ""


def without_opening(text: str) -> str:
    """A statement without the linking word or setting it opens on ("However,", "In early
    trade on Thursday,"): what remains reads alone, its grammar whole."""
    text = _BULLET.sub("", text)  # "- Todd is suspended.": a list's mark, not a word
    opened = _LINKING.sub("", text.strip())
    if opened != text.strip():
        opened = _LINKING.sub("", capitalized(opened))  # "But now, ..."
    set_apart = _SETTING.sub("", opened)
    if _NAMED_SETTING.match(set_apart):
        return capitalized(opened)  # "In his new book, Lawless World, Philippe Sands ..."
    return capitalized(set_apart)


_DASHED_ASIDE = re.compile(
    r"\b([A-Z][\w'’.-]*)\s+[-–—]\s+"
    r"(?!(?:who|which)\s+(?:has|have|had)\s+(?:just\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b)"
    r"(?=(?:the|a|an|its|his|her|their|who|which|whose|now|formerly|equivalent|[a-z]+ed"
    r"|[A-Z][\w'’.-]*)\s)"
    r"(?!(?:(?!\s[-–—]\s)[^.;:])*?\b(?:says?|said|claims?|claimed|believes?|according"
    r"|allegedly|reportedly|apparently|if|unless|except)\b)"
    r"(?:(?!\s[-–—]\s)[^.;:“”\"]){3,90}?\s+[-–—]\s+"
    r"(?=[a-z])"
)
"""An aside between dashes after a name that says who or what it is, as news writes one:
"Iran - Opec's second-biggest oil producer - has been pursuing ..." -> "Iran has been
pursuing ...". Not one that weighs what the sentence says ("Europe - but not the UK - are
lacking confidence", "Kelby Ferries - allegedly - paid bribes", "Iran - officials claim -
has stopped"), nor one that tells what just happened to it ("David Blunkett - who has
resigned as home secretary - built his reputation ..."): that is news."""

_BRACKETED = re.compile(r"\s+\((?![\d.,]+%\))[^()]{1,40}\)(?=[\s,.;:])")
"""An aside in brackets: "British Sign Language (BSL)", "$800m (£428m)"; not a share, which
is the figure the sentence gives ("the French were second (48%), with 44% of Britons")."""

_LINKING_ASIDE = re.compile(
    r",\s+(?:in particular|for example|for instance|however|though|meanwhile|indeed|of course"
    r"|in fact|too|also),(?=\s)"
)
"""A linking word between commas, which ties the sentence to the one before and tells no
fact of its own: "a stoppage involving civil servants, in particular, could ..."."""

_NEWSROOM = re.compile(
    r",\s+(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:has|have)\s+(?:learnt|learned"
    r"|been\s+told)|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+understands"
    r"|it\s+is\s+understood)(?=\.$)"
)
"""How the newsroom came by the news (", BBC Sport has learnt."): not part of it."""


_TYPED_TWICE = re.compile(
    r"\b((?:[A-Za-z]+\s+){1,2}[A-Za-z]+|the|a|an|to|of|in|on|and|for|with)\s+\1\b"
)
"""Two or three words, or a small word, typed twice in a row: a slip, never English ("had
had" and "that that" may be)."""


def condensed(text: str) -> str:
    """A statement without what a reader skips: the linking word or setting it opens on
    ("However,", "In early trade on Thursday,") or holds between commas (", in particular,"),
    asides in brackets, and asides between
    commas ("Mr Knight, founder of Death Row Records, served ..." -> "Mr Knight served
    ..."). It stays true and reads alone."""
    text = _NEWSROOM.sub("", _BRACKETED.sub("", without_opening(text)))
    text = _LINKING_ASIDE.sub("", text)
    # A wire's doubled marks ("``at any time''", "“at any time’’") as the quote marks they are.
    text = re.sub(r"``|‘‘", "“", re.sub(r"''|’’", "”", text))
    # A phrase the writer typed twice, once: "return to the to the side".
    text = _TYPED_TWICE.sub(r"\1", text)
    # An aside closing a setting keeps the comma before the clause that follows it: "In
    # states such as Ohio, which lost jobs, President Bush's record ..." -> "... Ohio, President".
    text = without_relative_aside(text)
    # "Ann Lane, the singer's mother, who left first": the comma before "who" stays.
    text = _APPOSITION.sub(lambda m: _without_aside(m, text), text)
    text = _DASHED_ASIDE.sub(r"\1 ", text)
    return capitalized(" ".join(text.split()))


def without_relative_aside(text: str) -> str:
    """The text without its asides on who or what was just named: "the settlement, details
    of which will be announced next week, was a chance to move on" -> "the settlement was a
    chance to move on"."""
    # "Costello, who had four nominations, and Joss Stone and Franz Ferdinand, who were
    # up for three, got nothing": an aside on one of the names a verb shares is one the
    # list needs; cut from the last alone, the list reads garbled.
    if _ON_ONE_OF.search(text):
        return text
    return _RELATIVE_ASIDE.sub(lambda m: _without_relative(m, text), text)


def without_comment(words: str) -> str:
    """Someone's reported words without the writer's comment on them after a closing dash:
    "the rate was up to the markets - a signal which traders took as advice to sell the
    dollar" -> "the rate was up to the markets". (In a lead, "- a move that would dilute
    their power" is part of the news, and stays.)"""
    return _COMMENT.sub("", words)


_COMMENT = re.compile(r"\s+[-–—]\s+(?:a|an)\s+[a-z]+\s+(?:which|that)\s[^-–—]*$")


_ON_ONE_OF = re.compile(r",\s+(?:who|which|whose)\s[^,]{3,80},\s+(?:and|or)\s+[A-Z]")
"""An aside on one of the names a list gives: "Costello, who had four nominations, and"."""


def _without_relative(aside: re.Match[str], text: str) -> str:
    """The text an aside on who or what was just named leaves: a comma before a capital
    (the setting closed), else a space; the aside itself where what follows it has no verb
    (its comma was a list's: "the single, which will be sold in Europe, Asia and Canada.")."""
    rest = text[aside.end() :]
    if rest.rstrip().endswith(".") and not has_verb(rest):
        return aside[0]
    # "which is like a fast, high-quality broadband internet for phones.": the comma was
    # between two words on one thing, and what follows it opens on no verb.
    if not rest.lstrip()[:1].isupper() and not _opens_on_verb(rest):
        return aside[0]
    # "Mrs Hassan, 59, who led ..., was abducted": the age's comma closes too. Not a
    # clause's comma: "..., although Mr Ghosn, who masterminded it, will remain".
    opened = re.search(r",\s*[^,]{1,30}$", text[: aside.start()])
    if opened is not None and not has_verb(opened[0]) and not _CLAUSE_OPENING.match(opened[0]):
        return ", "
    return ", " if rest[:1].isupper() else " "


def _opens_on_verb(text: str) -> bool:
    """Whether the text opens on a verb, after any adverb: "was abducted", "runs 40
    routes", "also said"; not "high-quality broadband"."""
    for word in text.split()[:2]:
        word = word.lower().strip(",")
        if _VERB.fullmatch(word) or word in _SAYING_VERBS or word == "to":
            return True  # "to set out what ...": the clause's own verb
        if not word.endswith("ly") and word not in _BEFORE_VERBS:
            return False
    return False


_SAYING_VERBS = frozenset("said told added warned".split())
_BEFORE_VERBS = frozenset("also still now then later already never".split())

_CLAUSE_OPENING = re.compile(
    r",\s*(?:although|though|but|and|or|yet|while|whereas|as|when|because|if|since|so)\b"
)
"""A comma that opens a clause, not an aside: it does not close after the "who" cut."""


_LEANING = re.compile(
    r"\bthe (?:club|business|firm|company|group|team|side|party|band|agency|organi[sz]ation)\b"
)


def _without_aside(aside: re.Match[str], text: str) -> str:
    """The name before an aside, without the aside; the comma before a "who" or "which", or
    before a second aside, stays. An aside that names a body ("Bob Murray, chairman of Sunderland FC, bid for the
    club") stays when the rest speaks of "the club": it says which."""
    rest = text[aside.end() :]
    if re.search(r"\s[A-Z]", aside[0][len(aside[1]) :]) and _LEANING.search(rest):
        return aside[0]
    if rest.rstrip().endswith(".") and not has_verb(rest):
        return aside[0]  # "is a TV, radio, video recorder and ...": a list
    return aside[1] + (
        ", " if re.match(r"(?:who|which|whose)\b", rest) or _ASIDE.match(rest) else " "
    )


_ASIDE = re.compile(
    r"[a-z]+ed\b[^,.;]*,\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must)\b"
)
"""A second aside after the one cut, closed before the sentence's verb: "Mutu, 25, sacked by
Chelsea, is now ..." keeps its commas as "Mutu, sacked by Chelsea, is now ..."."""


def core(text: str) -> str:
    """A statement cut down to its claim: condensed, with no "also", "already" or "in any
    case" (which lean on what came before) and no trailing ", which ..." or ", helping ...".
    It is not the article's sentence copied, which a student could match without
    understanding it."""
    text = _TRAILING.sub("", condensed(text))
    return capitalized(" ".join(re.sub(r"\s+(?:also|already|in any case)\b", "", text).split()))


_NAME_LIST = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*,? (?:and|or) [A-Z]"
)


_LONG_LIST = re.compile(r"(?:\b[\w'’-]+(?: [\w'’-]+){0,2}, ){3,}(?:[\w'’-]+ ){0,3}(?:and|or) ")


def lists_names(text: str) -> bool:
    """Whether the text lists three names or more ("Spain, France and Italy"), or four
    things or more ("definitions, facts, calculations and conversions"): a statement on a
    list tests which items are in it, trivia."""
    return _NAME_LIST.search(text) is not None or _LONG_LIST.search(text) is not None


def named_among(text: str, name: str) -> bool:
    """Whether `name` stands in a list of three names or more in `text`: "Senators Kamala
    Harris, Dick Durbin and Cory Booker said ..." speak together, not Harris alone."""
    surname = name.split()[-1]
    return any(contains(found.group(0), surname) for found in _NAME_LIST.finditer(text))


_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|will|would|can|could|may|might|must"
    r"|should|shall|do|does|did|"
    + "|".join(sorted(PAST_TENSES))
    + r")\b|n't\b|['’](?:s|re|ve|ll|d)\b|\b(?!compared\b)[a-z]{2,}(?:ed|(?<![usi])s)\b"
)


def has_verb(text: str) -> bool:
    """Whether the text may hold a verb of its own: not a headline's fragment ("Kim, the
    vice chairman, heading now to New York"; "The positive balance of plus 3 compared with
    minus 10"). A plain test of word forms, so it lets some fragments through."""
    return _VERB.search(unquoted(text)) is not None


def specific(text: str) -> bool:
    """Whether the text names someone or something, or gives a figure: a statement with
    neither ("Search engines are key to the way people use the internet") is answered by
    general knowledge."""
    return re.search(r"\d|\S\s+[A-Z](?:[a-z]|[A-Z]+\b)", text) is not None


_STRAY_STOP = re.compile(
    r"\b(?!(?:etc|vs|approx|incl|est|Mrs|Gen|Rev|Inc|Ltd|Corp|Prof|Sept?|Jan|Feb|Mar|Apr|Aug|Oct"
    r"|Nov|Dec|Col|Capt|Gov|Sen|Rep|Sgt|Ave|Bros|Mr|Ms|Dr|St|Jr|Sr|No|Co|Mt)\.)"
    r"(?:[a-z]{2,}|[A-Z][a-z]{2,})\. [a-z]"
)
"""A full stop inside a sentence, before a word in lower case: "in the second set. and"."""
_COMMA_BEFORE_VERB = re.compile(
    r"([A-Z][^,]{2,60}), (?:is|are|was|were|has|have|had|will|would|can|could|came|went|made"
    r"|took|got|won|lost|fell|rose)\b"
)
"""A comma between a sentence's subject and its verb: "Son of the Mask, came in at four"."""
_WRITTEN_TWICE = re.compile(
    r"\b([a-z]+) \1\b|\b(?:is|was|are|were) (?:has|have|had)\b", re.IGNORECASE
)
"""A word written twice, or two verbs where one was meant ("that is has been punished")."""
_MODAL_TWICE = re.compile(
    r"\b(will|would|can|could|should|may|might) (?!(?:mean|think|hope|say|believe|expect|suggest"
    r"|show|feel|know|see|argue|claim|warn|ensure|find|guess|imagine|fear|predict)\b)[a-z]+"
    r"(?: (?!(?:and|or|but|that|if|when|how|what|who|which|where|why|he|she|it|they|we|you|i)\b)"
    r"[a-z]+){0,3} \1\b"
)
"""One clause told with its verb twice, the first left over from a rewrite: "South Korea will
give private companies will be given the chance" (not "could mean pensions could be based",
whose second clause "mean" opens, nor "can be detained or can opt")."""
_SAID_WITHOUT_COMMA = re.compile(
    r"[a-z] (?:said|says|added|warned|argued) (?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady) [A-Z][\w'’-]+\.$"
)
"""A closing "said Mr Owen" with no comma before it: the clause runs into it."""
_AFTER_MODAL = re.compile(
    r"\b(?:could|would|should|will|can|may|might|must) ([a-z]{2,}(?<![su]s)(?<![ai]s)s)\b"
)
"""A verb with an "s" after "could" ("could means"); not one whose own form ends so ("will
focus", "can pass", "may bias")."""
_TO_LOST = re.compile(
    r"\b(?:(?:was|were|is|are|be|been|being|not|still|now) (?:un)?able|according)"
    r" (?!to\b)(?=[a-z]+\b)(?!(?:and|or|but|as|when|if|that|for|with)\b)"
)
"""A "to" the writer left out: "was still able appear", "according a report"."""
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")


@cache
def _dictionary() -> SpellChecker:
    from spellchecker import SpellChecker

    return SpellChecker()


def common_word(word: str, often: int | None = None) -> bool:
    """Whether `word` is one of the English words in everyday use ("house", "orange"),
    which a recogniser may take for a name at the start of a sentence; with `often`, one
    the dictionary counts at least that often."""
    counts = _dictionary().word_frequency
    least = _EVERYDAY if often is None else often
    return any(counts[form] >= least for form in _spellings(word.lower()))


def _spellings(word: str) -> set[str]:
    """The word and its American spelling, which the dictionary counts: "labour" as "labor",
    "organisation" as "organization", "centre" as "center"."""
    forms = {word}
    for british, american in _AMERICAN:
        if british in word:
            forms.add(word.replace(british, american))
    return forms


_AMERICAN = (("our", "or"), ("isation", "ization"), ("ise", "ize"), ("tre", "ter"), ("yse", "yze"))


_EVERYDAY = 10_000
"""How often (in the dictionary's count) a word is used to be an everyday one: "house" is,
"microsoft" and "tesco" are not."""


def slipped(text: str, article: str) -> bool:
    """Whether `text` carries a slip of the article's writing, which printed in a question
    reads as the test's own mistake: a stray full stop, a comma between the subject and its
    verb, a word written twice, a verb told twice ("will give firms will be given"), a "to"
    left out ("able appear"), an "s" after "could" ("could means"), two verbs where one was
    meant ("is has"), a closing "said Mr Owen" with no comma before it, two words run
    together ("toprevent") or a word missing a letter ("campaiging", "manged"). A word counts
    as misspelt only where the dictionary knows it with one letter more inside it and the
    article writes it once: a British spelling ("organisation", "favourite") is never a
    letter short of the American one, and a word of the field ("spyware") comes back."""
    if any(p.search(text) for p in (_STRAY_STOP, _WRITTEN_TWICE, _MODAL_TWICE, _TO_LOST)):
        return True
    if any(common_word(verb[:-1]) for verb in _AFTER_MODAL.findall(text)):
        return True  # "could means": the "s" a writer slipped in
    if _SAID_WITHOUT_COMMA.search(text):
        return True  # "... educational elements said Mr Owen."
    dash = _ASIDE_CLOSED_BY_DASH.search(text)
    if dash is not None and _VERB.fullmatch(dash.group(1)) and len(_SPACED_DASH.findall(text)) == 1:
        return True  # "the Pretenders, led by Chrissie Hynde - took to the stage"
    subject = _COMMA_BEFORE_VERB.match(text)
    if subject is not None and not has_verb(subject.group(1)):
        return True
    words = set(_LOWER_WORD.findall(text))
    if not words:
        return False
    dictionary = _dictionary()
    for word in dictionary.unknown(words):
        if len(re.findall(rf"\b{word}\b", article, re.IGNORECASE)) != 1:
            continue
        glued = _GLUED.fullmatch(word)
        if glued and dictionary.word_frequency[glued.group(1)] >= _COMMON:
            return True  # "lobbying toprevent software patents", "aboutroughly"
        plural = _GLUED_PLURAL.fullmatch(word)
        if plural and all(dictionary.word_frequency[w] >= _EVERYDAY for w in plural.groups()):
            return True  # "questionsmarks": a compound does not open on a plural
        # A letter dropped inside the word: one added at its end makes another form of a
        # word the dictionary may lack ("centre", "centres").
        longer = {word[:i] + letter + word[i:] for i in range(1, len(word)) for letter in _LETTERS}
        if any(dictionary.word_frequency[w] >= _COMMON for w in dictionary.known(longer)):
            return True
    return False


_ASIDE_CLOSED_BY_DASH = re.compile(r",\s[^,–—-]{3,60}\s[-–—]\s([a-z]+)\b")
"""An aside a comma opens and a dash closes, before the verb: one of the two marks a slip."""
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_COMMON = 1000
"""How often (in the dictionary's count) a word must be used to be the one a writer meant:
"campaigning" is, "centare" (for "centre") is not."""


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_GLUED = re.compile(
    r"(?:to|the|and|for|about|with|from|into|after|before|that|which|their|there|than"
    r"|when|while|where|would|could|should|have|been|were|also|more|most|some|such|very)"
    r"([a-z]{4,})"
)
"""A short word run into the next one: "toprevent", "aboutroughly"."""
_GLUED_PLURAL = re.compile(r"([a-z]{3,})s([a-z]{4,})")
"""A plural run into the next word, both everyday words: "questionsmarks"; not
"smartphones", nor "rockscape" or "delisting", whose parts ("cape", "ting") are rare."""
