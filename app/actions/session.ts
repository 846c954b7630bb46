"use server";

import { redirect } from "next/navigation";
import { clearSessionCookie, sessionToken } from "@/lib/server/auth/current-actor";
import { deleteSessionByToken } from "@/lib/server/auth/session";

/** 退出登录: ends this session (anyone may end their own session). */
export async function logoutAction() {
  const token = await sessionToken();
  if (token) await deleteSessionByToken(token);
  await clearSessionCookie();
  redirect("/");
}
