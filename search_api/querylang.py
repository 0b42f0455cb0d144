"""The search box's query language -> an Elasticsearch clause. Pure: no client, no I/O.

    医联体 签约                      both words (a space is AND)
    医联体 AND (签约 OR 揭牌) NOT 招聘  boolean operators and groups; -招聘 and +签约 work too
    "县域医共体 建设"                 a quoted phrase (“”「」 accepted as quotes)
    title:医共体  source:漯河         in the title only / in the publishing site or 来源 line
    标题:医共体   来源:漯河           the same, with the Chinese field names

It is Lucene's query syntax, which users know from library catalogues and Kibana, parsed by
luqum (a maintained parser of that syntax) rather than by hand. Queries typed in Traditional
characters or with full-width punctuation are folded first (OpenCC t2s, NFKC), and every word
or phrase that names an alliance concept matches its synonyms too (search_api/synonyms.py).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from luqum import tree
from luqum.exceptions import IllegalCharacterError, ParseError
from luqum.parser import lexer as _lexer
from luqum.parser import parser as _parser

from search_api.synonyms import variants
from yilian.zhscript import to_simplified

Clause = dict[str, Any]

TEXT_FIELDS = ["title^3", "subtitle", "body"]  # one token per Han character: phrases, highlighting
BIGRAM_FIELDS = ["title.bigram^3", "subtitle.bigram", "body.bigram"]  # overlapping character pairs
TITLE_FIELDS = ["title"]
TITLE_BIGRAM_FIELDS = ["title.bigram"]
SOURCE_FIELDS = ["source_name.text", "source.text"]  # the publishing site's name and the page's 来源 line
EXACT_WORD_CHARS = 4  # Chinese words are 2-4 characters; longer input is usually a compound
FIELDS = {"title": "title", "标题": "title", "source": "source", "来源": "source"}
_QUOTES = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"', "＂": '"'})
_SEARCHABLE = re.compile(r"\w")  # the standard tokenizer keeps letters, digits and Han; punctuation alone finds nothing


class QuerySyntaxError(ValueError):
    """A query the language cannot read; the message says what to change."""


def fold(q: str) -> str:
    """Full-width forms to ASCII (ＡＮＤ, （）, ：), Chinese quotes to '"', Traditional to Simplified
    (documents are searched in Simplified; a query typed as 醫聯體 must find them too)."""
    return to_simplified(unicodedata.normalize("NFKC", q).translate(_QUOTES)).strip()


def parse(q: str) -> tree.Item | None:
    """The query's syntax tree (None for an empty query), or QuerySyntaxError with a readable reason."""
    text = fold(q)
    if not text:
        return None
    try:
        parsed = _parser.parse(text, lexer=_lexer.clone())  # a fresh lexer per call: PLY lexers keep state
    except IllegalCharacterError as err:
        raise QuerySyntaxError(f"cannot read the query near {str(err).split(' at ')[0].removeprefix('Illegal character ')}: "
                               "close every quote (\") and parenthesis") from None
    except ParseError as err:
        reason = str(err).removeprefix("Syntax error in input : ")
        raise QuerySyntaxError(f"cannot read the query ({reason}); write AND/OR/NOT between words, "
                               "close every quote and parenthesis") from None
    except (ArithmeticError, ValueError):  # luqum reads the number after ~ or ^ itself (医联体~. is no number)
        raise QuerySyntaxError("~ and ^ are not supported: fuzzy matching, proximity and boosts; "
                               "quote the text to search for the sign itself") from None
    _check(parsed)
    return parsed


def _check(node: tree.Item) -> None:
    """Refuse what the language does not offer, naming it, rather than searching for something else."""
    if isinstance(node, tree.SearchField):
        if node.name not in FIELDS:
            raise QuerySyntaxError(f"unknown field {node.name!r}: use title: (标题:) or source: (来源:), or quote the text")
        if any(isinstance(child, tree.SearchField) for child in node.children):
            raise QuerySyntaxError(f"a field inside a field ({node}) is not possible: write title:… or source:… once")
    unsupported = {tree.Range: "ranges [a TO b]", tree.Fuzzy: "fuzzy matching (~)", tree.Proximity: "proximity (~)",
                   tree.Boost: "boosts (^)", tree.Regex: "regular expressions (/…/)"}
    for kind, what in unsupported.items():
        if isinstance(node, kind):
            raise QuerySyntaxError(f"{what} are not supported: {node}")
    for child in node.children:
        _check(child)


def compile_query(q: str, *, highlight: bool = False) -> Clause | None:
    """The Elasticsearch clause for a query string, None for an empty one (raises QuerySyntaxError).

    ``highlight``: the clause as the highlighter needs it: every word an exact phrase on the
    one-character fields (the highlighter marks characters, not character pairs)."""
    parsed = parse(q)
    if parsed is None:
        return None
    clause = _compile(parsed, "text", highlight)
    if clause is None:
        return None
    words = _plain_words(parsed)
    if words and len(words) > 1 and not highlight:  # several plain words: pages holding them as one phrase rank first
        return {"bool": {"must": [clause], "should": [_phrase("".join(words), TEXT_FIELDS, BIGRAM_FIELDS, boost=2.0)]}}
    return clause


def _plain_words(node: tree.Item) -> list[str] | None:
    """The words of a query made only of bare words joined by spaces or AND, else None."""
    if isinstance(node, tree.Word):
        return [node.value]
    if isinstance(node, (tree.UnknownOperation, tree.AndOperation)):
        words = [_plain_words(child) for child in node.children]
        return None if any(w is None for w in words) else [w for ws in words for w in ws]  # type: ignore[union-attr]
    return None


def _compile(node: tree.Item, field: str, highlight: bool) -> Clause | None:
    """One node; None for a node that can match nothing searchable (a lone '&&' or '*')."""
    if isinstance(node, tree.SearchField):
        return _compile(node.expr, FIELDS[node.name], highlight)
    if isinstance(node, (tree.Group, tree.FieldGroup)):
        return _compile(node.expr, field, highlight)
    if isinstance(node, tree.Word):
        return _term(node.value, field, phrase=False, highlight=highlight)
    if isinstance(node, tree.Phrase):
        return _term(node.value.strip('"'), field, phrase=True, highlight=highlight)
    if isinstance(node, (tree.Not, tree.Prohibit)):
        inner = _compile(node.a, field, highlight)
        return {"bool": {"must_not": [inner]}} if inner else None
    if isinstance(node, tree.Plus):
        return _compile(node.a, field, highlight)
    if isinstance(node, tree.OrOperation):
        parts = [c for c in (_compile(child, field, highlight) for child in node.children) if c]
        return {"bool": {"should": parts, "minimum_should_match": 1}} if parts else None
    if isinstance(node, (tree.AndOperation, tree.UnknownOperation)):
        parts = [c for c in (_compile(child, field, highlight) for child in node.children) if c]
        return _all(parts)
    raise QuerySyntaxError(f"not supported in a query: {node}")


def _all(parts: list[Clause]) -> Clause | None:
    """AND of parts; a negated part goes to must_not so 'A NOT B' is one bool."""
    if not parts:
        return None
    must, must_not = [], []
    for part in parts:
        negated = part.get("bool", {}).get("must_not")
        if negated is not None and len(part["bool"]) == 1:
            must_not += negated
        else:
            must.append(part)
    query: Clause = {"must": must or [{"match_all": {}}]}
    if must_not:
        query["must_not"] = must_not
    return {"bool": query}


def _term(text: str, field: str, phrase: bool, highlight: bool) -> Clause | None:
    """A word or phrase in one field group, matching any of its synonyms."""
    if not _SEARCHABLE.search(text):
        return None
    forms = variants(text)
    clauses = [_form(form, field, phrase, highlight) for form in forms]
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def _form(text: str, field: str, phrase: bool, highlight: bool) -> Clause:
    if field == "source":
        return _phrase(text, SOURCE_FIELDS)
    fields, bigrams = (TITLE_FIELDS, TITLE_BIGRAM_FIELDS) if field == "title" else (TEXT_FIELDS, BIGRAM_FIELDS)
    if highlight:
        return _phrase(text, fields)
    return _phrase(text, fields, bigrams) if phrase else word_query(text, fields, bigrams)


def _phrase(text: str, fields: list[str], bigrams: list[str] | None = None, boost: float = 1.0) -> Clause:
    """``text`` as a phrase. Han text of two or more characters is matched on the character-pair
    subfields when given: consecutive pairs are consecutive characters, so the same documents match,
    from postings a fraction as long as a single common character's (医 is in nearly every page)."""
    if bigrams and len(text) >= 2 and _is_han(text):
        fields = bigrams
    # tie_breaker: the best field decides, a mention in the other fields still adds a little
    return {"multi_match": {"query": text, "type": "phrase", "fields": fields, "tie_breaker": 0.3, "boost": boost}}


def _is_han(word: str) -> bool:
    return all("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" for char in word)


def word_query(word: str, fields: list[str] = TEXT_FIELDS, bigrams: list[str] = BIGRAM_FIELDS) -> Clause:
    """One query word. ``title``/``subtitle``/``body`` hold one token per Han character
    (indexer/template.py), so a word is matched as a phrase there: 医联体 finds 医联体, not pages
    that merely contain 医, 联 and 体. A long unspaced query (县域医共体建设) is likely several
    words, so all but one of its character pairs must appear (the ``.bigram`` subfields); pages
    containing it verbatim score highest."""
    if len(word) <= EXACT_WORD_CHARS or not _is_han(word):
        return _phrase(word, fields, bigrams)
    pairs = {
        "multi_match": {
            "query": word,
            "fields": bigrams,
            # all pairs but one: the one a word boundary makes up (县域医共体|建设 -> 体建) may be absent
            "minimum_should_match": "-1",
            "tie_breaker": 0.3,
        }
    }
    return {"bool": {"should": [_phrase(word, fields, bigrams, boost=3.0), pairs], "minimum_should_match": 1}}
