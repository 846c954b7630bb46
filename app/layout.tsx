import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "交通运输工程施工单位安管人员安全生产考核管理信息系统", template: "%s - 安管人员考核管理信息系统" },
  description: "交通运输工程施工单位主要负责人、项目负责人和专职安全生产管理人员安全生产考核管理",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
