# syntax=docker/dockerfile:1
# Build stage: a virtual environment with the service and its shipped model.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
# A C compiler for the optional n-gram extension (model/_ngrams.c); only this stage has it.
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
COPY pyproject.toml setup.py README.md ./
COPY proto ./proto
COPY grooming_risk ./grooming_risk
COPY model ./model
COPY service ./service
COPY training ./training
RUN /opt/venv/bin/pip install '.[scale]' \
    && /opt/venv/bin/python -c "import grooming_risk.model._ngrams"  # fail the build rather than ship the slow path

# Final stage: only the venv, a non-root user, and a data directory.
FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 GROOMING_RISK_DATA_DIR=/var/lib/grooming-risk
COPY --from=build /opt/venv /opt/venv
RUN useradd --system --uid 1000 --home-dir /var/lib/grooming-risk --create-home grooming \
    && install -d -o 1000 -g 1000 -m 0700 /etc/grooming-risk/keys
USER 1000
WORKDIR /var/lib/grooming-risk
EXPOSE 50051 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 CMD ["grooming-risk", "health"]
ENTRYPOINT ["grooming-risk", "serve", "--host", "0.0.0.0"]
