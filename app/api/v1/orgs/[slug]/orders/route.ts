// GET: the orders the key may see. See lib/api/v1/billing.ts.
import { listOrdersEndpoint } from "@/lib/api/v1/billing";

export const dynamic = "force-dynamic";
export const GET = listOrdersEndpoint;
