# Container image for Roost: build the project into /opt/venv, run it as the non-root user "roost".
# The base image is pinned by version; dependencies come from the hashed lock file only.
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm
FROM ${PYTHON_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN python -m venv /opt/venv
WORKDIR /src
COPY requirements.lock .
RUN /opt/venv/bin/pip install --require-hashes --no-deps -r requirements.lock
COPY . .
RUN /opt/venv/bin/pip install --no-deps --no-build-isolation .

FROM ${PYTHON_IMAGE}
RUN groupadd --gid 10001 roost \
    && useradd --uid 10001 --gid roost --home-dir /app --no-create-home --shell /usr/sbin/nologin roost \
    && mkdir -p /app \
    && chown roost:roost /app
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
# The app writes var/ (development secret, mail folder, SQLite) under its working directory.
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
USER 10001:10001
CMD ["sh", "-c", "roost migrate && exec roost serve --host 0.0.0.0 --port 8000"]
