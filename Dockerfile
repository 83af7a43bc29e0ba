# syntax=docker/dockerfile:1
# ScanAware: Next.js standalone output on Node 20, served by ScanAware's own server (bundled beside
# it: page cache, request ids, orderly shutdown), run as a non-root user. The container applies
# pending migrations (prisma migrate deploy, offline WebAssembly engine) and then serves.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx next build && npm run build:server

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0
RUN groupadd --system scanaware && useradd --system --gid scanaware --no-create-home scanaware
# The standalone build with the server beside it, its static assets, and what `prisma migrate deploy` needs.
COPY --from=build --chown=scanaware:scanaware /app/.next/standalone ./
COPY --from=build --chown=scanaware:scanaware /app/.next/static ./.next/static
COPY --from=build --chown=scanaware:scanaware /app/public ./public
COPY --from=prod-deps --chown=scanaware:scanaware /app/node_modules ./migrate/node_modules
COPY --chown=scanaware:scanaware prisma ./migrate/prisma
COPY --chown=scanaware:scanaware prisma ./prisma
COPY --chown=scanaware:scanaware prisma.config.ts ./migrate/
USER scanaware
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["sh", "-c", "cd migrate && NODE_OPTIONS='--require ./prisma/unref-timers.cjs' node node_modules/prisma/build/index.js migrate deploy && cd .. && exec node scanaware-server.mjs"]
