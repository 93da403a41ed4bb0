# CPU image of liveaudit. Multi-stage: a full Rust toolchain builds whisper.cpp and the
# binary; the runtime stage is slim, runs as a non-root user and expects models at /models.
#
#   docker build -t liveaudit .
#   docker run --rm -v $PWD/models:/models:ro -v $PWD/rec:/data liveaudit audit /data/x.flv --out /data/out
#
# The model is not baked in: get it with scripts/fetch-models.sh (offline conversion of the
# base model) or `liveaudit models fetch NAME`, and mount the folder at /models.

ARG RUST_VERSION=1.95
FROM rust:${RUST_VERSION}-slim-bookworm AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      cmake clang libclang-dev pkg-config make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Portable whisper.cpp: x86-64 with AVX2/FMA/F16C instead of -march=native of the build host
# (whisper-rs-sys passes GGML_*/CMAKE_* variables to whisper.cpp's cmake).
ENV GGML_NATIVE=OFF
# Dependencies first, so source edits do not rebuild whisper.cpp.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && echo '' > src/lib.rs \
 && cargo build --profile dist --locked || true
COPY . .
RUN touch src/main.rs src/lib.rs && cargo build --profile dist --locked \
 && strip target/dist/liveaudit

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /var/lib/liveaudit --create-home liveaudit \
 && mkdir -p /models && chown liveaudit /models
COPY --from=build /src/target/dist/liveaudit /usr/local/bin/liveaudit
# Models are looked up in $LIVEAUDIT_HOME/models = /models: ggml-base-q8_0.bin (the default,
# made by scripts/fetch-models.sh), else ggml-base.bin; LIVEAUDIT_MODEL or --model override.
ENV LIVEAUDIT_HOME=/ \
    LIVEAUDIT_LOG_FORMAT=json \
    LIVEAUDIT_LISTEN=0.0.0.0:9464
VOLUME ["/models"]
USER liveaudit
WORKDIR /var/lib/liveaudit
# Worker ops endpoints (/healthz, /readyz, /metrics). The probe is the binary itself (no curl
# in the slim image); it asks /healthz on LIVEAUDIT_LISTEN's port. One-shot `audit` runs
# have no server and may ignore the health status.
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["liveaudit", "healthcheck", "--timeout", "5"]
ENTRYPOINT ["liveaudit"]
CMD ["--help"]
