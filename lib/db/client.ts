import "server-only";
export { db } from "./prisma";
