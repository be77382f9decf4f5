import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The end-to-end tests build into their own folder, so they never rebuild under a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  // Server-only packages with native or dynamic requires stay outside the bundle.
  serverExternalPackages: ["pg", "nodemailer", "smtp-server", "mailparser", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
