# Bochum e-Residency: the production image. Build: docker build -t bochum-eresidency:<tag> .
# Run it with DATABASE_URL and the secrets of docs/operations.md; migrations run as their own command
# (`node dist/src/database/cli.js run`), the app with DB_SKIP_MIGRATIONS=1.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/tmp FILES_DIR=/data/files
WORKDIR /app
RUN groupadd --system --gid 10001 eresidency \
  && useradd --system --uid 10001 --gid eresidency --home-dir /app --shell /usr/sbin/nologin eresidency \
  && mkdir -p /data/files && chown eresidency:eresidency /data/files
# Only what runs: the build, production dependencies, and the files the server reads at run time.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/client/dist ./client/dist
COPY --from=build /app/locales ./locales
COPY --from=build /app/schema.gql ./
COPY --from=build /app/src/trade-registration/wz/data ./src/trade-registration/wz/data
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
