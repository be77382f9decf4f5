// Tells pages which URL was asked for: a signed-out visitor comes back to it after the
// emailed sign-in link, and the request's one access statement knows which organization
// to load (lib/auth/request-context.ts). The guard itself runs in each page and action.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/orgs/:path*", "/invite/:path*"] };
