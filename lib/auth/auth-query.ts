// Auth.js's endpoints read their URL parameters through the app's rule too
// (lib/validation/search-params.ts): one value per name, and a callbackUrl that is a path of
// this site (same-site-path.ts). Left to itself, Auth.js answers 500 ("server
// configuration") to a callbackUrl that is not a URL, on every endpoint, and reads the last
// copy of a repeated parameter.
import { NextRequest } from "next/server";
import { singleValued } from "@/lib/validation/search-params";
import { sameSitePath } from "./same-site-path";

export function withAuthQuery(request: NextRequest): NextRequest {
  const values = singleValued(request.nextUrl.searchParams);
  if (values.callbackUrl !== undefined) values.callbackUrl = sameSitePath(values.callbackUrl);
  const search = new URLSearchParams(values as Record<string, string>).toString();
  if (search === request.nextUrl.searchParams.toString()) return request;
  const url = request.nextUrl.clone();
  url.search = search;
  // As next-auth itself rebuilds the request on AUTH_URL: same method, headers and body.
  return new NextRequest(url, request);
}
