import { defineConfig } from "prisma/config";

// The CLI reads DATABASE_URL only for migrate/db commands; `prisma generate` needs none.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/roster" },
});
