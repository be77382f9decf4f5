// GET: one invoice. See lib/api/v1/billing.ts.
import { getInvoiceEndpoint } from "@/lib/api/v1/billing";

export const dynamic = "force-dynamic";
export const GET = getInvoiceEndpoint;
