-- CreateTable
CREATE TABLE "AuthSecretFingerprint" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "fingerprint" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthSecretFingerprint_pkey" PRIMARY KEY ("id")
);

-- One row at most (not expressible in the Prisma schema).
ALTER TABLE "AuthSecretFingerprint" ADD CONSTRAINT "AuthSecretFingerprint_one_row" CHECK ("id" = 1);
