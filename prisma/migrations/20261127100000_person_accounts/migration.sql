-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "accountId" UUID,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "phone" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Person_accountId_key" ON "Person"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One open transfer (调出 or 调入) per certificate: the two kinds exclude each other.
CREATE UNIQUE INDEX "Application_one_open_transfer_per_certificate"
  ON "Application" ("certificateId")
  WHERE "status" IN ('PENDING_UNIT', 'PENDING_REVIEW', 'PENDING_ASSESSMENT')
    AND "kind" IN ('TRANSFER_OUT', 'TRANSFER_IN');
