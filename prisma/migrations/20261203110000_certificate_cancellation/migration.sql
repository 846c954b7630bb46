-- AlterEnum
ALTER TYPE "ApplicationKind" ADD VALUE 'CERTIFICATE_CANCELLATION';

-- One open 注销 per certificate needs no new index: "Application_one_open_per_certificate"
-- (20261127090000_certificates) already covers every kind filed about a certificate.
