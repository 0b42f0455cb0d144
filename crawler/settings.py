"""Scrapy settings for the yilian crawl. Per-source politeness is applied per download slot by crawler.run."""

BOT_NAME = "yilian"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "yilian/0.1 (+research crawler of hospital-alliance announcements)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
RETRY_TIMES = 2

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Before robots.txt (100) and everything else: nothing is fetched outside a source's scope.
DOWNLOADER_MIDDLEWARES = {"crawler.middlewares.ScopeMiddleware": 50}
YILIAN_ALLOW_PRIVATE_NETWORKS = False

# An article response yields one item and a list page only requests: Scrapy starts this many tasks for
# every response's output (100 by default), which cost the crawl more than the output itself.
CONCURRENT_ITEMS = 1
# Scrapy re-reads and parses a callback's source on every response to warn about `return value` in a
# generator (its cache is keyed by the bound method, a new object each call): a fifth of a millisecond per page.
WARN_ON_GENERATOR_RETURN_VALUE = False

# Cleaning decides the encoding from the raw bytes, so no middleware may touch the body.
ITEM_PIPELINES = {
    "crawler.pipelines.ArchivePipeline": 100,
    "crawler.pipelines.CleanPipeline": 300,
    "crawler.pipelines.JsonLinesPipeline": 700,
    "crawler.incremental.StatePipeline": 750,
    "crawler.pipelines.IndexPipeline": 800,
}
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "crawler.extensions.CrawlProgress": 500,
}

LOG_LEVEL = "WARNING"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
