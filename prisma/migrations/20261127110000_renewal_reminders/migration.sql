-- CreateTable
CREATE TABLE "RenewalReminder" (
    "id" UUID NOT NULL,
    "certificateId" UUID NOT NULL,
    "expiresOn" DATE NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenewalReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RenewalReminder_certificateId_expiresOn_daysBefore_key" ON "RenewalReminder"("certificateId", "expiresOn", "daysBefore");

