import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withAuthQuery } from "@/lib/auth/auth-query";

// Auth.js's endpoints, their URL parameters first through the app's rule (auth-query.ts).
export const GET = (request: NextRequest) => handlers.GET(withAuthQuery(request));
export const POST = (request: NextRequest) => handlers.POST(withAuthQuery(request));
