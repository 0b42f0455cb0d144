# The yilian image: the search API (`yilian serve`), the scheduler (`yilian schedule`) and one-off
# crawls (`docker compose run --rm scheduler yilian crawl`). Elasticsearch and Redis are their own
# images (docker-compose.yml). Installed in place so config/ stays beside the code.
FROM python:3.11-slim-bookworm

WORKDIR /app
COPY pyproject.toml README.md ./
COPY yilian ./yilian
COPY crawler ./crawler
COPY indexer ./indexer
COPY search_api ./search_api
COPY config ./config
COPY scrapy.cfg ./
RUN pip install --no-cache-dir -e . && useradd --system --home-dir /data yilian && mkdir -p /data && chown yilian /data

USER yilian
ENV YILIAN_STATE_DIR=/data YILIAN_CACHE_DIR=/data/cache YILIAN_API_HOST=0.0.0.0
VOLUME /data
EXPOSE 8000
CMD ["yilian", "serve"]
