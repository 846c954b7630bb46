"use client";

import { useState } from "react";

/**
 * A dialog whose content starts afresh each time it opens: render the content with `key={round}`,
 * so a temporary password shown once is gone when the dialog is opened again.
 */
export function useFreshDialog() {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const onOpenChange = (next: boolean) => {
    if (next) setRound((r) => r + 1);
    setOpen(next);
  };
  return { open, round, onOpenChange, close: () => setOpen(false) };
}
