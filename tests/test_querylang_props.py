"""Any text typed into the search box gets a query or a readable refusal (QuerySyntaxError, the API's 422),
never another exception (a 500): a property over arbitrary text, with the query language's own signs
drawn often so the parser's corners are reached."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from search_api.querylang import QuerySyntaxError, compile_query

SIGNS = list('~^.:"()[]{}/\\*?!+-&|') + ["AND", "OR", "NOT", "TO", "title:", "来源:", " ", "医联体", "7"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(SIGNS), st.text(max_size=3)), max_size=12).map("".join), st.booleans())
def test_any_text_is_a_query_or_a_syntax_error(q, highlight):
    try:
        compile_query(q, highlight=highlight)
    except QuerySyntaxError as err:
        assert str(err)
