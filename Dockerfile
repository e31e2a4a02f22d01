# syntax=docker/dockerfile:1
# Chorus image: `docker build -t chorus:dev .` (k8s/overlays/dev uses chorus:dev).
# Build stage compiles (TypeScript, the web page bundle, better-sqlite3 from source); the runtime
# stage holds only dist/, the production node_modules and package.json, and runs as a non-root user.
# Both stages use the same Node major on Debian bookworm (glibc): the native modules built or
# unpacked in the first stage (better-sqlite3, uWebSockets.js) must match the runtime's Node ABI.

ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm AS build
# better-sqlite3 compiles from source (node-gyp): Python, make and a C++ compiler.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# The lockfile and `allowScripts` in package.json are npm 11's (the Node 20 image ships npm 10).
RUN npm install -g npm@11 --no-audit --no-fund
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY cmd ./cmd
COPY lib ./lib
COPY web ./web
COPY scripts/build-web.mjs scripts/copy-gen.mjs ./scripts/
# tsc emits cmd/ and lib/ (test/ and bench/ are not copied, so not built), then the web bundle and
# the generated protobuf JavaScript; then the dev dependencies go.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
# Inside a container Chorus listens on every interface; the data dir is a volume.
ENV CHORUS_HOST=0.0.0.0 \
    CHORUS_DATA_DIR=/var/lib/chorus
RUN groupadd --system --gid 10001 chorus \
 && useradd --system --uid 10001 --gid chorus --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin chorus \
 && mkdir -p /var/lib/chorus \
 && chown chorus:chorus /var/lib/chorus
WORKDIR /app
# Owned by root and read-only for the chorus user: the code cannot be changed at run time.
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
USER 10001:10001
VOLUME ["/var/lib/chorus"]
# client (WebSocket /v1/ws and the web page), admin (/metrics, /healthz, /readyz), gRPC between nodes
EXPOSE 8080 9090 7070
# Node is PID 1 and handles SIGTERM itself (drain: sockets closed with 1001, then exit).
ENTRYPOINT ["node", "dist/cmd/chorus.js"]
CMD ["serve"]
