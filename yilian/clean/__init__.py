"""The cleaning stages, in the order a page goes through them.

decode -> extract -> normalize -> enrich -> dedup (fingerprint)

Each stage is a module with one public function from a typed record (yilian.records)
to the next. Nothing here imports Scrapy or Elasticsearch: the crawl, `yilian extract`
and re-indexing all call `yilian.clean.pipeline.clean_page`.
"""
