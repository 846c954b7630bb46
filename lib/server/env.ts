import "server-only";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (npm start sets it; see README)`);
  return value;
}

export const env = {
  get databaseUrl() {
    return required("DATABASE_URL");
  },
  get authSecret() {
    return required("AUTH_SECRET");
  },
  get appUrl() {
    return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  },
  get fileStorageDir() {
    return process.env.FILE_STORAGE_DIR ?? ".data/files";
  },
  get smtpUrl() {
    return process.env.SMTP_URL || undefined;
  },
  get mailFrom() {
    return process.env.MAIL_FROM ?? "安管人员考核系统 <noreply@localhost>";
  },
  /** APP_ENV=production marks a real deployment: the dev mailbox is off and SMTP_URL is required. */
  get isProductionDeployment() {
    return process.env.APP_ENV === "production";
  },
  /**
   * Mail with no SMTP server goes to /dev/mailbox — a page anyone can open, so only when asked for
   * (DEV_MAILBOX=1, which `npm start` sets for its embedded demo database) and never in production.
   */
  get devMailboxEnabled() {
    return !this.smtpUrl && !this.isProductionDeployment && process.env.DEV_MAILBOX === "1";
  },
  /** Send the session cookie only over HTTPS: always in production, elsewhere when the public URL is HTTPS. */
  get secureCookies() {
    return this.isProductionDeployment || this.appUrl.startsWith("https://");
  },
  /** 编号规则: the province abbreviation that starts every new certificate number (浙交安C(26)G00001). */
  get certProvinceAbbr() {
    return process.env.CERT_PROVINCE_ABBR || "浙";
  },
  /** 发证机关 printed on certificates issued here (首次核发). */
  get certIssuingAuthority() {
    return process.env.CERT_ISSUING_AUTHORITY || "浙江省交通运输厅";
  },
};
