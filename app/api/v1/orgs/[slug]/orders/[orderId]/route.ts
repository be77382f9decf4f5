// GET: one order. See lib/api/v1/billing.ts.
import { getOrderEndpoint } from "@/lib/api/v1/billing";

export const dynamic = "force-dynamic";
export const GET = getOrderEndpoint;
