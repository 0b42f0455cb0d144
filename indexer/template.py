"""The index template for ``<alias>-v*`` indices: settings, analyzers and the mapping of indexer/document.py.

Chinese analysis. The local node is the integ-test distribution, which lacks the
``analysis-common`` module: no ``cjk`` analyzer, no ``cjk_bigram``/``cjk_width`` filters, no
``mapping`` char filter; smartcn/IK/ICU plugins are not on Maven Central (checked: the
``org.elasticsearch.plugin:analysis-smartcn:<v>:zip`` artifact does not exist) and cannot be
downloaded offline. The server core does have the ``standard`` tokenizer (one token per Han
character, consecutive positions), ``lowercase`` and ``shingle``. Hence two analyzers:

* ``zh_text`` (title, subtitle, body) = standard + lowercase: ``match_phrase`` for 医联体 matches
  exactly the documents containing that character sequence (no segmentation errors, unlike a
  word segmenter that may cut 县域医共体 differently in query and text). Use it for phrases
  and for highlighting.
* ``zh_bigram`` (``title.bigram``, ``subtitle.bigram``, ``body.bigram``) = standard + lowercase
  + shingle(2,2) without unigrams: overlapping character pairs, what ``cjk_bigram`` produces.
  Use it for non-phrase matching (``operator: and`` or a high minimum_should_match) and BM25
  ranking: pairs are far more selective than single characters.

Measured with ``benchmarks/bench_indexer.py analyzers`` (50 corpus documents, 12 alliance
phrases, truth = substring of title+body): zh_text match_phrase P 1.000 R 1.000; zh_text match
AND P 0.651; zh_text cross_fields 3<80% P 0.474; bigram match AND P 0.992 R 1.000. The bigram
field costs about 2.6x the body's inverted index. Full-width Latin (ＡＢＣ) is only lowercased,
not folded to ASCII (no cjk_width here); the cleaning stage's normalisation covers that.
The same mapping works unchanged on a full cluster given by ES_URL.

On a cluster. Shards and replicas come from Settings (YILIAN_INDEX_SHARDS, YILIAN_INDEX_REPLICAS) when
the template is put, so they apply to the next index created (``yilian index reindex`` moves the data).
Documents keep Elasticsearch's default routing by ``_id`` (the URL hash): shards fill evenly, a
re-crawl overwrites the one copy wherever it lives, and a GET by id needs no routing value. (Routing
by province would put a region's documents on one shard, but a page whose region is corrected on
re-crawl would then exist twice, on two shards.)
Bump ``MAPPING_VERSION`` when the mapping changes; `yilian index reindex` then moves the data.
"""

from __future__ import annotations

from typing import Any

from yilian.settings import Settings, get_settings

MAPPING_VERSION = 10  # 2: title.bigram / subtitle.bigram / body.bigram; 3: fingerprint_bands, also_published mapped; 4: alliance_evidence;
# 5: enrich_evidence; 6: extract_evidence; 7: source_name.text / source.text (source: in the query language); 8: alliance_name, first_seen_at;
# 9: facets with eager global ordinals; 10: fingerprint_bands dropped (nothing searched them: reposts are found in
# an in-memory fingerprint table; its 64 terms a document cost 12% of the store and 10% of indexing time)

KEYWORD = {"type": "keyword"}
# a facet of the search page: its global ordinals are built when a refresh makes a new segment,
# not by the first search after it (which would wait for them on a million documents)
FACET = {"type": "keyword", "eager_global_ordinals": True}
STORED_ONLY = {"type": "object", "enabled": False}
DISPLAY_TEXT = {"type": "text", "index": False}
DATE = {"type": "date", "format": "yyyy-MM-dd"}
# a name filtered as a whole and searched for by phrase (source:漯河 finds 漯河市中心医院)
NAME = {"type": "keyword", "fields": {"text": {"type": "text", "analyzer": "zh_text"}}}

ANALYSIS = {
    "analyzer": {
        "zh_text": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
        "zh_bigram": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "char_bigrams"]},
    },
    "filter": {
        # overlapping character pairs, as cjk_bigram makes; a lone character stays a unigram
        "char_bigrams": {
            "type": "shingle",
            "min_shingle_size": 2,
            "max_shingle_size": 2,
            "output_unigrams": False,
            "output_unigrams_if_no_shingles": True,
            "token_separator": "",
        }
    },
}


def _text(*, offsets: bool = False, exact: bool = False) -> dict[str, Any]:
    fields: dict[str, Any] = {"bigram": {"type": "text", "analyzer": "zh_bigram"}}
    if exact:
        fields["exact"] = {"type": "keyword", "ignore_above": 512}
    field: dict[str, Any] = {"type": "text", "analyzer": "zh_text", "fields": fields}
    if offsets:  # lets the unified highlighter skip re-analysing long bodies
        field["index_options"] = "offsets"
    return field


PROPERTIES: dict[str, Any] = {
    "id": KEYWORD,
    "url": KEYWORD,
    "source_id": KEYWORD,
    "source_name": NAME,
    "source_kind": FACET,
    "title": _text(offsets=True, exact=True),
    "title_original": DISPLAY_TEXT,
    "subtitle": _text(),
    "body": _text(offsets=True),
    "body_original": DISPLAY_TEXT,
    "published_at": DATE,
    "published_time": KEYWORD,
    "date_evidence": KEYWORD,
    "written_at": DATE,
    "month": KEYWORD,
    "source": NAME,
    "author": KEYWORD,
    "editor": KEYWORD,
    "issuer": KEYWORD,
    "index_no": KEYWORD,
    "topic": KEYWORD,
    "doc_no": KEYWORD,
    "column": KEYWORD,
    "views": {"type": "integer"},
    "attachments": STORED_ONLY,
    "images": STORED_ONLY,
    "tables": STORED_ONLY,
    "script": KEYWORD,
    "province": FACET,
    "city": FACET,
    "county": FACET,
    "region_code": KEYWORD,
    "publisher_province": FACET,
    "publisher_city": FACET,
    "publisher_county": KEYWORD,
    "region": STORED_ONLY,
    "alliance_name": KEYWORD,
    "alliance_forms": FACET,
    "alliance_evidence": STORED_ONLY,
    "enrich_evidence": STORED_ONLY,
    "extract_evidence": STORED_ONLY,
    "event_types": FACET,
    "lead_organization": KEYWORD,
    "members": KEYWORD,
    "member_count": {"type": "integer"},
    "relevance_label": KEYWORD,
    "relevance_score": {"type": "float"},
    "fingerprint": KEYWORD,
    "dup_group": KEYWORD,
    "is_canonical": {"type": "boolean"},
    # searchable ids: a copy re-crawled with new text is found by the group it has to leave
    "also_published": {"properties": {"id": KEYWORD, "source_name": KEYWORD, "url": KEYWORD, "published_at": DATE,
                                       "title": DISPLAY_TEXT}},
    "encoding": {
        "properties": {
            "header": KEYWORD,
            "meta": KEYWORD,
            "detected": KEYWORD,
            "used": KEYWORD,
            "confidence": {"type": "float"},
            "repairs": STORED_ONLY,
        }
    },
    "flags": KEYWORD,
    "damaged": {"type": "boolean"},
    "crawled_at": {"type": "date"},
    "first_seen_at": {"type": "date"},
}


def template_name(alias: str) -> str:
    return f"{alias}-template"


def index_pattern(alias: str) -> str:
    return f"{alias}-v*"


def shard_settings(shards: int = 1, replicas: str = "0-1") -> dict[str, Any]:
    """Index settings for ``shards`` primaries and ``replicas``: a number fixes the copies, a range
    ("0-1", "0-all") makes them follow the node count (green on one node, a replica once a second joins)."""
    if replicas.isdigit():
        return {"number_of_shards": shards, "number_of_replicas": int(replicas)}
    return {"number_of_shards": shards, "auto_expand_replicas": replicas}


def index_template(alias: str, *, shards: int = 1, replicas: str = "0-1") -> dict[str, Any]:
    """Body of the composable index template for the versioned indices behind ``alias``."""
    return {
        "index_patterns": [index_pattern(alias)],
        "priority": 200,
        "_meta": {"mapping_version": MAPPING_VERSION, "managed_by": "yilian"},
        "template": {
            "settings": {**shard_settings(shards, replicas), "analysis": ANALYSIS},
            "mappings": {
                "dynamic": "strict",
                "_meta": {"mapping_version": MAPPING_VERSION},
                "properties": PROPERTIES,
            },
        },
    }


def put_template(client: Any, alias: str, settings: Settings | None = None) -> None:
    """Idempotent: run on every setup/deploy so new indices always get the current mapping and layout."""
    settings = settings or get_settings()
    body = index_template(alias, shards=settings.index_shards, replicas=settings.index_replicas)
    client.indices.put_index_template(name=template_name(alias), **body)
