import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { config } from "./lib/config";
import { LARGEST_BODY_LIMIT_BYTES } from "./lib/http/limits";

const nextConfig: NextConfig = {
  // The end-to-end tests build into their own folder, so they never rebuild under a running `npm start`.
  distDir: config().NEXT_DIST_DIR,
  // forbidden() renders app/forbidden.tsx with a 403.
  // Server action bodies: proxy.ts answers 413 past the same limit, before Next would fail with a 500.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: LARGEST_BODY_LIMIT_BYTES } },
  // Server-only packages with native or dynamic requires stay outside the bundle.
  serverExternalPackages: ["pg", "nodemailer", "smtp-server", "mailparser", "@prisma/adapter-pg", "pdfkit"],
  poweredByHeader: false,
  typedRoutes: false,
};

// next-intl without locale routing: the request's language comes from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
