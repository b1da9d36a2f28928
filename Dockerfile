# Build: the same toolchain the project is developed with (sqlx 0.9 needs Rust 1.94 or later).
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked && strip target/release/minutebook

# Run: a small Debian with curl for the healthcheck, as an unprivileged user.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /var/lib/minutebook minutebook
COPY --from=build /src/target/release/minutebook /usr/local/bin/minutebook
USER minutebook
WORKDIR /var/lib/minutebook
ENV MINUTEBOOK_BIND=0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["minutebook"]
CMD ["serve"]
