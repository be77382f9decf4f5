// GET: the invoices the key may see. See lib/api/v1/billing.ts.
import { listInvoicesEndpoint } from "@/lib/api/v1/billing";

export const dynamic = "force-dynamic";
export const GET = listInvoicesEndpoint;
