"use server";

import { redirect } from "next/navigation";
import { clearSessionCookie, requestMeta, sessionToken } from "@/lib/server/auth/current-actor";
import { logout } from "@/lib/server/auth/logout";

/** 退出登录: ends this session (anyone may end their own session). */
export async function logoutAction() {
  const token = await sessionToken();
  if (token) await logout({ token, ...(await requestMeta()) });
  await clearSessionCookie();
  redirect("/");
}
