"""Full-history search over message text, subject and member names (SQLite FTS5).

`search` returns one page of hits; `search_conversations` the conversations behind them.
The query language is described for users in docs/search.md.
"""

from app.search.parser import Filters, SearchQuery, SearchSyntaxError, parse
from app.search.query import SearchHit, SearchUnavailable, search, search_conversations

__all__ = [
    "Filters",
    "SearchHit",
    "SearchQuery",
    "SearchSyntaxError",
    "SearchUnavailable",
    "parse",
    "search",
    "search_conversations",
]
