import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  // Server-only packages with native or dynamic requires stay outside the bundle.
  serverExternalPackages: ["pg", "nodemailer", "smtp-server", "mailparser", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
