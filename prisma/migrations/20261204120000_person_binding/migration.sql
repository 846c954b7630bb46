-- CreateEnum
CREATE TYPE "BindingStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REFUSED', 'UNDONE');

-- CreateTable
CREATE TABLE "HolderProfile" (
    "accountId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HolderProfile_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "PersonBinding" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "status" "BindingStatus" NOT NULL DEFAULT 'PENDING',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PersonBinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HolderProfile_email_key" ON "HolderProfile"("email");

-- CreateIndex
CREATE INDEX "HolderProfile_idNumber_idx" ON "HolderProfile"("idNumber");

-- CreateIndex
CREATE INDEX "PersonBinding_personId_status_idx" ON "PersonBinding"("personId", "status");

-- CreateIndex
CREATE INDEX "PersonBinding_accountId_idx" ON "PersonBinding"("accountId");

-- AddForeignKey
ALTER TABLE "HolderProfile" ADD CONSTRAINT "HolderProfile_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonBinding" ADD CONSTRAINT "PersonBinding_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonBinding" ADD CONSTRAINT "PersonBinding_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonBinding" ADD CONSTRAINT "PersonBinding_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- An account holds at most one open or confirmed claim (issue 10 §2).
CREATE UNIQUE INDEX "PersonBinding_one_open_per_account" ON "PersonBinding"("accountId") WHERE "status" IN ('PENDING', 'CONFIRMED');

-- Accounts registered before bindings existed were attached at once: they keep their record, confirmed.
INSERT INTO "HolderProfile" ("accountId", "name", "idNumber", "phone", "email", "createdAt")
SELECT "accountId", "name", "idNumber", "phone", "email", "createdAt" FROM "Person" WHERE "accountId" IS NOT NULL;

INSERT INTO "PersonBinding" ("id", "accountId", "personId", "status", "requestedAt", "decidedAt")
SELECT gen_random_uuid(), "accountId", "id", 'CONFIRMED', "createdAt", "createdAt" FROM "Person" WHERE "accountId" IS NOT NULL;
