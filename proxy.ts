// Tells pages which URL was asked for, so a signed-out visitor comes back to it
// after the emailed sign-in link (the guard itself runs in each page and action).
import { NextResponse, type NextRequest } from "next/server";

export const REQUEST_PATH_HEADER = "x-roster-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/orgs/:path*", "/invite/:path*"] };
