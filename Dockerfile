# Roster for production: built once here, started with `npm start`, which checks the
# configuration, applies migrations under PostgreSQL's advisory lock (safe with several
# instances starting at once) and serves the build made below without building again.
# Needs DATABASE_URL, SMTP_URL, APP_URL and AUTH_SECRET (README "Deploying").

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.ts scripts/prisma-generate.ts
COPY prisma prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build:once

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production PORT=3000 ROSTER_HOST=0.0.0.0 SEED_DEMO=off ROSTER_DATA_DIR=/app/.data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npx", "tsx", "scripts/start.ts"]
