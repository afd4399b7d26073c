# The Study Report Tracker's images, both from one build stage (docker-compose.yml uses both):
#   --target migrate  the build stage as it is: applies pending migrations and seeds an empty
#                     database (the same `db:deploy` and `db:seed` as without Docker), then exits;
#   (default) runtime the API and the built web client on port 3000, production dependencies only,
#                     run as the unprivileged `node` user.
# Migrations need the Prisma CLI and its Wasm schema engine, both development dependencies, so the
# runtime image cannot apply them; a one-shot `migrate` container runs them once before any app
# replica starts, instead of every replica racing to apply the same migration.

# The workspaces' manifests and the lockfile: what both installs below read.
FROM node:20-bookworm-slim AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/

FROM manifests AS build
# No install scripts: the embedded PostgreSQL's and Prisma's engine downloads are not needed here
# (the database is external and Prisma runs on its Wasm engine, see prisma.config.ts).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM build AS migrate
USER node
CMD ["sh", "-c", "npm run db:deploy && npm run db:seed"]

FROM manifests AS runtime
ENV NODE_ENV=production
# Only the API's and the contracts' production dependencies. `--omit=optional` drops the Prisma CLI
# and TypeScript, which npm would otherwise keep as optional peers of @prisma/client.
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
      --workspace @srt/api --workspace @srt/contracts \
  && npm cache clean --force
COPY --from=build /app/packages/contracts/dist packages/contracts/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/src/main.js"]
