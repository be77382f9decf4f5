import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withAuthQuery } from "@/lib/auth/auth-query";
import { noteSignInRefusal, signInRefusalUrl } from "@/lib/auth/sign-in-refused";

// Auth.js's endpoints, their URL parameters first through the app's rule (auth-query.ts).
export const GET = (request: NextRequest) => handlers.GET(withAuthQuery(request));

/**
 * Auth.js's own POST routes (its sign-in form posts to /api/auth/signin/nodemailer). A refused
 * sign-in link would land on its error page with a generic message: send the person to the
 * page that says how long to wait instead, as Auth.js answers (a redirect, or the URL in JSON
 * when its client asks with X-Auth-Return-Redirect).
 */
export async function POST(request: NextRequest): Promise<Response> {
  const { response, refusal } = await noteSignInRefusal(() => handlers.POST(withAuthQuery(request)));
  if (!refusal) return response;
  const url = signInRefusalUrl(refusal);
  return request.headers.has("x-auth-return-redirect") ? Response.json({ url }) : Response.redirect(url, 303);
}
