"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-3 py-16 text-center">
      <h1 className="text-lg font-semibold">系统繁忙，请稍后再试</h1>
      <Button onClick={reset}>重试</Button>
    </div>
  );
}
