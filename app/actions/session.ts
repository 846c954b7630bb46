"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clearSessionCookie } from "@/lib/server/auth/current-actor";
import { deleteSessionByToken, SESSION_COOKIE } from "@/lib/server/auth/session";

/** 退出登录: ends this session (anyone may end their own session). */
export async function logoutAction() {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token) await deleteSessionByToken(token);
  await clearSessionCookie();
  redirect("/");
}
